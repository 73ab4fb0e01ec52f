"""The WebSocket connections open on this gateway instance, by user."""

import asyncio
from collections import defaultdict
from typing import Any, Protocol

from companion_gateway.metrics import WEBSOCKETS_OPEN


class ClientConnection(Protocol):
    async def send_json(self, data: Any) -> None: ...


class ConnectionHub:
    def __init__(self) -> None:
        self._by_user: dict[str, set[ClientConnection]] = defaultdict(set)

    def add(self, user_id: str, connection: ClientConnection) -> None:
        connections = self._by_user[user_id]
        if connection not in connections:
            connections.add(connection)
            WEBSOCKETS_OPEN.inc()

    def remove(self, user_id: str, connection: ClientConnection) -> None:
        connections = self._by_user.get(user_id)
        if connections is not None:
            if connection in connections:
                connections.discard(connection)
                WEBSOCKETS_OPEN.dec()
            if not connections:
                del self._by_user[user_id]

    async def push(self, user_id: str, payload: dict[str, Any]) -> int:
        """Sends to every connection of the user here; returns how many received it."""
        connections = list(self._by_user.get(user_id, ()))
        results = await asyncio.gather(*(c.send_json(payload) for c in connections), return_exceptions=True)
        return sum(1 for r in results if not isinstance(r, BaseException))

    @property
    def connection_count(self) -> int:
        return sum(len(c) for c in self._by_user.values())
