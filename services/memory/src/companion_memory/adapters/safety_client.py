"""Safety's assessment of a message, over gRPC: memory asks before it derives anything from a message."""

import grpc

from companion.v1 import safety_pb2, safety_pb2_grpc
from companion_common.grpc_serving import Channels
from companion_memory.domain.model import AssessmentUnavailable, Message

# What safety calls sensitive (Assessment.sensitive), read also from the level and categories, so that an
# assessment from a safety that does not set the flag yet is not taken as harmless.
_SENSITIVE_LEVEL = safety_pb2.RISK_LEVEL_CONCERN
_SENSITIVE_CATEGORIES = frozenset({"self_harm", "abuse"})


class GrpcSafetyAssessor:
    def __init__(self, channels: Channels, address: str, timeout_s: float) -> None:
        self._stub = safety_pb2_grpc.SafetyStub(channels.get(address))
        self._timeout_s = timeout_s

    async def is_sensitive(self, message: Message) -> bool:
        # The whole request, as dialogue sends it: the assessment is shared, and the first caller's request
        # decides where crisis support goes.
        request = safety_pb2.AssessMessageRequest(
            user_id=message.user_id,
            conversation_id=message.conversation_id,
            message_id=message.message_id,
            text=message.text,
            locale=message.locale,
            reply_to=message.reply_to,
            user_is_minor=message.user_is_minor,
        )
        try:
            assessment = await self._stub.AssessMessage(request, timeout=self._timeout_s)
        except grpc.aio.AioRpcError as error:
            raise AssessmentUnavailable(f"safety: {error.code().name}") from error
        return bool(
            assessment.sensitive
            or assessment.risk_level >= _SENSITIVE_LEVEL
            or _SENSITIVE_CATEGORIES.intersection(assessment.categories)
        )
