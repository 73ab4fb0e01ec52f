"""Who may call, and how often: bearer tokens, rate limits per user and per client address, and the cap on
the WebSockets a user has open (across replicas).

Limits fail open: when Redis cannot be reached, a request is let through (and logged) rather than refused;
the request then fails on its own if it needs Redis, and reads that do not keep working."""

import asyncio
from typing import Protocol

import structlog

from companion_common.ids import new_id
from companion_gateway.domain.limits import Bucket, address_key
from companion_gateway.metrics import LIMITED

log = structlog.stdlib.get_logger(__name__)


class Authenticator(Protocol):
    async def verify(self, token: str) -> str:
        """The token's user id; raises tokens.InvalidToken or tokens.IdentityUnavailable."""
        ...


class Limits(Protocol):
    async def take_user(self, user_id: str, bucket: Bucket) -> float: ...
    async def take_address(self, address: str, bucket: Bucket) -> float: ...
    async def open_socket(self, user_id: str, connection_id: str, *, cap: int, lease_s: float) -> bool: ...
    async def renew_sockets(self, user_id: str, connection_ids: list[str], *, lease_s: float) -> None: ...
    async def close_socket(self, user_id: str, connection_id: str) -> None: ...


class RateLimited(Exception):
    """Too many requests; ``retry_after_s`` says when the next one would pass."""

    def __init__(self, reason: str, retry_after_s: float) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after_s = retry_after_s


class TooManySockets(Exception):
    """The user has the most WebSockets open that they may have."""


class AccessControl:
    def __init__(
        self,
        authenticator: Authenticator,
        limits: Limits,
        *,
        user_bucket: Bucket | None,
        address_bucket: Bucket | None,
        max_sockets_per_user: int,
        socket_lease_s: float,
    ) -> None:
        self._authenticator = authenticator
        self._limits = limits
        self._user_bucket = user_bucket
        self._address_bucket = address_bucket
        self._max_sockets = max_sockets_per_user
        self._lease_s = socket_lease_s
        self._sockets: dict[str, set[str]] = {}  # this replica's open sockets, by user, for renewing leases

    async def authenticate(self, token: str) -> str:
        return await self._authenticator.verify(token)

    async def admit_user(self, user_id: str) -> None:
        """Takes one from the user's bucket; raises RateLimited when it is empty."""
        if self._user_bucket is not None:
            await self._take("user", user_id, self._user_bucket)

    async def admit_address(self, address: str) -> None:
        if self._address_bucket is not None:
            await self._take("address", address_key(address), self._address_bucket)

    async def _take(self, limit: str, key: str, bucket: Bucket) -> None:
        try:
            if limit == "user":
                wait_s = await self._limits.take_user(key, bucket)
            else:
                wait_s = await self._limits.take_address(key, bucket)
        except Exception as error:  # noqa: BLE001 - fail open: see the module docstring
            log.warning("rate_limit_unchecked", limit=limit, error_type=type(error).__name__)
            return
        if wait_s > 0:
            LIMITED.labels(limit).inc()
            raise RateLimited(f"too many requests from this {limit}", wait_s)

    async def open_socket(self, user_id: str) -> str:
        """Counts a new WebSocket of the user; raises TooManySockets at the cap. Returns the socket's id."""
        connection_id = new_id()
        if self._max_sockets > 0:
            try:
                counted = await self._limits.open_socket(
                    user_id, connection_id, cap=self._max_sockets, lease_s=self._lease_s
                )
            except Exception as error:  # noqa: BLE001 - fail open
                log.warning("websocket_cap_unchecked", error_type=type(error).__name__)
                counted = True
            if not counted:
                LIMITED.labels("websockets").inc()
                raise TooManySockets(f"too many open WebSockets for this user (at most {self._max_sockets})")
            self._sockets.setdefault(user_id, set()).add(connection_id)
        return connection_id

    async def close_socket(self, user_id: str, connection_id: str) -> None:
        mine = self._sockets.get(user_id)
        if mine is None or connection_id not in mine:
            return
        mine.discard(connection_id)
        if not mine:
            del self._sockets[user_id]
        try:
            await self._limits.close_socket(user_id, connection_id)
        except Exception as error:  # noqa: BLE001 - its lease ends on its own
            log.warning("websocket_close_unrecorded", error_type=type(error).__name__)

    async def renew_sockets(self) -> None:
        """Renews the leases of this replica's open sockets, so that they keep counting."""
        for user_id, ids in list(self._sockets.items()):
            try:
                await self._limits.renew_sockets(user_id, sorted(ids), lease_s=self._lease_s)
            except Exception as error:  # noqa: BLE001 - the next round tries again
                log.warning("websocket_lease_renewal_failed", error_type=type(error).__name__)

    async def run_socket_renewal(self) -> None:
        if self._max_sockets <= 0:
            return
        while True:
            await asyncio.sleep(self._lease_s / 3)
            await self.renew_sockets()
