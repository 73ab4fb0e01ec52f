"""The OpenAI-compatible engine against a local server speaking the real streaming protocol (SSE, [DONE])."""

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from companion_devtools.fake_model import FakeModel, ModelServer
from companion_dialogue.adapters.engines import Endpoint, EngineError, OpenAICompatibleEngine
from companion_dialogue.domain.model import ChatMessage, ChatRequest, IncomingMessage, ReplyContext

NOW = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)


@pytest.fixture
def server() -> Iterator[ModelServer]:
    with ModelServer(FakeModel(tokens=5, token_interval_s=0.001, reply="one two three four five")) as running:
        yield running


def _request() -> ChatRequest:
    message = IncomingMessage("e1", "m1", "u1", "c1", "hi", NOW, "UTC", "en-US", "gw:1")
    context = ReplyContext(message=message, local_time=NOW, since_last_message_s=None)
    return ChatRequest((ChatMessage("system", "be kind"), ChatMessage("user", "hi")), context)


def _engine(base_url: str, **kwargs: object) -> OpenAICompatibleEngine:
    options: dict[str, object] = {"timeout_s": 2.0, "retries": 2, "backoff_s": 0.001, **kwargs}
    return OpenAICompatibleEngine(Endpoint(base_url, "test-model"), **options)  # type: ignore[arg-type]


async def _collect(engine: OpenAICompatibleEngine) -> list[str]:
    try:
        return [delta async for delta in engine.stream(_request())]
    finally:
        await engine.aclose()


async def test_the_reply_streams_token_by_token_until_done(server: ModelServer) -> None:
    deltas = await _collect(_engine(server.base_url))

    assert deltas == ["one", " two", " three", " four", " five"]
    assert server.model.calls[0].messages == [
        {"role": "system", "content": "be kind"},
        {"role": "user", "content": "hi"},
    ]


async def test_429_and_5xx_before_the_first_token_are_retried(server: ModelServer) -> None:
    server.model.fail.extend(["429", "500"])

    deltas = await _collect(_engine(server.base_url))

    assert "".join(deltas) == "one two three four five"
    assert len(server.model.calls) == 3


async def test_a_stream_cut_before_done_is_retried(server: ModelServer) -> None:
    server.model.fail.append("cut")

    assert "".join(await _collect(_engine(server.base_url))) == "one two three four five"
    assert len(server.model.calls) == 2


async def test_a_silent_endpoint_times_out_and_the_fallback_answers(server: ModelServer) -> None:
    with ModelServer(FakeModel(fail=["hang", "hang"])) as silent:
        engine = _engine(silent.base_url, timeout_s=0.2, retries=1, fallback=Endpoint(server.base_url, "backup"))

        deltas = await _collect(engine)

        assert len(silent.model.calls) == 2
    assert "".join(deltas) == "one two three four five"


async def test_an_endpoint_that_keeps_failing_raises_after_the_retries(server: ModelServer) -> None:
    server.model.fail.extend(["500", "500", "500"])

    with pytest.raises(EngineError):
        await _collect(_engine(server.base_url))
    assert len(server.model.calls) == 3
