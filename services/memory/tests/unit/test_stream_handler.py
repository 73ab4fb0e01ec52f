"""The stream handler lets a fresh message settle before remembering it (its reply is being prepared), and
remembers an old one (a backlog) at once."""

import time
from datetime import UTC, datetime, timedelta
from typing import Any

from companion.v1.events_pb2 import MessageEvent
from companion_memory.entrypoints.stream import make_handler


class RecordingService:
    def __init__(self) -> None:
        self.remembered_at: list[float] = []
        self.messages: list[Any] = []

    async def remember(self, message: Any) -> list[str]:
        self.remembered_at.append(time.monotonic())
        self.messages.append(message)
        return []


def _event(received: datetime) -> MessageEvent:
    event = MessageEvent(user_id="u1", conversation_id="c1", message_id="m1", text="I love hiking")
    event.received_at.FromDatetime(received)
    return event


async def test_a_fresh_message_is_remembered_once_it_has_settled() -> None:
    service = RecordingService()
    handle = make_handler(service, settle_ms=200)  # type: ignore[arg-type]
    started = time.monotonic()
    await handle(_event(datetime.now(UTC)))
    assert 0.15 <= service.remembered_at[0] - started < 1.0


async def test_a_message_older_than_the_settling_time_is_remembered_at_once() -> None:
    service = RecordingService()
    handle = make_handler(service, settle_ms=200)  # type: ignore[arg-type]
    started = time.monotonic()
    await handle(_event(datetime.now(UTC) - timedelta(seconds=10)))
    assert service.remembered_at[0] - started < 0.1


async def test_the_message_carries_what_safety_needs_to_assess_it_as_dialogue_would() -> None:
    service = RecordingService()
    event = _event(datetime.now(UTC) - timedelta(seconds=10))
    event.locale, event.reply_to, event.user_is_minor = "en-US-u-sd-uswa", "127.0.0.1:50050", True
    await make_handler(service)(event)  # type: ignore[arg-type]
    [message] = service.messages
    assert (message.locale, message.reply_to, message.user_is_minor) == ("en-US-u-sd-uswa", "127.0.0.1:50050", True)
