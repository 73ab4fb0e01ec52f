"""What the gateway must share across its replicas, kept in Redis: which client message ids it has already
accepted, and (read only) who claimed a conversation id before ids were scoped per user. The gateway process
itself stays stateless."""

from companion_common.streams import RedisClient

# Written by gateways before conversation ids were scoped per user (the first user of an id owned it); read so
# that those owners keep their conversations' ids. Nothing writes these keys any more.
_LEGACY_OWNER = "companion:conversation:{%s}:owner"
_CLIENT_MESSAGE = "companion:client-message:{%s}:%s"
# Deletes a conversation's owner key only if it names this user.
_DELETE_IF_OWNER = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0"
# A user's own keys, all under the user's hash tag (one slot): those with a name of their own (rate limit and
# open sockets of adapters/limits.py), and those found by SCAN on every node (the cluster client scans each
# primary). Any new per-user key of the gateway belongs here, so that erasing an account deletes it.
_USER_KEYS = ("companion:ratelimit:user:{%s}", "companion:websockets:{%s}")
_USER_KEY_PATTERNS = ("companion:client-message:{%s}:*",)


class RedisGatewayState:
    def __init__(self, redis: RedisClient, idempotency_ttl_s: int) -> None:
        self._redis = redis
        self._ttl = idempotency_ttl_s

    async def legacy_owner_of(self, conversation_id: str) -> str | None:
        owner = await self._redis.get(_LEGACY_OWNER % conversation_id)
        return owner.decode() if isinstance(owner, bytes) else owner

    async def accept_client_message(self, user_id: str, client_message_id: str, message_id: str) -> str | None:
        """Records a client message id; returns the message id it was first accepted as, or None if new."""
        key = _CLIENT_MESSAGE % (user_id, client_message_id)
        if await self._redis.set(key, message_id, nx=True, ex=self._ttl):
            return None
        first = await self._redis.get(key)
        return first.decode() if isinstance(first, bytes) else first

    async def forget_client_message(self, user_id: str, client_message_id: str) -> None:
        """Undoes accept_client_message when the message could not be published, so a retry works."""
        await self._redis.delete(_CLIENT_MESSAGE % (user_id, client_message_id))

    async def forget_user(self, user_id: str, conversation_ids: list[str]) -> int:
        """Deletes every key the gateway keeps about a user (an erased account): the owner keys of the given
        conversations (only those the user owns) and the keys under the user's hash tag. Returns how many."""
        deleted = 0
        for conversation_id in conversation_ids:
            deleted += int(await self._redis.eval(_DELETE_IF_OWNER, 1, _LEGACY_OWNER % conversation_id, user_id))
        for name in _USER_KEYS:
            deleted += int(await self._redis.delete(name % user_id))
        for pattern in _USER_KEY_PATTERNS:
            async for key in self._redis.scan_iter(match=pattern % _glob_escape(user_id), count=1000):
                deleted += int(await self._redis.delete(key))
        return deleted

    async def ping(self) -> bool:
        return bool(await self._redis.ping())


def _glob_escape(text: str) -> str:
    return "".join("\\" + c if c in "*?[]\\" else c for c in text)
