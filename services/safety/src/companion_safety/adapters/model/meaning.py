"""The crisis detector over meaning as deployed: MiniLM in ONNX Runtime (companion_embedding) and the logistic
head trained by services/safety/training/train_meaning.py (weights in meaning.json, no pickle)."""

import json
import threading
from importlib.resources import files

from companion_embedding import Encoder, MiniLM, open_minilm

from companion_safety.domain.meaning import CrisisHead

# MiniLM sees the first 128 word pieces (~500-700 characters of English); tokenizing a whole 6,000-character
# post only to cut it took ~90 ms on a busy machine.
MAX_CHARS = 2000


def load_crisis_head() -> CrisisHead:
    data = json.loads((files("companion_safety.adapters.model") / "meaning.json").read_text(encoding="utf-8"))
    return CrisisHead.from_dict(data)


class MiniLMCrisisDetector:
    """Embeds one message (its first 128 word pieces) and scores it with the head: ~5-7 ms on one core.
    Blocking: call it from a worker thread. Each thread gets its own tokenizer (a fast tokenizer may not run
    in two threads at once); the ONNX session is shared."""

    def __init__(self, model: MiniLM, head: CrisisHead) -> None:
        self.head = head
        self.version = head.version
        self._model = model
        self._local = threading.local()

    def _encoder(self) -> Encoder:
        encode: Encoder | None = getattr(self._local, "encode", None)
        if encode is None:
            encode = self._model.encoder()
            self._local.encode = encode
        return encode

    def crisis_probability(self, text: str) -> float:
        text = text.strip()[:MAX_CHARS]
        if not text:
            return 0.0
        (vector,) = self._encoder()([text])
        return self.head.probability(vector.tolist())


def load_crisis_detector(cache_dir: str = "", threads: int = 1, *, int8: bool = False) -> MiniLMCrisisDetector:
    """Exports MiniLM to ONNX into ``cache_dir`` the first time (~20 s), then loads in about a second."""
    return MiniLMCrisisDetector(open_minilm(threads, cache_dir, int8=int8), load_crisis_head())
