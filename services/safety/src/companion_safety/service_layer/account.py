"""A user's whole account in safety: the export, and the erasure the account event asks for (assessments and
crisis support sent, notices, wellbeing settings and daily use). Anonymous referral counts are kept."""

from typing import Any, Protocol


class AccountStore(Protocol):
    async def erase(self, user_id: str) -> int: ...
    async def export(self, user_id: str) -> dict[str, list[dict[str, Any]]]: ...


class AccountService:
    def __init__(self, store: AccountStore) -> None:
        self._store = store

    async def erase(self, user_id: str) -> int:
        """Idempotent: a second erasure finds nothing to delete."""
        return await self._store.erase(user_id)

    async def export(self, user_id: str) -> dict[str, Any]:
        tables = await self._store.export(user_id)
        return {
            "assessments": tables["safety_assessments"],
            "interventions": tables["safety_interventions"],
            "wellbeing_settings": tables["safety_user_state"],
            "activity_days": tables["safety_activity_days"],
            "observed_messages": tables["safety_observed_messages"],
        }
