"""gRPC Delivery: dialogue and safety push outbound messages; they go to the user's open WebSockets."""

import grpc

from companion.v1 import delivery_pb2, delivery_pb2_grpc
from companion_gateway.adapters.connections import ConnectionHub

_KINDS = {
    delivery_pb2.OUTBOUND_KIND_REPLY: "reply",
    delivery_pb2.OUTBOUND_KIND_CRISIS_SUPPORT: "crisis_support",
    delivery_pb2.OUTBOUND_KIND_NOTICE: "notice",
    delivery_pb2.OUTBOUND_KIND_FAILURE: "failure",
}


class DeliveryServicer(delivery_pb2_grpc.DeliveryServicer):
    def __init__(self, hub: ConnectionHub) -> None:
        self._hub = hub

    async def Deliver(  # noqa: N802 - gRPC method name
        self, request: delivery_pb2.DeliverRequest, context: grpc.aio.ServicerContext
    ) -> delivery_pb2.DeliverResponse:
        outbound = request.outbound
        if not outbound.user_id or not outbound.delivery_id or outbound.kind not in _KINDS:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "user_id, delivery_id and a known kind are required")
        payload = {
            "type": _KINDS[outbound.kind],
            "delivery_id": outbound.delivery_id,
            "conversation_id": outbound.conversation_id,
            "in_reply_to": outbound.in_reply_to or None,
            "text": outbound.text,
            "created_at": outbound.created_at.ToDatetime().isoformat() + "Z",
            "source": outbound.source,
        }
        return delivery_pb2.DeliverResponse(connections=await self._hub.push(outbound.user_id, payload))
