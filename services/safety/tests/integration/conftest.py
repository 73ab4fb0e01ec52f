"""Safety's tables in a real PostgreSQL: migrated once per test, through the service's own migrations."""

from collections.abc import AsyncIterator
from importlib.resources import files

import pytest

from companion_common.postgres import Pool, apply_migrations, open_pool


@pytest.fixture
async def pool(database_url: str) -> AsyncIterator[Pool]:
    await apply_migrations(database_url, files("companion_safety.adapters") / "migrations", service="safety")
    opened = await open_pool(database_url)
    yield opened
    await opened.close()
