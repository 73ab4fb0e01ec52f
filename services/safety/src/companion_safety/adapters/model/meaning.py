"""The crisis detector over meaning as deployed: all-MiniLM-L6-v2 fine-tuned as a crisis classifier
(services/safety/training/train_finetune.py), run by ONNX Runtime (companion_embedding).

The shipped file `meaning_lora.json` (no pickle: loading it runs no code) holds the LoRA matrices of the
fine-tuned layers, the logistic head and its thresholds. At start the LoRA matrices are merged
into MiniLM's weights (W + alpha/rank * B A) and the model is exported to ONNX once per cache directory, under a
name that holds the file's hash (companion_embedding's `WeightChange`); the graph outputs the unit-length mean
of the token states, which the head (`CrisisHead`, pure Python) scores.

The screen: most messages are nowhere near a crisis, and the same model with int8 weights reads them in about 60 %
of the time. When the weights file names a bar (`screen_below`), a message the int8 model scores below it is read
no further; any other is read by the float model, whose score alone counts. The bar is chosen for the model's
weights (MODEL_CARD.json, key `meaning_finetuned.screen_below`) so far below the concern bar that no message of the
development texts changes its decision; a retrained model has none until chosen the same way.
"""

import hashlib
import json
import threading
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

import numpy as np
from companion_embedding import Encoder, MiniLM, WeightChange, open_minilm
from companion_embedding.lora import merge_lora, read_lora

from companion_safety.domain.meaning import CrisisHead, message_parts

WEIGHTS_FILE = "meaning_lora.json"
# MiniLM sees the first 128 word pieces (~500-700 characters of English); tokenizing a whole 6,000-character
# post only to cut it took ~90 ms on a busy machine.
MAX_CHARS = 2000


@dataclass(frozen=True)
class FineTuned:
    """What train_finetune.py writes: the head, the LoRA scale (alpha / rank), per adapted Linear layer of BERT its
    matrices A (rank x in) and B (out x rank), and how many of MiniLM's layers the model keeps (its first ones)."""

    head: CrisisHead
    scale: float
    pairs: dict[str, tuple[np.ndarray, np.ndarray]]
    layers: int = 6
    # int8 scores below this are final (the screen, see the module's docstring); 0: the float model reads everything.
    screen_below: float = 0.0


def parse_weights(data: bytes) -> FineTuned:
    """The fine-tuned model from the JSON that train_finetune.py writes."""
    raw = json.loads(data)
    head = CrisisHead.from_dict(
        {
            **raw["head"],
            **{
                k: raw[k]
                for k in ("version", "crisis_threshold", "concern_threshold", "sentences", "overrule_below")
                if k in raw
            },
        }
    )
    scale, pairs = read_lora(raw, WEIGHTS_FILE)
    layers = int(raw.get("layers", 6))
    if not 1 <= layers <= 6:
        raise ValueError(f"{WEIGHTS_FILE}: MiniLM has 6 layers, not {layers}")
    screen_below = float(raw.get("screen_below", 0.0))
    if not 0.0 <= screen_below < head.concern_threshold:
        raise ValueError(f"{WEIGHTS_FILE}: screen_below {screen_below} must lie in [0, the concern bar)")
    return FineTuned(head, scale, pairs, layers, screen_below)


def keep_layers(bert: Any, layers: int) -> None:
    """BERT cut to its first ``layers`` layers, in place (training cuts it the same way before tuning)."""
    if layers < len(bert.encoder.layer):
        bert.encoder.layer = bert.encoder.layer[:layers]
        bert.config.num_hidden_layers = layers


def load_fine_tuned() -> tuple[CrisisHead, WeightChange]:
    """The head, and the change that cuts BERT to the model's layers and merges the LoRA matrices into it
    (W + alpha/rank * B A), named by the file's hash (the name of the cached ONNX export)."""
    tuned, change = _shipped()
    return tuned.head, change


def _shipped() -> tuple[FineTuned, WeightChange]:
    data = (files("companion_safety.adapters.model") / WEIGHTS_FILE).read_bytes()
    tuned = parse_weights(data)

    def merge(bert: Any) -> None:
        keep_layers(bert, tuned.layers)
        merge_lora(bert, tuned.pairs, tuned.scale, WEIGHTS_FILE)

    return tuned, WeightChange("lora-" + hashlib.sha256(data).hexdigest()[:16], merge)


def load_crisis_head() -> CrisisHead:
    return load_fine_tuned()[0]


class MiniLMCrisisDetector:
    """Embeds one message (its first 128 word pieces) with the fine-tuned MiniLM and scores it with the head;
    with a head trained so, also each sentence of a chat-length message (one batch), and the highest score counts.
    With a ``screen`` (the same model in int8), a message it scores below ``screen_below`` is read no further.
    Blocking: call it from a worker thread. Each thread gets its own tokenizers (a fast tokenizer may not run
    in two threads at once); the ONNX sessions are shared."""

    def __init__(
        self, model: MiniLM, head: CrisisHead, screen: MiniLM | None = None, screen_below: float = 0.0
    ) -> None:
        self.head = head
        self.version = head.version
        self._model = model
        self._screen = screen if screen_below > 0.0 else None
        self._screen_below = screen_below
        self._local = threading.local()

    def _encoder(self, model: MiniLM) -> Encoder:
        encoders: dict[int, Encoder] = self._local.__dict__.setdefault("encoders", {})
        encode = encoders.get(id(model))
        if encode is None:
            encode = encoders[id(model)] = model.encoder()
        return encode

    def crisis_probability(self, text: str) -> float:
        if self._screen is not None:
            screened = self._highest(self._screen, text, by_sentence=self.head.sentences)
            if screened < self._screen_below:
                return screened
        return self._highest(self._model, text, by_sentence=self.head.sentences)

    def highest_probability(self, text: str) -> float:
        # The overrule bar lies below the screen's: only the float model reads that finely.
        return self._highest(self._model, text, by_sentence=True)

    def _highest(self, model: MiniLM, text: str, *, by_sentence: bool) -> float:
        text = text.strip()[:MAX_CHARS]
        if not text:
            return 0.0
        parts = message_parts(text) if by_sentence else [text]
        return max(self.head.probability(vector.tolist()) for vector in self._encoder(model)(parts))


def load_crisis_detector(
    cache_dir: str = "", threads: int = 1, *, int8: bool = False, screen: bool = True
) -> MiniLMCrisisDetector:
    """Merges the LoRA matrices into MiniLM and exports it to ONNX into ``cache_dir`` the first time (~20 s, and as
    much again for the int8 screen), then loads in about a second. ``int8``: the int8 model reads everything;
    ``screen``: the int8 model screens for the float one when the weights file names a bar."""
    tuned, change = _shipped()
    model = open_minilm(threads, cache_dir, int8=int8, change=change)
    screening = screen and not int8 and tuned.screen_below > 0.0
    screen_model = open_minilm(threads, cache_dir, int8=True, change=change) if screening else None
    return MiniLMCrisisDetector(model, tuned.head, screen_model, tuned.screen_below)
