"""The operator's dead-letter command against a real Redis: list what was given up on, replay what can be."""

import pytest
from faststream.redis.parser.binary import BinaryMessageFormatV1
from redis.asyncio import Redis

from companion.v1.events_pb2 import MessageEvent
from companion_common import deadletters
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


async def test_list_shows_each_dead_letter_and_replay_publishes_it_again(redis: Redis, redis_url: str) -> None:
    streams = StreamSettings(redis_url=redis_url, message_stream_partitions=2)

    async def refuse(event: MessageEvent) -> None:
        raise PoisonEvent("downstream refused it")

    consumer = MessageEventConsumer(
        broker=create_broker(streams),
        redis=redis,
        streams=streams,
        settings=ConsumerSettings(consumer_name="c1", reclaim_idle_ms=0),
        group="memory",
        handler=refuse,
    )
    await consumer.ensure_group()
    event = MessageEvent(event_id="e1", message_id="m1", user_id="u1", conversation_id="c1", text="secret words")
    broker = create_broker(streams)
    await broker.connect()
    await publish_event(broker, streams, event)
    await broker.stop()
    stream = stream_for_user(streams, "u1")
    garbage = await BinaryMessageFormatV1.encode(
        message=b"\xffnot protobuf", reply_to=None, correlation_id="x", headers={}
    )
    await redis.xadd(stream, {"__data__": garbage})
    await redis.xreadgroup("memory", "crashed", {stream: ">"}, count=10)
    await consumer.reclaim_once()  # both are dead-lettered

    listed = await deadletters.list_entries(redis, streams, limit=10)

    assert [(e["group"], e["replayable"]) for e in listed] == [("memory", True), ("memory", False)]
    assert listed[0]["message_id"] == "m1"
    assert listed[0]["stream"] == dead_letter_stream_for(streams, stream)
    assert "secret words" not in repr(listed)  # ids and reasons, never the text
    before = await redis.xlen(stream)

    done = await deadletters.replay(redis, streams, None)

    assert [d["action"] for d in done] == ["replayed", "skipped"]
    assert await redis.xlen(stream) == before + 1  # back on the user's partition, for every group
    republished = (await redis.xrevrange(stream, count=1))[0][1][b"__data__"]
    body, _ = BinaryMessageFormatV1.parse(republished)
    assert MessageEvent.FromString(body).message_id == "m1"
    assert [e["replayable"] for e in await deadletters.list_entries(redis, streams, limit=10)] == [False]


async def test_a_dry_run_changes_nothing(redis: Redis, redis_url: str) -> None:
    streams = StreamSettings(redis_url=redis_url)
    event = MessageEvent(event_id="e2", message_id="m2", user_id="u2", conversation_id="c2")
    await redis.xadd(
        streams.dead_letter_stream,
        {"group": "dialogue", "reason": "r", "deliveries": 6, "body": event.SerializeToString()},
    )

    done = await deadletters.replay(redis, streams, None, dry_run=True)

    assert [d["action"] for d in done] == ["would replay"]
    assert await redis.xlen(streams.dead_letter_stream) == 1
    assert await redis.exists(streams.message_stream) == 0
