"""Memories in PostgreSQL. Every statement is scoped by user_id."""

from companion_common.postgres import Pool
from companion_memory.domain.model import Memory, RecallQuery

_INSERT = """
INSERT INTO memories (user_id, memory_id, kind, text, said_at, source_message_ids, content_hash)
VALUES (%(user_id)s, %(memory_id)s, %(kind)s, %(text)s, %(said_at)s, %(sources)s, %(content_hash)s)
ON CONFLICT (user_id, content_hash) DO UPDATE
    SET source_message_ids = (
        SELECT array_agg(DISTINCT s) FROM unnest(memories.source_message_ids || EXCLUDED.source_message_ids) s
    )
RETURNING memory_id
"""

# Words of the query joined with OR: a recall question shares some words with the fact, rarely all.
_RECALL = """
WITH q AS (
    SELECT to_tsquery('english', string_agg(lexeme, ' | ')) AS query
    FROM unnest(tsvector_to_array(to_tsvector('english', %(query)s))) AS lexeme
)
SELECT m.memory_id, m.user_id, m.kind, m.text, m.said_at, m.source_message_ids, m.content_hash,
       ts_rank_cd(m.search, q.query) AS score
FROM memories m, q
WHERE m.user_id = %(user_id)s
  AND q.query IS NOT NULL
  AND m.search @@ q.query
  AND NOT (m.source_message_ids <@ %(exclude)s::text[])
ORDER BY score DESC, m.said_at DESC
LIMIT %(limit)s
"""


class PostgresMemoryStore:
    def __init__(self, pool: Pool) -> None:
        self._pool = pool

    async def add_all(self, memories: list[Memory]) -> list[str]:
        """Writes a message's memories in one transaction; a repeated content merges its provenance."""
        ids: list[str] = []
        async with self._pool.connection() as conn, conn.transaction():
            for memory in memories:
                cursor = await conn.execute(
                    _INSERT,
                    {
                        "user_id": memory.user_id,
                        "memory_id": memory.memory_id,
                        "kind": memory.kind,
                        "text": memory.text,
                        "said_at": memory.said_at,
                        "sources": list(memory.source_message_ids),
                        "content_hash": memory.content_hash,
                    },
                )
                row = await cursor.fetchone()
                assert row is not None
                ids.append(row["memory_id"])
        return ids

    async def search_text(self, query: RecallQuery) -> list[Memory]:
        async with self._pool.connection() as conn:
            cursor = await conn.execute(
                _RECALL,
                {
                    "user_id": query.user_id,
                    "query": query.text,
                    "exclude": sorted(query.exclude_message_ids),
                    "limit": query.limit,
                },
            )
            rows = await cursor.fetchall()
        return [
            Memory(
                memory_id=row["memory_id"],
                user_id=row["user_id"],
                kind=row["kind"],
                text=row["text"],
                said_at=row["said_at"],
                source_message_ids=tuple(row["source_message_ids"]),
                content_hash=row["content_hash"],
                score=float(row["score"]),
            )
            for row in rows
        ]
