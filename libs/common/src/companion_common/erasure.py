"""Erasing a user's account across the services: the record that tells the user how far it got, the steps every
consumer takes around its own erasure, and the purge of the user's entries from the message stream.

The flow: the gateway starts a record (``start_record``) and publishes a MessageEvent carrying
``account_erasure`` on the user's partition, behind the user's earlier messages. Each consumer group, on that
event (``ErasureStep.run``), waits until no group of the partition is still to finish one of the user's earlier
messages (a replica may be answering one, a crashed replica's entry may wait for the reclaim task, and the
handlers of one service call another, which would write again), erases its own tables
in one transaction, and confirms in the record. Once every service has confirmed, the gateway deletes its own
keys and the user's entries from the stream and the dead letters (``purge_stream_entries``: only entries every
group has processed) and marks the record ``erased``.

The record is a Redis hash named after a SHA-256 digest of the user id, so that once erased no key or value
carries the id itself; it holds the erasure id, the times and one confirmation per service, and expires
``RECORD_TTL_S`` after the request. Every command touches one key (cluster-safe); the stream commands touch
the user's partition and its dead-letter stream, each in its own slot.
"""

import asyncio
import hashlib
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import structlog
from faststream.redis.parser.binary import BinaryMessageFormatV1
from google.protobuf.message import DecodeError

from companion.v1.events_pb2 import MessageEvent
from companion_common.settings import StreamSettings
from companion_common.streams import RedisClient, dead_letter_stream_for, stream_for_user

# The services that hold a user's data and confirm its erasure (their consumer groups' services).
SERVICES = ("dialogue", "memory", "safety")
# How long the record of an erasure (no user id in it) stays readable after the request.
RECORD_TTL_S = 7 * 24 * 3600
ERASING = "erasing"
ERASED = "erased"

_RECORD = "companion:erasure:{%s}"
_PAGE = 500
_DATA_FIELD = b"__data__"

# Starts a record unless one is in progress (then the same erasure goes on); returns the record's fields.
_START = (
    "if redis.call('hget', KEYS[1], 'state') == 'erasing' then return redis.call('hgetall', KEYS[1]) end "
    "redis.call('del', KEYS[1]) "
    "redis.call('hset', KEYS[1], 'erasure_id', ARGV[1], 'requested_at', ARGV[2], 'state', 'erasing') "
    "redis.call('expire', KEYS[1], ARGV[3]) "
    "return redis.call('hgetall', KEYS[1])"
)
# Sets a field only while the record is still about this erasure (a late confirmation of an older one is dropped).
_SET_IF_CURRENT = (
    "if redis.call('hget', KEYS[1], 'erasure_id') ~= ARGV[1] then return 0 end "
    "redis.call('hset', KEYS[1], ARGV[2], ARGV[3]) return 1"
)

log = structlog.stdlib.get_logger(__name__)


class EarlierMessagesPending(Exception):
    """Some of the user's messages are still being processed by this group: the erasure is retried later."""


def record_key(user_id: str) -> str:
    return _RECORD % hashlib.sha256(user_id.encode()).hexdigest()[:32]


def _now() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def _fields(raw: Any) -> dict[str, str]:
    if isinstance(raw, dict):
        return {_text(k): _text(v) for k, v in raw.items()}
    items = list(raw or [])
    return {_text(items[i]): _text(items[i + 1]) for i in range(0, len(items) - 1, 2)}


async def start_record(redis: RedisClient, user_id: str, erasure_id: str) -> dict[str, str]:
    """The record of the user's erasure in progress, or of a new one with ``erasure_id``."""
    raw = await redis.eval(_START, 1, record_key(user_id), erasure_id, _now(), str(RECORD_TTL_S))
    return _fields(raw)


async def read_record(redis: RedisClient, user_id: str) -> dict[str, str]:
    """The record's fields (empty when the user never asked, or it expired)."""
    return _fields(await redis.hgetall(record_key(user_id)))


async def is_erasing(redis: RedisClient, user_id: str) -> bool:
    return _text(await redis.hget(record_key(user_id), "state") or b"") == ERASING


async def confirm(redis: RedisClient, user_id: str, erasure_id: str, service: str) -> bool:
    """Records that ``service`` erased the user's data for this erasure; False if the record has moved on."""
    done = await redis.eval(_SET_IF_CURRENT, 1, record_key(user_id), erasure_id, service, _now())
    return bool(done)


async def finish_record(redis: RedisClient, user_id: str, erasure_id: str) -> None:
    key = record_key(user_id)
    await redis.eval(_SET_IF_CURRENT, 1, key, erasure_id, "finished_at", _now())
    await redis.eval(_SET_IF_CURRENT, 1, key, erasure_id, "state", ERASED)


def event_of(fields: Any) -> MessageEvent | None:
    """The MessageEvent in a stream entry written by FastStream, or None for anything else."""
    data = fields.get(_DATA_FIELD) or fields.get(_DATA_FIELD.decode())
    if not data:
        return None
    try:
        body, _headers = BinaryMessageFormatV1.parse(data)
        return MessageEvent.FromString(body)
    except (DecodeError, ValueError, IndexError):
        return None


def _is_users_message(event: MessageEvent | None, user_id: str) -> bool:
    return event is not None and event.user_id == user_id and not event.HasField("account_erasure")


async def _pending_events(redis: RedisClient, stream: str, group: str, upto: str) -> list[tuple[str, MessageEvent]]:
    """The entries delivered to ``group`` and not acknowledged, up to the entry id ``upto``, decoded."""
    found: list[tuple[str, MessageEvent]] = []
    for entry in await redis.xpending_range(stream, group, min="-", max=upto, count=10_000):
        entry_id = _text(entry["message_id"])
        for _id, fields in await redis.xrange(stream, min=entry_id, max=entry_id, count=1) or []:
            event = event_of(fields)
            if event is not None:
                found.append((entry_id, event))
    return found


async def earlier_work_pending(redis: RedisClient, streams: StreamSettings, group: str, erasure: MessageEvent) -> bool:
    """Whether any consumer group of the user's partition has yet to finish one of the user's messages that came
    before the erasure: not yet delivered to it, or delivered and not acknowledged. Every group counts, not only
    the caller's: dialogue's and memory's handlers call safety (AssessMessage) and would write its rows again."""
    stream = stream_for_user(streams, erasure.user_id)
    own = await _pending_events(redis, stream, group, "+")
    at = next((entry_id for entry_id, event in own if event.event_id == erasure.event_id), None)
    if at is None:  # not found among the pending (cannot be while it is handled): the caller's group alone
        return any(_is_users_message(event, erasure.user_id) for _id, event in own)
    for info in await redis.xinfo_groups(stream):
        name = _text(info["name"])
        if _entry_key(_text(info["last-delivered-id"])) < _entry_key(at):
            return True
        pending = await _pending_events(redis, stream, name, at)
        if any(_is_users_message(event, erasure.user_id) for _id, event in pending):
            return True
    return False


class ErasureStep:
    """What a consumer does with an AccountErasure: wait until every group has finished the user's earlier
    messages, erase (the service's own function, one transaction, idempotent), then confirm in the record."""

    def __init__(
        self,
        redis: RedisClient,
        streams: StreamSettings,
        *,
        group: str,
        service: str,
        wait_s: float = 10.0,
        poll_s: float = 0.2,
    ) -> None:
        self._redis = redis
        self._streams = streams
        self._group = group
        self._service = service
        self._wait_s = wait_s
        self._poll_s = poll_s

    async def run(self, event: MessageEvent, erase: Callable[[str], Awaitable[object]]) -> None:
        user_id = event.user_id
        deadline = time.monotonic() + self._wait_s
        while await earlier_work_pending(self._redis, self._streams, self._group, event):
            if time.monotonic() >= deadline:  # the entry stays pending; the reclaim task runs it again
                raise EarlierMessagesPending("the user's earlier messages are still being processed")
            await asyncio.sleep(self._poll_s)
        await erase(user_id)
        confirmed = await confirm(self._redis, user_id, event.account_erasure.erasure_id, self._service)
        log.info(
            "account_erased", service=self._service, erasure_id=event.account_erasure.erasure_id, confirmed=confirmed
        )


def _entry_key(entry_id: str) -> tuple[int, int]:
    ms, _, seq = entry_id.partition("-")
    return int(ms), int(seq or 0)


async def purge_stream_entries(redis: RedisClient, streams: StreamSettings, user_id: str) -> int:
    """Deletes (XDEL) the user's entries that every consumer group of their partition has processed, and their
    dead-lettered entries; returns how many of the user's entries are left because some group has not processed
    them yet (call again later). Reads the whole partition: a rare, one-off cost per erasure."""
    stream = stream_for_user(streams, user_id)
    groups = await redis.xinfo_groups(stream)
    pending: set[str] = set()
    upto: tuple[int, int] | None = None
    for group in groups:
        name = _text(group["name"])
        last = _entry_key(_text(group["last-delivered-id"]))
        upto = last if upto is None else min(upto, last)
        pending.update(
            _text(p["message_id"]) for p in await redis.xpending_range(stream, name, min="-", max="+", count=100_000)
        )
    left = 0
    left += await _purge(
        redis,
        stream,
        user_id,
        lambda entry_id: upto is not None and _entry_key(entry_id) <= upto and entry_id not in pending,
    )
    await _purge(redis, dead_letter_stream_for(streams, stream), user_id, lambda _entry_id: True, dead_letters=True)
    return left


async def _purge(
    redis: RedisClient, stream: str, user_id: str, processed: Callable[[str], bool], *, dead_letters: bool = False
) -> int:
    start, left = "-", 0
    while True:
        page = await redis.xrange(stream, min=start, max="+", count=_PAGE) or []
        doomed: list[str] = []
        for raw_id, fields in page:
            entry_id = _text(raw_id)
            event = _dead_letter_event(fields) if dead_letters else event_of(fields)
            if event is None or event.user_id != user_id:
                continue
            if processed(entry_id):
                doomed.append(entry_id)
            else:
                left += 1
        if doomed:
            await redis.xdel(stream, *doomed)
        if len(page) < _PAGE:
            return left
        start = "(" + _text(page[-1][0])


def _dead_letter_event(fields: Any) -> MessageEvent | None:
    body = fields.get(b"body") or fields.get("body")
    if not body:
        return None
    try:
        return MessageEvent.FromString(body if isinstance(body, bytes) else str(body).encode())
    except DecodeError:
        return None
