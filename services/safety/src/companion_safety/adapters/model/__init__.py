"""The trained classifier's weights (JSON; provenance in services/safety/training/MODEL_CARD.json)."""

import json
from importlib.resources import files

from companion_safety.domain.classifier import LinearTextClassifier


def load_classifier() -> LinearTextClassifier:
    data = json.loads((files("companion_safety.adapters.model") / "classifier.json").read_text(encoding="utf-8"))
    return LinearTextClassifier.from_dict(data)
