"""The persona of each conversation, as the Character Card JSON the user gave (PostgreSQL, jsonb)."""

import json
from typing import Any

from psycopg.types.json import Jsonb

from companion_common.postgres import Pool


class PostgresPersonas:
    def __init__(self, pool: Pool) -> None:
        self._pool = pool

    async def get(self, user_id: str, conversation_id: str) -> dict[str, Any] | None:
        async with self._pool.connection() as conn:
            cursor = await conn.execute(
                "SELECT card FROM dialogue_personas WHERE user_id = %s AND conversation_id = %s",
                (user_id, conversation_id),
            )
            row = await cursor.fetchone()
        if row is None:
            return None
        card = row["card"]
        return card if isinstance(card, dict) else dict(json.loads(card))

    async def put(self, user_id: str, conversation_id: str, card: dict[str, Any]) -> None:
        async with self._pool.connection() as conn:
            await conn.execute(
                "INSERT INTO dialogue_personas (user_id, conversation_id, card) VALUES (%s, %s, %s)"
                " ON CONFLICT (user_id, conversation_id) DO UPDATE SET card = excluded.card, updated_at = now()",
                (user_id, conversation_id, Jsonb(card)),
            )
