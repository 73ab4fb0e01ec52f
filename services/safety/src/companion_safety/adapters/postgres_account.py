"""A user's whole account in safety's tables: what it holds (for the export) and its erasure, in one
transaction. Referral counts (per day and region, no identifiers) are anonymous and stay."""

from datetime import date, datetime, time
from typing import Any

from companion_common.postgres import Pool

# Every table of safety that holds a user's data, with the order its rows are exported in.
TABLES = {
    "safety_assessments": "created_at, message_id",
    "safety_interventions": "created_at, intervention_id",
    "safety_user_state": "user_id",
    "safety_activity_days": "day",
    "safety_observed_messages": "observed_at, message_id",
}


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value


class PostgresAccount:
    def __init__(self, pool: Pool) -> None:
        self._pool = pool

    async def erase(self, user_id: str) -> int:
        """Deletes every row of the user, all tables in one transaction; returns how many rows went."""
        deleted = 0
        async with self._pool.connection() as conn, conn.transaction():
            for table in TABLES:
                cursor = await conn.execute(f"DELETE FROM {table} WHERE user_id = %s", (user_id,))  # noqa: S608 - constant names
                deleted += cursor.rowcount
        return deleted

    async def export(self, user_id: str) -> dict[str, list[dict[str, Any]]]:
        document: dict[str, list[dict[str, Any]]] = {}
        async with self._pool.connection() as conn:
            for table, order in TABLES.items():
                cursor = await conn.execute(
                    f"SELECT * FROM {table} WHERE user_id = %s ORDER BY {order}",  # noqa: S608 - constant names
                    (user_id,),
                )
                document[table] = [{k: _jsonable(v) for k, v in row.items()} for row in await cursor.fetchall()]
        return document
