"""Dated plans awaiting a check-in (PostgreSQL); every statement is scoped by user."""

from datetime import datetime

from companion_common.postgres import Pool
from companion_dialogue.domain.model import Turn


class PostgresFollowups:
    def __init__(self, pool: Pool) -> None:
        self._pool = pool

    async def add(
        self,
        *,
        user_id: str,
        source_message: str,
        conversation_id: str,
        what: str,
        due_at: datetime,
        time_zone: str,
        reply_to: str,
    ) -> bool:
        """Records a plan once per message; returns False when it was already recorded."""
        async with self._pool.connection() as conn:
            cursor = await conn.execute(
                "INSERT INTO dialogue_followups"
                " (user_id, source_message, conversation_id, what, due_at, time_zone, reply_to)"
                " VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING RETURNING user_id",
                (user_id, source_message, conversation_id, what, due_at, time_zone, reply_to),
            )
            return await cursor.fetchone() is not None

    async def pending(self, user_id: str, source_message: str) -> dict[str, object] | None:
        async with self._pool.connection() as conn:
            cursor = await conn.execute(
                "SELECT conversation_id, what, due_at, time_zone, reply_to FROM dialogue_followups"
                " WHERE user_id = %s AND source_message = %s AND status = 'pending'",
                (user_id, source_message),
            )
            row = await cursor.fetchone()
        return None if row is None else dict(row)

    async def sent_since(self, user_id: str, since: datetime) -> int:
        async with self._pool.connection() as conn:
            cursor = await conn.execute(
                "SELECT count(*) AS n FROM dialogue_followups WHERE user_id = %s AND status = 'sent' AND sent_at >= %s",
                (user_id, since),
            )
            row = await cursor.fetchone()
        return int(row["n"]) if row else 0

    async def expire(self, user_id: str, source_message: str) -> None:
        async with self._pool.connection() as conn:
            await conn.execute(
                "UPDATE dialogue_followups SET status = 'expired'"
                " WHERE user_id = %s AND source_message = %s AND status = 'pending'",
                (user_id, source_message),
            )

    async def record_sent(self, user_id: str, source_message: str, check_in: Turn) -> bool:
        """Stores the check-in turn and marks the plan done, together; False if another replica got there first."""
        async with self._pool.connection() as conn, conn.transaction():
            cursor = await conn.execute(
                "UPDATE dialogue_followups SET status = 'sent', sent_at = %s, turn_id = %s"
                " WHERE user_id = %s AND source_message = %s AND status = 'pending'"
                " RETURNING conversation_id",
                (check_in.at, check_in.turn_id, user_id, source_message),
            )
            row = await cursor.fetchone()
            if row is None:
                return False
            await conn.execute(
                "INSERT INTO dialogue_turns (user_id, conversation_id, turn_id, role, text, at)"
                " VALUES (%s, %s, %s, 'companion', %s, %s)",
                (user_id, row["conversation_id"], check_in.turn_id, check_in.text, check_in.at),
            )
        return True
