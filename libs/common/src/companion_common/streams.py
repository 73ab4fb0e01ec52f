"""The message stream: publishing MessageEvents and consuming them at least once.

Error policy of a consumer (each service runs one in its own consumer group):
- an entry that does not decode as a MessageEvent, or whose handler raises ``PoisonEvent``, is copied to
  the dead-letter stream and acknowledged at once: retrying cannot help;
- a handler that raises anything else leaves the entry pending (not XACKed); the reclaim task re-delivers
  entries idle longer than ``reclaim_idle_ms`` (also those of crashed replicas) and, past
  ``max_deliveries``, dead-letters them and calls ``on_dead_letter`` so the user can still hear back;
- nothing stops the consumer loop.
Handlers must therefore be idempotent on ``event_id``/``message_id``.

Partitions: with ``message_stream_partitions`` > 1 a message goes to the stream its user id hashes to (so a
conversation keeps its order), and each consumer group reads, reclaims and dead-letters every partition on its
own. Each partition is one key, so every stream command stays within one slot of a Redis Cluster.

Traces (while tracing is on): the handler runs inside FastStream's consume span, which continues the trace of
the entry's headers; an entry the reclaim task re-runs gets a consume span of its own from the same headers.
"""

import asyncio
import logging
import zlib
from collections.abc import Awaitable, Callable
from typing import Any

import structlog
from faststream import AckPolicy
from faststream.redis import RedisBroker, RedisClusterBroker, StreamSub
from faststream.redis.annotations import RedisStreamMessage
from faststream.redis.parser.binary import BinaryMessageFormatV1
from faststream.redis.prometheus import RedisPrometheusMiddleware
from google.protobuf.message import DecodeError
from prometheus_client import REGISTRY
from redis.asyncio import Redis, RedisCluster
from redis.exceptions import ResponseError

from companion.v1.events_pb2 import MessageEvent
from companion_common import tracing
from companion_common.metrics import STREAM_DEAD_LETTERS, observe_backlog
from companion_common.settings import ConsumerSettings, StreamSettings

PROTOBUF_CONTENT_TYPE = "application/x-protobuf"
_FASTSTREAM_DATA_FIELD = b"__data__"

EventHandler = Callable[[MessageEvent], Awaitable[None]]
DeadLetterHook = Callable[[MessageEvent, str], Awaitable[None]]

# A Redis client of either kind: the commands used here route by key on a cluster.
RedisClient = Redis | RedisCluster

log = structlog.stdlib.get_logger(__name__)


class PoisonEvent(Exception):
    """Raised by a handler for an event that can never be processed (retrying cannot help)."""


def create_broker(streams: StreamSettings) -> RedisBroker:
    """A broker for ``redis_url`` (a cluster broker when ``redis_cluster`` is set) that records FastStream's
    Prometheus metrics (faststream_received_messages_total, ..._published_messages_total, by stream) and, while
    tracing is on, carries the trace in each entry's headers (FastStream's telemetry middleware; call
    ``setup_tracing`` first)."""
    middlewares = [*tracing.stream_middlewares(), RedisPrometheusMiddleware(registry=REGISTRY)]
    logger = logging.getLogger("faststream")
    if streams.redis_cluster:
        return RedisClusterBroker(streams.redis_url, logger=logger, middlewares=middlewares)
    return RedisBroker(streams.redis_url, logger=logger, middlewares=middlewares)


def connect_redis(streams: StreamSettings) -> RedisClient:
    """A client for ``redis_url``: a cluster client when ``redis_cluster`` is set."""
    if streams.redis_cluster:
        return RedisCluster.from_url(streams.redis_url)
    return Redis.from_url(streams.redis_url)


def partition_streams(streams: StreamSettings) -> list[str]:
    """The stream keys messages are spread over (the hash tag puts each partition in its own slot)."""
    if streams.message_stream_partitions == 1:
        return [streams.message_stream]
    return [f"{streams.message_stream}:{{{i}}}" for i in range(streams.message_stream_partitions)]


def stream_for_user(streams: StreamSettings, user_id: str) -> str:
    """The partition of a user's messages: a stable hash (crc32, the same in every process) of the user id."""
    partitions = partition_streams(streams)
    return partitions[zlib.crc32(user_id.encode()) % len(partitions)]


def dead_letter_stream_for(streams: StreamSettings, stream: str) -> str:
    """Each partition dead-letters into its own stream, in the same slot."""
    if streams.message_stream_partitions == 1:
        return streams.dead_letter_stream
    return streams.dead_letter_stream + stream.removeprefix(streams.message_stream)


async def publish_event(broker: RedisBroker, streams: StreamSettings, event: MessageEvent) -> None:
    await broker.publish(
        event.SerializeToString(),
        stream=stream_for_user(streams, event.user_id),
        maxlen=streams.message_stream_maxlen,
        headers={"content-type": PROTOBUF_CONTENT_TYPE},
        correlation_id=event.event_id,
    )


def decode_event(body: bytes) -> MessageEvent:
    """Parses and checks the fields every consumer relies on; raises PoisonEvent otherwise."""
    try:
        event = MessageEvent.FromString(body)
    except DecodeError as error:
        raise PoisonEvent("not a MessageEvent") from error
    if event.HasField("account_erasure"):  # an account event: no message, conversation or text
        if not (event.event_id and event.user_id and event.account_erasure.erasure_id):
            raise PoisonEvent("account erasure without event_id, user_id or erasure_id")
        return event
    missing = [f for f in ("event_id", "message_id", "user_id", "conversation_id") if not getattr(event, f)]
    if missing:
        raise PoisonEvent(f"missing {', '.join(missing)}")
    return event


class MessageEventConsumer:
    """Runs ``handler`` for every MessageEvent of the stream partitions, once per consumer group, at least once."""

    def __init__(
        self,
        *,
        broker: RedisBroker,
        redis: RedisClient,
        streams: StreamSettings,
        settings: ConsumerSettings,
        group: str,
        handler: EventHandler,
        on_dead_letter: DeadLetterHook | None = None,
    ) -> None:
        self._broker = broker
        self._redis = redis
        self._streams = streams
        self._partitions = partition_streams(streams)
        self._settings = settings
        self._group = group
        self._handler = handler
        self._on_dead_letter = on_dead_letter
        self._reclaimer: asyncio.Task[None] | None = None
        for stream in self._partitions:  # at 0 from the start, so that an alert on its increase has a baseline
            STREAM_DEAD_LETTERS.labels(group=group, stream=stream)

    async def ensure_group(self) -> None:
        """Creates the consumer group on every partition, at its end (a new group does not replay history)."""
        for stream in self._partitions:
            try:
                await self._redis.xgroup_create(stream, self._group, id="$", mkstream=True)
            except ResponseError as error:
                if "BUSYGROUP" not in str(error):
                    raise

    def subscribe(self) -> None:
        """Registers a live subscriber per partition on the broker; call before the broker starts."""
        for stream in self._partitions:
            self._subscribe(stream)

    def _subscribe(self, stream: str) -> None:
        sub = StreamSub(
            stream,
            group=self._group,
            consumer=self._settings.consumer_name,
            max_records=self._settings.consumer_batch,
            polling_interval=100,
        )

        @self._broker.subscriber(
            stream=sub, ack_policy=AckPolicy.MANUAL, max_workers=max(1, self._settings.consumer_concurrency)
        )
        async def on_entry(body: bytes, message: RedisStreamMessage) -> None:
            entry_id = message.raw_message["message_ids"][0].decode()
            raw = body if isinstance(body, bytes) else bytes(str(body), "utf-8")
            if await self._process(stream, entry_id, raw, deliveries=1):
                await message.ack()

    def start_reclaimer(self) -> None:
        self._reclaimer = asyncio.create_task(self._reclaim_forever(), name=f"reclaim-{self._group}")

    async def stop_reclaimer(self) -> None:
        if self._reclaimer is not None:
            self._reclaimer.cancel()
            try:
                await self._reclaimer
            except asyncio.CancelledError:
                pass

    async def _process(self, stream: str, entry_id: str, body: bytes, deliveries: int) -> bool:
        """Returns True when the entry is done with (handled or dead-lettered) and may be acked."""
        try:
            event = decode_event(body)
        except PoisonEvent as error:
            await self._dead_letter(stream, entry_id, body, str(error), deliveries)
            return True
        with structlog.contextvars.bound_contextvars(
            event_id=event.event_id,
            message_id=event.message_id,
            conversation_id=event.conversation_id,
            user_id=event.user_id,
            delivery=deliveries,
        ):
            try:
                await self._handler(event)
            except PoisonEvent as error:
                await self._dead_letter(stream, entry_id, body, str(error), deliveries, event)
                return True
            except Exception as error:  # noqa: BLE001 - any failure means "retry later", never a dead loop
                tracing.mark_failed(error)
                log.warning("event_failed_will_retry", error_type=type(error).__name__, error=str(error)[:200])
                return False
        return True

    async def _dead_letter(
        self, stream: str, entry_id: str, body: bytes, reason: str, deliveries: int, event: MessageEvent | None = None
    ) -> None:
        log.error("event_dead_lettered", stream=stream, entry_id=entry_id, reason=reason, deliveries=deliveries)
        STREAM_DEAD_LETTERS.labels(group=self._group, stream=stream).inc()
        await self._redis.xadd(
            dead_letter_stream_for(self._streams, stream),
            {"entry_id": entry_id, "group": self._group, "reason": reason, "deliveries": deliveries, "body": body},
            maxlen=100_000,
            approximate=True,
        )
        if event is not None and self._on_dead_letter is not None:
            try:
                await self._on_dead_letter(event, reason)
            except Exception as error:  # noqa: BLE001 - the entry is dead-lettered either way
                log.error("dead_letter_hook_failed", error_type=type(error).__name__)

    async def _reclaim_forever(self) -> None:
        while True:
            try:
                await self.reclaim_once()
            except asyncio.CancelledError:
                raise
            except Exception as error:  # noqa: BLE001 - Redis may be restarting; try again next round
                log.warning("reclaim_failed", error_type=type(error).__name__, error=str(error)[:200])
            await asyncio.sleep(self._settings.reclaim_interval_s)

    async def reclaim_once(self) -> int:
        """Takes over entries idle past the limit (any consumer's) on every partition, re-runs or dead-letters
        them, and refreshes the group's lag and pending metrics; returns how many entries it took."""
        taken = 0
        for stream in self._partitions:
            taken += await self._reclaim_partition(stream)
            await self.observe_backlog(stream)
        return taken

    async def observe_backlog(self, stream: str) -> None:
        """companion_stream_consumer_lag and _pending of this group on one partition (one key per command)."""
        try:
            groups = await self._redis.xinfo_groups(stream)
        except Exception as error:  # noqa: BLE001 - a metric must never hold up reclaiming the other partitions
            log.warning("backlog_unobserved", stream=stream, error_type=type(error).__name__)
            return
        observe_backlog(self._group, stream, groups)

    async def _reclaim_partition(self, stream: str) -> int:
        _, entries, _ = await self._redis.xautoclaim(
            stream,
            self._group,
            self._settings.consumer_name,
            min_idle_time=self._settings.reclaim_idle_ms,
            start_id="0-0",
            count=self._settings.consumer_batch,
        )
        for raw_id, fields in entries:
            entry_id = raw_id.decode() if isinstance(raw_id, bytes) else str(raw_id)
            deliveries = await self._delivery_count(stream, entry_id)
            body, headers = _entry_body_and_headers(fields)
            with tracing.reclaimed_entry_span(stream, headers, deliveries):  # continues the entry's trace
                if deliveries > self._settings.max_deliveries:
                    event = _try_decode(body)
                    await self._dead_letter(stream, entry_id, body, "too many deliveries", deliveries, event)
                    done = True
                else:
                    done = await self._process(stream, entry_id, body, deliveries)
            if done:
                await self._redis.xack(stream, self._group, entry_id)
        return len(entries)

    async def _delivery_count(self, stream: str, entry_id: str) -> int:
        pending = await self._redis.xpending_range(stream, self._group, min=entry_id, max=entry_id, count=1)
        return int(pending[0]["times_delivered"]) if pending else 1


def _entry_body_and_headers(fields: dict[Any, Any]) -> tuple[bytes, dict[str, Any]]:
    """The body FastStream wrote into an entry, and its headers (content type, correlation id, trace context)."""
    data = fields.get(_FASTSTREAM_DATA_FIELD) or fields.get(_FASTSTREAM_DATA_FIELD.decode()) or b""
    return BinaryMessageFormatV1.parse(data)


def _try_decode(body: bytes) -> MessageEvent | None:
    try:
        return decode_event(body)
    except PoisonEvent:
        return None


class StreamWorker:
    """Everything a service needs to consume the stream: broker, Redis client, consumer and reclaimer."""

    def __init__(
        self,
        *,
        streams: StreamSettings,
        settings: ConsumerSettings,
        group: str,
        handler: EventHandler,
        on_dead_letter: DeadLetterHook | None = None,
    ) -> None:
        self.broker = create_broker(streams)
        self.redis = connect_redis(streams)
        self.consumer = MessageEventConsumer(
            broker=self.broker,
            redis=self.redis,
            streams=streams,
            settings=settings,
            group=group,
            handler=handler,
            on_dead_letter=on_dead_letter,
        )

    async def start(self) -> None:
        await self.consumer.ensure_group()
        self.consumer.subscribe()
        await self.broker.start()
        self.consumer.start_reclaimer()

    async def stop(self) -> None:
        await self.consumer.stop_reclaimer()
        await self.broker.stop()
        await self.redis.aclose()
