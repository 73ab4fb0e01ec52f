"""Memory's reading of safety's assessment: the whole request goes out, the flag (or a level at risk) decides, and
an unreachable safety is AssessmentUnavailable (the service then keeps only the episode, flagged)."""

from datetime import UTC, datetime
from typing import Any

import grpc
import pytest

from companion.v1 import safety_pb2
from companion_common.grpc_serving import Channels
from companion_memory.adapters.safety_client import GrpcSafetyAssessor
from companion_memory.domain.model import AssessmentUnavailable, Message

MESSAGE = Message("u", "c", "m1", "hello", datetime(2026, 11, 29, tzinfo=UTC), "UTC", "en-GB", "127.0.0.1:9", True)


class FakeStub:
    def __init__(self, answer: safety_pb2.Assessment | Exception) -> None:
        self.answer = answer
        self.requests: list[safety_pb2.AssessMessageRequest] = []

    async def AssessMessage(self, request: safety_pb2.AssessMessageRequest, **call: Any) -> Any:  # noqa: N802
        self.requests.append(request)
        if isinstance(self.answer, Exception):
            raise self.answer
        return self.answer


def _assessor(answer: safety_pb2.Assessment | Exception) -> tuple[GrpcSafetyAssessor, FakeStub]:
    assessor = GrpcSafetyAssessor(Channels(), "127.0.0.1:1", 1.0)
    stub = FakeStub(answer)
    assessor._stub = stub  # type: ignore[assignment]
    return assessor, stub


@pytest.mark.parametrize(
    ("assessment", "sensitive"),
    [
        (safety_pb2.Assessment(risk_level=safety_pb2.RISK_LEVEL_NONE), False),
        (safety_pb2.Assessment(risk_level=safety_pb2.RISK_LEVEL_NONE, sensitive=True), True),
        (safety_pb2.Assessment(risk_level=safety_pb2.RISK_LEVEL_CONCERN), True),
        # A category safety did not count (seen weakly by its classifier): safety's flag decides.
        (safety_pb2.Assessment(risk_level=safety_pb2.RISK_LEVEL_NONE, categories=["self_harm"]), False),
    ],
)
async def test_the_assessment_decides_what_is_sensitive(assessment: safety_pb2.Assessment, sensitive: bool) -> None:
    assessor, stub = _assessor(assessment)
    assert await assessor.is_sensitive(MESSAGE) is sensitive
    [request] = stub.requests
    assert (request.user_id, request.conversation_id, request.message_id, request.text) == ("u", "c", "m1", "hello")
    assert (request.locale, request.reply_to, request.user_is_minor) == ("en-GB", "127.0.0.1:9", True)


async def test_an_unreachable_safety_is_unavailable() -> None:
    error = grpc.aio.AioRpcError(grpc.StatusCode.UNAVAILABLE, grpc.aio.Metadata(), grpc.aio.Metadata(), "down")
    assessor, _ = _assessor(error)
    with pytest.raises(AssessmentUnavailable):
        await assessor.is_sensitive(MESSAGE)
