"""Memories in PostgreSQL + pgvector. Every statement is scoped by user_id: no query reads across users."""

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from typing import Any

from psycopg import AsyncConnection
from psycopg.rows import DictRow

from companion_common.postgres import Pool, Row
from companion_memory.domain.model import Memory, RecallQuery

_COLUMNS = """m.memory_id, m.user_id, m.kind, m.text, m.said_at, m.source_message_ids, m.content_hash, m.subject,
m.attribute, m.value, m.valid_from, m.valid_to, m.superseded_by, m.strength, m.importance, m.last_said_at,
m.sensitive"""

_INSERT = """
INSERT INTO memories (user_id, memory_id, conversation_id, kind, text, said_at, source_message_ids, content_hash,
                      subject, attribute, value, valid_from, valid_to, strength, importance, last_said_at, sensitive,
                      embedding)
VALUES (%(user_id)s, %(memory_id)s, %(conversation_id)s, %(kind)s, %(text)s, %(said_at)s, %(sources)s,
        %(content_hash)s, %(subject)s, %(attribute)s, %(value)s, %(valid_from)s, %(valid_to)s, 1, %(importance)s,
        %(said_at)s, %(sensitive)s, %(embedding)s::vector)
ON CONFLICT (user_id, content_hash) DO UPDATE
    SET source_message_ids = (
            SELECT array_agg(DISTINCT s) FROM unnest(memories.source_message_ids || EXCLUDED.source_message_ids) s),
        strength = memories.strength + 1,
        last_said_at = greatest(memories.last_said_at, EXCLUDED.said_at),
        -- Sensitive and harmless words have different hashes (Memory.as_sensitive); should they ever meet, the
        -- flag is kept, never lost.
        sensitive = memories.sensitive OR EXCLUDED.sensitive
RETURNING memory_id
"""

_STRENGTHEN = """
UPDATE memories SET
    source_message_ids = (SELECT array_agg(DISTINCT s) FROM unnest(source_message_ids || %(sources)s::text[]) s),
    strength = strength + 1,
    last_said_at = greatest(last_said_at, %(said_at)s)
WHERE user_id = %(user_id)s AND memory_id = %(memory_id)s
"""

# The episodes the old value was read from go to history with it: "I live in Porto" said verbatim must not
# be recalled as current beside "I live in Lisbon". ListMemories and ExportMemories still show them.
_SUPERSEDE = """
UPDATE memories SET superseded_by = %(new_id)s, valid_to = coalesce(valid_to, %(until)s)
WHERE user_id = %(user_id)s AND superseded_by = ''
  AND (memory_id = %(memory_id)s OR (kind = 'episode' AND source_message_ids <@ %(sources)s::text[]))
"""

# Filters shared by both retrievers: current memories only, not only from excluded messages, in the period,
# sensitive ones only when asked for.
_RECALL_FILTER = """
m.user_id = %(user_id)s AND m.superseded_by = '' AND (%(include_sensitive)s OR NOT m.sensitive)
AND NOT (m.source_message_ids <@ %(exclude)s::text[])
AND (%(period_start)s::timestamptz IS NULL
     OR (m.valid_from IS NOT NULL AND m.valid_from < %(period_end)s
         AND coalesce(m.valid_to, 'infinity') > %(period_start)s)
     OR (m.valid_from IS NULL AND m.said_at >= %(period_start)s AND m.said_at < %(period_end)s))
"""


def _sql(template: str) -> str:
    """Statements share column lists and filters: constants of this module, never input."""
    return template.replace("__COLUMNS__", _COLUMNS).replace("__FILTER__", _RECALL_FILTER)


_CURRENT_ATTRIBUTE = _sql("""
SELECT __COLUMNS__ FROM memories m
WHERE m.user_id = %(user_id)s AND m.subject = %(subject)s AND m.attribute = %(attribute)s AND m.superseded_by = ''
  AND m.sensitive = %(sensitive)s
ORDER BY lower(m.value) = lower(%(value)s) DESC, m.said_at DESC LIMIT 1 FOR UPDATE
""")

_NEAREST = _sql("""
SELECT __COLUMNS__, 1 - (m.embedding <=> %(embedding)s::vector) AS similarity FROM memories m
WHERE m.user_id = %(user_id)s AND m.kind = %(kind)s AND m.subject = %(subject)s AND m.superseded_by = ''
  AND m.sensitive = %(sensitive)s AND m.embedding IS NOT NULL
ORDER BY m.embedding <=> %(embedding)s::vector LIMIT 1
""")


# Okapi BM25 over the user's own memories (k1 = 1.2, b = 0.75; term frequency taken as 1, as memories are
# short). PostgreSQL's ts_rank has no inverse document frequency: a name or word that is in half of a user's
# memories would count as much as a rare one. Document frequencies are counted per user, in the query.
_SEARCH_WORDS = _sql("""
WITH words AS (
    -- A word of a group (domain.search_terms) is sought as any word of its group; the group counts as one word.
    SELECT lexeme, coalesce(grouped.term, quote_literal(lexeme)::tsquery) AS term
    FROM unnest(tsvector_to_array(to_tsvector('english', %(query)s))) AS lexeme
    LEFT JOIN LATERAL (
        SELECT (SELECT string_agg(quote_literal(w), ' | ') FROM unnest(tsvector_to_array(to_tsvector('english', g))) w
               )::tsquery AS term
        FROM unnest(%(word_groups)s::text[]) AS g
        WHERE to_tsvector('english', g) @@ quote_literal(lexeme)::tsquery
        LIMIT 1
    ) grouped ON true
),
terms AS (SELECT min(lexeme) AS lexeme, min(term::text)::tsquery AS term FROM words GROUP BY term::text),
any_term AS (SELECT string_agg(term::text, ' | ')::tsquery AS query FROM terms),
-- Every memory that has a term of the query (found through the full-text index) is here, so the document
-- frequency of each term counted over these is exact.
matching AS MATERIALIZED (
    SELECT m.memory_id, m.search, length(m.search)::float8 AS len
    FROM memories m, any_term q
    WHERE q.query IS NOT NULL AND m.search @@ q.query AND __FILTER__
),
stats AS (
    SELECT (SELECT count(*) FROM memories m WHERE __FILTER__)::float8 AS n,
           greatest((SELECT avg(len) FROM matching), 1)::float8 AS avg_len
),
hits AS (SELECT d.memory_id, d.len, t.lexeme FROM matching d JOIN terms t ON d.search @@ t.term),
-- Each term's weight once (float8: numeric arithmetic per row is many times slower).
idf AS (
    SELECT lexeme, ln(1 + greatest(s.n - count(*) + 0.5, 0.5) / (count(*) + 0.5)) AS weight
    FROM hits CROSS JOIN stats s GROUP BY lexeme, s.n
),
-- The weight of every word of the query, those no memory has included (at their largest IDF): the share of it
-- a memory holds is comparable across queries, where BM25's sum is not (it grows with the query's length).
mass AS (
    SELECT sum(coalesce(idf.weight, ln(1 + (s.n + 0.5) / 0.5))) AS total
    FROM terms LEFT JOIN idf USING (lexeme) CROSS JOIN stats s
),
scored AS (
    SELECT h.memory_id, sum(idf.weight * 2.2 / (1 + 1.2 * (0.25 + 0.75 * h.len / s.avg_len))) AS score,
           sum(idf.weight) AS matched
    FROM hits h JOIN idf USING (lexeme) CROSS JOIN stats s
    GROUP BY h.memory_id
    ORDER BY score DESC
    LIMIT %(limit)s
)
SELECT __COLUMNS__, scored.score, scored.matched / nullif(mass.total, 0) AS word_match
FROM scored CROSS JOIN mass JOIN memories m ON m.user_id = %(user_id)s AND m.memory_id = scored.memory_id
ORDER BY scored.score DESC, m.said_at DESC
""")

# Exact nearest neighbours among this user's memories (no approximate index: per-user sets are small).
_SEARCH_MEANING = _sql("""
WITH nearest AS (
    SELECT m.memory_id, m.embedding <=> %(embedding)s::vector AS distance
    FROM memories m
    WHERE m.embedding IS NOT NULL AND __FILTER__
    ORDER BY distance
    LIMIT %(limit)s
)
SELECT __COLUMNS__, 1 - nearest.distance AS score, 1 - nearest.distance AS similarity
FROM nearest JOIN memories m ON m.user_id = %(user_id)s AND m.memory_id = nearest.memory_id
ORDER BY nearest.distance
""")

_LIST = _sql("""
SELECT __COLUMNS__ FROM memories m
WHERE m.user_id = %(user_id)s AND (%(after)s = '' OR m.memory_id < %(after)s)
ORDER BY m.memory_id DESC LIMIT %(limit)s
""")


# The query's similarity to memories the word search found and the meaning search did not rank (for relevance).
_SIMILARITIES = """
SELECT memory_id, 1 - (embedding <=> %(embedding)s::vector) AS similarity FROM memories
WHERE user_id = %(user_id)s AND memory_id = ANY(%(ids)s::text[]) AND embedding IS NOT NULL
"""

_EXPORT = _sql("SELECT __COLUMNS__ FROM memories m WHERE m.user_id = %s ORDER BY m.memory_id")


def vector_literal(vector: Sequence[float]) -> str:
    return "[" + ",".join(f"{x:.6f}" for x in vector) + "]"


def _memory(row: Row) -> Memory:
    return Memory(
        memory_id=row["memory_id"],
        user_id=row["user_id"],
        kind=row["kind"],
        text=row["text"],
        said_at=row["said_at"],
        source_message_ids=tuple(row["source_message_ids"]),
        content_hash=row["content_hash"],
        score=float(row.get("score") or 0.0),
        subject=row["subject"],
        attribute=row["attribute"],
        value=row["value"],
        valid_from=row["valid_from"],
        valid_to=row["valid_to"],
        superseded_by=row["superseded_by"],
        strength=row["strength"],
        importance=float(row["importance"]),
        last_said_at=row["last_said_at"],
        sensitive=row["sensitive"],
        similarity=float(row.get("similarity") or 0.0),
        word_match=float(row.get("word_match") or 0.0),
    )


class PostgresUnitOfWork:
    """One transaction: everything a message yields is written, or nothing is."""

    def __init__(self, conn: AsyncConnection[DictRow]) -> None:
        self._conn = conn

    async def mark_ingested(self, user_id: str, message_id: str) -> bool:
        """False when this message was ingested before (a re-delivery)."""
        cursor = await self._conn.execute(
            "INSERT INTO memory_ingested_messages (user_id, message_id) VALUES (%s, %s) ON CONFLICT DO NOTHING",
            (user_id, message_id),
        )
        return cursor.rowcount == 1

    async def current_attribute(self, memory: Memory) -> Memory | None:
        cursor = await self._conn.execute(
            _CURRENT_ATTRIBUTE,
            {
                "user_id": memory.user_id,
                "subject": memory.subject,
                "attribute": memory.attribute,
                "value": memory.value,
                "sensitive": memory.sensitive,
            },
        )
        row = await cursor.fetchone()
        return _memory(row) if row else None

    async def nearest(self, memory: Memory, embedding: Sequence[float]) -> tuple[Memory | None, float]:
        cursor = await self._conn.execute(
            _NEAREST,
            {
                "user_id": memory.user_id,
                "kind": memory.kind,
                "subject": memory.subject,
                "sensitive": memory.sensitive,
                "embedding": vector_literal(embedding),
            },
        )
        row = await cursor.fetchone()
        return (_memory(row), float(row["similarity"])) if row else (None, 0.0)

    async def insert(self, memory: Memory, conversation_id: str, embedding: Sequence[float]) -> str:
        cursor = await self._conn.execute(
            _INSERT,
            {
                "user_id": memory.user_id,
                "memory_id": memory.memory_id,
                "conversation_id": conversation_id,
                "kind": memory.kind,
                "text": memory.text,
                "said_at": memory.said_at,
                "sources": list(memory.source_message_ids),
                "content_hash": memory.content_hash,
                "subject": memory.subject,
                "attribute": memory.attribute,
                "value": memory.value,
                "valid_from": memory.valid_from,
                "valid_to": memory.valid_to,
                "importance": memory.importance,
                "sensitive": memory.sensitive,
                "embedding": vector_literal(embedding),
            },
        )
        row = await cursor.fetchone()
        assert row is not None
        return str(row["memory_id"])

    async def strengthen(self, existing: Memory, new: Memory) -> None:
        await self._conn.execute(
            _STRENGTHEN,
            {
                "user_id": existing.user_id,
                "memory_id": existing.memory_id,
                "sources": list(new.source_message_ids),
                "said_at": new.said_at,
            },
        )

    async def supersede(self, old: Memory, new_id: str, until: Any) -> None:
        await self._conn.execute(
            _SUPERSEDE,
            {
                "user_id": old.user_id,
                "memory_id": old.memory_id,
                "new_id": new_id,
                "until": until,
                "sources": list(old.source_message_ids),
            },
        )


class PostgresMemoryStore:
    def __init__(self, pool: Pool) -> None:
        self._pool = pool

    @asynccontextmanager
    async def unit_of_work(self) -> AsyncIterator[PostgresUnitOfWork]:
        async with self._pool.connection() as conn, conn.transaction():
            yield PostgresUnitOfWork(conn)

    async def search_words(self, query: RecallQuery) -> list[Memory]:
        return await self._search(_SEARCH_WORDS, query, {"query": query.text, "word_groups": list(query.word_groups)})

    async def search_meaning(self, query: RecallQuery, embedding: Sequence[float]) -> list[Memory]:
        return await self._search(_SEARCH_MEANING, query, {"embedding": vector_literal(embedding)})

    async def _search(self, sql: str, query: RecallQuery, extra: dict[str, Any]) -> list[Memory]:
        params = {
            "user_id": query.user_id,
            "exclude": sorted(query.exclude_message_ids),
            "limit": query.candidates,
            "period_start": query.period_start,
            "period_end": query.period_end,
            "include_sensitive": query.include_sensitive,
            **extra,
        }
        async with self._pool.connection() as conn:
            cursor = await conn.execute(sql, params)
            return [_memory(row) for row in await cursor.fetchall()]

    async def similarities(
        self, user_id: str, memory_ids: Sequence[str], embedding: Sequence[float]
    ) -> dict[str, float]:
        if not memory_ids:
            return {}
        params = {"user_id": user_id, "ids": list(memory_ids), "embedding": vector_literal(embedding)}
        async with self._pool.connection() as conn:
            cursor = await conn.execute(_SIMILARITIES, params)
            return {row["memory_id"]: float(row["similarity"]) for row in await cursor.fetchall()}

    async def list_page(self, user_id: str, limit: int, after: str) -> list[Memory]:
        async with self._pool.connection() as conn:
            cursor = await conn.execute(_LIST, {"user_id": user_id, "limit": limit, "after": after})
            return [_memory(row) for row in await cursor.fetchall()]

    async def export(self, user_id: str) -> list[Memory]:
        async with self._pool.connection() as conn:
            cursor = await conn.execute(
                _EXPORT,
                (user_id,),
            )
            return [_memory(row) for row in await cursor.fetchall()]

    async def forget(self, user_id: str, memory_id: str) -> list[str]:
        """Deletes a memory and, for an episode, what was derived only from its messages; other memories that
        cite those messages lose them from their provenance. One transaction: nothing stays searchable.
        Returns the ids deleted (empty when there was no such memory)."""
        async with self._pool.connection() as conn, conn.transaction():
            cursor = await conn.execute(
                "DELETE FROM memories WHERE user_id = %s AND memory_id = %s RETURNING kind, source_message_ids",
                (user_id, memory_id),
            )
            row = await cursor.fetchone()
            if row is None:
                return []
            deleted = [memory_id]
            if row["kind"] == "episode":
                sources = list(row["source_message_ids"])
                cursor = await conn.execute(
                    "DELETE FROM memories WHERE user_id = %s AND source_message_ids <@ %s::text[] RETURNING memory_id",
                    (user_id, sources),
                )
                deleted += [r["memory_id"] for r in await cursor.fetchall()]
                await conn.execute(
                    "UPDATE memories SET source_message_ids = ARRAY(SELECT unnest(source_message_ids) EXCEPT "
                    "SELECT unnest(%s::text[])) WHERE user_id = %s AND source_message_ids && %s::text[]",
                    (sources, user_id, sources),
                )
            # What the deleted memories had replaced is current again: forgetting a move restores the old home.
            await conn.execute(
                "UPDATE memories SET superseded_by = '', valid_to = NULL "
                "WHERE user_id = %s AND superseded_by = ANY(%s::text[])",
                (user_id, deleted),
            )
            return deleted

    async def forget_all(self, user_id: str) -> int:
        async with self._pool.connection() as conn, conn.transaction():
            cursor = await conn.execute("DELETE FROM memories WHERE user_id = %s", (user_id,))
            count = cursor.rowcount
            await conn.execute("DELETE FROM memory_ingested_messages WHERE user_id = %s", (user_id,))
            return count
