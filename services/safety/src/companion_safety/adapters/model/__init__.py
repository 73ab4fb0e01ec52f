"""The trained detectors' weights (JSON; provenance in services/safety/training/MODEL_CARD.json): the TF-IDF
classifier and the second opinion on the detector over meaning (second_opinion.json; both standard library only),
and the crisis detector over meaning (`meaning`: MiniLM fine-tuned with LoRA, its matrices and head in
meaning_lora.json; needs the model)."""

import json
from importlib.resources import files

from companion_safety.adapters.model.meaning import MiniLMCrisisDetector, load_crisis_detector
from companion_safety.domain.classifier import LinearTextClassifier

__all__ = ["MiniLMCrisisDetector", "load_classifier", "load_crisis_detector", "load_second_opinion"]


def load_classifier() -> LinearTextClassifier:
    return _load("classifier.json")


def load_second_opinion() -> LinearTextClassifier:
    return _load("second_opinion.json")


def _load(name: str) -> LinearTextClassifier:
    data = json.loads((files("companion_safety.adapters.model") / name).read_text(encoding="utf-8"))
    return LinearTextClassifier.from_dict(data)
