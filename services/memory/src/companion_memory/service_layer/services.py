"""Use cases of the memory service. Entry points (gRPC, stream) call these and nothing else."""

from typing import Protocol

from companion_common.ids import new_id
from companion_memory.domain.model import InvalidInput, Memory, Message, RecallQuery, extract, fit_budget


class MemoryStore(Protocol):
    async def add_all(self, memories: list[Memory]) -> list[str]: ...

    async def search_text(self, query: RecallQuery) -> list[Memory]: ...


class MemoryService:
    def __init__(self, store: MemoryStore, *, max_text_chars: int, default_limit: int, max_limit: int) -> None:
        self._store = store
        self._max_text_chars = max_text_chars
        self._default_limit = default_limit
        self._max_limit = max_limit

    async def remember(self, message: Message) -> list[str]:
        """Stores the memories of one message, all or none. Idempotent: a re-delivery changes nothing."""
        _check_user(message.user_id)
        if not message.message_id:
            raise InvalidInput("message_id is required")
        if len(message.text) > self._max_text_chars:
            raise InvalidInput(f"text longer than {self._max_text_chars} characters")
        memories = extract(message, new_id)
        if not memories:
            return []
        return await self._store.add_all(memories)

    async def recall(
        self,
        user_id: str,
        query: str,
        *,
        limit: int,
        token_budget: int,
        exclude_message_ids: frozenset[str] = frozenset(),
    ) -> list[Memory]:
        _check_user(user_id)
        if limit < 0 or token_budget < 0:
            raise InvalidInput("limit and token_budget must not be negative")
        if len(query) > self._max_text_chars:
            raise InvalidInput(f"query longer than {self._max_text_chars} characters")
        if not query.strip():
            return []
        recall_query = RecallQuery(
            user_id=user_id,
            text=query,
            limit=min(limit or self._default_limit, self._max_limit),
            token_budget=token_budget,
            exclude_message_ids=exclude_message_ids,
        )
        return fit_budget(await self._store.search_text(recall_query), token_budget)


def _check_user(user_id: str) -> None:
    if not user_id or len(user_id) > 128:
        raise InvalidInput("user_id must be 1-128 characters")
