"""Integration tests of the memory service against a real PostgreSQL with pgvector (one container per module)."""

from collections.abc import AsyncIterator

import pytest

from companion_common.postgres import Pool, open_pool
from companion_memory.adapters.embedders import HashingEmbedder
from companion_memory.adapters.postgres_store import PostgresMemoryStore
from companion_memory.bootstrap import migrate
from companion_memory.service_layer.services import MemoryService


@pytest.fixture
async def pool(database_url: str) -> AsyncIterator[Pool]:
    await migrate(database_url)
    pool = await open_pool(database_url, max_size=4)
    yield pool
    await pool.close()


@pytest.fixture
def service(pool: Pool) -> MemoryService:
    return MemoryService(
        PostgresMemoryStore(pool), HashingEmbedder(), max_text_chars=4000, default_limit=5, max_limit=50
    )
