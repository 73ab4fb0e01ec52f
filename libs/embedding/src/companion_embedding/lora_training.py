"""The LoRA layer the training scripts tune (safety's train_finetune.py, memory's train_tagger.py); what they
write is read back by `companion_embedding.lora`.

With ``int8``, training sees the model as ONNX Runtime runs it with 7-bit int8 weights (`open_minilm(int8=True,
reduce_range=True)`: `quantize_dynamic`, per channel): each Linear layer's weight rounded per output channel to 64
steps either side of zero, its input rounded per text to 256 steps over its range (and zero), the embedding tables
rounded to 256 steps. Rounding passes gradients straight through, so the LoRA matrices learn weights that survive
it (quantization-aware training)."""

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
# Those that int8 weights round too, without an adapter.
FROZEN_QUANTIZED = ("attention.self.key",)


def _straight_through(x: torch.Tensor, rounded: torch.Tensor) -> torch.Tensor:
    return x + (rounded - x).detach()


# Steps either side of zero of a 7-bit weight (ONNX Runtime's reduce_range).
WEIGHT_STEPS = 64


def int8_weight(weight: torch.Tensor) -> torch.Tensor:
    """A Linear weight (out x in) as 7-bit int8 weights hold it: symmetric, one scale per output channel."""
    scale = weight.detach().abs().amax(dim=1, keepdim=True).clamp(min=1e-12) / WEIGHT_STEPS
    rounded = torch.clamp(torch.round(weight / scale), -WEIGHT_STEPS, WEIGHT_STEPS) * scale
    return _straight_through(weight, rounded)


def uint8_range(x: torch.Tensor, dims: tuple[int, ...]) -> torch.Tensor:
    """``x`` rounded as ONNX's DynamicQuantizeLinear rounds it: 256 steps over its range over ``dims``, which
    always holds zero (zero then is exact)."""
    low = x.detach().amin(dim=dims, keepdim=True).clamp(max=0)
    high = x.detach().amax(dim=dims, keepdim=True).clamp(min=0)
    scale = ((high - low) / 255).clamp(min=1e-12)
    zero = torch.clamp(torch.round(-low / scale), 0, 255)
    return _straight_through(x, (torch.clamp(torch.round(x / scale) + zero, 0, 255) - zero) * scale)


def int8_input(x: torch.Tensor) -> torch.Tensor:
    """A Linear layer's input, rounded per text (the batch's first axis): memory and safety read one text a run."""
    return uint8_range(x, tuple(range(1, x.dim())))


def _int8_linear(x: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor | None) -> torch.Tensor:
    """A Linear layer as ONNX Runtime runs it with 7-bit int8 weights: its input and weight rounded."""
    return torch.nn.functional.linear(int8_input(x), int8_weight(weight), bias)


def quantize_embeddings_(bert: torch.nn.Module) -> None:
    """BERT's word, position and type embedding tables as int8 weights hold them (one range each), in place."""
    embeddings = bert.get_submodule("embeddings")
    with torch.no_grad():
        for name in ("word_embeddings", "position_embeddings", "token_type_embeddings"):
            table = embeddings.get_submodule(name)
            assert isinstance(table, torch.nn.Embedding)
            table.weight.copy_(uint8_range(table.weight, (0, 1)))


class LoRALinear(torch.nn.Module):
    """y = W x + b + scale * B A x, with W and b frozen; B starts at zero, so the layer starts as the original.
    With ``int8``: (W + scale * B A) and x rounded as int8 weights run them."""

    def __init__(self, base: torch.nn.Linear, rank: int, alpha: float, int8: bool = False) -> None:
        super().__init__()
        self.base = base
        self.lora_A = torch.nn.Parameter(torch.randn(rank, base.in_features) / math.sqrt(base.in_features))
        self.lora_B = torch.nn.Parameter(torch.zeros(base.out_features, rank))
        self.scale = alpha / rank
        self.int8 = int8

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.int8:
            return _int8_linear(x, self.base.weight + self.scale * self.lora_B @ self.lora_A, self.base.bias)
        out: torch.Tensor = self.base(x) + (x @ self.lora_A.T @ self.lora_B.T) * self.scale
        return out


class Int8Linear(torch.nn.Module):
    """A frozen Linear layer as int8 weights run it (the layers without an adapter, in quantization-aware
    training)."""

    def __init__(self, base: torch.nn.Linear) -> None:
        super().__init__()
        self.base = base

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return _int8_linear(x, self.base.weight, self.base.bias)
