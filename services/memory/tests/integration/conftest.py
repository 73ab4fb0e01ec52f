"""Integration tests of the memory service against a real PostgreSQL with pgvector (one container per module)."""

from collections.abc import AsyncIterator

import pytest

from companion_common.postgres import Pool, open_pool
from companion_memory.adapters.embedders import HashingEmbedder, load_minilm
from companion_memory.adapters.postgres_store import PostgresMemoryStore
from companion_memory.bootstrap import migrate
from companion_memory.domain.model import AssessmentUnavailable, Message
from companion_memory.service_layer.services import MemoryService


class ScriptedSafety:
    """Safety as these tests need it: a message is sensitive when it holds one of ``sensitive_phrases``;
    ``down`` makes every assessment fail as an unreachable service does. Records the requests it got."""

    def __init__(self) -> None:
        self.sensitive_phrases = ["kill myself", "hurt myself"]
        self.down = False
        self.asked: list[Message] = []

    async def is_sensitive(self, message: Message) -> bool:
        self.asked.append(message)
        if self.down:
            raise AssessmentUnavailable("safety: UNAVAILABLE")
        return any(p in message.text.lower() for p in self.sensitive_phrases)


@pytest.fixture
async def pool(database_url: str) -> AsyncIterator[Pool]:
    await migrate(database_url)
    pool = await open_pool(database_url, max_size=4)
    yield pool
    await pool.close()


@pytest.fixture
def safety() -> ScriptedSafety:
    return ScriptedSafety()


@pytest.fixture
def service(pool: Pool, safety: ScriptedSafety) -> MemoryService:
    return MemoryService(
        PostgresMemoryStore(pool), HashingEmbedder(), safety, max_text_chars=4000, default_limit=5, max_limit=50
    )


@pytest.fixture
async def minilm_service(pool: Pool, safety: ScriptedSafety) -> AsyncIterator[MemoryService]:
    """The service with the embedder it ships with, for what depends on its similarities (relevance)."""
    embedder = load_minilm()
    yield MemoryService(PostgresMemoryStore(pool), embedder, safety, max_text_chars=4000, default_limit=5, max_limit=50)
    await embedder.aclose()
