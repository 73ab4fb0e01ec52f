"""The fail-safe policy when safety cannot be reached (service_layer/fail_safe.py), through DialogueService."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

import pytest

from companion_dialogue.domain.model import ChatRequest, IncomingMessage, RecalledMemory, SafetyView, Turn
from companion_dialogue.service_layer.fail_safe import HOLDING_REPLY, HOLDING_REPLY_WITH_RESOURCES
from companion_dialogue.service_layer.services import DialogueService

DRAFT = "an unreviewed draft from the model"
TEXT = "I don't want to be here anymore"


class Unreachable(Exception):
    pass


class FakeTranscripts:
    def __init__(self) -> None:
        self.replies: list[Turn] = []
        self.user_turns: list[Turn] = []

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
        self.replies.append(reply)
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


class FakeSafety:
    def __init__(self, assess_fails: bool, review_fails: bool, crisis: bool = False) -> None:
        self.assess_fails, self.review_fails, self.crisis = assess_fails, review_fails, crisis
        self.reviewed: list[str] = []

    async def assess(self, message: IncomingMessage) -> SafetyView:
        if self.assess_fails:
            raise Unreachable("safety is down")
        return SafetyView(crisis=self.crisis, review_before_sending=self.crisis)

    async def review(self, message: IncomingMessage, reply_text: str) -> str:
        if self.review_fails:
            raise Unreachable("safety is down")
        self.reviewed.append(reply_text)
        return reply_text


class RecordingStream:
    def __init__(self) -> None:
        self.chunks: list[str] = []
        self.final: list[str] = []

    async def send(self, delta: str) -> None:
        self.chunks.append(delta)

    async def finish(self, text: str) -> int:
        self.final.append(text)
        return 1

    async def abort(self) -> None:
        pass


class RecordingDelivery:
    def __init__(self) -> None:
        self.stream = RecordingStream()

    async def open_stream(self, address: str, **_: object) -> RecordingStream:
        return self.stream


class DraftEngine:
    name = "fake"

    async def stream(self, request: ChatRequest) -> AsyncIterator[str]:
        for word in DRAFT.split(" "):
            yield word + " "

    async def aclose(self) -> None:
        pass


async def answer(safety: FakeSafety) -> tuple[RecordingStream, FakeTranscripts]:
    delivery, transcripts = RecordingDelivery(), FakeTranscripts()
    service = DialogueService(
        transcripts,  # type: ignore[arg-type]  # only what answering one message uses
        NoMemory(),
        safety,
        delivery,  # type: ignore[arg-type]
        DraftEngine(),
        personas=NoPersonas(),  # type: ignore[arg-type]
        coordination=FreeCoordination(),  # type: ignore[arg-type]
        recent_turns=10,
    )
    message = IncomingMessage("e1", "m1", "u1", "c1", TEXT, datetime.now(UTC), "UTC", "en-US", "gw:1")
    await service.answer(message)
    return delivery.stream, transcripts


@pytest.mark.parametrize("review_fails", [False, True])
async def test_unassessed_message_gets_the_holding_reply_with_crisis_resources_never_the_draft(
    review_fails: bool,
) -> None:
    stream, transcripts = await answer(FakeSafety(assess_fails=True, review_fails=review_fails))

    assert stream.chunks == []  # nothing streamed before review
    assert stream.final == [HOLDING_REPLY_WITH_RESOURCES]
    assert "988" in stream.final[0]
    assert "findahelpline.com" in stream.final[0]
    assert [r.text for r in transcripts.replies] == [HOLDING_REPLY_WITH_RESOURCES]  # answered once, no retry


async def test_a_draft_that_cannot_be_reviewed_is_never_kept_as_the_answer() -> None:
    stream, transcripts = await answer(FakeSafety(assess_fails=False, review_fails=True))
    assert stream.final == [HOLDING_REPLY]
    assert [r.text for r in transcripts.replies] == [HOLDING_REPLY]


async def test_an_unreviewable_draft_for_a_crisis_message_is_replaced_with_resources_and_never_streamed() -> None:
    stream, _ = await answer(FakeSafety(assess_fails=False, review_fails=True, crisis=True))
    assert stream.chunks == []
    assert stream.final == [HOLDING_REPLY_WITH_RESOURCES]


async def test_with_safety_up_the_reviewed_draft_is_sent() -> None:
    safety = FakeSafety(assess_fails=False, review_fails=False)
    stream, _ = await answer(safety)
    assert stream.final == [DRAFT]
    assert safety.reviewed == [DRAFT]
