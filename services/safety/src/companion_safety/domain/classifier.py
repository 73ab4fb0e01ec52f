"""A linear text classifier evaluated without numpy or scikit-learn: a sum of weights, then a logistic.

The weights come from `services/safety/training/train.py` (scikit-learn logistic regression) and are stored as
JSON, never pickled: loading them runs no code. One model has one head per category.
"""

import math
from collections.abc import Mapping
from dataclasses import dataclass

from companion_safety.domain.text import features


@dataclass(frozen=True)
class Head:
    weights: Mapping[str, float]
    bias: float
    # Probability at or above which the head flags a text, chosen on cross-validated scores.
    threshold: float
    # A lower bar that marks "concern" (self-harm head only; 1.0 disables it).
    concern_threshold: float = 1.0


@dataclass(frozen=True)
class LinearTextClassifier:
    version: str
    heads: Mapping[str, Head]

    def scores(self, normalized: str) -> dict[str, float]:
        grams = features(normalized)
        result = {}
        for name, head in self.heads.items():
            z = head.bias + sum(head.weights.get(gram, 0.0) * value for gram, value in grams.items())
            result[name] = 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))
        return result

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> "LinearTextClassifier":
        heads_data = data["heads"]
        assert isinstance(heads_data, Mapping)
        heads = {
            name: Head(
                weights={str(k): float(v) for k, v in head["weights"].items()},
                bias=float(head["bias"]),
                threshold=float(head["threshold"]),
                concern_threshold=float(head.get("concern_threshold", 1.0)),
            )
            for name, head in heads_data.items()
        }
        return cls(version=str(data["version"]), heads=heads)
