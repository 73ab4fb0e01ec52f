"""The LoRA layer the training scripts tune (safety's train_finetune.py, memory's train_tagger.py); what they
write is read back by `companion_embedding.lora`."""

import math

import torch

# The Linear layers of each BERT layer that get adapters: query, value, attention output and both feed-forward ones.
TARGETS = (
    "attention.self.query",
    "attention.self.value",
    "attention.output.dense",
    "intermediate.dense",
    "output.dense",
)


class LoRALinear(torch.nn.Module):
    """y = W x + b + scale * B A x, with W and b frozen; B starts at zero, so the layer starts as the original."""

    def __init__(self, base: torch.nn.Linear, rank: int, alpha: float) -> None:
        super().__init__()
        self.base = base
        self.lora_A = torch.nn.Parameter(torch.randn(rank, base.in_features) / math.sqrt(base.in_features))
        self.lora_B = torch.nn.Parameter(torch.zeros(base.out_features, rank))
        self.scale = alpha / rank

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out: torch.Tensor = self.base(x) + (x @ self.lora_A.T @ self.lora_B.T) * self.scale
        return out
