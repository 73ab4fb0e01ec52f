"""The ONNX export of MiniLM: the graph ONNX Runtime runs gives the vectors the original model gives."""

from pathlib import Path

import numpy as np
import pytest
from companion_embedding import open_minilm

TEXTS = [
    "My dog is called Rex.",
    "we moved to Leeds in May and honestly the flat is tiny but the neighbours are lovely",
    "ok",
]


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("models")


def test_the_export_runs_fused_attention_and_gives_the_original_vectors(cache_dir: Path) -> None:
    import onnx
    import torch
    from transformers import AutoModel, AutoTokenizer

    minilm = open_minilm(cache_dir=str(cache_dir))
    (exported,) = (cache_dir / "companion-models").glob("*.onnx")
    operators = {node.op_type for node in onnx.load(str(exported)).graph.node}
    tokenizer = AutoTokenizer.from_pretrained(str(minilm.model_dir))
    bert = AutoModel.from_pretrained(str(minilm.model_dir)).eval()
    batch = tokenizer(TEXTS, padding=True, return_tensors="pt")
    with torch.no_grad():
        hidden = bert(**batch).last_hidden_state
    mask = batch["attention_mask"].unsqueeze(-1).float()
    original = torch.nn.functional.normalize((hidden * mask).sum(1) / mask.sum(1), dim=1).numpy()

    assert "Attention" in operators  # ONNX Runtime's fused kernel, not attention written out in MatMuls
    np.testing.assert_allclose(minilm.encoder()(TEXTS), original, atol=1e-5)


def test_the_token_states_export_gives_each_word_pieces_original_state(cache_dir: Path) -> None:
    import torch
    from transformers import AutoModel, AutoTokenizer

    minilm = open_minilm(cache_dir=str(cache_dir), token_states=True)
    assert len(list((cache_dir / "companion-models").glob("*-tokens.onnx"))) == 1
    tokenizer = AutoTokenizer.from_pretrained(str(minilm.model_dir))
    bert = AutoModel.from_pretrained(str(minilm.model_dir)).eval()
    for text in TEXTS:  # one at a time, as memory's tagger runs it: no padding
        batch = tokenizer([text], return_tensors="np")
        (states,) = minilm.session.run(None, {name: batch[name].astype(np.int64) for name in batch})
        with torch.no_grad():
            original = bert(**{name: torch.from_numpy(batch[name]) for name in batch}).last_hidden_state.numpy()
        assert states.shape == (1, len(batch["input_ids"][0]), 384)
        np.testing.assert_allclose(states, original, atol=1e-4)


def test_texts_of_any_lengths_together_get_the_vectors_each_gets_alone(cache_dir: Path) -> None:
    """The encoder runs texts of about the same length together and pads by hand: each text's vector is the one it
    gets alone, whatever else came in its batch, and comes back in its place. Longer than 128 word pieces is cut."""
    encode = open_minilm(cache_dir=str(cache_dir)).encoder()
    texts = [*TEXTS, "word " * 300, "a", "my sister Ana lives in Porto now", "ok", *TEXTS] * 3

    together = encode(texts)
    alone = np.concatenate([encode([text]) for text in texts])

    assert together.shape == (len(texts), 384)
    np.testing.assert_allclose(together, alone, atol=1e-5)
    np.testing.assert_allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)


def test_parts_run_one_after_another_give_the_whole_models_vectors_and_states(cache_dir: Path) -> None:
    """Memory's embedder and its fact tagger share their first layers: the trunk's states, run through the last
    layers, give what the whole model gives, as a vector and as token states."""
    from transformers import AutoTokenizer

    whole = open_minilm(cache_dir=str(cache_dir))
    whole_states = open_minilm(cache_dir=str(cache_dir), token_states=True)
    trunk = open_minilm(cache_dir=str(cache_dir), token_states=True, layers=(0, 4))
    top = open_minilm(cache_dir=str(cache_dir), layers=(4, 6))
    top_states = open_minilm(cache_dir=str(cache_dir), token_states=True, layers=(4, 6))
    import onnx

    for part in (cache_dir / "companion-models").glob("*-layers*.onnx"):
        assert "Attention" in {node.op_type for node in onnx.load(str(part)).graph.node}, part.name
    tokenizer = AutoTokenizer.from_pretrained(str(whole.model_dir))
    for text in TEXTS:
        batch = tokenizer([text], return_tensors="np")
        inputs = {name: batch[name].astype(np.int64) for name in batch}
        (hidden,) = trunk.session.run(None, inputs)
        part_inputs = {"hidden_states": hidden, "attention_mask": inputs["attention_mask"]}
        (vector,) = top.session.run(None, part_inputs)
        (states,) = top_states.session.run(None, part_inputs)

        assert hidden.shape == (1, len(batch["input_ids"][0]), 384)
        np.testing.assert_allclose(vector, whole.encoder()([text]), atol=1e-5)
        np.testing.assert_allclose(states, whole_states.session.run(None, inputs)[0], atol=1e-4)


def test_a_part_must_be_layers_of_the_model_and_pooled_only_at_its_end(cache_dir: Path) -> None:
    with pytest.raises(ValueError, match="layers"):
        open_minilm(cache_dir=str(cache_dir), layers=(0, 4))  # a vector from half the model means nothing
    with pytest.raises(ValueError, match="layers"):
        open_minilm(cache_dir=str(cache_dir), token_states=True, layers=(4, 7))
