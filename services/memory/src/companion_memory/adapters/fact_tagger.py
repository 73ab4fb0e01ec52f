"""The fact tagger as deployed: all-MiniLM-L6-v2 with the LoRA matrices of `training/train_tagger.py` merged into
its weights, exported to ONNX once per cache directory (companion_embedding, under a name that holds the weights
file's hash), its word pieces' states read by two linear heads (numpy): the tag of each piece and whether a value
is a name. What the tags say is read by `domain/tagged.py`.

When the LoRA matrices adapt only the last layers (from `first_adapted`), the layers before are MiniLM's own, the
ones memory's embedder runs. The model then runs as two parts, the shared trunk and the tagger's last layers, and
when memory still needs the message's vector, MiniLM's own last layers turn the same trunk states into it: one pass
of the trunk for both (measured on LoCoMo turns here, with LoRA from layer 4: trunk 9.5 ms, each two-layer top
4.9 ms, against 14.2 ms for a whole pass). The shipped tagger adapts all six layers (such a tagger lost fact recall:
training/README.md), so it has no trunk and the embedder embeds the message, as before.

The shipped file `model/fact_tagger.json` (no pickle: loading it runs no code) holds the LoRA matrices, the heads
and the bars the domain keeps a value at, and whether the tagger was trained for 7-bit int8 weights (`"int8"`,
`train_tagger.py --int8`): such a tagger runs with them, as it was trained (about a quarter less CPU a message).
"""

import asyncio
import hashlib
import json
import re
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

import numpy as np
from companion_embedding import LAYERS, MAX_TOKENS, MiniLM, WeightChange, open_minilm
from companion_embedding.lora import Pairs, merge_lora, read_lora

from companion_memory.adapters.embedders import STORED_LANE_NICENESS, lower_priority
from companion_memory.domain.tagged import TAGS, Bars, Reading, spans_of

WEIGHTS_FILE = "fact_tagger.json"
# The model reads the first 128 word pieces; a chat message longer than this is cut before tokenizing.
MAX_CHARS = 2000
_FEATURES = 385  # a word piece's state (384) and whether it begins with a capital
_LAYER = re.compile(r"encoder\.layer\.(\d+)\.")


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
    # Trained for 7-bit int8 weights (train_tagger.py --int8): run with them, as trained.
    int8: bool = False

    @property
    def first_adapted(self) -> int:
        """The first layer the LoRA matrices change; the layers before it are MiniLM's own."""
        return min(int(m.group(1)) for name in self.pairs if (m := _LAYER.match(name)))


def parse_weights(data: bytes) -> TaggerWeights:
    """The tagger from the JSON that train_tagger.py writes; a clear error for a file that does not fit."""
    raw = json.loads(data)
    if tuple(raw["tags"]) != TAGS:
        raise ValueError(f"{WEIGHTS_FILE}: tags {raw['tags']} are not {list(TAGS)}")
    scale, pairs = read_lora(raw, WEIGHTS_FILE)
    if not pairs or not all(_LAYER.match(name) for name in pairs):
        raise ValueError(f"{WEIGHTS_FILE}: LoRA matrices must adapt BERT's layers (encoder.layer.N....)")
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
        bool(raw.get("int8", False)),
    )


def _weights(data: bytes) -> tuple[TaggerWeights, WeightChange]:
    weights = parse_weights(data)

    def merge(bert: Any) -> None:
        merge_lora(bert, weights.pairs, weights.scale, WEIGHTS_FILE)

    return weights, WeightChange("tagger-" + hashlib.sha256(data).hexdigest()[:16], merge)


class MiniLMFactTagger:
    """Tags messages on threads of their own, at the lower CPU priority of the embedder's ingestion lane (it is
    ingestion work: a reply being prepared goes first). ``read`` is the blocking call; each thread gets its own
    tokenizer (a fast tokenizer may not run in two threads at once), the ONNX sessions are shared.

    ``trunk``: MiniLM's own first layers, those the tagger shares (None when LoRA adapts every layer: the tagger's
    top is then the whole model). ``embedding_top``: MiniLM's own last layers, pooled; given, ``read(text,
    embed=True)`` also returns the text's vector, the one memory's embedder gives it (memory loads it only when it
    embeds with this MiniLM)."""

    def __init__(
        self,
        trunk: MiniLM | None,
        tagger_top: MiniLM,
        weights: TaggerWeights,
        embedding_top: MiniLM | None = None,
        workers: int = 1,
    ) -> None:
        self.version = weights.version
        self.bars = weights.bars
        self._trunk = trunk
        self._tagger_top = tagger_top
        self._embedding_top = embedding_top
        self.embeds = embedding_top is not None
        self._weights = weights
        self._local = threading.local()
        self._threads = ThreadPoolExecutor(
            max_workers=workers,
            thread_name_prefix="fact-tagger",
            initializer=lower_priority,
            initargs=(STORED_LANE_NICENESS,),
        )

    async def read(self, text: str, *, embed: bool = False) -> Reading:
        return await asyncio.get_running_loop().run_in_executor(self._threads, self.read_now, text, embed)

    async def aclose(self) -> None:
        self._threads.shutdown(wait=False)

    def _tokenizer(self) -> Any:
        tokenizer = getattr(self._local, "tokenizer", None)
        if tokenizer is None:
            from transformers import AutoTokenizer

            tokenizer = self._local.tokenizer = AutoTokenizer.from_pretrained(str(self._tagger_top.model_dir))
        return tokenizer

    def read_now(self, text: str, embed: bool = False) -> Reading:
        """The spans of ``text`` and, with ``embed`` (and an embedding top), its vector. A text longer than
        MAX_CHARS is tagged by its beginning and gets no vector here (the embedder reads it whole)."""
        whole = len(text) <= MAX_CHARS
        text = text[:MAX_CHARS]
        if not text.strip():
            return Reading([])
        offsets, tags, names, vector = self._run(text, embed and whole)
        return Reading(spans_of(text, offsets, tags.tolist(), names.tolist()), vector)

    def probabilities(self, text: str) -> tuple[list[tuple[int, int]], np.ndarray, np.ndarray]:
        """Each word piece's offsets in ``text``, its tag probabilities (pieces x TAGS) and name probability: what
        `training/train_tagger.py --int8` scores a tagger by, as memory runs it."""
        offsets, tags, names, _ = self._run(text[:MAX_CHARS], False)
        return offsets, tags, names

    def _run(self, text: str, embed: bool) -> tuple[list[tuple[int, int]], np.ndarray, np.ndarray, list[float] | None]:
        batch = self._tokenizer()(
            [text], truncation=True, max_length=MAX_TOKENS, return_offsets_mapping=True, return_tensors="np"
        )
        inputs = {name: batch[name].astype(np.int64) for name in ("input_ids", "attention_mask", "token_type_ids")}
        top_inputs: dict[str, Any] = inputs
        if self._trunk is not None:
            (trunk_states,) = self._trunk.session.run(None, inputs)
            top_inputs = {"hidden_states": trunk_states, "attention_mask": inputs["attention_mask"]}
        (states,) = self._tagger_top.session.run(None, top_inputs)
        vector = None
        if embed and self._embedding_top is not None:
            (vectors,) = self._embedding_top.session.run(None, top_inputs)
            vector = [float(x) for x in vectors[0]]
        offsets = [(int(s), int(e)) for s, e in batch["offset_mapping"][0]]
        capital = np.array([1.0 if s < e and text[s].isupper() else 0.0 for s, e in offsets], dtype=np.float32)
        features = np.concatenate([states[0], capital[:, None]], axis=1)
        logits = features @ self._weights.tag_weights.T + self._weights.tag_bias
        tags = np.exp(logits - logits.max(axis=1, keepdims=True))
        tags /= tags.sum(axis=1, keepdims=True)
        names = 1.0 / (1.0 + np.exp(-(features @ self._weights.name_weights + self._weights.name_bias)))
        return offsets, tags, names, vector


def load_fact_tagger(
    cache_dir: str = "", threads: int = 1, *, embeds: bool = False, workers: int = 1, data: bytes | None = None
) -> MiniLMFactTagger:
    """Merges the LoRA matrices into MiniLM and exports its parts to ONNX into ``cache_dir`` the first time
    (~30 s), then loads in about a second. ``embeds``: also load MiniLM's own last layers, so that a reading can
    give the message's vector (for a memory that embeds with float MiniLM, as the embedder's default is), when the
    tagger shares layers with it: a tagger without a trunk would only run a second copy of the embedder's model, and
    one trained for int8 weights (``int8`` in its file) runs with them, so its layers are not the embedder's.
    ``workers``: messages tagged at once, each on one core. ``data``: a weights file other than the shipped one."""
    weights, change = _weights(data or (files("companion_memory.adapters.model") / WEIGHTS_FILE).read_bytes())
    split = weights.first_adapted
    int8 = weights.int8

    def part(layers: tuple[int, int], change: WeightChange | None = None) -> MiniLM:
        return open_minilm(
            threads, cache_dir, int8=int8, reduce_range=int8, change=change, token_states=True, layers=layers
        )

    trunk = part((0, split)) if split else None
    tagger_top = part((split, LAYERS), change)
    shares = embeds and trunk is not None and not int8
    embedding_top = open_minilm(threads, cache_dir, layers=(split, LAYERS)) if shares else None
    return MiniLMFactTagger(trunk, tagger_top, weights, embedding_top, workers)
