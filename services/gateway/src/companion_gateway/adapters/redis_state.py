"""What the gateway must share across its replicas, kept in Redis: who owns a conversation, and which
client message ids it has already accepted. The gateway process itself stays stateless."""

from companion_common.streams import RedisClient

_OWNER = "companion:conversation:{%s}:owner"
_CLIENT_MESSAGE = "companion:client-message:{%s}:%s"


class RedisGatewayState:
    def __init__(self, redis: RedisClient, idempotency_ttl_s: int) -> None:
        self._redis = redis
        self._ttl = idempotency_ttl_s

    async def claim_conversation(self, conversation_id: str, user_id: str) -> str:
        """Makes ``user_id`` the owner if the conversation is new; returns its owner."""
        key = _OWNER % conversation_id
        if await self._redis.set(key, user_id, nx=True):
            return user_id
        owner = await self._redis.get(key)
        return owner.decode() if isinstance(owner, bytes) else str(owner)

    async def owner_of(self, conversation_id: str) -> str | None:
        owner = await self._redis.get(_OWNER % conversation_id)
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

    async def ping(self) -> bool:
        return bool(await self._redis.ping())
