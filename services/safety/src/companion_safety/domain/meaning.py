"""The crisis detector over meaning: a logistic head on a sentence embedding. Pure: no I/O, no model.

Phrase rules and TF-IDF see words; people at risk often write none of the words ("the pills are right here
next to me", "my last day is on friday, then nobody has to deal with me"). MiniLM, fine-tuned with LoRA on our
chat-style rows and the public sets together with this head (services/safety/training/train_finetune.py),
embeds a message so that the head can tell intent from topic. The embedding itself is computed by an adapter
(`adapters/model/meaning.py`); this module holds the head and the contract.
"""

import math
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from companion_safety.domain.text import sentences

# A message's sentences are scored on their own too (the highest score counts) when it has several: a risk said in
# one sentence of an otherwise everyday message ("can you recommend a pasta recipe. also i don't want to be alive
# anymore") is diluted in the mean embedding of the whole. Only for chat-length messages, and a few sentences.
PARTS_MAX_CHARS = 600
MAX_SENTENCES = 6
MIN_SENTENCE_WORDS = 3
# The overruled false alarms of eight fresh writers had 7-18 words; at-risk posts it would have overruled in the
# public sets, 19-38 (see `may_overrule`).
OVERRULE_MAX_WORDS = 20


def message_parts(text: str) -> list[str]:
    """The message, then each of its sentences of at least MIN_SENTENCE_WORDS words when there are two or more."""
    text = text.strip()
    if len(text) > PARTS_MAX_CHARS:
        return [text]
    long_enough = [sentence for sentence in sentences(text) if len(sentence.split()) >= MIN_SENTENCE_WORDS]
    return [text, *long_enough[:MAX_SENTENCES]] if len(long_enough) >= 2 else [text]


def may_overrule(text: str) -> bool:
    """Whether the model may overrule the rules on this message (`CrisisHead.overrule_below`): a chat message of
    at most OVERRULE_MAX_WORDS words written in Latin letters. In a longer post its mean embedding dilutes the one
    sentence that matters ("...would like to hear how someone overcame chronic suicidal urges, i just need some
    inspiration rn...": 0.006), and a post without full stops is one long sentence; MiniLM's vocabulary is
    English, and it scored "我想死" 0.000."""
    return len(text.split()) <= OVERRULE_MAX_WORDS and all(
        unicodedata.name(ch, "").startswith("LATIN") for ch in text if ch.isalpha()
    )


@dataclass(frozen=True)
class CrisisHead:
    version: str
    weights: tuple[float, ...]
    bias: float
    # Probability at or above which a message is a crisis (ideation), and the lower bar for concern; both
    # chosen on cross-validated scores (see MODEL_CARD.json, key "meaning_finetuned").
    crisis_threshold: float
    concern_threshold: float
    # Whether the thresholds were chosen on the highest score of the message and its sentences (`message_parts`).
    sentences: bool = False
    # Below this probability, on the message and on each of its sentences, the model overrules a rule's or the
    # classifier's ideation: the message is a concern, not a crisis ("my phone's about to die", "for my psych
    # essay, why is suicide the biggest killer of young men?"). 0: never. Chosen for this model on messages
    # neither the rules nor the model had seen (see MODEL_CARD.json, key "overrule_below"); a plan or an act under
    # way is never overruled.
    overrule_below: float = 0.0

    def probability(self, vector: Sequence[float]) -> float:
        if len(vector) != len(self.weights):
            raise ValueError(f"embedding has {len(vector)} dimensions, the head {len(self.weights)}")
        z = self.bias + math.fsum(w * v for w, v in zip(self.weights, vector, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))

    def to_dict(self) -> dict[str, object]:
        return {
            "version": self.version,
            "weights": list(self.weights),
            "bias": self.bias,
            "crisis_threshold": self.crisis_threshold,
            "concern_threshold": self.concern_threshold,
            "sentences": self.sentences,
            "overrule_below": self.overrule_below,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> "CrisisHead":
        weights = data["weights"]
        if not isinstance(weights, list) or not weights:
            raise ValueError("crisis head: 'weights' must be a non-empty list")
        return cls(
            version=str(data["version"]),
            weights=tuple(float(w) for w in weights),
            bias=float(str(data["bias"])),
            crisis_threshold=float(str(data["crisis_threshold"])),
            concern_threshold=float(str(data["concern_threshold"])),
            sentences=bool(data.get("sentences", False)),
            overrule_below=float(str(data.get("overrule_below", 0.0))),
        )


class MeaningDetector(Protocol):
    """Scores how much a message means a crisis, whatever its words. Blocking (runs a model): the service
    calls the assessor from a worker thread."""

    version: str
    head: CrisisHead

    def crisis_probability(self, text: str) -> float: ...

    def highest_probability(self, text: str) -> float:
        """The highest probability of the message and of each of its sentences (`message_parts`), whatever the
        head was trained on."""
        ...


@dataclass(frozen=True)
class FixedVectors:
    """A `MeaningDetector` over given vectors, for tests: texts it does not know embed as the zero vector."""

    head: CrisisHead
    vectors: Mapping[str, Sequence[float]]
    version: str = "fixed"

    def crisis_probability(self, text: str) -> float:
        parts = message_parts(text) if self.head.sentences else [text.strip()]
        return max(self._probability(part) for part in parts)

    def highest_probability(self, text: str) -> float:
        return max(self._probability(part) for part in message_parts(text))

    def _probability(self, part: str) -> float:
        return self.head.probability(self.vectors.get(part, [0.0] * len(self.head.weights)))
