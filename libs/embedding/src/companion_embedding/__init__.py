"""all-MiniLM-L6-v2 sentence embeddings (384 dimensions, unit length) on CPU, run by ONNX Runtime.

Use `open_minilm` once per process, then `MiniLM.encoder()` once per thread that encodes (a fast tokenizer is
mutable state and may not run in two threads at once; the ONNX session may). Shared by memory (recall) and
safety (crisis detection), which may not import each other.
"""

from companion_embedding._minilm import (
    DIMENSIONS,
    LAYERS,
    MAX_TOKENS,
    Encoder,
    MiniLM,
    WeightChange,
    onnx_model,
    open_minilm,
)

__all__ = ["DIMENSIONS", "LAYERS", "MAX_TOKENS", "Encoder", "MiniLM", "WeightChange", "onnx_model", "open_minilm"]
