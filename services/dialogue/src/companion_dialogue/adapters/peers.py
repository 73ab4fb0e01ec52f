"""gRPC clients for the services dialogue talks to: memory, safety and the gateway's delivery."""

from datetime import UTC, datetime

from google.protobuf.timestamp_pb2 import Timestamp

from companion.v1 import delivery_pb2, delivery_pb2_grpc, memory_pb2, memory_pb2_grpc, safety_pb2, safety_pb2_grpc
from companion_common.grpc_serving import Channels
from companion_dialogue.domain.model import IncomingMessage, RecalledMemory, SafetyView

_CRISIS_LEVEL = safety_pb2.RISK_LEVEL_IDEATION


class GrpcMemory:
    def __init__(self, channels: Channels, address: str, timeout_s: float, limit: int, token_budget: int) -> None:
        self._stub = memory_pb2_grpc.MemoryStub(channels.get(address))
        self._timeout_s = timeout_s
        self._limit = limit
        self._token_budget = token_budget

    async def recall(self, message: IncomingMessage) -> list[RecalledMemory]:
        response = await self._stub.Recall(
            memory_pb2.RecallRequest(
                user_id=message.user_id,
                query=message.text,
                limit=self._limit,
                token_budget=self._token_budget,
                exclude_message_ids=[message.message_id],
            ),
            timeout=self._timeout_s,
        )
        return [RecalledMemory(m.text, m.said_at.ToDatetime(tzinfo=UTC)) for m in response.memories]


class GrpcSafety:
    def __init__(self, channels: Channels, address: str, timeout_s: float) -> None:
        self._stub = safety_pb2_grpc.SafetyStub(channels.get(address))
        self._timeout_s = timeout_s

    async def assess(self, message: IncomingMessage) -> SafetyView:
        assessment = await self._stub.AssessMessage(
            safety_pb2.AssessMessageRequest(
                user_id=message.user_id,
                conversation_id=message.conversation_id,
                message_id=message.message_id,
                text=message.text,
                locale=message.locale,
                reply_to=message.reply_to,
                user_is_minor=message.user_is_minor,
            ),
            timeout=self._timeout_s,
        )
        return SafetyView(crisis=assessment.risk_level >= _CRISIS_LEVEL, guidance=assessment.reply_guidance)

    async def review(self, message: IncomingMessage, reply_text: str) -> str:
        response = await self._stub.ReviewReply(
            safety_pb2.ReviewReplyRequest(
                user_id=message.user_id,
                conversation_id=message.conversation_id,
                in_reply_to=message.message_id,
                user_text=message.text,
                reply_text=reply_text,
                user_is_minor=message.user_is_minor,
            ),
            timeout=self._timeout_s,
        )
        return str(response.reply_text)


class GrpcDelivery:
    def __init__(self, channels: Channels, timeout_s: float) -> None:
        self._channels = channels
        self._timeout_s = timeout_s

    async def deliver(
        self,
        address: str,
        *,
        delivery_id: str,
        user_id: str,
        conversation_id: str,
        in_reply_to: str,
        text: str,
        failure: bool = False,
    ) -> None:
        created_at = Timestamp()
        created_at.FromDatetime(datetime.now(UTC))
        kind = delivery_pb2.OUTBOUND_KIND_FAILURE if failure else delivery_pb2.OUTBOUND_KIND_REPLY
        outbound = delivery_pb2.Outbound(
            delivery_id=delivery_id,
            user_id=user_id,
            conversation_id=conversation_id,
            in_reply_to=in_reply_to,
            kind=kind,
            text=text,
            created_at=created_at,
            source="dialogue",
        )
        stub = delivery_pb2_grpc.DeliveryStub(self._channels.get(address))
        await stub.Deliver(delivery_pb2.DeliverRequest(outbound=outbound), timeout=self._timeout_s)
