"""Safety's stream handler hands an erasure event to the account erasure, never to the assessment."""

from typing import Any

import pytest

from companion.v1.account_pb2 import AccountErasure
from companion.v1.events_pb2 import MessageEvent
from companion_common.streams import PoisonEvent
from companion_safety.entrypoints.stream import make_handler
from companion_safety.service_layer.account import AccountService


class FakeStore:
    def __init__(self) -> None:
        self.erased: list[str] = []

    async def erase(self, user_id: str) -> int:
        self.erased.append(user_id)
        return 1

    async def export(self, user_id: str) -> dict[str, list[dict[str, Any]]]:
        tables = ("safety_assessments", "safety_interventions", "safety_user_state", "safety_activity_days")
        return {t: [] for t in (*tables, "safety_observed_messages")}


class FakeStep:
    async def run(self, event: MessageEvent, erase: Any) -> None:
        await erase(event.user_id)


_EVENT = MessageEvent(event_id="e", user_id="u", account_erasure=AccountErasure(erasure_id="x"))


async def test_an_erasure_event_erases_the_user() -> None:
    store = FakeStore()
    await make_handler(None, None, AccountService(store), FakeStep())(_EVENT)  # type: ignore[arg-type]
    assert store.erased == ["u"]
    assert "wellbeing_settings" in await AccountService(store).export("u")


async def test_a_consumer_without_the_erasure_dead_letters_it() -> None:
    with pytest.raises(PoisonEvent):
        await make_handler(None, None)(_EVENT)  # type: ignore[arg-type]
