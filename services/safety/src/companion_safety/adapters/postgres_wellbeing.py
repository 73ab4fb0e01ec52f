"""Per-user wellbeing state and daily activity in PostgreSQL, shared by all replicas.

Writes for one user are serialized by a transaction-scoped advisory lock on the user id.
"""

import hashlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import fields
from datetime import date, datetime

from psycopg import AsyncConnection
from psycopg.rows import DictRow

from companion_common.postgres import Pool
from companion_safety.domain.wellbeing import ActivityDay
from companion_safety.service_layer.model import UserState
from companion_safety.service_layer.wellbeing import Notice

_STATE_COLUMNS = [f.name for f in fields(UserState)]


def _state(row: DictRow | None) -> UserState:
    return UserState(**{name: row[name] for name in _STATE_COLUMNS}) if row else UserState()


class PostgresWellbeing:
    def __init__(self, pool: Pool) -> None:
        self._pool = pool

    @asynccontextmanager
    async def locked_user(self, user_id: str) -> AsyncIterator["WellbeingTransaction"]:
        key = int.from_bytes(hashlib.sha256(f"wellbeing\x00{user_id}".encode()).digest()[:8], "big", signed=True)
        async with self._pool.connection() as conn, conn.transaction():
            await conn.execute("SELECT pg_advisory_xact_lock(%s)", (key,))
            yield WellbeingTransaction(conn, user_id)

    async def state(self, user_id: str) -> UserState:
        async with self._pool.connection() as conn:
            cursor = await conn.execute("SELECT * FROM safety_user_state WHERE user_id = %s", (user_id,))
            return _state(await cursor.fetchone())

    async def days(self, user_id: str, since: date) -> list[tuple[date, ActivityDay]]:
        async with self._pool.connection() as conn:
            cursor = await conn.execute(
                "SELECT day, messages, active_seconds, late_night_messages, dependency_cues FROM safety_activity_days"
                " WHERE user_id = %s AND day >= %s ORDER BY day DESC",
                (user_id, since),
            )
            return [(row.pop("day"), ActivityDay(**row)) for row in await cursor.fetchall()]

    async def active_days(self, user_id: str, limit: int) -> list[date]:
        async with self._pool.connection() as conn:
            cursor = await conn.execute(
                "SELECT day FROM safety_activity_days WHERE user_id = %s AND messages > 0 ORDER BY day DESC LIMIT %s",
                (user_id, limit),
            )
            return [row["day"] for row in await cursor.fetchall()]

    async def referral_counts(self, year: int) -> list[tuple[date, str, int]]:
        async with self._pool.connection() as conn:
            cursor = await conn.execute(
                "SELECT day, region, count FROM safety_referral_counts"
                " WHERE day >= make_date(%s, 1, 1) AND day < make_date(%s + 1, 1, 1) ORDER BY day, region",
                (year, year),
            )
            return [(row["day"], row["region"], row["count"]) for row in await cursor.fetchall()]

    async def take_undelivered(self, user_id: str, since: datetime, limit: int) -> list[Notice]:
        """Marks the user's undelivered notices since ``since`` delivered and returns them, oldest first. Crisis
        support is not among them: dialogue's stored reply carries it."""
        async with self._pool.connection() as conn:
            cursor = await conn.execute(
                "WITH taken AS (UPDATE safety_interventions SET delivered = true"
                " WHERE user_id = %(user)s AND intervention_id IN ("
                " SELECT intervention_id FROM safety_interventions WHERE user_id = %(user)s AND NOT delivered"
                " AND created_at >= %(since)s AND kind <> 'crisis_support' AND text <> ''"
                " ORDER BY created_at LIMIT %(limit)s FOR UPDATE SKIP LOCKED)"
                " RETURNING intervention_id, conversation_id, message_id, kind, text, created_at)"
                " SELECT * FROM taken ORDER BY created_at, intervention_id",
                {"user": user_id, "since": since, "limit": limit},
            )
            rows = await cursor.fetchall()
        return [
            Notice(r["intervention_id"], r["conversation_id"], r["message_id"], r["kind"], r["text"], r["created_at"])
            for r in rows
        ]

    async def last_sensitive_at(self, user_id: str, since: datetime) -> datetime | None:
        """When the user's latest sensitive message since ``since`` was assessed (the audit trail's
        safety_assessments, read through its partial index on (user_id, created_at) WHERE sensitive)."""
        async with self._pool.connection() as conn:
            cursor = await conn.execute(
                "SELECT created_at FROM safety_assessments WHERE user_id = %s AND sensitive AND created_at >= %s"
                " ORDER BY created_at DESC LIMIT 1",
                (user_id, since),
            )
            row = await cursor.fetchone()
        return row["created_at"] if row else None

    async def mark_delivered(self, user_id: str, intervention_id: str) -> None:
        async with self._pool.connection() as conn:
            await conn.execute(
                "UPDATE safety_interventions SET delivered = true WHERE user_id = %s AND intervention_id = %s",
                (user_id, intervention_id),
            )


class WellbeingTransaction:
    def __init__(self, conn: AsyncConnection[DictRow], user_id: str) -> None:
        self._conn = conn
        self._user_id = user_id

    async def mark_observed(self, message_id: str) -> bool:
        cursor = await self._conn.execute(
            "INSERT INTO safety_observed_messages (user_id, message_id) VALUES (%s, %s) ON CONFLICT DO NOTHING",
            (self._user_id, message_id),
        )
        return cursor.rowcount == 1

    async def state(self) -> UserState:
        cursor = await self._conn.execute("SELECT * FROM safety_user_state WHERE user_id = %s", (self._user_id,))
        return _state(await cursor.fetchone())

    async def save_state(self, state: UserState) -> None:
        columns = ", ".join(_STATE_COLUMNS)
        placeholders = ", ".join(["%s"] * (len(_STATE_COLUMNS) + 1))
        updates = ", ".join(f"{name} = EXCLUDED.{name}" for name in _STATE_COLUMNS)
        await self._conn.execute(
            f"INSERT INTO safety_user_state (user_id, {columns}) VALUES ({placeholders})"  # noqa: S608 - fixed names
            f" ON CONFLICT (user_id) DO UPDATE SET {updates}, updated_at = now()",
            (self._user_id, *(getattr(state, name) for name in _STATE_COLUMNS)),
        )

    async def day(self, day: date) -> ActivityDay:
        cursor = await self._conn.execute(
            "SELECT messages, active_seconds, late_night_messages, dependency_cues FROM safety_activity_days"
            " WHERE user_id = %s AND day = %s",
            (self._user_id, day),
        )
        row = await cursor.fetchone()
        return ActivityDay(**row) if row else ActivityDay()

    async def save_day(self, day: date, activity: ActivityDay) -> None:
        await self._conn.execute(
            "INSERT INTO safety_activity_days (user_id, day, messages, active_seconds, late_night_messages,"
            " dependency_cues) VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (user_id, day) DO UPDATE SET"
            " messages = EXCLUDED.messages, active_seconds = EXCLUDED.active_seconds,"
            " late_night_messages = EXCLUDED.late_night_messages, dependency_cues = EXCLUDED.dependency_cues",
            (
                self._user_id,
                day,
                activity.messages,
                activity.active_seconds,
                activity.late_night_messages,
                activity.dependency_cues,
            ),
        )

    async def record_notice(self, notice: Notice) -> None:
        """Kept undelivered until a client has it (mark_delivered, or take_undelivered on the next connection)."""
        await self._conn.execute(
            "INSERT INTO safety_interventions (user_id, intervention_id, message_id, kind, region, delivered, detail,"
            " text, conversation_id) VALUES (%s, %s, %s, %s, '', false, '', %s, %s)"
            " ON CONFLICT (user_id, message_id, kind) DO NOTHING",
            (self._user_id, notice.notice_id, notice.in_reply_to, notice.kind, notice.text, notice.conversation_id),
        )
