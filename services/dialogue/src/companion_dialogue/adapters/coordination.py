"""What dialogue replicas share in Redis: a lease per conversation, the time of each conversation's latest
message (burst windows), and the schedule of due check-ins.

Cluster-safe: every command touches one key; keys carry a hash tag (the conversation, or a schedule shard) so
that users spread over a Redis Cluster's slots and no key is shared by all users."""

import asyncio
import secrets
import time
import zlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import cast

from companion_common.streams import RedisClient

_LEASE = "companion:dialogue:{%s}:lease"
_LATEST = "companion:dialogue:{%s}:latest-message-ms"
_SCHEDULE = "companion:dialogue:followups:{s%d}:due"
# The schedule is split over this many sorted sets by a hash of the entry: one key for every user's check-ins
# would sit on one cluster node and take every replica's polling.
SCHEDULE_SHARDS = 16
# Delete or extend the lease only while we still hold it (the token is ours), never someone else's.
_RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end"
_EXTEND = (
    "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end"
)
# Keeps the larger of the stored and the given time: replicas may record arrivals out of order.
_MAX = (
    "local v = tonumber(redis.call('get', KEYS[1]) or '0') "
    "if tonumber(ARGV[1]) > v then redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2]) return ARGV[1] end "
    "redis.call('pexpire', KEYS[1], ARGV[2]) return tostring(v)"
)
# Takes a due entry by pushing its time forward: a replica that dies with it lets it come back later.
_CLAIM = (
    "local s = redis.call('zscore', KEYS[1], ARGV[1]) "
    "if s and tonumber(s) <= tonumber(ARGV[2]) then redis.call('zadd', KEYS[1], ARGV[3], ARGV[1]) return 1 end "
    "return 0"
)


class LeaseBusy(Exception):
    """Another replica is answering this conversation; the message stays pending and is retried."""


class RedisCoordination:
    def __init__(self, redis: RedisClient, *, lease_ttl_ms: int, lease_wait_ms: int, poll_s: float = 0.02) -> None:
        self._redis = redis
        self._ttl_ms = lease_ttl_ms
        self._wait_ms = lease_wait_ms
        self._poll_s = poll_s

    @asynccontextmanager
    async def conversation_lease(self, conversation_id: str) -> AsyncIterator[None]:
        """Holds the conversation's lease (waiting for it up to lease_wait_ms), renewed until the block ends."""
        key = _LEASE % conversation_id
        token = secrets.token_hex(16)
        deadline = time.monotonic() + self._wait_ms / 1000
        while not await self._redis.set(key, token, nx=True, px=self._ttl_ms):
            if time.monotonic() >= deadline:
                raise LeaseBusy(conversation_id)
            await asyncio.sleep(self._poll_s)
        renewer = asyncio.create_task(self._renew(key, token))
        try:
            yield
        finally:
            renewer.cancel()
            await self._redis.eval(_RELEASE, 1, key, token)

    async def _renew(self, key: str, token: str) -> None:
        while True:
            await asyncio.sleep(self._ttl_ms / 3000)
            await self._redis.eval(_EXTEND, 1, key, token, str(self._ttl_ms))

    async def note_message(self, conversation_id: str, at_ms: int, keep_ms: int) -> None:
        await self._redis.eval(_MAX, 1, _LATEST % conversation_id, str(at_ms), str(keep_ms))

    async def latest_message_ms(self, conversation_id: str) -> int:
        value = await self._redis.get(_LATEST % conversation_id)
        return int(value) if value else 0

    async def forget_conversation(self, conversation_id: str) -> None:
        """Drops the conversation's burst window (an erased account). Its lease is left to expire: deleting it
        could take it from a replica that holds it."""
        await self._redis.delete(_LATEST % conversation_id)

    async def schedule(self, member: str, due_s: float) -> None:
        await self._redis.zadd(_schedule_key(member), {member: due_s})

    async def due(self, now_s: float, limit: int) -> list[str]:
        """Up to `limit` due entries, the longest overdue first, over all shards."""
        found: list[tuple[float, str]] = []
        for shard in range(SCHEDULE_SHARDS):
            entries = cast(
                "list[tuple[bytes, float]]",
                await self._redis.zrangebyscore(_SCHEDULE % shard, "-inf", now_s, start=0, num=limit, withscores=True),
            )
            found.extend((float(score), member.decode()) for member, score in entries)
        return [member for _, member in sorted(found)[:limit]]

    async def claim(self, member: str, now_s: float, retry_at_s: float) -> bool:
        return bool(await self._redis.eval(_CLAIM, 1, _schedule_key(member), member, str(now_s), str(retry_at_s)))

    async def unschedule(self, member: str) -> None:
        await self._redis.zrem(_schedule_key(member), member)


def _schedule_key(member: str) -> str:
    return _SCHEDULE % (zlib.crc32(member.encode()) % SCHEDULE_SHARDS)
