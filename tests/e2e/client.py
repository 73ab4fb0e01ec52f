"""A small client of the gateway API for the tests: HTTP to send, a WebSocket to receive."""

import asyncio
import json
import time
import uuid
from collections.abc import Callable
from typing import Any

import httpx
import jwt
import websockets

# Signals while a reply streams; the complete "reply" follows them.
_TRANSIENT = {"typing", "reply_chunk"}


def _answers(event: dict[str, Any], message_id: str) -> bool:
    return event["type"] == "reply" and message_id in (event.get("answers") or [event["in_reply_to"]])


def token_for(user_id: str, secret: str, ttl_s: int = 600) -> str:
    now = int(time.time())
    return jwt.encode({"sub": user_id, "iss": "companion", "iat": now, "exp": now + ttl_s}, secret, algorithm="HS256")


class ChatClient:
    def __init__(self, base_url: str, secret: str, user_id: str | None = None) -> None:
        self.user_id = user_id or f"user-{uuid.uuid4().hex[:10]}"
        self.headers = {"Authorization": f"Bearer {token_for(self.user_id, secret)}"}
        self.base_url = base_url
        self.http = httpx.AsyncClient(base_url=base_url, headers=self.headers, timeout=10)
        self.received: list[dict[str, Any]] = []
        self._ws: Any = None
        self._reader: asyncio.Task[None] | None = None
        self._arrived = asyncio.Event()

    async def __aenter__(self) -> "ChatClient":
        self._ws = await websockets.connect(
            self.base_url.replace("http", "ws", 1) + "/v1/stream", additional_headers=self.headers
        )
        self._reader = asyncio.create_task(self._read())
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._reader is not None:
            self._reader.cancel()
        await self._ws.close()
        await self.http.aclose()

    async def _read(self) -> None:
        async for raw in self._ws:
            self.received.append(json.loads(raw))
            self._arrived.set()

    async def send(
        self, conversation_id: str, text: str, client_message_id: str | None = None, **extra: Any
    ) -> httpx.Response:
        body = {"client_message_id": client_message_id or str(uuid.uuid4()), "text": text, **extra}
        return await self.http.post(f"/v1/conversations/{conversation_id}/messages", json=body)

    async def send_ok(self, conversation_id: str, text: str, **extra: Any) -> str:
        response = await self.send(conversation_id, text, **extra)
        assert response.status_code == 202, response.text
        return str(response.json()["message_id"])

    async def wait_for(self, condition: Callable[[list[dict[str, Any]]], bool], timeout_s: float = 20) -> None:
        deadline = time.monotonic() + timeout_s
        while not condition(self.received):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"timed out; received so far: {self.received}")
            self._arrived.clear()
            try:
                await asyncio.wait_for(self._arrived.wait(), min(remaining, 0.5))
            except TimeoutError:
                pass

    async def reply_to(self, message_id: str, timeout_s: float = 20) -> dict[str, Any]:
        """The reply that answers a message: alone, or together with the other messages of a burst."""
        await self.wait_for(lambda got: any(_answers(e, message_id) for e in got), timeout_s)
        return next(e for e in self.received if _answers(e, message_id))

    def answered(self) -> list[str]:
        """Every message id the replies received so far answer, once per reply that answers it."""
        return [m for e in self.received if e["type"] == "reply" for m in e.get("answers") or [e["in_reply_to"]]]

    def events_for(self, message_id: str) -> list[dict[str, Any]]:
        """The durable events about a message (typing indicators and streamed chunks left out)."""
        return [e for e in self.received if e["in_reply_to"] == message_id and e["type"] not in _TRANSIENT]

    async def history(self, conversation_id: str) -> list[dict[str, Any]]:
        response = await self.http.get(f"/v1/conversations/{conversation_id}/messages", params={"limit": 200})
        assert response.status_code == 200, response.text
        return list(response.json()["messages"])
