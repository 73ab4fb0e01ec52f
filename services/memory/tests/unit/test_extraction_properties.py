"""Property-based tests of extraction: any text gives well-formed memories (the episode first, then what is read
from it), never an exception; a negated or supposed statement never becomes a fact ("I don't have a dog called
Rex", "if I lived in Porto"), and a question never does either."""

import re
from datetime import UTC, datetime

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from companion_memory.domain.extraction import extract
from companion_memory.domain.model import EPISODE, KINDS, PREFERENCE, Memory, Message, content_hash

FAST = settings(max_examples=150, deadline=5000, suppress_health_check=[HealthCheck.too_slow])

_ZONES = ["UTC", "Europe/Lisbon", "America/New_York", "Asia/Tokyo"]
said_ats = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC))
zones = st.sampled_from(_ZONES) | st.text(max_size=20)
# Chat-like text built from the words the patterns look for, with arbitrary text in between.
_WORDS = [
    "I", "I'm", "my", "My", "sister", "dog", "cat", "named", "called", "Maya", "Rex", "Porto", "New York", "live",
    "in", "from", "moved", "to", "work", "at", "as", "a", "nurse", "Google", "love", "hate", "favourite", "is",
    "name", "and", "but", ",", ".", "!", "?", "yesterday", "next", "friday", "on", "5", "May", "2026", "years",
    "old", "married", "don't", "not", "never", "if", "she", "he", "lives", "her", "his", "\n", "Dr.", "Mrs",
]  # fmt: skip
chat = st.lists(st.sampled_from(_WORDS) | st.text(max_size=8), max_size=30).map(" ".join)
texts = chat | st.text(max_size=400)


def _memories(text: str, said_at: datetime, time_zone: str) -> list[Memory]:
    ids = iter(range(10_000))
    return extract(Message("u-1", "c-1", "m-1", text, said_at, time_zone), lambda: f"id-{next(ids)}")


@FAST
@given(texts, said_ats, zones)
@example("I have a party on 9999-12-31 and I met Maya 99999999999999 days ago.", datetime(2026, 1, 1, tzinfo=UTC), "")
@example("My sister's name is Maya and she lives in Porto.", datetime(2026, 1, 1, tzinfo=UTC), "Asia/Tokyo")
def test_any_text_gives_well_formed_memories(text: str, said_at: datetime, time_zone: str) -> None:
    memories = _memories(text, said_at, time_zone)
    if not text.split():
        assert memories == []
        return
    episode, *derived = memories
    assert (episode.kind, episode.text) == (EPISODE, " ".join(text.split()))
    assert len({m.memory_id for m in memories}) == len(memories)
    assert len({m.content_hash for m in memories}) == len(memories)
    for memory in memories:
        assert memory.kind in KINDS
        assert (memory.user_id, memory.source_message_ids, memory.said_at) == ("u-1", ("m-1",), said_at)
        assert re.fullmatch(r"[0-9a-f]{32}", memory.content_hash)
        assert memory.text.strip()
        assert memory.subject
        assert 0 < memory.importance <= 1
        if memory.valid_from is not None and memory.valid_to is not None:
            assert memory.valid_from < memory.valid_to
        if memory.attribute:
            assert memory.value
    assert all(m.kind != EPISODE for m in derived)
    assert episode.content_hash == content_hash(episode.text)


_PLACES = st.sampled_from(["Porto", "Lisbon", "New York", "Edinburgh", "Accra"])
_NAMES = st.sampled_from(["Maya", "Rex", "Mochi", "Priya", "Kwame"])
_STATEMENTS = [
    "live in {place}",
    "moved to {place}",
    "am from {place}",
    "work at {place}",
    "work as a nurse",
    "am a teacher",
    "have a dog called {name}",
    "have a cat named {name}",
    "got a puppy named {name}",
    "am called {name}",
    "go by {name}",
    "am married",
    "am 34 years old",
    "have two kids",
]
_DENIALS = [
    "I don't {s}",
    "I never {s}",
    "I no longer {s}",
    "I can't {s}",
    "I do not {s}",
    "If I {s}",
    "I wish I {s}",
    "Maybe one day I'll {s}",
    "I would {s}",
    "I doubt I {s}",
    "Imagine if I {s}",
]


@FAST
@given(
    st.sampled_from(_DENIALS),
    st.sampled_from(_STATEMENTS),
    _PLACES,
    _NAMES,
    st.sampled_from(["", "Honestly, ", "Well "]),
    st.sampled_from([".", "!", " lol", ""]),
    said_ats,
)
def test_a_negated_or_supposed_statement_is_no_fact(
    denial: str, statement: str, place: str, name: str, opening: str, end: str, said_at: datetime
) -> None:
    text = opening + denial.format(s=statement.format(place=place, name=name)) + end
    derived = _memories(text, said_at, "UTC")[1:]
    # A negated liking is still a preference (a dislike); nothing else may be read from it.
    assert [(m.kind, m.subject, m.attribute, m.value) for m in derived if m.kind != PREFERENCE] == [], text


@FAST
@given(st.sampled_from(_STATEMENTS), _PLACES, _NAMES, said_ats)
def test_a_question_is_no_fact(statement: str, place: str, name: str, said_at: datetime) -> None:
    for question in ("Do you think I {s}?", "Should I {s}?", "Did I tell you I {s}?"):
        text = question.format(s=statement.format(place=place, name=name))
        assert [m for m in _memories(text, said_at, "UTC")[1:] if m.attribute] == [], text
