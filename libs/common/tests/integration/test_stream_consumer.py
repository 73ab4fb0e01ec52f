"""The consumer's error policy against a real Redis: re-delivery of a crashed consumer's entries,
dead-lettering of poison and of entries that keep failing; and the same over partitioned streams."""

import asyncio

import pytest
from faststream.redis.parser.binary import BinaryMessageFormatV1
from prometheus_client import REGISTRY
from redis.asyncio import Redis

from companion.v1.events_pb2 import MessageEvent
from companion_common.settings import ConsumerSettings, StreamSettings
from companion_common.streams import (
    MessageEventConsumer,
    PoisonEvent,
    create_broker,
    dead_letter_stream_for,
    publish_event,
    stream_for_user,
)

pytestmark = pytest.mark.integration


def _sample(name: str, **labels: str) -> float | None:
    return REGISTRY.get_sample_value(name, labels)


def _event(n: int) -> MessageEvent:
    return MessageEvent(event_id=f"e{n}", message_id=f"m{n}", user_id="u", conversation_id="c", text=f"hello {n}")


async def _publish(redis_url: str, streams: StreamSettings, event: MessageEvent) -> None:
    broker = create_broker(streams)
    await broker.connect()
    try:
        await publish_event(broker, streams, event)
    finally:
        await broker.stop()


def _consumer(redis: Redis, streams: StreamSettings, name: str, handler, hook=None) -> MessageEventConsumer:  # type: ignore[no-untyped-def]
    settings = ConsumerSettings(consumer_name=name, reclaim_idle_ms=0, max_deliveries=3)
    return MessageEventConsumer(
        broker=create_broker(streams),
        redis=redis,
        streams=streams,
        settings=settings,
        group="g",
        handler=handler,
        on_dead_letter=hook,
    )


async def test_entries_of_a_crashed_consumer_are_redelivered_to_another(redis: Redis, redis_url: str) -> None:
    streams = StreamSettings(redis_url=redis_url)
    handled: list[str] = []

    async def handle(event: MessageEvent) -> None:
        handled.append(event.event_id)

    survivor = _consumer(redis, streams, "survivor", handle)
    await survivor.ensure_group()
    await _publish(redis_url, streams, _event(1))
    # "crashed" reads the entry and dies before acknowledging it.
    await redis.xreadgroup("g", "crashed", {streams.message_stream: ">"}, count=10)

    assert await survivor.reclaim_once() == 1

    assert handled == ["e1"]
    assert (await redis.xpending(streams.message_stream, "g"))["pending"] == 0


async def test_an_entry_that_keeps_failing_is_dead_lettered_and_the_user_hook_runs(
    redis: Redis, redis_url: str
) -> None:
    streams = StreamSettings(redis_url=redis_url)
    attempts: list[str] = []
    dead: list[tuple[str, str]] = []

    async def always_fails(event: MessageEvent) -> None:
        attempts.append(event.event_id)
        raise ConnectionError("downstream is down")

    async def hook(event: MessageEvent, reason: str) -> None:
        dead.append((event.message_id, reason))

    consumer = _consumer(redis, streams, "c1", always_fails, hook)
    await consumer.ensure_group()
    await _publish(redis_url, streams, _event(2))
    await redis.xreadgroup("g", "c1", {streams.message_stream: ">"}, count=10)  # first delivery, failed

    for _ in range(4):
        await consumer.reclaim_once()

    assert attempts == ["e2", "e2"]  # deliveries 2 and 3; the 4th goes to the dead letters
    assert dead == [("m2", "too many deliveries")]
    assert await redis.xlen(streams.dead_letter_stream) == 1
    assert (await redis.xpending(streams.message_stream, "g"))["pending"] == 0


async def test_poison_is_dead_lettered_at_once(redis: Redis, redis_url: str) -> None:
    streams = StreamSettings(redis_url=redis_url)

    async def handle(event: MessageEvent) -> None:
        raise AssertionError("never called for poison")

    consumer = _consumer(redis, streams, "c1", handle)
    await consumer.ensure_group()
    data = await BinaryMessageFormatV1.encode(message=b"\xff\x00garbage", reply_to=None, correlation_id="x", headers={})
    await redis.xadd(streams.message_stream, {"__data__": data})
    await redis.xreadgroup("g", "c1", {streams.message_stream: ">"}, count=10)

    await consumer.reclaim_once()

    entries = await redis.xrange(streams.dead_letter_stream)
    assert len(entries) == 1
    assert entries[0][1][b"group"] == b"g"


async def test_partitions_spread_users_keep_each_users_order_and_every_group_reads_them_all(
    redis: Redis, redis_url: str
) -> None:
    streams = StreamSettings(redis_url=redis_url, message_stream_partitions=4)
    groups: dict[str, list[MessageEvent]] = {"g1": [], "g2": []}
    brokers = []
    for group, seen in groups.items():

        async def handle(event: MessageEvent, seen: list[MessageEvent] = seen) -> None:
            seen.append(event)

        broker = create_broker(streams)
        consumer = MessageEventConsumer(
            broker=broker,
            redis=redis,
            streams=streams,
            settings=ConsumerSettings(consumer_name=f"{group}-c"),
            group=group,
            handler=handle,
        )
        await consumer.ensure_group()
        consumer.subscribe()
        brokers.append(broker)
    events = [
        MessageEvent(event_id=f"e{u}-{n}", message_id=f"m{u}-{n}", user_id=f"user-{u}", conversation_id=f"c{u}")
        for n in range(3)
        for u in range(12)
    ]
    for event in events:
        await _publish(redis_url, streams, event)
    for broker in brokers:
        await broker.start()
    try:
        for _ in range(100):
            if all(len(seen) == len(events) for seen in groups.values()):
                break
            await asyncio.sleep(0.05)
    finally:
        for broker in brokers:
            await broker.stop()

    lengths = [await redis.xlen(f"companion:messages:{{{i}}}") for i in range(4)]
    assert sum(lengths) == len(events)  # nothing elsewhere
    assert all(lengths), lengths  # every partition used
    assert await redis.exists("companion:messages") == 0
    for seen in groups.values():
        assert sorted(e.event_id for e in seen) == sorted(e.event_id for e in events)
        for u in range(12):
            assert [e.event_id for e in seen if e.user_id == f"user-{u}"] == [f"e{u}-{n}" for n in range(3)]


async def test_each_partition_reclaims_and_dead_letters_on_its_own(redis: Redis, redis_url: str) -> None:
    streams = StreamSettings(redis_url=redis_url, message_stream_partitions=4)
    handled: list[str] = []

    async def handle(event: MessageEvent) -> None:
        if event.user_id == "poisoned":
            raise PoisonEvent("cannot be handled")
        handled.append(event.event_id)

    consumer = _consumer(redis, streams, "survivor", handle)
    await consumer.ensure_group()
    ok = MessageEvent(event_id="ok", message_id="m-ok", user_id="user-7", conversation_id="c")
    bad = MessageEvent(event_id="bad", message_id="m-bad", user_id="poisoned", conversation_id="c")
    await _publish(redis_url, streams, ok)
    await _publish(redis_url, streams, bad)
    ok_stream, bad_stream = stream_for_user(streams, "user-7"), stream_for_user(streams, "poisoned")
    assert ok_stream != bad_stream  # the test needs two partitions
    for stream in (ok_stream, bad_stream):  # "crashed" reads both and dies before acknowledging
        await redis.xreadgroup("g", "crashed", {stream: ">"}, count=10)
    dead_letters = "companion_stream_dead_letters_total"
    dead_before = {s: _sample(dead_letters, group="g", stream=s) or 0.0 for s in (ok_stream, bad_stream)}
    await consumer.observe_backlog(bad_stream)
    assert _sample("companion_stream_pending", group="g", stream=bad_stream) == 1

    assert await consumer.reclaim_once() == 2

    assert handled == ["ok"]
    assert await redis.xlen(dead_letter_stream_for(streams, bad_stream)) == 1
    assert await redis.exists(dead_letter_stream_for(streams, ok_stream)) == 0
    for stream in (ok_stream, bad_stream):
        assert (await redis.xpending(stream, "g"))["pending"] == 0
        # The metrics of the same round: per partition, from XINFO GROUPS, and the dead letter where it happened.
        assert _sample("companion_stream_pending", group="g", stream=stream) == 0
        assert _sample("companion_stream_consumer_lag", group="g", stream=stream) == 0
    assert _sample(dead_letters, group="g", stream=bad_stream) == dead_before[bad_stream] + 1
    assert _sample(dead_letters, group="g", stream=ok_stream) == dead_before[ok_stream]
