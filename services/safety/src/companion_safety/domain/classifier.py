"""A linear text classifier evaluated without numpy or scikit-learn: TF-IDF, a weighted sum, a logistic.

The weights come from `services/safety/training/train.py` (scikit-learn TfidfVectorizer with sublinear tf and
LogisticRegression, on the tokens of `text.grams`; the category heads) and `train_second_opinion.py` (the same on
`text.char_grams`; the second opinion on the detector over meaning) and are stored as JSON, never pickled: loading
them runs no code. Each head keeps its own vocabulary with the idf and coefficient of every term, so the vector built
here is the one the model was fitted on (same terms, same L2 norm). One model has one head per category.
"""

import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from companion_safety.domain.text import char_grams, grams

# What a model's terms are: word unigrams and bigrams of the normalized text (`text.grams`, the category heads), or
# character n-grams of the text as written (`text.char_grams`, the second opinion).
WORDS = "words"
CHARS = "chars"


@dataclass(frozen=True)
class Head:
    # term -> (idf, coefficient)
    vocabulary: Mapping[str, tuple[float, float]]
    bias: float
    # Probability at or above which the head flags a text, chosen on cross-validated scores.
    threshold: float
    # A lower bar that marks "concern" (self-harm head only; 1.0 disables it).
    concern_threshold: float = 1.0
    # Texts of at least `long_words` words (long posts, like the training data) use `long_threshold`.
    long_threshold: float | None = None
    long_words: int = 0
    # Long texts scoring this high need no risk word (see risk.RISK_WORDS); None: always gated.
    ungated_threshold: float | None = None
    ungated_words: int = 0
    # A bar at or above which the head's reading stands alone (the second opinion: it raises a crisis on a message
    # not in English that nothing else raised); None: never.
    alone_threshold: float | None = None

    def needs_no_risk_word(self, score: float, words: int) -> bool:
        return self.ungated_threshold is not None and words >= self.ungated_words and score >= self.ungated_threshold

    def threshold_for(self, words: int) -> float:
        if self.long_threshold is not None and words >= self.long_words:
            return self.long_threshold
        return self.threshold

    def probability(self, counts: Mapping[str, int]) -> float:
        z, norm = 0.0, 0.0
        for term, count in counts.items():
            entry = self.vocabulary.get(term)
            if entry is None:
                continue
            value = (1.0 + math.log(count)) * entry[0]
            norm += value * value
            z += value * entry[1]
        z = self.bias + (z / math.sqrt(norm) if norm else 0.0)
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


@dataclass(frozen=True)
class LinearTextClassifier:
    version: str
    heads: Mapping[str, Head]
    # WORDS: callers pass the normalized text; CHARS: the text as written.
    analyzer: str = WORDS

    def scores(self, text: str) -> dict[str, float]:
        counts = self._counts(text)
        return {name: head.probability(counts) for name, head in self.heads.items()}

    def score(self, text: str, head: str) -> float:
        """One head's probability (``scores`` without the others)."""
        return self.heads[head].probability(self._counts(text))

    def _counts(self, text: str) -> Counter[str]:
        return Counter(char_grams(text) if self.analyzer == CHARS else grams(text))

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> "LinearTextClassifier":
        heads_data = data["heads"]
        if not isinstance(heads_data, Mapping):
            raise ValueError("classifier weights: 'heads' must be an object")
        heads = {
            name: Head(
                vocabulary={str(term): (float(v[0]), float(v[1])) for term, v in head["vocabulary"].items()},
                bias=float(head["bias"]),
                threshold=float(head["threshold"]),
                concern_threshold=float(head.get("concern_threshold", 1.0)),
                long_threshold=float(head["long_threshold"]) if "long_threshold" in head else None,
                long_words=int(head.get("long_words", 0)),
                ungated_threshold=float(head["ungated_threshold"]) if "ungated_threshold" in head else None,
                ungated_words=int(head.get("ungated_words", 0)),
                alone_threshold=float(head["alone_threshold"]) if "alone_threshold" in head else None,
            )
            for name, head in heads_data.items()
        }
        analyzer = str(data.get("analyzer", WORDS))
        if analyzer not in (WORDS, CHARS):
            raise ValueError(f"classifier weights: unknown analyzer {analyzer!r}")
        return cls(version=str(data["version"]), heads=heads, analyzer=analyzer)
