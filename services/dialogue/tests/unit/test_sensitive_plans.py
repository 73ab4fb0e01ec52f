"""No check-in is ever planned from a sensitive message, nor from a burst that holds one, nor when safety could
not assess the message (DialogueService._note_plans)."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

from companion_dialogue.domain.model import ChatRequest, IncomingMessage, RecalledMemory, SafetyView, Turn
from companion_dialogue.service_layer.services import DialogueService

PLAN = "I have a job interview on Tuesday"
AT_RISK = "i can't do this anymore"


class Transcripts:
    def __init__(self, *earlier: tuple[str, str]) -> None:
        self.user_turns = [Turn(message_id, "user", text, datetime.now(UTC)) for message_id, text in earlier]

    async def add_user_turn_or_find_reply(
        self, user_id: str, conversation_id: str, message_id: str, text: str, at: datetime
    ) -> tuple[Turn, bool] | None:
        self.user_turns.append(Turn(message_id, "user", text, at))
        return None

    async def unanswered_and_recent(
        self, user_id: str, conversation_id: str, limit: int
    ) -> tuple[list[Turn], list[Turn]]:
        return list(self.user_turns), list(self.user_turns)

    async def add_burst_reply(self, user_id: str, conversation_id: str, reply: Turn, answers: list[str]) -> Turn:
        return reply

    async def mark_delivered(self, user_id: str, conversation_id: str, turn_id: str) -> None:
        pass


class NoMemory:
    async def recall(self, message: IncomingMessage) -> list[RecalledMemory]:
        return []


class NoPersonas:
    async def get(self, user_id: str, conversation_id: str) -> dict[str, Any] | None:
        return None


class FreeCoordination:
    @asynccontextmanager
    async def conversation_lease(self, conversation_id: str) -> AsyncIterator[None]:
        yield


class Safety:
    """Sensitive when the text is AT_RISK; down when asked to be."""

    def __init__(self, down: bool = False) -> None:
        self.down = down

    async def assess(self, message: IncomingMessage) -> SafetyView:
        if self.down:
            raise ConnectionError("safety is down")
        risky = AT_RISK in message.text
        return SafetyView(sensitive=risky)

    async def review(self, message: IncomingMessage, reply_text: str) -> str:
        return reply_text


class Stream:
    async def send(self, delta: str) -> None:
        pass

    async def finish(self, text: str) -> int:
        return 1

    async def abort(self) -> None:
        pass


class Delivery:
    async def open_stream(self, address: str, **_: object) -> Stream:
        return Stream()


class Engine:
    name = "fake"

    async def stream(self, request: ChatRequest) -> AsyncIterator[str]:
        yield "ok"

    async def aclose(self) -> None:
        pass


class Plans:
    def __init__(self) -> None:
        self.noted: list[str] = []

    async def note(self, message: IncomingMessage, local_time: datetime) -> None:
        self.noted.append(message.message_id)


async def answer(text: str, safety: Safety, transcripts: Transcripts | None = None) -> list[str]:
    plans = Plans()
    service = DialogueService(
        transcripts or Transcripts(),  # type: ignore[arg-type]  # only what answering uses
        NoMemory(),
        safety,
        Delivery(),  # type: ignore[arg-type]
        Engine(),
        personas=NoPersonas(),  # type: ignore[arg-type]
        coordination=FreeCoordination(),  # type: ignore[arg-type]
        plans=plans,
        recent_turns=10,
    )
    await service.answer(IncomingMessage("e", "m9", "u1", "c1", text, datetime.now(UTC), "UTC", "en-US", "gw:1"))
    return plans.noted


async def test_a_plan_in_a_message_safety_found_fine_is_noted() -> None:
    assert await answer(PLAN, Safety()) == ["m9"]


async def test_no_plan_is_noted_from_a_sensitive_message() -> None:
    assert await answer(f"{PLAN}. {AT_RISK}", Safety()) == []


async def test_no_plan_is_noted_when_safety_could_not_assess_the_message() -> None:
    assert await answer(PLAN, Safety(down=True)) == []


async def test_one_sensitive_message_in_a_burst_blocks_the_plans_of_all_of_it() -> None:
    assert await answer(AT_RISK, Safety(), Transcripts(("m1", PLAN))) == []
    assert await answer("wish me luck", Safety(), Transcripts(("m1", PLAN))) == ["m1", "m9"]
