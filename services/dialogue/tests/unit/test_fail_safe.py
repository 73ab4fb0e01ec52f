"""The fail-safe policy when safety cannot be reached (service_layer/fail_safe.py), through DialogueService."""

from datetime import UTC, datetime

import pytest

from companion_dialogue.domain.model import ChatRequest, IncomingMessage, RecalledMemory, SafetyView, Turn
from companion_dialogue.service_layer.fail_safe import HOLDING_REPLY, HOLDING_REPLY_WITH_RESOURCES
from companion_dialogue.service_layer.services import DialogueService

DRAFT = "an unreviewed draft from the model"


class Unreachable(Exception):
    pass


class FakeTranscripts:
    def __init__(self) -> None:
        self.replies: list[Turn] = []

    async def add_user_turn(self, user_id: str, conversation_id: str, message_id: str, text: str, at: datetime) -> None:
        pass

    async def reply_to(self, user_id: str, conversation_id: str, message_id: str) -> tuple[Turn, bool] | None:
        return None

    async def add_reply(self, user_id: str, conversation_id: str, reply: Turn) -> Turn:
        self.replies.append(reply)
        return reply

    async def mark_delivered(self, user_id: str, conversation_id: str, turn_id: str) -> None:
        pass

    async def recent(self, user_id: str, conversation_id: str, limit: int, before_id: str | None = None) -> list[Turn]:
        return []

    async def after(self, user_id: str, conversation_id: str, after_id: str, limit: int) -> list[Turn]:
        return []


class NoMemory:
    async def recall(self, message: IncomingMessage) -> list[RecalledMemory]:
        return []


class FakeSafety:
    def __init__(self, assess_fails: bool, review_fails: bool, crisis: bool = False) -> None:
        self.assess_fails, self.review_fails, self.crisis = assess_fails, review_fails, crisis
        self.reviewed: list[str] = []

    async def assess(self, message: IncomingMessage) -> SafetyView:
        if self.assess_fails:
            raise Unreachable("safety is down")
        return SafetyView(crisis=self.crisis)

    async def review(self, message: IncomingMessage, reply_text: str) -> str:
        if self.review_fails:
            raise Unreachable("safety is down")
        self.reviewed.append(reply_text)
        return reply_text


class RecordingDelivery:
    def __init__(self) -> None:
        self.texts: list[str] = []

    async def deliver(self, address: str, *, text: str, failure: bool = False, **_: str) -> None:
        self.texts.append(text)


class DraftEngine:
    name = "fake"

    async def complete(self, request: ChatRequest) -> str:
        return DRAFT

    async def aclose(self) -> None:
        pass


def message() -> IncomingMessage:
    return IncomingMessage(
        "e1", "m1", "u1", "c1", "I don't want to be here anymore", datetime.now(UTC), "UTC", "en-US", "gw:1"
    )


async def answer(safety: FakeSafety) -> tuple[RecordingDelivery, FakeTranscripts]:
    delivery, transcripts = RecordingDelivery(), FakeTranscripts()
    service = DialogueService(transcripts, NoMemory(), safety, delivery, DraftEngine(), recent_turns=10)
    await service.answer(message())
    return delivery, transcripts


@pytest.mark.parametrize("review_fails", [False, True])
async def test_unassessed_message_gets_the_holding_reply_with_crisis_resources_never_the_draft(
    review_fails: bool,
) -> None:
    delivery, transcripts = await answer(FakeSafety(assess_fails=True, review_fails=review_fails))

    assert delivery.texts == [HOLDING_REPLY_WITH_RESOURCES]
    assert "988" in delivery.texts[0]
    assert "findahelpline.com" in delivery.texts[0]
    assert [r.text for r in transcripts.replies] == [HOLDING_REPLY_WITH_RESOURCES]  # answered once, no retry


async def test_a_draft_that_cannot_be_reviewed_is_never_sent() -> None:
    delivery, _ = await answer(FakeSafety(assess_fails=False, review_fails=True))
    assert delivery.texts == [HOLDING_REPLY]


async def test_an_unreviewable_draft_for_a_crisis_message_is_replaced_with_resources() -> None:
    delivery, _ = await answer(FakeSafety(assess_fails=False, review_fails=True, crisis=True))
    assert delivery.texts == [HOLDING_REPLY_WITH_RESOURCES]


async def test_with_safety_up_the_reviewed_draft_is_sent() -> None:
    safety = FakeSafety(assess_fails=False, review_fails=False)
    delivery, _ = await answer(safety)
    assert delivery.texts == [DRAFT]
    assert safety.reviewed == [DRAFT]
