"""Retention against a real PostgreSQL: wellbeing data and the audit trail past their periods are deleted, recent
rows and anonymous referral counts stay, replicas purging at once do no harm, and the app purges at startup."""

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, time, timedelta
from importlib.resources import files

import pytest

from companion_common.postgres import Pool, apply_migrations, open_pool
from companion_common.settings import StreamSettings
from companion_safety.adapters.postgres_retention import PostgresRetention
from companion_safety.bootstrap import create_app
from companion_safety.config import SafetySettings
from companion_safety.domain.retention import RetentionPolicy
from companion_safety.service_layer.retention import RetentionService

pytestmark = pytest.mark.integration

DAY = timedelta(days=1)


@pytest.fixture
async def pool(database_url: str) -> AsyncIterator[Pool]:
    await apply_migrations(database_url, files("companion_safety.adapters") / "migrations", service="safety")
    opened = await open_pool(database_url)
    async with opened.connection() as conn:  # each test starts from empty tables
        await conn.execute(
            "TRUNCATE safety_activity_days, safety_observed_messages, safety_interventions, safety_assessments,"
            " safety_user_state, safety_referral_counts"
        )
    yield opened
    await opened.close()


async def seed(pool: Pool, now: datetime) -> None:
    """Rows 10, 100 and 400 days old for one user, referral counts as old, and users' states."""
    async with pool.connection() as conn:
        for age in (10, 100, 400):
            at = now - age * DAY
            await conn.execute(
                "INSERT INTO safety_activity_days (user_id, day, messages, active_seconds) VALUES ('u1', %s, 3, 600)",
                (at.date(),),
            )
            await conn.execute(
                "INSERT INTO safety_observed_messages (user_id, message_id, observed_at) VALUES ('u1', %s, %s)",
                (f"m{age}", at),
            )
            for kind in ("nudge_long_use", "crisis_support"):
                await conn.execute(
                    "INSERT INTO safety_interventions (user_id, intervention_id, message_id, kind, region, delivered,"
                    " created_at) VALUES ('u1', %s, %s, %s, 'US', true, %s)",
                    (f"{kind}-{age}", f"m{age}", kind, at),
                )
            await conn.execute(
                "INSERT INTO safety_assessments (user_id, message_id, conversation_id, risk_level, categories,"
                " detector_version, crisis_support_sent, created_at) VALUES ('u1', %s, 'c1', 3, '{}', 'v', true, %s)",
                (f"m{age}", at),
            )
            await conn.execute(
                "INSERT INTO safety_referral_counts (day, region, count) VALUES (%s, 'US', 1)", (at.date(),)
            )
        old = now - 100 * DAY
        for user, extra in (
            ("gone", {}),  # inactive for months and nothing chosen: the row goes
            ("quiet", {"quiet_start": time(22), "quiet_end": time(7)}),  # a choice of theirs: the row stays
            ("minor", {"minor_signal_seen": True}),
            ("paused", {"paused_indefinitely": True}),
        ):
            columns = ["user_id", "last_activity_at", "last_disclosed_at", "last_nudge_at", "updated_at", *extra]
            await conn.execute(
                f"INSERT INTO safety_user_state ({', '.join(columns)})"  # noqa: S608 - fixed names
                f" VALUES ({', '.join(['%s'] * len(columns))})",
                (user, old, old, old, old, *extra.values()),
            )
        await conn.execute(
            "INSERT INTO safety_user_state (user_id, last_activity_at, last_disclosed_at, last_nudge_at)"
            " VALUES ('active', %s, %s, %s)",
            (now - DAY, now - DAY, old),
        )


async def test_old_wellbeing_data_and_audit_are_deleted_recent_rows_and_referral_counts_stay(pool: Pool) -> None:
    now = datetime.now(UTC)
    await seed(pool, now)

    deleted = await RetentionService(PostgresRetention(pool), RetentionPolicy(), clock=lambda: now).purge_expired()

    assert deleted is not None
    async with pool.connection() as conn:

        async def ages(sql: str) -> list[int]:
            return sorted((now.date() - _day(row["at"])).days for row in await (await conn.execute(sql)).fetchall())

        assert await ages("SELECT day AS at FROM safety_activity_days") == [10]
        assert await ages("SELECT observed_at AS at FROM safety_observed_messages") == [10]
        assert await ages("SELECT created_at AS at FROM safety_interventions WHERE kind = 'nudge_long_use'") == [10]
        assert await ages("SELECT created_at AS at FROM safety_interventions WHERE kind = 'crisis_support'") == [
            10,
            100,
        ]
        assert await ages("SELECT created_at AS at FROM safety_assessments") == [10, 100]
        assert await ages("SELECT day AS at FROM safety_referral_counts") == [10, 100, 400]
        states = {
            row["user_id"]: row
            for row in await (
                await conn.execute(
                    "SELECT user_id, last_activity_at, last_disclosed_at, last_nudge_at, quiet_start,"
                    " minor_signal_seen, paused_indefinitely FROM safety_user_state"
                )
            ).fetchall()
        }
    assert set(states) == {"quiet", "minor", "paused", "active"}
    for user in ("quiet", "minor", "paused"):
        assert states[user]["last_activity_at"] is None
        assert states[user]["last_disclosed_at"] is None
    assert states["quiet"]["quiet_start"] == time(22)
    assert states["minor"]["minor_signal_seen"]
    assert states["paused"]["paused_indefinitely"]
    assert states["active"]["last_activity_at"] is not None
    assert states["active"]["last_nudge_at"] is None  # a time past the period goes even for an active user
    assert deleted["activity_days"] == 2
    assert deleted["crisis_support"] == 1
    assert deleted["user_state_deleted"] == 1


async def test_replicas_purging_at_once_delete_each_row_once(pool: Pool, database_url: str) -> None:
    now = datetime.now(UTC)
    await seed(pool, now)
    other = await open_pool(database_url)  # a second replica
    try:
        results = await asyncio.gather(
            *(
                RetentionService(PostgresRetention(p), RetentionPolicy(), clock=lambda: now).purge_expired()
                for p in (pool, other, pool, other)
            )
        )
    finally:
        await other.close()

    done = [r for r in results if r is not None]
    assert done  # at least one purged; the others skipped (None) or found nothing left
    assert sum(r["activity_days"] for r in done) == 2
    assert sum(r["assessments"] for r in done) == 1
    again = await RetentionService(PostgresRetention(pool), RetentionPolicy(), clock=lambda: now).purge_expired()
    assert again is not None
    assert set(again.values()) == {0}


async def test_the_service_purges_at_startup_and_stops_cleanly(pool: Pool, database_url: str, redis_url: str) -> None:
    now = datetime.now(UTC)
    await seed(pool, now)
    app = create_app(
        SafetySettings(database_url=database_url, grpc_bind="127.0.0.1:0", wellbeing_retention_days=30),
        StreamSettings(redis_url=redis_url),
    )
    await app.start()
    try:
        async with pool.connection() as conn:
            for _ in range(100):
                row = await (await conn.execute("SELECT count(*) AS n FROM safety_activity_days")).fetchone()
                if row is not None and row["n"] == 1:
                    break
                await asyncio.sleep(0.05)
            referrals = await (await conn.execute("SELECT count(*) AS n FROM safety_referral_counts")).fetchone()
        assert row is not None
        assert row["n"] == 1
        assert referrals == {"n": 3}
    finally:
        await asyncio.wait_for(app.stop(), timeout=10)


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value
