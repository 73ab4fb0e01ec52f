"""Fixtures shared by memory's unit tests (pytest runs in importlib mode: test modules cannot import each other)."""

import re
from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from companion_memory.domain.extraction import Found, extract
from companion_memory.domain.model import Message
from companion_memory.domain.tagged import TAGS, Bars, spans_of, tagged_facts

# What the rules read from a text: (kind, subject, attribute, value, text) of each memory but the episode.
Said = Callable[[str], list[tuple[str, str, str, str, str]]]


@pytest.fixture
def said() -> Said:
    """The rules' memories of a text said on a Tuesday evening in June, in London (the extraction rounds' tests)."""
    said_at = datetime(2026, 6, 9, 18, tzinfo=UTC)

    def read(text: str) -> list[tuple[str, str, str, str, str]]:
        ids = iter(range(1000))
        message = Message("u", "c", "m", text, said_at, "Europe/London")
        return [
            (m.kind, m.subject, m.attribute, m.value, m.text)
            for m in extract(message, lambda: str(next(ids)))
            if m.kind != "episode"
        ]

    return read


# What memory keeps of the fact tagger's reading of a text, for made-up probabilities (text, tags, names, said_at).
TaggerReads = Callable[..., list[Found]]


@pytest.fixture
def tagger_reads() -> TaggerReads:
    """Each word of ``tags`` near-surely so tagged (else O), a name likely for the words of ``names``."""

    def sure(tag: str) -> list[float]:
        return [0.9 if t == tag else 0.1 / (len(TAGS) - 1) for t in TAGS]

    def read(
        text: str,
        tags: dict[str, str],
        names: frozenset[str] = frozenset(),
        said_at: datetime = datetime(2026, 6, 9, 18, tzinfo=UTC),
    ) -> list[Found]:
        offsets, probabilities, name_odds = [(0, 0)], [sure("O")], [0.0]
        for match in re.finditer(r"\w+|[^\w\s]", text):
            offsets.append(match.span())
            probabilities.append(sure(tags.get(match.group(0), "O")))
            name_odds.append(0.9 if match.group(0) in names else 0.1)
        spans = spans_of(text, [*offsets, (0, 0)], [*probabilities, sure("O")], [*name_odds, 0.0])
        return tagged_facts(text, spans, said_at, "Europe/London", [], Bars())

    return read
