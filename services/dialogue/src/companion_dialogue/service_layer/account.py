"""A user's whole account in dialogue: the export, and the erasure the account event asks for (transcripts,
personas and check-ins in PostgreSQL, then burst windows and scheduled check-ins in Redis)."""

from typing import Any, Protocol

from companion_dialogue.service_layer.followups import _member as schedule_member


class AccountStore(Protocol):
    async def holdings(self, user_id: str) -> tuple[list[str], list[str]]: ...
    async def erase(self, user_id: str) -> int: ...
    async def export(self, user_id: str) -> dict[str, list[dict[str, Any]]]: ...


class SharedState(Protocol):
    async def forget_conversation(self, conversation_id: str) -> None: ...
    async def unschedule(self, member: str) -> None: ...


class AccountService:
    def __init__(self, store: AccountStore, shared: SharedState) -> None:
        self._store = store
        self._shared = shared

    async def erase(self, user_id: str) -> int:
        """Idempotent. Redis first, from what the tables name: were the tables erased first, a failure in between
        would leave scheduled check-ins that nothing names any more. The tables go in one transaction."""
        conversations, plans = await self._store.holdings(user_id)
        for source_message in plans:
            await self._shared.unschedule(schedule_member(user_id, source_message))
        for conversation_id in conversations:
            await self._shared.forget_conversation(conversation_id)
        return await self._store.erase(user_id)

    async def export(self, user_id: str) -> dict[str, Any]:
        tables = await self._store.export(user_id)
        return {
            "transcripts": tables["dialogue_turns"],
            "personas": tables["dialogue_personas"],
            "check_ins": tables["dialogue_followups"],
        }
