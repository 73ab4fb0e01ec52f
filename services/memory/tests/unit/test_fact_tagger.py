"""The shipped fact tagger (adapters/fact_tagger.py with model/fact_tagger.json), run as deployed: MiniLM with the
LoRA matrices merged in, exported to ONNX the first time (~20 s; cached). Messages written for these tests, in
phrasings the rules do not read."""

import json
from datetime import UTC, datetime
from importlib.resources import files

import numpy as np
import pytest

from companion_memory.adapters.fact_tagger import WEIGHTS_FILE, MiniLMFactTagger, load_fact_tagger, parse_weights
from companion_memory.domain.extraction import read_sentences
from companion_memory.domain.model import USER
from companion_memory.domain.tagged import Found, tagged_facts

SAID_AT = datetime(2026, 3, 2, 18, tzinfo=UTC)


@pytest.fixture(scope="module")
def tagger() -> MiniLMFactTagger:
    return load_fact_tagger(embeds=True)


def _facts(tagger: MiniLMFactTagger, text: str) -> list[Found]:
    rules = read_sentences(text, SAID_AT, "UTC")
    return [*rules, *tagged_facts(text, tagger.read_now(text).spans, SAID_AT, "UTC", rules, tagger.bars)]


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
    assert tagger.read_now("").spans == []
    assert tagger.read_now("   ", embed=True).spans == []
    assert [s for s in tagger.read_now("😂😂😂").spans if s.role != "relation"] == []


def test_a_huge_message_is_read_by_its_beginning_and_left_to_the_embedder(tagger: MiniLMFactTagger) -> None:
    reading = tagger.read_now("my name is Oona and I live in Kirkwall. " + "la " * 20_000, embed=True)
    assert reading.spans
    assert all(span.end <= 2000 for span in reading.spans)
    assert reading.vector is None


def test_the_shipped_tagger_adapts_every_layer_and_leaves_the_vector_to_the_embedder(
    tagger: MiniLMFactTagger,
) -> None:
    assert tagger.read_now("My dog is called Rex.", embed=True).vector is None


def test_a_tagger_sharing_the_embedders_first_layers_gives_the_embedders_vector() -> None:
    """A tagger whose LoRA adapts only its last layers runs MiniLM's first layers for itself; MiniLM's own last
    layers then give the message's vector, so memory does not run the message through those layers twice. (The
    shipped matrices of layers 4 and 5 alone: a tagger of that shape.)"""
    from companion_embedding import open_minilm

    raw = json.loads((files("companion_memory.adapters.model") / WEIGHTS_FILE).read_bytes())
    raw["lora"] = {
        name: pair for name, pair in raw["lora"].items() if name.startswith(("encoder.layer.4.", "encoder.layer.5."))
    }
    tagger = load_fact_tagger(embeds=True, data=json.dumps(raw).encode())
    encode = open_minilm().encoder()
    for text in (
        "My dog is called Rex.",
        "ok",
        "we moved to Leeds in May, the flat is tiny but the neighbours are lovely",
    ):
        vector = tagger.read_now(text, embed=True).vector
        assert vector is not None
        np.testing.assert_allclose(vector, encode([text])[0], atol=1e-5)
        assert tagger.read_now(text).vector is None  # not asked: not run
    assert tagger.read_now("I live in Kirkwall. " + "la " * 1000, embed=True).vector is None  # cut: the embedder's


def test_the_weights_file_is_checked_when_read() -> None:
    raw = json.loads((files("companion_memory.adapters.model") / WEIGHTS_FILE).read_bytes())
    parse_weights(json.dumps(raw).encode())
    with pytest.raises(ValueError, match="tags"):
        parse_weights(json.dumps({**raw, "tags": ["O", "B-X"]}).encode())
    with pytest.raises(ValueError, match="layers"):
        parse_weights(json.dumps({**raw, "lora": {"pooler.dense": next(iter(raw["lora"].values()))}}).encode())
    with pytest.raises(ValueError, match="heads"):
        parse_weights(json.dumps({**raw, "name_head": {"weights": [0.0] * 384, "bias": 0.0}}).encode())


def test_a_tagger_trained_for_int8_weights_runs_with_them(
    tagger: MiniLMFactTagger, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """A weights file marked int8 (train_tagger.py --int8) runs with 7-bit int8 weights, as it was trained; its
    layers are then not the float embedder's, so it never gives the message's vector. (The shipped matrices, so its
    readings stay close to the float tagger's.)"""
    cache = tmp_path_factory.mktemp("int8")
    raw = json.loads((files("companion_memory.adapters.model") / WEIGHTS_FILE).read_bytes())
    int8 = load_fact_tagger(str(cache), embeds=True, data=json.dumps({**raw, "int8": True}).encode())
    (exported,) = (cache / "companion-models").glob("*.onnx")
    assert exported.name.endswith("-tokens-int8-7bit.onnx")
    text = "my sister Ana moved to Lisbon in May and she's a nurse there now"
    offsets, tags, names = int8.probabilities(text)
    float_offsets, float_tags, float_names = tagger.probabilities(text)
    assert offsets == float_offsets
    assert 0 < np.abs(tags - float_tags).max() < 0.2  # rounded, so not the float numbers, but near them
    assert np.abs(names - float_names).max() < 0.2
    assert int8.read_now(text, embed=True).vector is None
