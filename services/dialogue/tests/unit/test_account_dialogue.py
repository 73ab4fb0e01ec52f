"""Dialogue's account erasure with fakes: scheduled check-ins and burst windows go before the tables, so that a
failure in between leaves nothing in Redis that the tables no longer name; an erasure event is dispatched to
it and never gets a failure notice."""

from typing import Any

from companion.v1.account_pb2 import AccountErasure
from companion.v1.events_pb2 import MessageEvent
from companion_dialogue.entrypoints.stream import make_dead_letter_hook, make_handler
from companion_dialogue.service_layer.account import AccountService


class FakeStore:
    def __init__(self, calls: list[str]) -> None:
        self.calls = calls

    async def holdings(self, user_id: str) -> tuple[list[str], list[str]]:
        return ["c1", "c2"], ["m1"]

    async def erase(self, user_id: str) -> int:
        self.calls.append(f"erase {user_id}")
        return 3

    async def export(self, user_id: str) -> dict[str, list[dict[str, Any]]]:
        return {"dialogue_turns": [], "dialogue_personas": [], "dialogue_followups": []}


class FakeShared:
    def __init__(self, calls: list[str]) -> None:
        self.calls = calls

    async def forget_conversation(self, conversation_id: str) -> None:
        self.calls.append(f"forget {conversation_id}")

    async def unschedule(self, member: str) -> None:
        self.calls.append(f"unschedule {member}")


async def test_redis_state_goes_first_then_the_tables() -> None:
    calls: list[str] = []
    account = AccountService(FakeStore(calls), FakeShared(calls))
    assert await account.erase("u|1") == 3
    assert calls == ["unschedule u|1|m1", "forget c1", "forget c2", "erase u|1"]
    assert set(await account.export("u")) == {"transcripts", "personas", "check_ins"}


class FakeStep:
    def __init__(self) -> None:
        self.erased: list[str] = []

    async def run(self, event: MessageEvent, erase: Any) -> None:
        await erase(event.user_id)


class Unused:
    async def answer(self, message: Any) -> None:
        raise AssertionError("an erasure is no message")

    async def notify_failure(self, message: Any) -> None:
        raise AssertionError("an erasure gets no failure notice")


async def test_an_erasure_event_goes_to_the_erasure_and_is_never_answered() -> None:
    calls: list[str] = []
    event = MessageEvent(event_id="e", user_id="u", account_erasure=AccountErasure(erasure_id="x"))
    handler = make_handler(Unused(), AccountService(FakeStore(calls), FakeShared(calls)), FakeStep())  # type: ignore[arg-type]
    await handler(event)
    await make_dead_letter_hook(Unused())(event, "too many deliveries")  # type: ignore[arg-type]
    assert calls[-1] == "erase u"
