"""Quantization-aware training rounds as ONNX Runtime's 7-bit int8 weights do: a model trained through
`LoRALinear(int8=True)` is the model `open_minilm(int8=True, reduce_range=True)` runs."""

import warnings
from pathlib import Path

import numpy as np
import pytest
import torch
from companion_embedding.lora_training import Int8Linear, LoRALinear, quantize_embeddings_


class Tiny(torch.nn.Module):
    """An embedding table, a layer norm, and two Linear layers with GELU between: BERT's embeddings and a
    feed-forward block."""

    def __init__(self) -> None:
        super().__init__()
        torch.manual_seed(3)
        self.embeddings = torch.nn.Embedding(50, 32)
        self.norm = torch.nn.LayerNorm(32)
        self.up = torch.nn.Linear(32, 64)
        self.down = torch.nn.Linear(64, 16)

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        out: torch.Tensor = self.down(torch.nn.functional.gelu(self.up(self.norm(self.embeddings(ids)))))
        return out


def onnx_int8(model: torch.nn.Module, ids: torch.Tensor, scratch: Path) -> np.ndarray:
    import onnxruntime
    from onnxruntime.quantization import QuantType, quantize_dynamic

    exported, quantized = scratch / "tiny.onnx", scratch / "tiny-int8.onnx"
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")  # the exporter's notes, as in companion_embedding's export
        torch.onnx.export(model, (ids,), str(exported), input_names=["ids"], opset_version=17, dynamo=False)
    quantize_dynamic(exported, quantized, weight_type=QuantType.QInt8, per_channel=True, reduce_range=True)
    session = onnxruntime.InferenceSession(str(quantized), providers=["CPUExecutionProvider"])
    (out,) = session.run(None, {"ids": ids.numpy()})
    return np.asarray(out)


def quantization_aware(model: Tiny) -> torch.nn.Module:
    class Aware(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.embeddings = model.embeddings
            self.norm = model.norm
            self.up = LoRALinear(model.up, 4, 8.0, int8=True)  # B starts at zero: the layer is model.up's
            self.down = Int8Linear(model.down)

        def forward(self, ids: torch.Tensor) -> torch.Tensor:
            out: torch.Tensor = self.down(torch.nn.functional.gelu(self.up(self.norm(self.embeddings(ids)))))
            return out

    aware = Aware()
    quantize_embeddings_(
        torch.nn.ModuleDict(
            {
                "embeddings": torch.nn.ModuleDict(
                    {
                        "word_embeddings": model.embeddings,
                        "position_embeddings": torch.nn.Embedding(1, 1),
                        "token_type_embeddings": torch.nn.Embedding(1, 1),
                    }
                )
            }
        )
    )
    return aware


def test_the_rounding_seen_in_training_is_the_int8_model_onnx_runtime_runs(tmp_path: Path) -> None:
    model = Tiny().eval()
    ids = torch.tensor([[3, 17, 42, 8, 0, 49]])
    int8 = onnx_int8(model, ids, tmp_path)
    with torch.no_grad():
        float_out = model(ids).numpy()
        aware_out = quantization_aware(model)(ids).numpy()

    error_float, error_aware = np.abs(float_out - int8).max(), np.abs(aware_out - int8).max()
    assert error_float > 1e-3  # int8 rounding moves the outputs...
    assert error_aware < error_float / 50  # ...and training sees the same rounding


def test_rounding_lets_gradients_through_to_the_adapter() -> None:
    layer = LoRALinear(torch.nn.Linear(8, 4), 2, 4.0, int8=True)
    torch.nn.init.normal_(layer.lora_B)
    layer(torch.randn(3, 5, 8)).sum().backward()
    assert layer.lora_A.grad is not None
    assert layer.lora_A.grad.abs().sum() > 0
    assert layer.lora_B.grad is not None
    assert layer.lora_B.grad.abs().sum() > 0


@pytest.mark.parametrize("low", [-2.0, 0.5])
def test_zero_stays_exact_whatever_the_range(low: float) -> None:
    from companion_embedding.lora_training import uint8_range

    x = torch.tensor([[low, 0.0, 3.0]])
    assert uint8_range(x, (1,))[0, 1].item() == 0.0
