"""LoRA on MiniLM, as safety's crisis model and memory's fact tagger are fine-tuned: reading the shipped matrices
(JSON, no pickle), merging them into BERT's weights before the ONNX export (W + alpha/rank * B A), and the layer
their training scripts tune (`LoRALinear`, which needs torch, imported only there)."""

from collections.abc import Mapping
from typing import Any

import numpy as np

Pairs = dict[str, tuple[np.ndarray, np.ndarray]]


def read_lora(raw: Mapping[str, Any], source: str) -> tuple[float, Pairs]:
    """The scale (alpha / rank) and, per adapted Linear layer of BERT, its matrices A (rank x in) and B (out x rank)
    from a weights file's "rank", "alpha" and "lora"; a clear error naming ``source`` when they do not fit."""
    rank = int(raw["rank"])
    pairs: Pairs = {}
    for name, matrices in raw["lora"].items():
        a, b = np.asarray(matrices["A"], dtype=np.float32), np.asarray(matrices["B"], dtype=np.float32)
        if a.ndim != 2 or b.ndim != 2 or a.shape[0] != rank or b.shape[1] != rank:
            raise ValueError(f"{source}: {name}: A {a.shape} and B {b.shape} do not have rank {rank}")
        pairs[str(name)] = (a, b)
    return float(raw["alpha"]) / rank, pairs


def merge_lora(bert: Any, pairs: Pairs, scale: float, source: str) -> None:
    """W += scale * B A for each adapted layer of the transformers BertModel ``bert``, in place."""
    import torch

    for module_name, (a, b) in pairs.items():
        weight = bert.get_submodule(module_name).weight
        if weight.shape != (b.shape[0], a.shape[1]):
            raise ValueError(f"{source}: {module_name} is {tuple(weight.shape)}, B A {(b.shape[0], a.shape[1])}")
        with torch.no_grad():
            weight += scale * torch.from_numpy(b @ a).to(weight.dtype)
