"""The shipped fact tagger (adapters/fact_tagger.py with model/fact_tagger.json), run as deployed: MiniLM with the
LoRA matrices merged in, exported to ONNX the first time (~20 s; cached). Messages written for these tests, in
phrasings the rules do not read."""

import json
from datetime import UTC, datetime
from importlib.resources import files

import pytest

from companion_memory.adapters.fact_tagger import WEIGHTS_FILE, MiniLMFactTagger, load_fact_tagger, parse_weights
from companion_memory.domain.extraction import read_sentences
from companion_memory.domain.model import USER
from companion_memory.domain.tagged import Found, tagged_facts

SAID_AT = datetime(2026, 3, 2, 18, tzinfo=UTC)


@pytest.fixture(scope="module")
def tagger() -> MiniLMFactTagger:
    return load_fact_tagger()


def _facts(tagger: MiniLMFactTagger, text: str) -> list[Found]:
    rules = read_sentences(text, SAID_AT, "UTC")
    return [*rules, *tagged_facts(text, tagger.read(text), SAID_AT, "UTC", rules, tagger.bars)]


def _kept(tagger: MiniLMFactTagger, text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.value) for f in _facts(tagger, text) if f.value}


def test_it_reads_a_users_facts_the_rules_miss(tagger: MiniLMFactTagger) -> None:
    text = "been hauling freight out of Whitehorse for ten years now, mostly up the Klondike highway"
    assert not any(f.value == "Whitehorse" for f in read_sentences(text, SAID_AT, "UTC"))
    assert (USER, "Whitehorse") in _kept(tagger, text)


def test_it_attributes_someone_elses_facts_to_them(tagger: MiniLMFactTagger) -> None:
    kept = _kept(tagger, "our Jodie's just started as a dental nurse over in Truro, proud mum moment")
    assert not any(subject == USER and value in ("Truro", "dental nurse") for subject, value in kept)


def test_it_keeps_nothing_from_a_negation_or_a_supposition(tagger: MiniLMFactTagger) -> None:
    for text in (
        "I've never lived anywhere but here, never been to Toronto even",
        "if I ever moved to Lisbon I'd surf",
    ):
        assert not any(value in ("Toronto", "Lisbon") for _, value in _kept(tagger, text))


def test_an_empty_or_emoji_message_has_no_spans(tagger: MiniLMFactTagger) -> None:
    assert tagger.read("") == []
    assert tagger.read("   ") == []
    assert [s for s in tagger.read("😂😂😂") if s.role != "relation"] == []


def test_a_huge_message_is_read_by_its_beginning(tagger: MiniLMFactTagger) -> None:
    spans = tagger.read("my name is Oona and I live in Kirkwall. " + "la " * 20_000)
    assert all(span.end <= 2000 for span in spans)


def test_the_weights_file_is_checked_when_read() -> None:
    raw = json.loads((files("companion_memory.adapters.model") / WEIGHTS_FILE).read_bytes())
    parse_weights(json.dumps(raw).encode())
    with pytest.raises(ValueError, match="tags"):
        parse_weights(json.dumps({**raw, "tags": ["O", "B-X"]}).encode())
    with pytest.raises(ValueError, match="heads"):
        parse_weights(json.dumps({**raw, "name_head": {"weights": [0.0] * 384, "bias": 0.0}}).encode())
