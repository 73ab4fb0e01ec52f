"""What a memory is, and how a message becomes memories. Pure: no I/O, no frameworks."""

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime


class InvalidInput(ValueError):
    """The request cannot be served as given (empty text, bad user id, ...)."""


@dataclass(frozen=True)
class Message:
    user_id: str
    conversation_id: str
    message_id: str
    text: str
    said_at: datetime


@dataclass(frozen=True)
class Memory:
    memory_id: str
    user_id: str
    kind: str
    text: str
    said_at: datetime
    source_message_ids: tuple[str, ...]
    content_hash: str
    score: float = 0.0


@dataclass(frozen=True)
class RecallQuery:
    user_id: str
    text: str
    limit: int
    token_budget: int = 0
    exclude_message_ids: frozenset[str] = field(default_factory=frozenset)


def content_hash(text: str) -> str:
    """Identity of a memory's content for deduplication: case and spacing do not matter."""
    normalized = " ".join(text.lower().split())
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()[:32]


def extract(message: Message, new_id: Callable[[], str]) -> list[Memory]:
    """The memories a message yields. For now the episode itself: what the user said, when."""
    text = " ".join(message.text.split())
    if not text:
        return []
    return [
        Memory(
            memory_id=new_id(),
            user_id=message.user_id,
            kind="episode",
            text=text,
            said_at=message.said_at,
            source_message_ids=(message.message_id,),
            content_hash=content_hash(text),
        )
    ]


def estimate_tokens(text: str) -> int:
    """A cheap, model-independent token estimate (about four characters per token)."""
    return max(1, (len(text) + 3) // 4)


def fit_budget(memories: list[Memory], token_budget: int) -> list[Memory]:
    """Keeps memories in rank order whose text fits the budget, skipping any that would overflow it
    (a smaller, lower-ranked one may still fit). A budget of 0 means no budget."""
    if token_budget <= 0:
        return memories
    kept, used = [], 0
    for memory in memories:
        cost = estimate_tokens(memory.text)
        if used + cost > token_budget:
            continue
        kept.append(memory)
        used += cost
    return kept
