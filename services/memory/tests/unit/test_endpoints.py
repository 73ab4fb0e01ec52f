"""The optional OpenAI-compatible paths (extraction, embeddings) against a fake endpoint."""

import json
from datetime import UTC, datetime

import httpx
import pytest

from companion_memory.adapters.embedders import DIMENSIONS, EmbeddingFailed, OpenAIEmbedder, hashing_vector
from companion_memory.adapters.language_model import ChatCompletionsReader, ModelReaderFailed
from companion_memory.domain.model import Message

MESSAGE = Message("u", "c", "m1", "My cousin Ana moved to Oslo last month.", datetime(2026, 11, 27, tzinfo=UTC))


def _chat(content: str) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        assert request.url.path.endswith("/chat/completions")
        return httpx.Response(200, json={"choices": [{"message": {"content": content}}]})

    return httpx.MockTransport(answer)


async def test_the_model_reading_becomes_memories_with_resolved_dates() -> None:
    content = json.dumps(
        {
            "memories": [
                {"kind": "place", "subject": "Cousin", "text": "My cousin Ana lives in Oslo.", "attribute": "lives_in",
                 "value": "Oslo", "when": "last month"},
                {"kind": "nonsense", "text": "dropped"},
                "not an object",
            ]
        }
    )  # fmt: skip
    reader = ChatCompletionsReader("http://model/v1", "m", "", 5, transport=_chat(content))

    found = await reader.read(MESSAGE)

    assert [(f.kind, f.subject, f.attribute, f.value) for f in found] == [("place", "cousin", "lives_in", "Oslo")]
    assert found[0].period is not None
    assert found[0].period.first_day.month == 10


async def test_a_model_answer_that_is_not_json_is_a_failure() -> None:
    reader = ChatCompletionsReader("http://model/v1", "m", "", 5, transport=_chat("sure! here you go"))
    with pytest.raises(ModelReaderFailed):
        await reader.read(MESSAGE)


async def test_embeddings_endpoint_vectors_come_back_in_input_order_and_unit_length() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        assert body["dimensions"] == DIMENSIONS
        data = [{"index": i, "embedding": [float(i + 1)] * DIMENSIONS} for i in range(len(body["input"]))]
        return httpx.Response(200, json={"data": list(reversed(data))})

    embedder = OpenAIEmbedder("http://model/v1", "e", "", 5, transport=httpx.MockTransport(answer))

    vectors = await embedder.embed(["a", "b"])

    assert len(vectors) == 2
    assert abs(sum(x * x for x in vectors[0]) - 1) < 1e-9


async def test_a_wrong_sized_embedding_is_a_failure() -> None:
    transport = httpx.MockTransport(lambda r: httpx.Response(200, json={"data": [{"index": 0, "embedding": [1.0]}]}))
    with pytest.raises(EmbeddingFailed):
        await OpenAIEmbedder("http://model/v1", "e", "", 5, transport=transport).embed(["a"])


def test_hashing_vectors_are_deterministic_and_similar_for_similar_wording() -> None:
    a, b, c = hashing_vector("I love hiking"), hashing_vector("I love hiking!"), hashing_vector("tax forms due")
    assert a == b
    assert sum(x * y for x, y in zip(a, c, strict=True)) < 0.5
