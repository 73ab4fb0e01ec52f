"""The service layer with fakes: what a sensitive (or unassessable) message leaves behind, and what Recall returns
to whom (sensitive memories only when asked, nothing below min_relevance)."""

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from companion_memory.domain.model import EPISODE, AssessmentUnavailable, InvalidInput, Memory, Message, RecallQuery
from companion_memory.domain.ranking import relevance, without_recall_words
from companion_memory.domain.tagged import Bars, Reading, Span
from companion_memory.service_layer.services import MemoryService

NOW = datetime(2026, 11, 27, 10, tzinfo=UTC)


class FakeSafety:
    def __init__(self, sensitive: bool = False, down: bool = False) -> None:
        self.sensitive = sensitive
        self.down = down
        self.asked: list[Message] = []

    async def is_sensitive(self, message: Message) -> bool:
        self.asked.append(message)
        if self.down:
            raise AssessmentUnavailable("safety: UNAVAILABLE")
        return self.sensitive


class FakeUnitOfWork:
    def __init__(self, store: "FakeStore") -> None:
        self._store = store

    async def mark_ingested(self, user_id: str, message_id: str) -> bool:
        if (user_id, message_id) in self._store.ingested:
            return False
        self._store.ingested.add((user_id, message_id))
        return True

    async def current_attribute(self, memory: Memory) -> Memory | None:
        return None

    async def nearest(self, memory: Memory, embedding: Sequence[float]) -> tuple[Memory | None, float]:
        return None, 0.0

    async def insert(self, memory: Memory, conversation_id: str, embedding: Sequence[float]) -> str:
        self._store.memories.append(memory)
        self._store.vectors[memory.text] = list(embedding)
        return memory.memory_id

    async def strengthen(self, existing: Memory, new: Memory) -> None:
        raise AssertionError("not expected here")

    async def supersede(self, old: Memory, new_id: str, until: Any) -> None:
        raise AssertionError("not expected here")


class FakeStore:
    """Keeps inserted memories; the searches return what a test put in ``words``/``meaning``, filtered as the
    SQL filters them (sensitive ones only when the query includes them)."""

    def __init__(self) -> None:
        self.memories: list[Memory] = []
        self.ingested: set[tuple[str, str]] = set()
        self.words: list[Memory] = []
        self.meaning: list[Memory] = []
        self.measured: dict[str, float] = {}
        self.vectors: dict[str, list[float]] = {}  # text -> the vector it was stored with

    @asynccontextmanager
    async def unit_of_work(self) -> AsyncIterator[FakeUnitOfWork]:
        yield FakeUnitOfWork(self)

    @staticmethod
    def _visible(memories: list[Memory], query: RecallQuery) -> list[Memory]:
        return [m for m in memories if query.include_sensitive or not m.sensitive]

    async def search_words(self, query: RecallQuery) -> list[Memory]:
        return self._visible(self.words, query)

    async def search_meaning(self, query: RecallQuery, embedding: Sequence[float]) -> list[Memory]:
        return self._visible(self.meaning, query)

    async def similarities(
        self, user_id: str, memory_ids: Sequence[str], embedding: Sequence[float]
    ) -> dict[str, float]:
        return {i: self.measured[i] for i in memory_ids if i in self.measured}

    async def list_page(self, user_id: str, limit: int, after: str) -> list[Memory]:
        return self.memories[:limit]

    async def export(self, user_id: str) -> list[Memory]:
        return list(self.memories)

    async def forget(self, user_id: str, memory_id: str) -> list[str]:
        return []

    async def forget_all(self, user_id: str) -> int:
        return 0


class FakeEmbedder:
    def __init__(self) -> None:
        self.embedded: list[str] = []

    async def embed(self, texts: Sequence[str]) -> list[list[float]]:
        self.embedded += texts
        return [[1.0, 0.0] for _ in texts]

    async def embed_query(self, text: str) -> list[float]:
        return [1.0, 0.0]


class FakeTagger:
    """Tags the words it was given (the real model: test_fact_tagger.py), or fails."""

    bars = Bars()

    def __init__(self, spans: Sequence[Span] = (), fails: bool = False, vector: list[float] | None = None) -> None:
        self._spans = list(spans)
        self._fails = fails
        self._vector = vector
        self.embeds = vector is not None
        self.asked: list[str] = []
        self.asked_to_embed: list[bool] = []

    async def read(self, text: str, *, embed: bool = False) -> Reading:
        self.asked.append(text)
        self.asked_to_embed.append(embed)
        if self._fails:
            raise RuntimeError("onnxruntime failed")
        return Reading(self._spans, self._vector if embed else None)


def _service(
    store: FakeStore, safety: FakeSafety, tagger: FakeTagger | None = None, embedder: FakeEmbedder | None = None
) -> MemoryService:
    return MemoryService(
        store, embedder or FakeEmbedder(), safety, max_text_chars=4000, default_limit=5, max_limit=50, tagger=tagger
    )


def _message(text: str, message_id: str = "m1") -> Message:
    return Message("u1", "c1", message_id, text, NOW, "Europe/Lisbon", "en-US", "127.0.0.1:50050", True)


async def test_a_harmless_message_yields_its_episode_and_what_it_says() -> None:
    store = FakeStore()
    await _service(store, FakeSafety()).remember(_message("My sister Maya has a job interview next Tuesday."))

    assert len(store.memories) > 1
    assert not any(m.sensitive for m in store.memories)


async def test_what_the_tagger_reads_is_kept_beside_what_the_rules_read() -> None:
    store = FakeStore()
    text = "My sister Maya is a nurse. I skipper a wee creel boat out of Ullapool"
    tagger = FakeTagger([Span("user", text.index("Ullapool"), len(text), 0.95)])

    await _service(store, FakeSafety(), tagger).remember(_message(text))

    assert tagger.asked == [text]
    kept = {(m.subject, m.value) for m in store.memories}
    assert {("sister", "Maya"), ("sister", "nurse"), ("user", "Ullapool")} <= kept
    (tagged,) = [m for m in store.memories if m.value == "Ullapool"]
    assert (tagged.kind, tagged.text, tagged.sensitive) == ("fact", "I skipper a wee creel boat out of Ullapool", False)


async def test_the_messages_vector_comes_from_the_tagger_when_it_gives_one() -> None:
    """The tagger shares the embedder's first layers: the message is not run through them twice. What the rules
    and the tagger find (short texts of their own) is still embedded by the embedder."""
    store, embedder = FakeStore(), FakeEmbedder()
    tagger = FakeTagger(vector=[0.0, 1.0])

    await _service(store, FakeSafety(), tagger, embedder).remember(_message("My  sister Maya is a nurse."))

    assert store.vectors["My sister Maya is a nurse."] == [0.0, 1.0]  # the episode: the message, spaces collapsed
    assert embedder.embedded  # the rules' facts
    assert "My sister Maya is a nurse." not in embedder.embedded
    assert all(store.vectors[text] == [1.0, 0.0] for text in embedder.embedded)


class FakeVectorCache:
    def __init__(self, vectors: dict[str, list[float]]) -> None:
        self._vectors = vectors
        self.reads = 0

    async def get(self, user_id: str, texts: Sequence[str]) -> list[list[float] | None]:
        self.reads += 1
        return [self._vectors.get(text) for text in texts]

    async def put(self, user_id: str, texts: Sequence[str], vectors: Sequence[list[float]]) -> None:
        self._vectors |= zip(texts, vectors, strict=True)

    async def forget(self, user_id: str) -> None:
        self._vectors.clear()


async def test_a_message_whose_vector_recall_already_had_is_tagged_without_embedding() -> None:
    store, embedder = FakeStore(), FakeEmbedder()
    tagger = FakeTagger(vector=[0.0, 1.0])
    service = MemoryService(
        store,
        embedder,
        FakeSafety(),
        max_text_chars=4000,
        default_limit=5,
        max_limit=50,
        tagger=tagger,
        vectors=FakeVectorCache({"I love matcha.": [0.6, 0.8]}),
    )

    await service.remember(_message("I love matcha."))

    assert tagger.asked_to_embed == [False]
    assert store.vectors["I love matcha."] == [0.6, 0.8]
    assert "I love matcha." not in embedder.embedded


async def test_a_tagger_that_cannot_embed_leaves_the_cache_to_one_read_for_all_texts() -> None:
    """The shipped tagger shares no layers with the embedder: asking the cache for the message on its behalf would
    only be a second read of it."""
    cache = FakeVectorCache({"My sister Maya is a nurse.": [0.6, 0.8]})
    store, tagger = FakeStore(), FakeTagger()
    service = MemoryService(
        store,
        FakeEmbedder(),
        FakeSafety(),
        max_text_chars=4000,
        default_limit=5,
        max_limit=50,
        tagger=tagger,
        vectors=cache,
    )

    await service.remember(_message("My sister Maya is a nurse."))

    assert cache.reads == 1
    assert tagger.asked_to_embed == [False]
    assert store.vectors["My sister Maya is a nurse."] == [0.6, 0.8]


async def test_a_failing_tagger_costs_only_its_own_findings() -> None:
    store = FakeStore()
    await _service(store, FakeSafety(), FakeTagger(fails=True)).remember(_message("My sister Maya is a nurse."))

    assert {("sister", "Maya"), ("sister", "nurse")} <= {(m.subject, m.value) for m in store.memories}


async def test_a_sensitive_message_is_not_tagged() -> None:
    store, tagger = FakeStore(), FakeTagger([Span("user", 0, 4, 0.99)])
    await _service(store, FakeSafety(sensitive=True), tagger).remember(_message("Maya hits me when he drinks"))

    assert tagger.asked == []
    assert [(m.kind, m.sensitive) for m in store.memories] == [(EPISODE, True)]


async def test_a_sensitive_message_yields_only_its_episode_flagged_sensitive() -> None:
    store, safety = FakeStore(), FakeSafety(sensitive=True)
    text = "I want to kill myself. I have a plan for Saturday, my sister Maya won't know."

    ids = await _service(store, safety).remember(_message(text))

    assert len(ids) == 1
    [kept] = store.memories
    assert (kept.kind, kept.text, kept.sensitive) == (EPISODE, text, True)
    assert (kept.valid_from, kept.attribute, kept.value) == (None, "", "")


async def test_safety_is_asked_with_the_whole_request_dialogue_would_send() -> None:
    safety = FakeSafety()
    message = _message("I love hiking")
    await _service(FakeStore(), safety).remember(message)

    assert safety.asked == [message]
    assert (message.locale, message.reply_to, message.user_is_minor) == ("en-US", "127.0.0.1:50050", True)


async def test_when_safety_is_down_only_the_episode_is_kept_flagged_sensitive() -> None:
    store, safety = FakeStore(), FakeSafety(down=True)
    service = _service(store, safety)

    ids = await service.remember(_message("My brother Leo moved to Porto last week."))

    assert len(ids) == 1
    assert [(m.kind, m.sensitive, m.valid_from) for m in store.memories] == [(EPISODE, True, None)]
    # The message counts as remembered: a re-delivery after safety is back stores nothing twice.
    safety.down = False
    assert await service.remember(_message("My brother Leo moved to Porto last week.")) == []


def _found(memory_id: str, text: str, *, similarity: float = 0.0, word_match: float = 0.0, **kw: Any) -> Memory:
    return Memory(
        memory_id, "u1", EPISODE, text, NOW, (memory_id,), memory_id, similarity=similarity, word_match=word_match, **kw
    )


async def test_recall_leaves_sensitive_memories_out_unless_asked() -> None:
    store = FakeStore()
    dog = _found("a", "My dog is called Rex.", similarity=0.7, word_match=1.0)
    crisis = _found("b", "I want to kill myself", similarity=0.6, sensitive=True)
    store.words, store.meaning = [dog], [dog, crisis]
    service = _service(store, FakeSafety())

    plain = await service.recall("u1", "my dog", limit=5, token_budget=0)
    asked = await service.recall("u1", "my dog", limit=5, token_budget=0, include_sensitive=True)

    assert [m.memory_id for m in plain] == ["a"]
    assert [(m.memory_id, m.sensitive) for m in asked] == [("a", False), ("b", True)]


async def test_recall_reports_relevance_and_drops_what_falls_below_min_relevance() -> None:
    store = FakeStore()
    close = _found("a", "My dog is called Rex.", similarity=0.75, word_match=1.0)
    far = _found("b", "I went to the market.", similarity=0.05)
    words_only = _found("c", "Rex chewed my shoes.", word_match=0.5)
    store.words, store.meaning = [close, words_only], [close, far]
    store.measured = {"c": 0.4}  # measured for relevance, as the word search does not give it
    service = _service(store, FakeSafety())

    everything = await service.recall("u1", "what is my dog called?", limit=5, token_budget=0)
    by_id = {m.memory_id: m for m in everything}
    assert set(by_id) == {"a", "b", "c"}
    assert by_id["c"].similarity == 0.4
    for m in everything:
        assert m.relevance == pytest.approx(relevance(m.similarity, m.word_match))
        assert 0.0 <= m.relevance <= 1.0
    assert by_id["a"].relevance > by_id["c"].relevance > by_id["b"].relevance

    threshold = (by_id["a"].relevance + by_id["c"].relevance) / 2
    kept = await service.recall("u1", "what is my dog called?", limit=5, token_budget=0, min_relevance=threshold)
    assert [m.memory_id for m in kept] == ["a"]
    assert await service.recall("u1", "what is my dog called?", limit=5, token_budget=0, min_relevance=1.0) == []


async def test_a_relevant_fact_is_kept_when_the_episode_it_came_from_is_not_relevant_enough() -> None:
    store = FakeStore()
    episode = _found("e", "My sister's name is Maya and she lives in Porto.", similarity=0.3)
    fact = replace(_found("f", "My sister's name is Maya.", similarity=0.55, word_match=1.0), source_message_ids=("e",))
    store.words, store.meaning = [episode, fact], [episode, fact]  # the episode ranks first
    service = _service(store, FakeSafety())

    kept = await service.recall("u1", "my sister's name?", limit=5, token_budget=0, min_relevance=0.1)

    assert [m.memory_id for m in kept] == ["f"]


async def test_the_word_search_reads_the_question_without_the_words_that_ask_to_remember() -> None:
    store = FakeStore()
    searched: list[str] = []
    search_words = store.search_words

    async def spy(query: RecallQuery) -> list[Memory]:
        searched.append(query.text)
        return await search_words(query)

    store.search_words = spy  # type: ignore[method-assign]
    await _service(store, FakeSafety()).recall("u1", "Do you remember my sister's name?", limit=5, token_budget=0)

    assert searched
    assert "remember" not in searched[0].lower()
    assert "sister's name" in searched[0]
    assert without_recall_words("Remember") == "Remember"  # nothing left: the words stand


def test_relevance_grows_with_similarity_and_with_word_match() -> None:
    assert relevance(0.2, 0.0) < relevance(0.6, 0.0) < relevance(0.6, 1.0)


async def test_min_relevance_outside_zero_to_one_is_rejected() -> None:
    service = _service(FakeStore(), FakeSafety())
    with pytest.raises(InvalidInput):
        await service.recall("u1", "dog", limit=5, token_budget=0, min_relevance=1.5)


def test_a_sensitive_copy_of_an_episode_has_its_own_identity() -> None:
    episode = _found("a", "I can't go on", valid_from=NOW, attribute="x", value="y")
    flagged = episode.as_sensitive()
    assert flagged.sensitive
    assert flagged.content_hash != episode.content_hash
    assert (flagged.valid_from, flagged.attribute, flagged.value) == (None, "", "")
    assert replace(flagged, sensitive=False, content_hash=episode.content_hash, valid_from=NOW, attribute="x",
                   value="y") == episode  # fmt: skip


@pytest.mark.parametrize("token", ["\x00", "abc\x00def", "x" * 129, "\n"])
async def test_a_page_token_or_memory_id_that_is_no_id_is_refused_as_invalid(token: str) -> None:
    service = _service(FakeStore(), FakeSafety())
    with pytest.raises(InvalidInput):
        await service.list_memories("u1", 10, token)
    with pytest.raises(InvalidInput):
        await service.forget("u1", token)
