"""Sentence embedders (384 dimensions, unit length): MiniLM on CPU, an OpenAI-compatible endpoint, or a
deterministic hashing embedder for tests. The model runs off the event loop, in batches."""

import asyncio
import contextlib
import hashlib
import itertools
import math
import os
import re
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Protocol, cast

import httpx

from companion_memory.metrics import EMBEDDING_QUEUE_DEPTH

DIMENSIONS = 384
# MiniLM embeds a message by its first 128 word pieces (companion_embedding.MAX_TOKENS); its words are still
# all searchable through full-text search.
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
        *,
        more_stored_encoders: Sequence[Callable[[list[str]], list[Vector]]] = (),
    ) -> None:
        """``encode_queries``: the same model for the query lane, when ``encode`` may not run in two threads
        at once (a fast tokenizer may not: it is mutable state). ``more_stored_encoders``: more instances of it,
        each with a thread of its own in the stored lane, so that ingestion embeds several batches at once."""
        self._encode = encode
        self._stored = _Lane([encode, *more_stored_encoders], max_batch, "stored", niceness=STORED_LANE_NICENESS)
        self._queries = _Lane([encode_queries or encode], max_batch, "query")

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


# Ingestion's embeddings can wait; a reply's recall and safety's assessment cannot. On Linux the stored lane's thread
# runs at this niceness, so that when they compete for the cores, the work someone is waiting on goes first.
STORED_LANE_NICENESS = 10


def lower_priority(niceness: int) -> None:
    """Lowers the calling thread's CPU priority (Linux: a thread's id is a process id to setpriority)."""
    if niceness and sys.platform == "linux":
        tid = threading.get_native_id()
        # An optimization only: where the system refuses, ingestion keeps the process's priority.
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, tid, min(19, os.getpriority(os.PRIO_PROCESS, tid) + niceness))


class _Lane:
    """One queue of texts to embed and its threads, each with a single-threaded model that embeds a batch at a
    time. The query lane has one thread; the stored lane as many as are configured, at a lower CPU priority, so
    that ingestion uses cores that are otherwise idle and yields them to a reply's recall (one model with
    several threads per run oversubscribed this 2-core machine: a single query 15 ms -> 180 ms)."""

    def __init__(
        self, encoders: Sequence[Callable[[list[str]], list[Vector]]], max_batch: int, lane: str, niceness: int = 0
    ) -> None:
        self._max_batch = max_batch
        self._workers = [
            (
                encode,
                ThreadPoolExecutor(
                    max_workers=1,
                    thread_name_prefix=f"embedder-{lane}",
                    initializer=lower_priority,
                    initargs=(niceness,),
                ),
            )
            for encode in encoders
        ]
        self._depth = EMBEDDING_QUEUE_DEPTH.labels(lane)
        self._pending: list[tuple[list[str], asyncio.Future[list[Vector]]]] = []
        self._drains: list[asyncio.Task[None] | None] = [None] * len(self._workers)

    async def embed(self, texts: Sequence[str]) -> list[Vector]:
        if not texts:
            return []
        future: asyncio.Future[list[Vector]] = asyncio.get_running_loop().create_future()
        self._pending.append((list(texts), future))
        for index, drain in enumerate(self._drains):
            if drain is None or drain.done():
                self._drains[index] = asyncio.create_task(self._drain(*self._workers[index]))
                break  # one idle thread takes it; a busy thread's loop takes what else is waiting
        self._depth.inc(len(texts))
        try:
            return await future
        finally:
            self._depth.dec(len(texts))

    async def _drain(self, encode: Callable[[list[str]], list[Vector]], thread: ThreadPoolExecutor) -> None:
        while self._pending:
            batch: list[tuple[list[str], asyncio.Future[list[Vector]]]] = []
            size = 0
            while self._pending and (not batch or size + len(self._pending[0][0]) <= self._max_batch):
                item = self._pending.pop(0)
                batch.append(item)
                size += len(item[0])
            texts = [text for item_texts, _ in batch for text in item_texts]
            try:
                vectors = await asyncio.get_running_loop().run_in_executor(thread, encode, texts)
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
        await asyncio.gather(*(drain for drain in self._drains if drain is not None), return_exceptions=True)
        for _, thread in self._workers:
            thread.shutdown(wait=False)


def load_minilm(
    threads: int = 1, cache_dir: str = "", *, int8: bool = False, ingest_threads: int = 1
) -> BatchingEmbedder:
    """all-MiniLM-L6-v2 on CPU in ONNX Runtime (`companion_embedding`: weights from a package, exported to ONNX
    once per cache directory). Measured on this 2-core machine for one chat message: torch 13 ms, ONNX 6.6 ms,
    ONNX int8 2.3 ms; int8 vectors are within cosine 0.98 (mean 0.99) of the original, but LoCoMo recall@10
    fell from 0.735 to 0.722 with them (ingestion 64 -> 151 messages/s): float weights are the default.
    ``ingest_threads``: threads that embed stored memories at once, each a batch on one core."""
    from companion_embedding import open_minilm

    # One session serves every thread of both lanes (its runs are thread-safe); each thread has its own tokenizer.
    model = open_minilm(threads, cache_dir, int8=int8)

    def encoder() -> Callable[[list[str]], list[Vector]]:
        encode_array = model.encoder()

        def encode(texts: list[str]) -> list[Vector]:
            return cast(list[Vector], encode_array(texts).tolist())

        return encode

    return BatchingEmbedder(
        encoder(), encoder(), more_stored_encoders=[encoder() for _ in range(max(1, ingest_threads) - 1)]
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
        return await self._embed(texts, "stored")

    async def _embed(self, texts: Sequence[str], lane: str) -> list[Vector]:
        if not texts:
            return []
        payload = {"model": self._model, "input": list(texts), "dimensions": DIMENSIONS}
        depth = EMBEDDING_QUEUE_DEPTH.labels(lane)
        depth.inc(len(texts))
        try:
            response = await self._client.post("/embeddings", json=payload)
            response.raise_for_status()
            data = sorted(response.json()["data"], key=lambda d: d["index"])
            vectors = [_unit([float(x) for x in d["embedding"]]) for d in data]
        except (httpx.HTTPError, KeyError, TypeError, ValueError) as error:
            raise EmbeddingFailed(f"embeddings endpoint failed: {type(error).__name__}") from error
        finally:
            depth.dec(len(texts))
        if len(vectors) != len(texts) or any(len(v) != DIMENSIONS for v in vectors):
            raise EmbeddingFailed(f"embeddings endpoint must return {len(texts)} vectors of {DIMENSIONS}")
        return vectors

    async def embed_query(self, text: str) -> Vector:
        (vector,) = await self._embed([text], "query")
        return vector

    async def aclose(self) -> None:
        await self._client.aclose()
