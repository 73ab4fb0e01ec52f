"""Use cases of the memory service. Entry points (gRPC, stream, benchmark) call these and nothing else."""

import asyncio
from collections.abc import Callable, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, Protocol

import structlog

from companion_common.ids import new_id
from companion_memory.domain.extraction import extract, from_found
from companion_memory.domain.model import (
    EPISODE,
    AssessmentUnavailable,
    InvalidInput,
    Memory,
    Message,
    NotFound,
    Page,
    RecallQuery,
)
from companion_memory.domain.ranking import (
    drop_redundant,
    fit_budget,
    fuse,
    relevance,
    with_relevance,
    without_recall_words,
)
from companion_memory.domain.search_terms import word_query
from companion_memory.domain.tagged import Bars, Reading, tagged_facts
from companion_memory.domain.time_expressions import Period, find_period, is_known_zone
from companion_memory.domain.updates import Insert, Strengthen, Supersede, decide
from companion_memory.metrics import RECALL_SECONDS

Vector = list[float]

log = structlog.stdlib.get_logger(__name__)


class UnitOfWork(Protocol):
    async def mark_ingested(self, user_id: str, message_id: str) -> bool: ...
    async def current_attribute(self, memory: Memory) -> Memory | None: ...
    async def nearest(self, memory: Memory, embedding: Sequence[float]) -> tuple[Memory | None, float]: ...
    async def insert(self, memory: Memory, conversation_id: str, embedding: Sequence[float]) -> str: ...
    async def strengthen(self, existing: Memory, new: Memory) -> None: ...
    async def supersede(self, old: Memory, new_id: str, until: Any) -> None: ...


class MemoryStore(Protocol):
    def unit_of_work(self) -> AbstractAsyncContextManager[UnitOfWork]: ...
    async def search_words(self, query: RecallQuery) -> list[Memory]: ...
    async def search_meaning(self, query: RecallQuery, embedding: Sequence[float]) -> list[Memory]: ...
    async def similarities(
        self, user_id: str, memory_ids: Sequence[str], embedding: Sequence[float]
    ) -> dict[str, float]: ...
    async def list_page(self, user_id: str, limit: int, after: str) -> list[Memory]: ...
    async def export(self, user_id: str) -> list[Memory]: ...
    async def forget(self, user_id: str, memory_id: str) -> list[str]: ...
    async def forget_all(self, user_id: str) -> int: ...


class SafetyAssessor(Protocol):
    async def is_sensitive(self, message: Message) -> bool:
        """Safety's shared assessment of the message; raises AssessmentUnavailable when it cannot be had."""
        ...


class FactTagger(Protocol):
    """The fact tagger (MiniLM fine-tuned to mark the words of a message that are a fact's value, and whose), and
    the bars its findings are kept at."""

    bars: Bars
    embeds: bool  # whether ``read`` can give the message's vector

    async def read(self, text: str, *, embed: bool = False) -> Reading:
        """The spans of a message and, with ``embed``, its vector when the tagger can give the one memory's
        embedder would (it shares the embedder's first layers: one pass of them for both)."""
        ...


class Embedder(Protocol):
    async def embed(self, texts: Sequence[str]) -> list[Vector]: ...
    async def embed_query(self, text: str) -> Vector: ...


class VectorCache(Protocol):
    """Vectors of a user's recent texts, shared by the replicas (a text is then embedded once: as dialogue's
    Recall query, and again as the message's episode moments later)."""

    async def get(self, user_id: str, texts: Sequence[str]) -> list[Vector | None]: ...
    async def put(self, user_id: str, texts: Sequence[str], vectors: Sequence[Vector]) -> None: ...
    async def forget(self, user_id: str) -> None: ...


class LanguageModelReader(Protocol):
    """Optional extraction by a language model; returns memories like the rules do (without the episode)."""

    async def read(self, message: Message) -> list[Any]: ...


_EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)
_LATEST = datetime(2200, 1, 1, tzinfo=UTC)


class MemoryService:
    def __init__(
        self,
        store: MemoryStore,
        embedder: Embedder,
        safety: SafetyAssessor,
        *,
        max_text_chars: int,
        default_limit: int,
        max_limit: int,
        reader: LanguageModelReader | None = None,
        tagger: FactTagger | None = None,
        vectors: VectorCache | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._store = store
        self._vectors = vectors
        self._embedder = embedder
        self._safety = safety
        self._max_text_chars = max_text_chars
        self._default_limit = default_limit
        self._max_limit = max_limit
        self._reader = reader
        self._tagger = tagger
        self._clock = clock

    async def remember(self, message: Message) -> list[str]:
        """Stores what one message says, all or nothing. Idempotent: a re-delivery changes nothing.

        Safety is asked first (the assessment it shares with dialogue and its own consumer). A sensitive message
        (risk to the user, self-harm, suicide, abuse) yields only its episode, flagged sensitive: no fact,
        preference, person, place, plan or dated event is read from it, and Recall leaves it out unless asked.
        When safety cannot be reached the message is treated the same way: the episode is kept, flagged, and
        nothing is derived. Nothing is lost (the user sees it in their memories and can forget it) and nothing
        is half-stored; leaving the message pending instead would hold every message behind an outage and, past
        the delivery limit, lose it to the dead-letter stream."""
        _check_user(message.user_id)
        if not message.message_id or len(message.message_id) > 128:
            raise InvalidInput("message_id must be 1-128 characters")
        if not message.text.strip():
            raise InvalidInput("text is empty")
        if len(message.text) > self._max_text_chars:
            raise InvalidInput(f"text longer than {self._max_text_chars} characters")
        if message.said_at.tzinfo is None or not _EARLIEST <= message.said_at < _LATEST:
            raise InvalidInput("said_at must be a time between 1900 and 2200")
        if message.time_zone and not is_known_zone(message.time_zone):
            raise InvalidInput("time_zone is not a known IANA zone name")
        sensitive = await self._is_sensitive(message)
        memories = extract(message, new_id)
        known: dict[str, Vector] = {}  # vectors had on the way: the tagger's of the message
        if sensitive:
            memories = [m.as_sensitive() for m in memories if m.kind == EPISODE]
        else:
            if self._tagger is not None:
                tagged, known = await self._read_with_tagger(message, memories)
                memories = _merge(memories, tagged)
            if self._reader is not None:
                memories = _merge(memories, await self._read_with_model(message))
        vectors = await self._embed(message.user_id, [m.text for m in memories], known)
        ids: list[str] = []
        async with self._store.unit_of_work() as uow:
            if not await uow.mark_ingested(message.user_id, message.message_id):
                return []
            for memory, vector in zip(memories, vectors, strict=True):
                ids.append(await self._store_one(uow, memory, vector, message.conversation_id))
        return ids

    async def _embed(self, user_id: str, texts: list[str], known: dict[str, Vector]) -> list[Vector]:
        """Vectors of texts to store, each text embedded once: those ``known`` already, those the user's recent
        Recall queries already had (the message itself, usually) from the cache, the rest from the model."""
        by_text = dict(known)
        unknown = [text for text in dict.fromkeys(texts) if text not in by_text]
        if self._vectors is not None and unknown:
            cached = await self._vectors.get(user_id, unknown)
            by_text |= {text: vector for text, vector in zip(unknown, cached, strict=True) if vector is not None}
        missing = [text for text in unknown if text not in by_text]
        by_text |= zip(missing, await self._embedder.embed(missing), strict=True)
        return [by_text[text] for text in texts]

    async def _embed_query(self, user_id: str, query: str) -> Vector:
        if self._vectors is None:
            return await self._embedder.embed_query(query)
        (known,) = await self._vectors.get(user_id, [query])
        if known is not None:
            return known
        vector = await self._embedder.embed_query(query)
        await self._vectors.put(user_id, [query], [vector])
        return vector

    async def _is_sensitive(self, message: Message) -> bool:
        try:
            return await self._safety.is_sensitive(message)
        except AssessmentUnavailable as error:
            log.warning("safety_unavailable_episode_kept_as_sensitive", message_id=message.message_id, error=str(error))
            return True

    async def _read_with_tagger(
        self, message: Message, memories: list[Memory]
    ) -> tuple[list[Memory], dict[str, Vector]]:
        """What the tagger reads that the rules did not (domain/tagged.py) and, unless the Recall cache has it,
        the message's vector, from the layers the tagger shares with the embedder. A tagger that fails costs only
        its own findings: the rules' memories are kept."""
        assert self._tagger is not None
        episode = memories[0].text  # the message, its spaces collapsed: the same word pieces
        known: dict[str, Vector] = {}
        if self._tagger.embeds and self._vectors is not None:  # else `_embed` reads the cache, once for all texts
            (cached,) = await self._vectors.get(message.user_id, [episode])
            known = {episode: cached} if cached is not None else {}
        try:
            reading = await self._tagger.read(message.text, embed=self._tagger.embeds and not known)
        except Exception as error:  # noqa: BLE001 - the tagger adds to the rules; it must never lose their memories
            log.warning("fact_tagger_failed", message_id=message.message_id, error=type(error).__name__)
            return [], known
        if reading.vector is not None:
            known[episode] = reading.vector
        rules = [m for m in memories if m.kind != EPISODE]
        found = tagged_facts(message.text, reading.spans, message.said_at, message.time_zone, rules, self._tagger.bars)
        return [from_found(message, new_id, f) for f in found], known

    async def _read_with_model(self, message: Message) -> list[Memory]:
        assert self._reader is not None
        try:
            found = await self._reader.read(message)
        except Exception:  # noqa: BLE001 - the model is an extra: the rules' memories are kept regardless
            return []
        return [from_found(message, new_id, f) for f in found]

    @staticmethod
    async def _store_one(uow: UnitOfWork, memory: Memory, vector: Vector, conversation_id: str) -> str:
        same_attribute = await uow.current_attribute(memory) if memory.attribute else None
        nearest, similarity = (None, 0.0)
        if memory.kind != EPISODE and not memory.attribute:
            nearest, similarity = await uow.nearest(memory, vector)
        decision = decide(memory, same_attribute, nearest, similarity)
        if isinstance(decision, Strengthen):
            await uow.strengthen(decision.existing, memory)
            return decision.existing.memory_id
        memory_id = await uow.insert(memory, conversation_id, vector)
        if isinstance(decision, Supersede):
            await uow.supersede(decision.old, memory_id, memory.valid_from or memory.said_at)
        assert isinstance(decision, Insert | Supersede)
        return memory_id

    async def recall(
        self,
        user_id: str,
        query: str,
        *,
        limit: int,
        token_budget: int,
        exclude_message_ids: frozenset[str] = frozenset(),
        as_of: datetime | None = None,
        time_zone: str = "",
        min_relevance: float = 0.0,
        include_sensitive: bool = False,
    ) -> list[Memory]:
        """The user's current memories most relevant to ``query`` by words and by meaning, fused; those of the
        period the query names first ("last weekend", read from ``as_of`` in ``time_zone``). Each carries its
        calibrated ``relevance``; those below ``min_relevance`` are left out, so an unrelated message may get
        none. Memories of sensitive messages come only with ``include_sensitive``."""
        with RECALL_SECONDS.time():
            return await self._recall(
                user_id,
                query,
                limit=limit,
                token_budget=token_budget,
                exclude_message_ids=exclude_message_ids,
                as_of=as_of,
                time_zone=time_zone,
                min_relevance=min_relevance,
                include_sensitive=include_sensitive,
            )

    async def _recall(
        self,
        user_id: str,
        query: str,
        *,
        limit: int,
        token_budget: int,
        exclude_message_ids: frozenset[str],
        as_of: datetime | None,
        time_zone: str,
        min_relevance: float,
        include_sensitive: bool,
    ) -> list[Memory]:
        _check_user(user_id)
        if limit < 0 or token_budget < 0:
            raise InvalidInput("limit and token_budget must not be negative")
        if not 0.0 <= min_relevance <= 1.0:
            raise InvalidInput("min_relevance must be between 0 and 1")
        if len(query) > self._max_text_chars:
            raise InvalidInput(f"query longer than {self._max_text_chars} characters")
        if time_zone and not is_known_zone(time_zone):
            raise InvalidInput("time_zone is not a known IANA zone name")
        if not query.strip():
            return []
        now = as_of or self._clock()
        limit = min(limit or self._default_limit, self._max_limit)
        base = RecallQuery(
            user_id=user_id,
            text=query,
            limit=limit,
            token_budget=token_budget,
            exclude_message_ids=exclude_message_ids,
            candidates=max(50, 4 * limit),
            include_sensitive=include_sensitive,
        )
        # The word search runs while the query is being embedded.
        embedding = asyncio.ensure_future(self._embed_query(user_id, query))
        try:
            period = find_period(query, now, time_zone)
            if period is None:
                ranked = await self._search(base, embedding, now)
            else:
                # What happened in the period asked about comes first; the rest only when that is too little.
                ranked = await self._search(_within(base, period), embedding, now)
                if len(ranked) < limit:
                    ranked = _period_first(ranked, await self._search(base, embedding, now))
            if min_relevance <= 0:
                # Nothing to filter: only what is returned needs its relevance.
                ranked = fit_budget(drop_redundant(ranked), token_budget)[:limit]
            # A memory only the word search found has its similarity to the query measured apart (one read by key).
            unmeasured = [m.memory_id for m in ranked if m.similarity == 0.0]
            measured = await self._store.similarities(user_id, unmeasured, await embedding)
        finally:
            embedding.cancel()
        # Relevance first, redundancy second: the fact "My sister's name is Maya." must not be dropped as covered
        # by its own episode when that episode is then dropped as not relevant enough.
        relevant = [
            m for m in ranked if relevance(measured.get(m.memory_id, m.similarity), m.word_match) >= min_relevance
        ]
        return with_relevance(fit_budget(drop_redundant(relevant), token_budget)[:limit], measured)

    async def _search(self, query: RecallQuery, embedding: "asyncio.Future[Vector]", now: datetime) -> list[Memory]:
        async def by_meaning() -> list[Memory]:
            vector = await asyncio.shield(embedding)
            return await self._store.search_meaning(query, vector)

        words_sought = word_query(without_recall_words(query.text))
        by_words = replace(query, text=words_sought.text, word_groups=words_sought.groups)
        words, meaning = await asyncio.gather(self._store.search_words(by_words), by_meaning())
        return fuse([words, meaning], now)

    async def list_memories(self, user_id: str, page_size: int, page_token: str) -> Page:
        _check_user(user_id)
        if not 0 <= page_size <= 500:
            raise InvalidInput("page_size must be 0-500")
        _check_id(page_token, "page_token")
        size = page_size or 50
        memories = await self._store.list_page(user_id, size + 1, page_token)
        more = len(memories) > size
        memories = memories[:size]
        return Page(memories, memories[-1].memory_id if more else "")

    async def forget(self, user_id: str, memory_id: str) -> list[str]:
        _check_user(user_id)
        if not memory_id:
            raise InvalidInput("memory_id is required")
        _check_id(memory_id, "memory_id")
        deleted = await self._store.forget(user_id, memory_id)
        if not deleted:
            raise NotFound("no such memory")
        return deleted

    async def forget_all(self, user_id: str) -> int:
        _check_user(user_id)
        if self._vectors is not None:
            await self._vectors.forget(user_id)
        return await self._store.forget_all(user_id)

    async def export(self, user_id: str) -> list[Memory]:
        _check_user(user_id)
        return await self._store.export(user_id)


def _check_id(value: str, what: str) -> None:
    """An id from a client: short and printable (PostgreSQL refuses a NUL byte in text, which would be a 5xx)."""
    if len(value) > 128 or not value.isprintable():
        raise InvalidInput(f"{what} is not a memory id")


def _within(query: RecallQuery, period: Period) -> RecallQuery:
    return replace(query, period_start=period.start, period_end=period.end)


def _period_first(in_period: list[Memory], everything: list[Memory]) -> list[Memory]:
    """Memories of the asked-about period lead; the rest follow in their own order, in case it was misread."""
    seen = {m.memory_id for m in in_period}
    return in_period + [m for m in everything if m.memory_id not in seen]


def _merge(rules: list[Memory], model: list[Memory]) -> list[Memory]:
    seen = {m.content_hash for m in rules}
    return rules + [m for m in model if m.content_hash not in seen]


def _check_user(user_id: str) -> None:
    if not user_id or len(user_id) > 128:
        raise InvalidInput("user_id must be 1-128 characters")
