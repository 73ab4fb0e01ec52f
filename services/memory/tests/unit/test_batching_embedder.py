"""The embedder's batching and its query lane: a reply's recall does not wait for ingestion's batches."""

import asyncio
import os
import sys
import threading

import pytest

from companion_memory.adapters.embedders import STORED_LANE_NICENESS, BatchingEmbedder, EmbeddingFailed


async def test_a_query_is_embedded_while_an_ingestion_batch_is_still_running() -> None:
    ingestion_may_finish = threading.Event()

    def slow_ingestion(texts: list[str]) -> list[list[float]]:
        ingestion_may_finish.wait(10)
        return [[1.0] for _ in texts]

    embedder = BatchingEmbedder(slow_ingestion, lambda texts: [[2.0] for _ in texts])
    ingestion = asyncio.ensure_future(embedder.embed(["a long message", "a fact from it"]))
    await asyncio.sleep(0.05)  # the ingestion batch is now running in its thread

    assert await asyncio.wait_for(embedder.embed_query("what did I say?"), 2) == [2.0]
    assert not ingestion.done()
    ingestion_may_finish.set()
    assert await ingestion == [[1.0], [1.0]]
    await embedder.aclose()


async def test_concurrent_callers_share_one_batch_and_each_gets_its_own_vectors() -> None:
    batches: list[list[str]] = []
    first_batch_running = threading.Event()
    release = threading.Event()

    def encode(texts: list[str]) -> list[list[float]]:
        batches.append(texts)
        first_batch_running.set()
        release.wait(10)
        return [[float(len(text))] for text in texts]

    embedder = BatchingEmbedder(encode)
    first = asyncio.ensure_future(embedder.embed(["x"]))
    await asyncio.to_thread(first_batch_running.wait, 10)
    second = asyncio.ensure_future(embedder.embed(["ab", "abc"]))
    third = asyncio.ensure_future(embedder.embed(["abcd"]))
    await asyncio.sleep(0.01)
    release.set()

    assert await asyncio.gather(first, second, third) == [[[1.0]], [[2.0], [3.0]], [[4.0]]]
    assert batches == [["x"], ["ab", "abc", "abcd"]]  # the two waiting callers went together
    await embedder.aclose()


async def test_a_failing_model_fails_every_waiting_caller_with_embedding_failed() -> None:
    def broken(texts: list[str]) -> list[list[float]]:
        raise RuntimeError("model crashed")

    embedder = BatchingEmbedder(broken)
    with pytest.raises(EmbeddingFailed):
        await embedder.embed(["a"])
    with pytest.raises(EmbeddingFailed):
        await embedder.embed_query("b")
    await embedder.aclose()


async def test_the_queue_depth_gauge_counts_texts_waiting_or_being_embedded_per_lane() -> None:
    from companion_memory.metrics import EMBEDDING_QUEUE_DEPTH

    def depth(lane: str) -> float:
        return EMBEDDING_QUEUE_DEPTH.labels(lane)._value.get()

    release = threading.Event()

    def encode(texts: list[str]) -> list[list[float]]:
        release.wait(10)
        return [[1.0] for _ in texts]

    embedder = BatchingEmbedder(encode, lambda texts: [[2.0] for _ in texts])
    before = depth("stored")
    first = asyncio.ensure_future(embedder.embed(["a", "b"]))
    second = asyncio.ensure_future(embedder.embed(["c"]))
    await asyncio.sleep(0.05)  # the first batch runs, the second waits behind it
    assert depth("stored") == before + 3
    await embedder.embed_query("q")
    assert depth("query") == 0
    release.set()
    await asyncio.gather(first, second)
    assert depth("stored") == before
    await embedder.aclose()


@pytest.mark.skipif(sys.platform != "linux", reason="per-thread priority is a Linux feature")
async def test_ingestion_embeds_at_a_lower_cpu_priority_than_a_replys_recall() -> None:
    def niceness(texts: list[str]) -> list[list[float]]:
        return [[float(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))] for _ in texts]

    embedder = BatchingEmbedder(niceness, niceness)

    (stored,) = await embedder.embed(["a message to remember"])
    query = await embedder.embed_query("what did I say?")

    assert stored[0] == min(19, query[0] + STORED_LANE_NICENESS)
    assert query[0] == os.getpriority(os.PRIO_PROCESS, 0)  # a reply's recall keeps the process's priority
    await embedder.aclose()


async def test_with_two_ingestion_threads_two_batches_are_embedded_at_once_each_by_its_own_encoder() -> None:
    both_running = threading.Barrier(2, timeout=5)
    used: list[str] = []

    def encoder(name: str):  # type: ignore[no-untyped-def]
        def encode(texts: list[str]) -> list[list[float]]:
            used.append(name)
            both_running.wait()  # raises BrokenBarrierError unless the other thread is embedding too
            return [[float(len(text))] for text in texts]

        return encode

    embedder = BatchingEmbedder(encoder("first"), more_stored_encoders=[encoder("second")])
    first = asyncio.ensure_future(embedder.embed(["a"]))
    await asyncio.sleep(0.05)  # the first batch is running and waiting for a second one
    second = asyncio.ensure_future(embedder.embed(["bc", "def"]))

    assert await asyncio.wait_for(asyncio.gather(first, second), 10) == [[[1.0]], [[2.0], [3.0]]]
    assert sorted(used) == ["first", "second"]
    await embedder.aclose()


@pytest.mark.skipif(sys.platform != "linux", reason="per-thread priority is a Linux feature")
async def test_every_ingestion_thread_runs_at_the_lower_priority() -> None:
    release = threading.Barrier(2, timeout=5)

    def niceness(texts: list[str]) -> list[list[float]]:
        release.wait()
        return [[float(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))] for _ in texts]

    embedder = BatchingEmbedder(niceness, lambda texts: [[0.0] for _ in texts], more_stored_encoders=[niceness])
    first_task = asyncio.ensure_future(embedder.embed(["a"]))
    await asyncio.sleep(0.05)  # the first batch is running: the second goes to the other thread
    second = await embedder.embed(["b"])
    first = await first_task

    expected = min(19, os.getpriority(os.PRIO_PROCESS, 0) + STORED_LANE_NICENESS)
    assert first == [[expected]]
    assert second == [[expected]]
    await embedder.aclose()
