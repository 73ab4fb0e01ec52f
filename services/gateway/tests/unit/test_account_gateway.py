"""The gateway's account use cases with fakes: an erasure is started once, re-published on a repeat, refuses
the user's messages while it runs, and is finished (stream entries and keys purged) once every service confirmed."""

from datetime import datetime
from typing import Any

import pytest

from companion_common.erasure import SERVICES
from companion_gateway.service_layer.account import AccountErasing, AccountService


class FakeErasures:
    def __init__(self) -> None:
        self.record: dict[str, str] = {}
        self.left = 0
        self.purged = 0

    async def start(self, user_id: str, erasure_id: str) -> dict[str, str]:
        if self.record.get("state") != "erasing":
            self.record = {"erasure_id": erasure_id, "state": "erasing", "requested_at": "now"}
        return dict(self.record)

    async def read(self, user_id: str) -> dict[str, str]:
        return dict(self.record)

    async def is_erasing(self, user_id: str) -> bool:
        return user_id == "alice" and self.record.get("state") == "erasing"

    async def purge_stream_entries(self, user_id: str) -> int:
        self.purged += 1
        return self.left

    async def finish(self, user_id: str, erasure_id: str) -> None:
        self.record.update(state="erased", finished_at="later")


class FakePublisher:
    def __init__(self) -> None:
        self.published: list[tuple[str, str]] = []

    async def publish_erasure(self, user_id: str, erasure_id: str, event_id: str, requested_at: datetime) -> None:
        self.published.append((user_id, erasure_id))


class FakeKeys:
    def __init__(self) -> None:
        self.forgotten: list[tuple[str, list[str]]] = []

    async def forget_user(self, user_id: str, conversation_ids: list[str]) -> int:
        self.forgotten.append((user_id, conversation_ids))
        return 0


class FakeExports:
    async def dialogue(self, user_id: str) -> dict[str, Any]:
        return {
            "transcripts": [{"conversation_id": "a"}, {"conversation_id": "a"}],
            "personas": [{"conversation_id": "b"}],
        }

    async def memory(self, user_id: str) -> dict[str, Any]:
        return {"user_id": user_id, "exported_at": "now", "memories": [{"text": "x"}]}

    async def safety(self, user_id: str) -> dict[str, Any]:
        return {"assessments": []}


def _service() -> tuple[AccountService, FakeErasures, FakePublisher, FakeKeys]:
    erasures, publisher, keys = FakeErasures(), FakePublisher(), FakeKeys()
    return AccountService(erasures, publisher, keys, FakeExports(), finish_within_s=0), erasures, publisher, keys


async def test_an_erasure_starts_once_refuses_messages_and_finishes_when_every_service_confirmed() -> None:
    service, erasures, publisher, keys = _service()

    first = await service.erase("alice")
    again = await service.erase("alice")

    assert first["state"] == "erasing"
    assert first["erasure_id"] == again["erasure_id"]
    assert publisher.published == [("alice", first["erasure_id"])] * 2  # re-published: handlers are idempotent
    assert keys.forgotten[0] == ("alice", ["a", "b"])  # the conversations' legacy owner keys
    with pytest.raises(AccountErasing):
        await service.check_not_erasing("alice")
    await service.check_not_erasing("bob")

    erasures.record.update({s: "t" for s in SERVICES[:-1]})
    assert (await service.erasure_status("alice") or {})["done"] is False
    erasures.record[SERVICES[-1]] = "t"
    erasures.left = 1  # a group has not processed one of the user's entries yet: not done
    assert (await service.erasure_status("alice") or {})["done"] is False
    erasures.left = 0
    status = await service.erasure_status("alice") or {}

    assert status["done"]
    assert status["state"] == "erased"
    assert all(s["erased"] for s in status["services"].values())
    await service.check_not_erasing("alice")  # a new life for the account: messages are taken again
    await service.close()


async def test_no_status_before_any_erasure_and_the_export_gathers_every_service() -> None:
    service, *_ = _service()
    assert await service.erasure_status("alice") is None
    document = await service.export("alice")
    assert document["user_id"] == "alice"
    assert document["memory"] == {"memories": [{"text": "x"}]}
    assert set(document) >= {"dialogue", "memory", "safety", "exported_at"}
