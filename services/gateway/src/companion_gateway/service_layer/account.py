"""Use cases of a user's whole account: erase it everywhere (an event each service acts on, confirmed per
service) and export everything held about them.

Erasure, step by step: the gateway reads the user's conversation ids (dialogue's export: their owner keys name
the conversation, not the user), starts the erasure record (or finds the one in progress), deletes its own keys,
and publishes the account event on the user's partition. From then on the user's messages are refused
(``AccountErasing``) until the erasure is done. Each service erases its tables when the event reaches it and
confirms; once all have, the gateway deletes the user's stream entries every group has processed, its own keys
once more, and marks the erasure done. A repeated request re-publishes the same erasure: handlers are idempotent.
"""

import asyncio
from datetime import UTC, datetime
from typing import Any, Protocol

import structlog

from companion_common.erasure import ERASED, ERASING, SERVICES
from companion_common.ids import new_id
from companion_gateway.domain.conversations import client_conversation_id
from companion_gateway.domain.messages import Rejected

log = structlog.stdlib.get_logger(__name__)


class AccountErasing(Rejected):
    """The user's account is being erased: no new message is accepted until it is done."""


class Erasures(Protocol):
    async def start(self, user_id: str, erasure_id: str) -> dict[str, str]: ...
    async def read(self, user_id: str) -> dict[str, str]: ...
    async def is_erasing(self, user_id: str) -> bool: ...
    async def purge_stream_entries(self, user_id: str) -> int: ...
    async def finish(self, user_id: str, erasure_id: str) -> None: ...


class ErasurePublisher(Protocol):
    async def publish_erasure(self, user_id: str, erasure_id: str, event_id: str, requested_at: datetime) -> None: ...


class GatewayKeys(Protocol):
    async def forget_user(self, user_id: str, conversation_ids: list[str]) -> int: ...


class Exports(Protocol):
    async def dialogue(self, user_id: str) -> dict[str, Any]: ...
    async def memory(self, user_id: str) -> dict[str, Any]: ...
    async def safety(self, user_id: str) -> dict[str, Any]: ...


class AccountService:
    def __init__(
        self,
        erasures: Erasures,
        publisher: ErasurePublisher,
        keys: GatewayKeys,
        exports: Exports,
        *,
        finish_within_s: float = 600.0,
        poll_s: float = 0.5,
    ) -> None:
        self._erasures = erasures
        self._publisher = publisher
        self._keys = keys
        self._exports = exports
        self._finish_within_s = finish_within_s
        self._poll_s = poll_s
        self._finishing: set[asyncio.Task[None]] = set()

    async def check_not_erasing(self, user_id: str) -> None:
        """Raises AccountErasing while the user's erasure is in progress (messages sent now are refused)."""
        if await self._erasures.is_erasing(user_id):
            raise AccountErasing("this account is being erased; no message is accepted until that is done")

    async def erase(self, user_id: str) -> dict[str, Any]:
        """Starts the erasure (or goes on with the one in progress) and returns its status at once."""
        dialogue = await self._exports.dialogue(user_id)
        conversations = sorted(
            {row["conversation_id"] for table in ("transcripts", "personas") for row in dialogue.get(table, [])}
        )
        record = await self._erasures.start(user_id, new_id())
        await self._keys.forget_user(user_id, conversations)
        await self._publisher.publish_erasure(user_id, record["erasure_id"], new_id(), datetime.now(UTC))
        log.info("account_erasure_requested", erasure_id=record["erasure_id"])
        task = asyncio.create_task(self._finish_when_confirmed(user_id, record["erasure_id"]))
        self._finishing.add(task)
        task.add_done_callback(self._finishing.discard)
        return _status(record)

    async def erasure_status(self, user_id: str) -> dict[str, Any] | None:
        """Where the user's latest erasure stands, per service; finishes it if every service has confirmed."""
        record = await self._erasures.read(user_id)
        if not record:
            return None
        if record.get("state") == ERASING and all(record.get(s) for s in SERVICES):
            await self._finish(user_id, record["erasure_id"])
            record = await self._erasures.read(user_id) or record
        return _status(record)

    async def export(self, user_id: str) -> dict[str, Any]:
        """Everything held about the user, from each service (each asked for this user only)."""
        dialogue, memory, safety = await asyncio.gather(
            self._exports.dialogue(user_id), self._exports.memory(user_id), self._exports.safety(user_id)
        )
        memory.pop("user_id", None)
        memory.pop("exported_at", None)
        return {
            "user_id": user_id,
            "exported_at": datetime.now(UTC).isoformat(),
            "dialogue": _client_ids(user_id, dialogue),
            "memory": memory,
            "safety": _client_ids(user_id, safety),
        }

    async def close(self) -> None:
        for task in list(self._finishing):
            task.cancel()
        await asyncio.gather(*self._finishing, return_exceptions=True)

    async def _finish_when_confirmed(self, user_id: str, erasure_id: str) -> None:
        """In the background of the request; a gateway that stops first leaves it to the next status read."""
        deadline = asyncio.get_running_loop().time() + self._finish_within_s
        try:
            while asyncio.get_running_loop().time() < deadline:
                record = await self._erasures.read(user_id)
                if record.get("erasure_id") != erasure_id or record.get("state") != ERASING:
                    return
                if all(record.get(s) for s in SERVICES) and await self._finish(user_id, erasure_id):
                    return
                await asyncio.sleep(self._poll_s)
        except Exception as error:  # noqa: BLE001 - GET /v1/account/erasure finishes it later
            log.warning("account_erasure_unfinished", error_type=type(error).__name__)

    async def _finish(self, user_id: str, erasure_id: str) -> bool:
        """Deletes the user's processed stream entries and the gateway's keys; True once nothing is left."""
        left = await self._erasures.purge_stream_entries(user_id)
        await self._keys.forget_user(user_id, [])
        if left:
            return False
        await self._erasures.finish(user_id, erasure_id)
        log.info("account_erasure_finished", erasure_id=erasure_id)
        return True


def _client_ids(user_id: str, document: dict[str, Any]) -> dict[str, Any]:
    """The services' rows with conversation ids as the user knows them (unscoped)."""
    for rows in document.values():
        for row in rows if isinstance(rows, list) else []:
            if isinstance(row, dict) and isinstance(row.get("conversation_id"), str):
                row["conversation_id"] = client_conversation_id(user_id, row["conversation_id"])
    return document


def _status(record: dict[str, str]) -> dict[str, Any]:
    return {
        "erasure_id": record.get("erasure_id", ""),
        "state": record.get("state", ERASING),
        "done": record.get("state") == ERASED,
        "requested_at": record.get("requested_at"),
        "finished_at": record.get("finished_at"),
        "services": {s: {"erased": bool(record.get(s)), "erased_at": record.get(s) or None} for s in SERVICES},
        "status_url": "/v1/account/erasure",
    }
