"""The gRPC clients translate safety's and memory's answers into what dialogue needs: sensitivity, and only
relevant, non-sensitive memories."""

from datetime import UTC, datetime
from typing import Any

import pytest
from google.protobuf.timestamp_pb2 import Timestamp

from companion.v1 import memory_pb2, safety_pb2
from companion_dialogue.adapters.peers import GrpcMemory, GrpcSafety
from companion_dialogue.domain.model import IncomingMessage

MESSAGE = IncomingMessage("e", "m1", "u1", "c1", "What's my dog's name?", datetime.now(UTC), "UTC", "en", "gw")


class Stub:
    def __init__(self, response: Any) -> None:
        self.response = response
        self.requests: list[Any] = []

    async def _call(self, request: Any, **_: float) -> Any:  # timeout=
        self.requests.append(request)
        return self.response

    AssessMessage = Recall = _call


class Channel:
    """Enough of a grpc channel for a stub to be built; the stub is replaced in each test."""

    def unary_unary(self, *_: Any, **__: Any) -> None:
        return None

    unary_stream = stream_unary = stream_stream = unary_unary


class Channels:
    def get(self, address: str) -> Channel:
        return Channel()


def _safety(assessment: safety_pb2.Assessment) -> GrpcSafety:
    client = GrpcSafety.__new__(GrpcSafety)
    client._stub, client._timeout_s = Stub(assessment), 1.0  # type: ignore[assignment]
    return client


async def test_the_assessment_says_whether_the_message_is_sensitive() -> None:
    view = await _safety(
        safety_pb2.Assessment(risk_level=safety_pb2.RISK_LEVEL_PLAN, categories=["self_harm"], sensitive=True)
    ).assess(MESSAGE)
    assert (view.sensitive, view.crisis) == (True, True)

    fine = await _safety(safety_pb2.Assessment(risk_level=safety_pb2.RISK_LEVEL_NONE)).assess(MESSAGE)
    assert (fine.sensitive, fine.crisis) == (False, False)


async def test_a_safety_service_older_than_the_field_still_marks_risk_sensitive() -> None:
    concern = await _safety(safety_pb2.Assessment(risk_level=safety_pb2.RISK_LEVEL_CONCERN)).assess(MESSAGE)
    assert concern.sensitive
    # Below concern, safety decides (a category the classifier alone saw weakly is not sensitive).
    weak = await _safety(safety_pb2.Assessment(risk_level=safety_pb2.RISK_LEVEL_NONE, categories=["abuse"])).assess(
        MESSAGE
    )
    assert not weak.sensitive


@pytest.mark.parametrize(
    ("categories", "risk_to_self"),
    [(["self_harm"], True), (["self_harm", "abuse"], True), ([], True), (["abuse"], False), (["harassment"], False)],
)
async def test_a_crisis_is_the_users_own_risk_unless_only_danger_from_others(
    categories: list[str], risk_to_self: bool
) -> None:
    view = await _safety(
        safety_pb2.Assessment(risk_level=safety_pb2.RISK_LEVEL_IDEATION, categories=categories, sensitive=True)
    ).assess(MESSAGE)
    assert view.crisis
    assert view.risk_to_self is risk_to_self


def _memory(text: str, relevance: float = 0.0, sensitive: bool = False) -> memory_pb2.RecalledMemory:
    said = Timestamp()
    said.FromDatetime(datetime(2026, 11, 27, tzinfo=UTC))
    return memory_pb2.RecalledMemory(
        text=text, said_at=said, relevance=relevance, sensitive=sensitive, subject="dog", kind="fact"
    )


async def test_recall_asks_for_relevant_non_sensitive_memories_and_drops_any_flagged_sensitive() -> None:
    client = GrpcMemory(Channels(), "memory", 1.0, limit=5, token_budget=600, min_relevance=0.5)  # type: ignore[arg-type]
    stub = Stub(
        memory_pb2.RecallResponse(
            memories=[_memory("My dog is called Rex", 0.9), _memory("I want to kill myself", 0.8, sensitive=True)]
        )
    )
    client._stub = stub  # type: ignore[assignment]

    memories = await client.recall(MESSAGE)

    assert [(m.text, m.relevance, m.subject, m.kind) for m in memories] == [
        ("My dog is called Rex", 0.9, "dog", "fact")
    ]
    request = stub.requests[0]
    assert request.min_relevance == 0.5
    assert request.include_sensitive is False
    assert list(request.exclude_message_ids) == ["m1"]
