"""Assessments, interventions and referral counts in PostgreSQL."""

import hashlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date, timedelta

from psycopg import AsyncConnection
from psycopg.rows import DictRow
from psycopg.types.json import Jsonb

from companion_common.postgres import Pool
from companion_safety.domain.risk import RiskAssessment, RiskLevel
from companion_safety.service_layer.model import StoredAssessment


class PostgresAudit:
    def __init__(self, pool: Pool) -> None:
        self._pool = pool

    @asynccontextmanager
    async def locked(self, user_id: str, message_id: str) -> AsyncIterator["AuditTransaction"]:
        """A transaction holding a lock on one message: concurrent assessments of it wait, then reuse it."""
        key = int.from_bytes(hashlib.sha256(f"{user_id}\x00{message_id}".encode()).digest()[:8], "big", signed=True)
        async with self._pool.connection() as conn, conn.transaction():
            await conn.execute("SELECT pg_advisory_xact_lock(%s)", (key,))
            yield AuditTransaction(conn)


class AuditTransaction:
    def __init__(self, conn: AsyncConnection[DictRow]) -> None:
        self._conn = conn

    async def get(self, user_id: str, message_id: str) -> StoredAssessment | None:
        cursor = await self._conn.execute(
            "SELECT risk_level, categories, detector_version, crisis_support_sent, scores, matched_rules, minor_signal"
            " FROM safety_assessments"
            " WHERE user_id = %s AND message_id = %s",
            (user_id, message_id),
        )
        row = await cursor.fetchone()
        if row is None:
            return None
        return StoredAssessment(
            message_id=message_id,
            risk=RiskAssessment(
                RiskLevel(row["risk_level"]),
                tuple(row["categories"]),
                row["detector_version"],
                scores=dict(row["scores"]),
                matched_rules=tuple(row["matched_rules"]),
                minor_signal=row["minor_signal"],
            ),
            crisis_support_sent=row["crisis_support_sent"],
        )

    async def recent_levels(self, user_id: str, within: timedelta) -> list[RiskLevel]:
        """Through the partial index on (user_id, created_at) WHERE sensitive; the window is the database's
        clock, as created_at is."""
        cursor = await self._conn.execute(
            "SELECT risk_level FROM safety_assessments WHERE user_id = %s AND sensitive"
            " AND created_at >= now() - %s ORDER BY created_at DESC LIMIT 10",
            (user_id, within),
        )
        return [RiskLevel(row["risk_level"]) for row in await cursor.fetchall()]

    async def save(self, user_id: str, conversation_id: str, stored: StoredAssessment) -> None:
        await self._conn.execute(
            "INSERT INTO safety_assessments (user_id, message_id, conversation_id, risk_level, categories,"
            " detector_version, crisis_support_sent, scores, matched_rules, minor_signal, sensitive)"
            " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
            (
                user_id,
                stored.message_id,
                conversation_id,
                int(stored.risk.level),
                list(stored.risk.categories),
                stored.risk.detector_version,
                stored.crisis_support_sent,
                Jsonb(dict(stored.risk.scores)),
                list(stored.risk.matched_rules),
                stored.risk.minor_signal,
                # Kept with the row (not derived in SQL) so that MayContact reads the same rule as the Assessment.
                stored.sensitive,
            ),
        )

    async def record_crisis_referral(
        self, user_id: str, intervention_id: str, message_id: str, region: str, delivered: bool, day: date
    ) -> None:
        await self._conn.execute(
            "INSERT INTO safety_interventions (user_id, intervention_id, message_id, kind, region, delivered)"
            " VALUES (%s, %s, %s, 'crisis_support', %s, %s)",
            (user_id, intervention_id, message_id, region, delivered),
        )
        await self._conn.execute(
            "INSERT INTO safety_referral_counts (day, region, count) VALUES (%s, %s, 1)"
            " ON CONFLICT (day, region) DO UPDATE SET count = safety_referral_counts.count + 1",
            (day, region),
        )
