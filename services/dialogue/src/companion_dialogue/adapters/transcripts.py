"""Conversation transcripts in PostgreSQL. Every statement is scoped by user and conversation."""

from dataclasses import replace
from datetime import datetime

from companion_common.postgres import Pool, Row
from companion_dialogue.domain.model import Turn

_COLUMNS = "turn_id, role, text, at, coalesce(in_reply_to, '') AS in_reply_to"


def _turn(row: Row) -> Turn:
    return Turn(row["turn_id"], row["role"], row["text"], row["at"], row["in_reply_to"])


class PostgresTranscripts:
    def __init__(self, pool: Pool) -> None:
        self._pool = pool

    async def reply_to(self, user_id: str, conversation_id: str, message_id: str) -> tuple[Turn, bool] | None:
        """The reply already stored for a message, and whether it was delivered."""
        async with self._pool.connection() as conn:
            cursor = await conn.execute(
                f"SELECT {_COLUMNS}, delivered FROM dialogue_turns"  # noqa: S608 - constant columns
                " WHERE user_id = %s AND conversation_id = %s AND in_reply_to = %s AND role = 'companion'",
                (user_id, conversation_id, message_id),
            )
            row = await cursor.fetchone()
        return None if row is None else (_turn(row), bool(row["delivered"]))

    async def mark_delivered(self, user_id: str, conversation_id: str, turn_id: str) -> None:
        async with self._pool.connection() as conn:
            await conn.execute(
                "UPDATE dialogue_turns SET delivered = true"
                " WHERE user_id = %s AND conversation_id = %s AND turn_id = %s",
                (user_id, conversation_id, turn_id),
            )

    async def recent(self, user_id: str, conversation_id: str, limit: int, before_id: str | None = None) -> list[Turn]:
        """The newest ``limit`` turns (before ``before_id`` when given), oldest first."""
        async with self._pool.connection() as conn:
            cursor = await conn.execute(
                f"SELECT {_COLUMNS} FROM dialogue_turns WHERE user_id = %s AND conversation_id = %s"  # noqa: S608 - constant columns
                " AND (%s::text IS NULL OR turn_id < %s) ORDER BY turn_id DESC LIMIT %s",
                (user_id, conversation_id, before_id, before_id, limit),
            )
            rows = await cursor.fetchall()
        return [_turn(row) for row in reversed(rows)]

    async def after(self, user_id: str, conversation_id: str, after_id: str, limit: int) -> list[Turn]:
        """Turns newer than ``after_id``, oldest first (catching up after a reconnect)."""
        async with self._pool.connection() as conn:
            cursor = await conn.execute(
                f"SELECT {_COLUMNS} FROM dialogue_turns WHERE user_id = %s AND conversation_id = %s"  # noqa: S608 - constant columns
                " AND turn_id > %s ORDER BY turn_id LIMIT %s",
                (user_id, conversation_id, after_id, limit),
            )
            rows = await cursor.fetchall()
        return [_turn(row) for row in rows]

    async def answering_reply(self, user_id: str, conversation_id: str, message_id: str) -> tuple[Turn, bool] | None:
        """The reply that answers a message, directly or as part of a burst, and whether it was delivered."""
        async with self._pool.connection() as conn:
            cursor = await conn.execute(
                f"SELECT {_COLUMNS}, delivered FROM dialogue_turns"  # noqa: S608 - constant columns
                " WHERE user_id = %s AND conversation_id = %s AND role = 'companion' AND (in_reply_to = %s"
                " OR turn_id = (SELECT answered_by FROM dialogue_turns"
                "  WHERE user_id = %s AND conversation_id = %s AND turn_id = %s AND role = 'user'))"
                " ORDER BY turn_id LIMIT 1",
                (user_id, conversation_id, message_id, user_id, conversation_id, message_id),
            )
            row = await cursor.fetchone()
        return None if row is None else (_turn(row), bool(row["delivered"]))

    async def add_burst_reply(self, user_id: str, conversation_id: str, reply: Turn, answers: list[str]) -> Turn:
        """Stores a reply and marks the user turns it answers, in one statement; unique per in_reply_to."""
        async with self._pool.connection() as conn:
            cursor = await conn.execute(
                "WITH stored AS (INSERT INTO dialogue_turns"
                "  (user_id, conversation_id, turn_id, role, text, at, in_reply_to)"
                "  VALUES (%s, %s, %s, 'companion', %s, %s, %s) ON CONFLICT DO NOTHING RETURNING turn_id),"
                " answered AS (UPDATE dialogue_turns SET answered_by = (SELECT turn_id FROM stored)"
                "  WHERE user_id = %s AND conversation_id = %s AND role = 'user' AND answered_by IS NULL"
                "  AND turn_id = ANY(%s) AND EXISTS (SELECT 1 FROM stored))"
                " SELECT count(*) AS stored FROM stored",
                (
                    user_id,
                    conversation_id,
                    reply.turn_id,
                    reply.text,
                    reply.at,
                    reply.in_reply_to,
                    *(user_id, conversation_id),
                    answers,
                ),
            )
            row = await cursor.fetchone()
        if row is not None and row["stored"]:
            return reply
        existing = await self.reply_to(user_id, conversation_id, reply.in_reply_to)
        assert existing is not None
        return existing[0]

    async def take_undelivered(self, user_id: str, limit: int) -> list[Turn]:
        """Companion turns of the user no client received, oldest first; they count as delivered from now."""
        async with self._pool.connection() as conn:
            cursor = await conn.execute(
                "UPDATE dialogue_turns SET delivered = true WHERE user_id = %s AND role = 'companion'"  # noqa: S608 - constant columns
                " AND (conversation_id, turn_id) IN (SELECT conversation_id, turn_id FROM dialogue_turns"
                "  WHERE user_id = %s AND role = 'companion' AND NOT delivered ORDER BY turn_id LIMIT %s"
                "  FOR UPDATE SKIP LOCKED)"
                f" RETURNING {_COLUMNS}, conversation_id",
                (user_id, user_id, limit),
            )
            rows = await cursor.fetchall()
        turns = [replace(_turn(row), conversation_id=row["conversation_id"]) for row in rows]
        return sorted(turns, key=lambda t: t.turn_id)

    async def add_user_turn_or_find_reply(
        self, user_id: str, conversation_id: str, message_id: str, text: str, at: datetime
    ) -> tuple[Turn, bool] | None:
        """Stores a user turn (once) and returns the reply that already answers it, if any: one round trip."""
        async with self._pool.connection() as conn:
            cursor = await conn.execute(
                "WITH stored AS (INSERT INTO dialogue_turns (user_id, conversation_id, turn_id, role, text, at)"  # noqa: S608 - constant columns
                "  VALUES (%s, %s, %s, 'user', %s, %s) ON CONFLICT DO NOTHING)"
                f" SELECT {_COLUMNS}, delivered FROM dialogue_turns"
                " WHERE user_id = %s AND conversation_id = %s AND role = 'companion' AND (in_reply_to = %s"
                " OR turn_id = (SELECT answered_by FROM dialogue_turns"
                "  WHERE user_id = %s AND conversation_id = %s AND turn_id = %s AND role = 'user'))"
                " ORDER BY turn_id LIMIT 1",
                (user_id, conversation_id, message_id, text, at, *(user_id, conversation_id, message_id) * 2),
            )
            row = await cursor.fetchone()
        return None if row is None else (_turn(row), bool(row["delivered"]))

    async def unanswered_and_recent(
        self, user_id: str, conversation_id: str, limit: int
    ) -> tuple[list[Turn], list[Turn]]:
        """The user turns not answered yet and the newest ``limit`` turns, both oldest first: one round trip."""
        async with self._pool.connection() as conn:
            cursor = await conn.execute(
                f"(SELECT {_COLUMNS}, true AS pending FROM dialogue_turns"  # noqa: S608 - constant columns
                "  WHERE user_id = %s AND conversation_id = %s AND role = 'user' AND answered_by IS NULL"
                "  ORDER BY turn_id LIMIT 50)"
                f" UNION ALL (SELECT {_COLUMNS}, false AS pending FROM dialogue_turns"
                "  WHERE user_id = %s AND conversation_id = %s ORDER BY turn_id DESC LIMIT %s)",
                (user_id, conversation_id, user_id, conversation_id, limit),
            )
            rows = await cursor.fetchall()
        pending = sorted((_turn(r) for r in rows if r["pending"]), key=lambda t: t.turn_id)
        recent = sorted((_turn(r) for r in rows if not r["pending"]), key=lambda t: t.turn_id)
        return pending, recent
