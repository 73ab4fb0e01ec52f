"""PostgreSQL plumbing: a connection pool, a small forward-only migration runner, and a user's rows across a
service's tables (account export and erasure).

Each service owns its database and ships its migrations as numbered SQL files in its package
(``0001_init.sql``, ``0002_...``). Replicas (and services sharing a database) starting together
serialize on one advisory lock.
"""

import hashlib
from collections.abc import Mapping
from datetime import date, datetime, time
from importlib.resources.abc import Traversable
from typing import Any, TypeAlias

import structlog
from psycopg import AsyncConnection
from psycopg.rows import DictRow, dict_row
from psycopg_pool import AsyncConnectionPool

log = structlog.stdlib.get_logger(__name__)


# Rows come back as dicts keyed by column name.
Pool: TypeAlias = AsyncConnectionPool[AsyncConnection[DictRow]]
Row: TypeAlias = dict[str, Any]


async def open_pool(dsn: str, *, min_size: int = 1, max_size: int = 10) -> Pool:
    pool: Pool = AsyncConnectionPool(
        dsn,
        min_size=min_size,
        max_size=max_size,
        open=False,
        connection_class=AsyncConnection[DictRow],
        kwargs={"row_factory": dict_row},
    )
    await pool.open(wait=True, timeout=30)
    return pool


async def apply_migrations(dsn: str, migrations: Traversable, *, service: str) -> list[str]:
    """Applies the SQL files of ``migrations`` not yet recorded, in name order; returns those applied."""
    files = sorted((f for f in migrations.iterdir() if f.name.endswith(".sql")), key=lambda f: f.name)
    # One lock for all services: they may share a database, and concurrent CREATE TABLE IF NOT EXISTS races.
    lock_key = int.from_bytes(hashlib.sha256(b"companion:migrations").digest()[:8], "big", signed=True)
    applied: list[str] = []
    async with await AsyncConnection.connect(dsn, autocommit=False) as conn:
        async with conn.transaction():
            await conn.execute("SELECT pg_advisory_xact_lock(%s)", (lock_key,))
            # Keyed by service so that services may share one database (as `make run` does).
            await conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations ("
                " service text NOT NULL, version text NOT NULL,"
                " applied_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (service, version))"
            )
            cursor = await conn.execute("SELECT version FROM schema_migrations WHERE service = %s", (service,))
            done = {row[0] for row in await cursor.fetchall()}
            for migration in files:
                if migration.name in done:
                    continue
                await conn.execute(migration.read_text(encoding="utf-8"))  # our own SQL files
                await conn.execute(
                    "INSERT INTO schema_migrations (service, version) VALUES (%s, %s)", (service, migration.name)
                )
                applied.append(migration.name)
    if applied:
        log.info("migrations_applied", versions=applied)
    return applied


async def user_rows(pool: Pool, user_id: str, tables: Mapping[str, str]) -> dict[str, list[Row]]:
    """Every row of the user in each table (name -> ORDER BY columns; constants of the caller, never input), times
    as ISO 8601 strings, for an account export."""
    document: dict[str, list[Row]] = {}
    async with pool.connection() as conn:
        for table, order in tables.items():
            cursor = await conn.execute(
                f"SELECT * FROM {table} WHERE user_id = %s ORDER BY {order}",  # noqa: S608 - constant names
                (user_id,),
            )
            document[table] = [{k: _jsonable(v) for k, v in row.items()} for row in await cursor.fetchall()]
    return document


async def delete_user_rows(pool: Pool, user_id: str, tables: Mapping[str, str]) -> int:
    """Deletes every row of the user in each table, all in one transaction; returns how many rows went."""
    deleted = 0
    async with pool.connection() as conn, conn.transaction():
        for table in tables:
            cursor = await conn.execute(f"DELETE FROM {table} WHERE user_id = %s", (user_id,))  # noqa: S608 - constant names
            deleted += cursor.rowcount
    return deleted


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value
