"""The fact tagger as deployed: all-MiniLM-L6-v2 with the LoRA matrices of `training/train_tagger.py` merged into
its weights, exported to ONNX once per cache directory (companion_embedding, under a name that holds the weights
file's hash), its word pieces' states read by two linear heads (numpy): the tag of each piece and whether a value
is a name. What the tags say is read by `domain/tagged.py`.

The shipped file `model/fact_tagger.json` (no pickle: loading it runs no code) holds the LoRA matrices, the heads
and the bars the domain keeps a value at.
"""

import asyncio
import hashlib
import json
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

import numpy as np
from companion_embedding import MAX_TOKENS, MiniLM, WeightChange, open_minilm
from companion_embedding.lora import Pairs, merge_lora, read_lora

from companion_memory.adapters.embedders import STORED_LANE_NICENESS, lower_priority
from companion_memory.domain.tagged import TAGS, Bars, Span, spans_of

WEIGHTS_FILE = "fact_tagger.json"
# The model reads the first 128 word pieces; a chat message longer than this is cut before tokenizing.
MAX_CHARS = 2000
_FEATURES = 385  # a word piece's state (384) and whether it begins with a capital


@dataclass(frozen=True)
class TaggerWeights:
    version: str
    scale: float
    pairs: Pairs
    tag_weights: np.ndarray  # len(TAGS) x 385
    tag_bias: np.ndarray  # len(TAGS)
    name_weights: np.ndarray  # 385
    name_bias: float
    bars: Bars


def parse_weights(data: bytes) -> TaggerWeights:
    """The tagger from the JSON that train_tagger.py writes; a clear error for a file that does not fit."""
    raw = json.loads(data)
    if tuple(raw["tags"]) != TAGS:
        raise ValueError(f"{WEIGHTS_FILE}: tags {raw['tags']} are not {list(TAGS)}")
    scale, pairs = read_lora(raw, WEIGHTS_FILE)
    tag_weights = np.asarray(raw["tag_head"]["weights"], dtype=np.float32)
    tag_bias = np.asarray(raw["tag_head"]["bias"], dtype=np.float32)
    name_weights = np.asarray(raw["name_head"]["weights"], dtype=np.float32)
    if (
        tag_weights.shape != (len(TAGS), _FEATURES)
        or tag_bias.shape != (len(TAGS),)
        or name_weights.shape != (_FEATURES,)
    ):
        raise ValueError(f"{WEIGHTS_FILE}: heads of shapes {tag_weights.shape}, {tag_bias.shape}, {name_weights.shape}")
    bars = Bars(**{k: float(v) for k, v in raw.get("bars", {}).items()})
    return TaggerWeights(
        str(raw["version"]),
        scale,
        pairs,
        tag_weights,
        tag_bias,
        name_weights,
        float(raw["name_head"]["bias"]),
        bars,
    )


def _shipped() -> tuple[TaggerWeights, WeightChange]:
    data = (files("companion_memory.adapters.model") / WEIGHTS_FILE).read_bytes()
    weights = parse_weights(data)

    def merge(bert: Any) -> None:
        merge_lora(bert, weights.pairs, weights.scale, WEIGHTS_FILE)

    return weights, WeightChange("tagger-" + hashlib.sha256(data).hexdigest()[:16], merge)


class MiniLMFactTagger:
    """Tags messages on a thread of its own, at the lower CPU priority of the embedder's ingestion lane (it is
    ingestion work: a reply being prepared goes first). ``read`` is the blocking call; each thread gets its own
    tokenizer (a fast tokenizer may not run in two threads at once), the ONNX session is shared."""

    def __init__(self, model: MiniLM, weights: TaggerWeights) -> None:
        self.version = weights.version
        self.bars = weights.bars
        self._model = model
        self._weights = weights
        self._local = threading.local()
        self._thread = ThreadPoolExecutor(
            max_workers=1,
            thread_name_prefix="fact-tagger",
            initializer=lower_priority,
            initargs=(STORED_LANE_NICENESS,),
        )

    async def spans(self, text: str) -> list[Span]:
        return await asyncio.get_running_loop().run_in_executor(self._thread, self.read, text)

    async def aclose(self) -> None:
        self._thread.shutdown(wait=False)

    def _tokenizer(self) -> Any:
        tokenizer = getattr(self._local, "tokenizer", None)
        if tokenizer is None:
            from transformers import AutoTokenizer

            tokenizer = self._local.tokenizer = AutoTokenizer.from_pretrained(str(self._model.model_dir))
        return tokenizer

    def read(self, text: str) -> list[Span]:
        text = text[:MAX_CHARS]
        if not text.strip():
            return []
        batch = self._tokenizer()(
            [text], truncation=True, max_length=MAX_TOKENS, return_offsets_mapping=True, return_tensors="np"
        )
        inputs = {name: batch[name].astype(np.int64) for name in ("input_ids", "attention_mask", "token_type_ids")}
        (states,) = self._model.session.run(None, inputs)
        offsets = [(int(s), int(e)) for s, e in batch["offset_mapping"][0]]
        capital = np.array([1.0 if s < e and text[s].isupper() else 0.0 for s, e in offsets], dtype=np.float32)
        features = np.concatenate([states[0], capital[:, None]], axis=1)
        logits = features @ self._weights.tag_weights.T + self._weights.tag_bias
        tags = np.exp(logits - logits.max(axis=1, keepdims=True))
        tags /= tags.sum(axis=1, keepdims=True)
        names = 1.0 / (1.0 + np.exp(-(features @ self._weights.name_weights + self._weights.name_bias)))
        return spans_of(text, offsets, tags.tolist(), names.tolist())


def load_fact_tagger(cache_dir: str = "", threads: int = 1, *, int8: bool = False) -> MiniLMFactTagger:
    """Merges the LoRA matrices into MiniLM and exports it to ONNX into ``cache_dir`` the first time (~20 s), then
    loads in about a second."""
    weights, change = _shipped()
    return MiniLMFactTagger(open_minilm(threads, cache_dir, int8=int8, change=change, token_states=True), weights)
