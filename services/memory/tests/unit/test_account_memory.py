"""Memory's stream handler erases all of the user's memories on an erasure event (at once, no settling)."""

from typing import Any

from companion.v1.account_pb2 import AccountErasure
from companion.v1.events_pb2 import MessageEvent
from companion_common.streams import decode_event
from companion_memory.entrypoints.stream import make_handler


class FakeService:
    def __init__(self) -> None:
        self.forgotten: list[str] = []

    async def forget_all(self, user_id: str) -> int:
        self.forgotten.append(user_id)
        return 2

    async def remember(self, message: Any) -> list[str]:
        raise AssertionError("an erasure is no message")


class FakeStep:
    async def run(self, event: MessageEvent, erase: Any) -> None:
        await erase(event.user_id)


async def test_an_erasure_event_forgets_everything_of_the_user() -> None:
    event = MessageEvent(event_id="e", user_id="u", account_erasure=AccountErasure(erasure_id="x"))
    decoded = decode_event(event.SerializeToString())  # no message or conversation id: still an event
    service = FakeService()
    await make_handler(service, settle_ms=5_000, erasure=FakeStep())(decoded)  # type: ignore[arg-type]
    assert service.forgotten == ["u"]
