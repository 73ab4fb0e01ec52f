"""The WebSocket connections open on this gateway instance, by user."""

import asyncio
from collections import defaultdict, deque
from typing import Any, Protocol

from companion_gateway.metrics import WEBSOCKETS_OPEN

# A reply or check-in that a connection has already received is not sent to it again: dialogue delivers at least
# once, and re-delivers an answered message's reply when a copy of the message arrives before the first delivery was
# recorded. Chunks, typing and notices are not deduplicated. Per connection (a connection lives on one instance).
_ONCE_PER_CONNECTION = frozenset({"reply", "check_in"})
_REMEMBERED_PER_CONNECTION = 256


class ClientConnection(Protocol):
    async def send_json(self, data: Any) -> None: ...


class ConnectionHub:
    def __init__(self) -> None:
        self._by_user: dict[str, set[ClientConnection]] = defaultdict(set)
        # the last replies and check-ins each connection received, by delivery id
        self._received: dict[ClientConnection, deque[str]] = {}

    def add(self, user_id: str, connection: ClientConnection) -> None:
        connections = self._by_user[user_id]
        if connection not in connections:
            connections.add(connection)
            self._received[connection] = deque(maxlen=_REMEMBERED_PER_CONNECTION)
            WEBSOCKETS_OPEN.inc()

    def remove(self, user_id: str, connection: ClientConnection) -> None:
        connections = self._by_user.get(user_id)
        if connections is not None:
            if connection in connections:
                connections.discard(connection)
                self._received.pop(connection, None)
                WEBSOCKETS_OPEN.dec()
            if not connections:
                del self._by_user[user_id]

    async def push(self, user_id: str, payload: dict[str, Any]) -> int:
        """Sends to every connection of the user here; returns how many have it (a reply a connection already
        received counts, and is not sent again)."""
        connections = list(self._by_user.get(user_id, ()))
        once = payload.get("delivery_id") if payload.get("type") in _ONCE_PER_CONNECTION else None
        had = [c for c in connections if once and once in self._received.get(c, ())]
        sending = [c for c in connections if c not in had]
        results = await asyncio.gather(*(c.send_json(payload) for c in sending), return_exceptions=True)
        for connection, result in zip(sending, results, strict=True):
            if (
                once
                and not isinstance(result, BaseException)
                and (received := self._received.get(connection)) is not None
            ):
                received.append(once)
        return len(had) + sum(1 for r in results if not isinstance(r, BaseException))

    @property
    def connection_count(self) -> int:
        return sum(len(c) for c in self._by_user.values())
