"""Fixtures shared by the integration tests of every package (loaded by the repository's root conftest.py).

Each test module gets its own containers (module scope), as a module that needs a clean server expects.
"""

from collections.abc import AsyncIterator, Iterator

import pytest
from redis.asyncio import Redis

from companion_devtools.containers import start_postgres, start_redis


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    container = start_redis()
    try:
        yield container.url
    finally:
        container.stop()


@pytest.fixture
async def redis(redis_url: str) -> AsyncIterator[Redis]:
    """A client of the module's Redis, emptied before each test."""
    client = Redis.from_url(redis_url)
    await client.flushdb()
    yield client
    await client.aclose()


@pytest.fixture(scope="module")
def database_url() -> Iterator[str]:
    container = start_postgres()
    try:
        yield container.url
    finally:
        container.stop()
