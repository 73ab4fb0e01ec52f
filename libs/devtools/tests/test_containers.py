"""The restartable PostgreSQL of the fault suite keeps every commit across a restart, as production does."""

import psycopg
import pytest

from companion_devtools.containers import start_postgres

pytestmark = pytest.mark.integration


def test_a_restartable_postgres_is_durable_and_keeps_its_commits_across_a_restart() -> None:
    postgres = start_postgres(restartable=True)
    try:
        with psycopg.connect(postgres.url, autocommit=True) as conn:
            settings = {name: conn.execute(f"SHOW {name}").fetchone()[0] for name in ("fsync", "synchronous_commit")}
            conn.execute("CREATE TABLE kept (n int)")
            conn.execute("INSERT INTO kept VALUES (1)")
        assert settings == {"fsync": "on", "synchronous_commit": "on"}
        postgres.restart()
        with psycopg.connect(postgres.url) as conn:
            assert conn.execute("SELECT n FROM kept").fetchall() == [(1,)]
    finally:
        postgres.stop()
