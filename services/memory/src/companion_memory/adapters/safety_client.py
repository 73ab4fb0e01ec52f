"""Safety's assessment of a message, over gRPC: memory asks before it derives anything from a message."""

import grpc

from companion.v1 import safety_pb2, safety_pb2_grpc
from companion_common.grpc_serving import Channels
from companion_memory.domain.model import AssessmentUnavailable, Message

# Safety decides what is sensitive (Assessment.sensitive: concern or above, or self_harm/abuse that a rule found).
# The level is read too, so that an assessment at risk is never taken as harmless; below concern the flag alone
# decides, as in dialogue (a category the classifier saw only weakly is kept by safety for its audit, not here).
_SENSITIVE_LEVEL = safety_pb2.RISK_LEVEL_CONCERN


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
            # Off the reply path, memory can wait for a safety that is starting or being reconnected to (up to the
            # timeout) rather than keep a harmless message as a sensitive episode; a stopped safety still times out.
            assessment = await self._stub.AssessMessage(request, timeout=self._timeout_s, wait_for_ready=True)
        except grpc.aio.AioRpcError as error:
            raise AssessmentUnavailable(f"safety: {error.code().name}") from error
        return bool(assessment.sensitive or assessment.risk_level >= _SENSITIVE_LEVEL)
