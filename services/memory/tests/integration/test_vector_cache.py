"""A message is embedded once: its vector as dialogue's Recall query, kept in a real Redis, is the one its
episode is stored with moments later; erasing the user deletes the cached vectors."""

from collections.abc import Sequence
from datetime import UTC, datetime

import pytest
from redis.asyncio import Redis

from companion_common.postgres import Pool
from companion_memory.adapters.embedders import HashingEmbedder
from companion_memory.adapters.postgres_store import PostgresMemoryStore
from companion_memory.adapters.vector_cache import RedisVectorCache
from companion_memory.domain.model import Message
from companion_memory.service_layer.services import MemoryService

from .conftest import ScriptedSafety

pytestmark = pytest.mark.integration


class CountingEmbedder(HashingEmbedder):
    def __init__(self) -> None:
        self.embedded: list[str] = []

    async def embed(self, texts: Sequence[str]) -> list[list[float]]:
        self.embedded.extend(texts)
        return await super().embed(texts)

    async def embed_query(self, text: str) -> list[float]:
        self.embedded.append(text)
        return await super().embed_query(text)


def _service(pool: Pool, redis: Redis, embedder: CountingEmbedder, safety: ScriptedSafety) -> MemoryService:
    return MemoryService(
        PostgresMemoryStore(pool),
        embedder,
        safety,
        max_text_chars=4000,
        default_limit=5,
        max_limit=50,
        vectors=RedisVectorCache(redis, ttl_s=300),
    )


async def test_the_recall_query_vector_is_reused_for_the_episode_and_erased_with_the_user(
    pool: Pool, redis: Redis, safety: ScriptedSafety
) -> None:
    embedder = CountingEmbedder()
    service = _service(pool, redis, embedder, safety)
    text = "I  started learning the guitar last month."  # spaced as typed; the episode's text is normalised

    await service.recall("vec-user", text, limit=5, token_budget=0)
    assert embedder.embedded == [text]
    assert 0 < await redis.ttl("memory:vectors:{vec-user}") <= 300

    embedder.embedded.clear()
    ids = await service.remember(
        Message("vec-user", "c1", "m1", text, datetime.now(UTC), "Europe/Lisbon", "en-US", "", False)
    )
    assert ids
    assert " ".join(text.split()) not in embedder.embedded  # the episode came from the cache
    async with pool.connection() as conn:
        row = await (
            await conn.execute(
                "SELECT embedding::text AS e FROM memories WHERE user_id = 'vec-user' AND kind = 'episode'"
            )
        ).fetchone()
    stored = [float(x) for x in row["e"].strip("[]").split(",")]
    expected = await HashingEmbedder().embed_query(text)
    assert stored == pytest.approx(expected, abs=1e-6)

    await service.forget_all("vec-user")
    assert await redis.exists("memory:vectors:{vec-user}") == 0


async def test_without_redis_the_text_is_embedded_as_if_never_seen(pool: Pool, safety: ScriptedSafety) -> None:
    embedder = CountingEmbedder()
    broken = Redis.from_url("redis://127.0.0.1:1/0")  # nothing listens there
    service = _service(pool, broken, embedder, safety)
    await service.recall("vec-down", "my dog Rex", limit=5, token_budget=0)
    await service.remember(Message("vec-down", "c1", "m1", "my dog Rex", datetime.now(UTC), "", "", "", False))
    assert embedder.embedded[:2] == ["my dog Rex", "my dog Rex"]
    await broken.aclose()
