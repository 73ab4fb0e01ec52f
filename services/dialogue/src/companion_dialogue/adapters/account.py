"""A user's whole account in dialogue's tables: what it holds (for the export) and its erasure, in one
transaction. Every statement is scoped by user."""

from datetime import date, datetime, time
from typing import Any

from companion_common.postgres import Pool

# Every table of dialogue that holds a user's data; user_id leads each one's key.
TABLES = ("dialogue_turns", "dialogue_personas", "dialogue_followups")


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value


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
        deleted = 0
        async with self._pool.connection() as conn, conn.transaction():
            for table in TABLES:
                cursor = await conn.execute(f"DELETE FROM {table} WHERE user_id = %s", (user_id,))  # noqa: S608 - constant names
                deleted += cursor.rowcount
        return deleted

    async def export(self, user_id: str) -> dict[str, list[dict[str, Any]]]:
        """Every row of the user, per table, oldest first."""
        order = {
            "dialogue_turns": "conversation_id, turn_id",
            "dialogue_personas": "conversation_id",
            "dialogue_followups": "due_at",
        }
        document: dict[str, list[dict[str, Any]]] = {}
        async with self._pool.connection() as conn:
            for table in TABLES:
                cursor = await conn.execute(
                    f"SELECT * FROM {table} WHERE user_id = %s ORDER BY {order[table]}",  # noqa: S608 - constant names
                    (user_id,),
                )
                document[table] = [{k: _jsonable(v) for k, v in row.items()} for row in await cursor.fetchall()]
        return document
