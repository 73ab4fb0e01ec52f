"""Limits shared by every gateway replica, kept in Redis: token buckets (per user, per client address) and the
WebSockets each user has open.

Cluster-safe: every script touches one key, and each key carries a hash tag (the user or the address), so the
keys spread over a Redis Cluster's slots. Time comes from the Redis server (TIME), not from the replicas, whose
clocks may differ."""

from companion_common.streams import RedisClient
from companion_gateway.domain.limits import Bucket

_USER_BUCKET = "companion:ratelimit:user:{%s}"
_ADDRESS_BUCKET = "companion:ratelimit:address:{%s}"
_SOCKETS = "companion:websockets:{%s}"

# A token bucket in one hash: refills at ARGV[1] tokens/s up to ARGV[2], takes ARGV[3] if it has them.
# Returns {1 if taken, milliseconds until it would have them}. The key expires once the bucket would be full.
_TAKE = """
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1])
local at = tonumber(state[2])
if tokens == nil or at == nil then
  tokens = burst
  at = now
end
tokens = math.min(burst, tokens + math.max(0, now - at) * rate / 1000)
local taken = 0
local wait_ms = 0
if tokens >= cost then
  tokens = tokens - cost
  taken = 1
else
  wait_ms = math.ceil((cost - tokens) * 1000 / rate)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil((burst - tokens) * 1000 / rate) + 1000)
return {taken, wait_ms}
"""

# The user's open sockets: a sorted set of connection ids scored by when their lease ends. Drops ended leases,
# then adds ARGV[1] with a lease of ARGV[2] ms unless ARGV[3] are open already. Returns 1 if added.
_OPEN = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then
  return 0
end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]))
return 1
"""

# Renews the leases of the given connection ids (ARGV[2..]) that are still there, by ARGV[1] ms.
_RENEW = """
local t = redis.call('TIME')
local until_ms = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000) + tonumber(ARGV[1])
for i = 2, #ARGV do
  redis.call('ZADD', KEYS[1], 'XX', until_ms, ARGV[i])
end
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[1]))
return 1
"""


class RedisLimits:
    def __init__(self, redis: RedisClient) -> None:
        self._take = redis.register_script(_TAKE)
        self._open = redis.register_script(_OPEN)
        self._renew = redis.register_script(_RENEW)
        self._redis = redis

    async def take_user(self, user_id: str, bucket: Bucket) -> float:
        """Takes a token from the user's bucket; returns 0, or the seconds until one is there (none taken)."""
        return await self._take_from(_USER_BUCKET % user_id, bucket)

    async def take_address(self, address: str, bucket: Bucket) -> float:
        return await self._take_from(_ADDRESS_BUCKET % address, bucket)

    async def _take_from(self, key: str, bucket: Bucket) -> float:
        taken, wait_ms = await self._take(keys=[key], args=[repr(bucket.per_s), bucket.burst, 1])
        return 0.0 if int(taken) else int(wait_ms) / 1000

    async def open_socket(self, user_id: str, connection_id: str, *, cap: int, lease_s: float) -> bool:
        """Counts a new socket of the user unless ``cap`` are open (across replicas); True if it was counted."""
        return bool(await self._open(keys=[_SOCKETS % user_id], args=[connection_id, int(lease_s * 1000), cap]))

    async def renew_sockets(self, user_id: str, connection_ids: list[str], *, lease_s: float) -> None:
        if connection_ids:
            await self._renew(keys=[_SOCKETS % user_id], args=[int(lease_s * 1000), *connection_ids])

    async def close_socket(self, user_id: str, connection_id: str) -> None:
        await self._redis.zrem(_SOCKETS % user_id, connection_id)
