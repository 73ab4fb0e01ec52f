"""What a memory is. Pure: no I/O, no frameworks."""

import hashlib
from dataclasses import dataclass, field, replace
from datetime import datetime

# Kinds of memory. An episode is what was said, verbatim; the others are derived from episodes.
EPISODE = "episode"
FACT = "fact"
PREFERENCE = "preference"
PERSON = "person"
PLACE = "place"
PLAN = "plan"
EVENT = "event"
KINDS = (EPISODE, FACT, PREFERENCE, PERSON, PLACE, PLAN, EVENT)

# Who a memory is about when it is about the user themselves.
USER = "user"


class InvalidInput(ValueError):
    """The request cannot be served as given (empty text, bad user id, ...)."""


class NotFound(LookupError):
    """No such memory for this user."""


class AssessmentUnavailable(RuntimeError):
    """Safety could not assess a message (down, too slow, or it refused the request)."""


@dataclass(frozen=True)
class Message:
    user_id: str
    conversation_id: str
    message_id: str
    text: str
    said_at: datetime
    # IANA name of the user's zone; relative dates ("yesterday") are read in it. Empty means UTC.
    time_zone: str = ""
    # Passed on, whole, to safety's assessment of the message (shared with dialogue and safety's own consumer:
    # the first caller's request decides where crisis support goes, so memory never asks with less).
    locale: str = ""
    reply_to: str = ""
    user_is_minor: bool = False


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
    # Whom it is about: USER, or the person as the user calls them ("sister", "Maya").
    subject: str = USER
    # For single-valued attributes ("lives_in", "job"): a new value supersedes the old one.
    attribute: str = ""
    value: str = ""
    # When it holds or happened, where stated (UTC, half-open); None when not stated.
    valid_from: datetime | None = None
    valid_to: datetime | None = None
    # Set when a newer memory replaced this one; it stays as history and is not recalled as current.
    superseded_by: str = ""
    # How many times it was said (near-duplicates strengthen instead of duplicating).
    strength: int = 1
    importance: float = 0.5
    last_said_at: datetime | None = None
    # From a message safety found sensitive (risk, self-harm, suicide, abuse), or one it could not assess: only
    # the episode is kept, and it is recalled only for a caller that asks for sensitive memories.
    sensitive: bool = False
    # Set by Recall: the cosine similarity of the query and the memory, the share of the query's word weight
    # (IDF) the memory holds, and from them the calibrated probability that the memory answers the query.
    similarity: float = 0.0
    word_match: float = 0.0
    relevance: float = 0.0

    @property
    def current(self) -> bool:
        return not self.superseded_by

    def as_sensitive(self) -> "Memory":
        """What may be kept of a sensitive message: its words and time, nothing read from them (no attribute,
        no date it holds). Its identity is apart from the same words said harmlessly, so that the two never
        strengthen each other into one memory that hides or wrongly carries the flag."""
        return replace(
            self,
            sensitive=True,
            attribute="",
            value="",
            valid_from=None,
            valid_to=None,
            content_hash=hashlib.sha256(f"sensitive:{self.content_hash}".encode()).hexdigest()[:32],
        )


@dataclass(frozen=True)
class RecallQuery:
    user_id: str
    text: str
    limit: int
    token_budget: int = 0
    exclude_message_ids: frozenset[str] = field(default_factory=frozenset)
    # The question's own time reference ("last weekend"), resolved by the service; None for no filter.
    period_start: datetime | None = None
    period_end: datetime | None = None
    # How many candidates each retriever (words, meaning) contributes before fusion.
    candidates: int = 50
    # Memories of sensitive messages are left out unless the caller asks for them.
    include_sensitive: bool = False
    # For the word search: groups of words that count as one (domain.search_terms), each space-separated.
    word_groups: tuple[str, ...] = ()


@dataclass(frozen=True)
class Page:
    memories: list[Memory]
    next_page_token: str


def content_hash(text: str) -> str:
    """Identity of a memory's content for deduplication: case, spacing and end punctuation do not matter."""
    normalized = " ".join(text.lower().split()).rstrip(".!? ")
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()[:32]


def estimate_tokens(text: str) -> int:
    """A cheap, model-independent token estimate (about four characters per token)."""
    return max(1, (len(text) + 3) // 4)
