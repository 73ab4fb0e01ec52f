"""A user's whole account in dialogue's tables: what it holds (for the export) and its erasure, in one
transaction. Every statement is scoped by user."""

from typing import Any

from companion_common.postgres import Pool, delete_user_rows, user_rows

# Every table of dialogue that holds a user's data (user_id leads each one's key), with the order its rows are
# exported in.
TABLES = {
    "dialogue_turns": "conversation_id, turn_id",
    "dialogue_personas": "conversation_id",
    "dialogue_followups": "due_at",
}


class PostgresAccount:
    def __init__(self, pool: Pool) -> None:
        self._pool = pool

    async def holdings(self, user_id: str) -> tuple[list[str], list[str]]:
        """The user's conversation ids and the messages their pending check-ins come from."""
        async with self._pool.connection() as conn:
            cursor = await conn.execute(
                "SELECT DISTINCT conversation_id FROM dialogue_turns WHERE user_id = %s"
                " UNION SELECT conversation_id FROM dialogue_personas WHERE user_id = %s",
                (user_id, user_id),
            )
            conversations = [row["conversation_id"] for row in await cursor.fetchall()]
            cursor = await conn.execute(
                "SELECT source_message FROM dialogue_followups WHERE user_id = %s AND status = 'pending'", (user_id,)
            )
            plans = [row["source_message"] for row in await cursor.fetchall()]
        return conversations, plans

    async def erase(self, user_id: str) -> int:
        """Deletes every row of the user, all tables in one transaction; returns how many rows went."""
        return await delete_user_rows(self._pool, user_id, TABLES)

    async def export(self, user_id: str) -> dict[str, list[dict[str, Any]]]:
        """Every row of the user, per table, oldest first."""
        return await user_rows(self._pool, user_id, TABLES)
