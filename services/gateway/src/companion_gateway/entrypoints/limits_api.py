"""Limits applied before any route: the request body's size (declared or not) and the rate of requests per
client address (HTTP and WebSocket handshakes alike; health checks and metrics exempt)."""

import json
import math
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from companion_gateway.service_layer.access import RateLimited

# Probes and scrapes come often from few addresses and must never be refused.
_EXEMPT = frozenset({"/healthz", "/readyz", "/metrics"})


def retry_after(seconds: float) -> str:
    """A Retry-After value: whole seconds, at least one."""
    return str(max(1, math.ceil(seconds)))


class RequestLimitsMiddleware:
    def __init__(self, app: ASGIApp, *, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        access = getattr(getattr(scope.get("app"), "state", None), "access", None)  # set by the app's lifespan
        if access is not None and scope["path"] not in _EXEMPT:
            client = scope.get("client")
            try:
                await access.admit_address(client[0] if client else "")
            except RateLimited as error:
                await self._refuse(scope, receive, send, error)
                return
        if scope["type"] == "http":
            bounded = await self._bounded(scope, receive, send)
            if bounded is None:
                return
            receive = bounded
        await self.app(scope, receive, send)

    async def _bounded(self, scope: Scope, receive: Receive, send: Send) -> Receive | None:
        """The request's receive channel, or None when the body is too large (413 sent). A body without a
        Content-Length (chunked) is read here first, up to the limit, and handed on from memory."""
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None:
            if not length.isdigit() or int(length) > self.max_body_bytes:
                await self._too_large(send)
                return None
            return receive
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return receive  # the client went away: let the app see it
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                await self._too_large(send)
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        return replay

    async def _too_large(self, send: Send) -> None:
        await _send_json(send, 413, {"detail": f"request body larger than {self.max_body_bytes} bytes"}, {})

    @staticmethod
    async def _refuse(scope: Scope, receive: Receive, send: Send, error: RateLimited) -> None:
        headers = {"retry-after": retry_after(error.retry_after_s)}
        if scope["type"] == "http":
            await _send_json(send, 429, {"detail": error.reason}, headers)
            return
        # A WebSocket handshake: a real HTTP 429 where the server can send one, else a close with a reason.
        if "websocket.http.response" in scope.get("extensions", {}):
            await _send_json(send, 429, {"detail": error.reason}, headers, prefix="websocket.")
            return
        await receive()  # websocket.connect
        await send({"type": "websocket.close", "code": 4429, "reason": error.reason})


async def _send_json(send: Send, status: int, body: dict[str, Any], headers: dict[str, str], prefix: str = "") -> None:
    content = json.dumps(body).encode()
    raw_headers = [(b"content-type", b"application/json"), (b"content-length", str(len(content)).encode())]
    raw_headers += [(k.encode(), v.encode()) for k, v in headers.items()]
    await send({"type": f"{prefix}http.response.start", "status": status, "headers": raw_headers})
    await send({"type": f"{prefix}http.response.body", "body": content})
