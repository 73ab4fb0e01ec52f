"""The vectors of a user's recent texts, kept in Redis for a short while, so that one text is embedded once.

A message is embedded twice otherwise: as dialogue's Recall query while its reply is prepared, and moments later as
its episode when memory ingests it (the same words; MiniLM is most of what a message costs memory). Any replica may
serve either, so the vectors live in Redis, where every replica finds them: one hash per user (hash-tagged, one slot
in a cluster), fields keyed by a digest of the text, float32 values, expiring `ttl_s` after the last write. Erasing
a user deletes it. A cache only: when Redis fails, the text is embedded as if it had never been seen.
"""

import array
import hashlib
from collections.abc import Sequence

import structlog

from companion_common.streams import RedisClient

log = structlog.stdlib.get_logger(__name__)

Vector = list[float]


def _key(user_id: str) -> str:
    return f"memory:vectors:{{{user_id}}}"


def _field(text: str) -> str:
    # Whitespace aside, as the tokenizer reads it: the episode's text is the message with its spacing normalised.
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()[:32]


def _vector(value: bytes | str) -> Vector:
    # Clients here never decode responses, so a value is bytes; a str would be a misconfigured client.
    return [float(x) for x in array.array("f", value if isinstance(value, bytes) else value.encode("latin-1"))]


class RedisVectorCache:
    def __init__(self, redis: RedisClient, ttl_s: int) -> None:
        self._redis = redis
        self._ttl_s = ttl_s

    async def get(self, user_id: str, texts: Sequence[str]) -> list[Vector | None]:
        if not texts:
            return []
        try:
            values: list[bytes | str | None] = await self._redis.hmget(_key(user_id), [_field(t) for t in texts])
        except Exception as error:  # noqa: BLE001 - a cache: missing it costs an embedding, never the message
            log.warning("vector_cache_unavailable", error_type=type(error).__name__)
            return [None] * len(texts)
        return [_vector(value) if value else None for value in values]

    async def put(self, user_id: str, texts: Sequence[str], vectors: Sequence[Vector]) -> None:
        if not texts:
            return
        mapping = {_field(t): array.array("f", v).tobytes() for t, v in zip(texts, vectors, strict=True)}
        try:
            async with self._redis.pipeline(transaction=False) as pipe:
                pipe.hset(_key(user_id), mapping=mapping)  # type: ignore[arg-type]
                pipe.expire(_key(user_id), self._ttl_s)
                await pipe.execute()
        except Exception as error:  # noqa: BLE001 - a cache: not keeping a vector loses nothing
            log.warning("vector_cache_unavailable", error_type=type(error).__name__)

    async def forget(self, user_id: str) -> None:
        """Part of erasing the user: raises when Redis fails, so that the erasure is retried."""
        await self._redis.delete(_key(user_id))
