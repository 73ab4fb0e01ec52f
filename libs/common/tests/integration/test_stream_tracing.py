"""With tracing on, a stream entry carries its trace: the consumer's handler runs inside a consume span of the
publisher's trace, whether FastStream delivers the entry or the reclaim task re-runs it."""

import asyncio

import pytest
from faststream.redis import RedisBroker
from opentelemetry import trace
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode
from redis.asyncio import Redis

from companion.v1.events_pb2 import MessageEvent
from companion_common.settings import ConsumerSettings, StreamSettings
from companion_common.streams import EventHandler, MessageEventConsumer, create_broker, publish_event

pytestmark = pytest.mark.integration

TEXT = "a private message"


def _event(n: int) -> MessageEvent:
    return MessageEvent(event_id=f"e{n}", message_id=f"m{n}", user_id="u", conversation_id="c", text=TEXT)


async def _publish_in_a_trace(streams: StreamSettings, event: MessageEvent) -> int:
    """Publishes inside a span, as the gateway does inside its request span; returns the trace id."""
    broker = create_broker(streams)
    await broker.connect()
    try:
        with trace.get_tracer("test").start_as_current_span("accepting a message") as span:
            await publish_event(broker, streams, event)
    finally:
        await broker.stop()
    return span.get_span_context().trace_id


def _consumer(
    redis: Redis, streams: StreamSettings, handler: EventHandler, broker: RedisBroker | None = None
) -> MessageEventConsumer:
    return MessageEventConsumer(
        broker=broker or create_broker(streams),
        redis=redis,
        streams=streams,
        settings=ConsumerSettings(consumer_name="c1", reclaim_idle_ms=0),
        group="g",
        handler=handler,
    )


async def test_the_handler_runs_inside_the_consume_span_of_the_publishers_trace(
    redis: Redis, redis_url: str, spans: InMemorySpanExporter
) -> None:
    streams = StreamSettings(redis_url=redis_url)
    seen: list[trace.Span] = []
    handled = asyncio.Event()

    async def handle(event: MessageEvent) -> None:
        seen.append(trace.get_current_span())
        handled.set()

    broker = create_broker(streams)
    consumer = _consumer(redis, streams, handle, broker)
    await consumer.ensure_group()
    consumer.subscribe()
    await broker.start()
    try:
        trace_id = await _publish_in_a_trace(streams, _event(1))
        await asyncio.wait_for(handled.wait(), 10)
    finally:
        await broker.stop()

    [current] = seen
    assert current.get_span_context().trace_id == trace_id
    [consume] = [s for s in spans.get_finished_spans() if s.kind == SpanKind.CONSUMER and s.name.endswith("process")]
    assert consume.context.span_id == current.get_span_context().span_id
    assert consume.name == f"{streams.message_stream} process"
    assert not [s for s in spans.get_finished_spans() for v in (s.attributes or {}).values() if TEXT in str(v)]


async def test_an_entry_the_reclaim_task_reruns_continues_its_trace_and_a_failure_marks_the_span(
    redis: Redis, redis_url: str, spans: InMemorySpanExporter
) -> None:
    streams = StreamSettings(redis_url=redis_url)
    seen: list[trace.Span] = []

    async def fails_once(event: MessageEvent) -> None:
        seen.append(trace.get_current_span())
        if len(seen) == 1:
            raise ConnectionError(f"downstream is down while handling {event.text}")

    consumer = _consumer(redis, streams, fails_once)
    await consumer.ensure_group()
    trace_id = await _publish_in_a_trace(streams, _event(2))
    await redis.xreadgroup("g", "crashed", {streams.message_stream: ">"}, count=10)  # read, never acknowledged

    assert await consumer.reclaim_once() == 1  # delivery 2: fails
    assert await consumer.reclaim_once() == 1  # delivery 3: done

    assert [s.get_span_context().trace_id for s in seen] == [trace_id, trace_id]
    reruns = [s for s in spans.get_finished_spans() if s.kind == SpanKind.CONSUMER]
    assert [s.name for s in reruns] == [f"{streams.message_stream} process"] * 2
    assert [s.attributes and s.attributes["companion.deliveries"] for s in reruns] == [2, 3]
    assert reruns[0].status.status_code == StatusCode.ERROR
    assert reruns[0].status.description == "ConnectionError"  # the type, never the message
    assert reruns[1].status.status_code == StatusCode.UNSET
