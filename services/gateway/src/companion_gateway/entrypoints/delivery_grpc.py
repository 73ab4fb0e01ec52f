"""gRPC Delivery: dialogue and safety push outbound messages; they go to the user's open WebSockets."""

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import grpc

from companion.v1 import delivery_pb2, delivery_pb2_grpc
from companion_gateway.adapters.connections import ConnectionHub
from companion_gateway.domain.conversations import client_conversation_id

_KINDS = {
    delivery_pb2.OUTBOUND_KIND_REPLY: "reply",
    delivery_pb2.OUTBOUND_KIND_CRISIS_SUPPORT: "crisis_support",
    delivery_pb2.OUTBOUND_KIND_NOTICE: "notice",
    delivery_pb2.OUTBOUND_KIND_FAILURE: "failure",
    delivery_pb2.OUTBOUND_KIND_CHECK_IN: "check_in",
}


def client_event(outbound: delivery_pb2.Outbound) -> dict[str, Any]:
    """The WebSocket event a client receives for an outbound message, live or on catching up (with the
    conversation id the client knows, not the one scoped to the user that the services keep)."""
    return {
        "type": _KINDS[outbound.kind],
        "delivery_id": outbound.delivery_id,
        "conversation_id": _client_id(outbound),
        "in_reply_to": outbound.in_reply_to or None,
        "text": outbound.text,
        "created_at": outbound.created_at.ToDatetime().isoformat() + "Z",
        "source": outbound.source,
        "answers": list(outbound.answers) or ([outbound.in_reply_to] if outbound.in_reply_to else []),
    }


def _client_id(outbound: delivery_pb2.Outbound) -> str:
    return client_conversation_id(outbound.user_id, outbound.conversation_id) if outbound.conversation_id else ""


class DeliveryServicer(delivery_pb2_grpc.DeliveryServicer):
    def __init__(self, hub: ConnectionHub) -> None:
        self._hub = hub
        self._pending: set[asyncio.Future[int]] = set()

    async def Deliver(  # noqa: N802 - gRPC method name
        self, request: delivery_pb2.DeliverRequest, context: grpc.aio.ServicerContext
    ) -> delivery_pb2.DeliverResponse:
        outbound = request.outbound
        if not outbound.user_id or not outbound.delivery_id or outbound.kind not in _KINDS:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "user_id, delivery_id and a known kind are required")
        return delivery_pb2.DeliverResponse(connections=await self._hub.push(outbound.user_id, client_event(outbound)))

    async def DeliverStream(  # noqa: N802 - gRPC method name
        self, request_iterator: AsyncIterator[delivery_pb2.ReplyFrame], context: grpc.aio.ServicerContext
    ) -> delivery_pb2.DeliverResponse:
        """Typing indicator on the header, each delta as a ``reply_chunk`` with its sequence number, then the
        complete ``reply`` (which replaces the chunks). A stream that ends without it stops the typing."""
        header: delivery_pb2.Outbound | None = None
        connections = 0
        finished = False
        try:
            async for frame in request_iterator:
                if header is None:
                    if not frame.HasField("header") or not frame.header.user_id or not frame.header.delivery_id:
                        await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "the first frame carries the header")
                    header = frame.header
                    conversation_id = _client_id(header)
                    await self._hub.push(header.user_id, self._typing(header, "start"))
                elif frame.final:
                    payload = {**client_event(header), "text": frame.text, "seq": frame.seq}
                    connections = await self._hub.push(header.user_id, payload)
                    finished = True
                else:
                    chunk = {
                        "type": "reply_chunk",
                        "delivery_id": header.delivery_id,
                        "conversation_id": conversation_id,
                        "in_reply_to": header.in_reply_to or None,
                        "seq": frame.seq,
                        "text": frame.delta,
                    }
                    await self._hub.push(header.user_id, chunk)
        finally:
            if header is not None and not finished:
                # Cancelled streams cannot await any more: tell the clients from a task of its own.
                stop = asyncio.ensure_future(self._hub.push(header.user_id, self._typing(header, "stop")))
                self._pending.add(stop)
                stop.add_done_callback(self._pending.discard)
        return delivery_pb2.DeliverResponse(connections=connections)

    @staticmethod
    def _typing(header: delivery_pb2.Outbound, state: str) -> dict[str, Any]:
        return {
            "type": "typing",
            "state": state,
            "delivery_id": header.delivery_id,
            "conversation_id": _client_id(header),
            "in_reply_to": header.in_reply_to or None,
        }
