"""A user's whole account in safety's tables: what it holds (for the export) and its erasure, in one
transaction. Referral counts (per day and region, no identifiers) are anonymous and stay."""

from typing import Any

from companion_common.postgres import Pool, delete_user_rows, user_rows

# Every table of safety that holds a user's data, with the order its rows are exported in.
TABLES = {
    "safety_assessments": "created_at, message_id",
    "safety_interventions": "created_at, intervention_id",
    "safety_user_state": "user_id",
    "safety_activity_days": "day",
    "safety_observed_messages": "observed_at, message_id",
}


class PostgresAccount:
    def __init__(self, pool: Pool) -> None:
        self._pool = pool

    async def erase(self, user_id: str) -> int:
        """Deletes every row of the user, all tables in one transaction; returns how many rows went."""
        return await delete_user_rows(self._pool, user_id, TABLES)

    async def export(self, user_id: str) -> dict[str, list[dict[str, Any]]]:
        return await user_rows(self._pool, user_id, TABLES)
