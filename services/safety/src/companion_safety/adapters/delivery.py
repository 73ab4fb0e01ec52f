"""Sends outbound messages to the gateway instance named in the event (gRPC Delivery)."""

from datetime import UTC, datetime

from google.protobuf.timestamp_pb2 import Timestamp

from companion.v1 import delivery_pb2, delivery_pb2_grpc
from companion_common.grpc_serving import Channels


class GrpcDelivery:
    def __init__(self, channels: Channels, timeout_s: float) -> None:
        self._channels = channels
        self._timeout_s = timeout_s

    async def send_crisis_support(
        self, address: str, *, delivery_id: str, user_id: str, conversation_id: str, in_reply_to: str, text: str
    ) -> int:
        """Returns how many of the user's clients received it (0: none connected to that gateway)."""
        return await self._send(
            address, delivery_pb2.OUTBOUND_KIND_CRISIS_SUPPORT, delivery_id, user_id, conversation_id, in_reply_to, text
        )

    async def send_notice(
        self, address: str, *, delivery_id: str, user_id: str, conversation_id: str, in_reply_to: str, text: str
    ) -> int:
        """AI disclosures, break reminders, nudges and pause questions; returns how many clients received it."""
        return await self._send(
            address, delivery_pb2.OUTBOUND_KIND_NOTICE, delivery_id, user_id, conversation_id, in_reply_to, text
        )

    async def _send(
        self,
        address: str,
        kind: delivery_pb2.OutboundKind,
        delivery_id: str,
        user_id: str,
        conversation_id: str,
        in_reply_to: str,
        text: str,
    ) -> int:
        created_at = Timestamp()
        created_at.FromDatetime(datetime.now(UTC))
        outbound = delivery_pb2.Outbound(
            delivery_id=delivery_id,
            user_id=user_id,
            conversation_id=conversation_id,
            in_reply_to=in_reply_to,
            kind=kind,
            text=text,
            created_at=created_at,
            source="safety",
        )
        stub = delivery_pb2_grpc.DeliveryStub(self._channels.get(address))
        response = await stub.Deliver(delivery_pb2.DeliverRequest(outbound=outbound), timeout=self._timeout_s)
        return int(response.connections)
