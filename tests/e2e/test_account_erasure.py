"""Erasure and export of a whole account through the gateway: after a full conversation (replies, a memory, a
planned check-in, a persona, wellbeing settings), DELETE /v1/account leaves no row in any table and no Redis
key, value, member or stream entry that carries the user's id; another user's data stays."""

import asyncio
import json
import time
from typing import Any

import psycopg
from psycopg import sql
from redis.asyncio import Redis

from companion_devtools.stack import Stack

from .client import ChatClient
from .test_conversation import _wait_until_remembered

_CARD = {
    "spec": "chara_card_v2",
    "spec_version": "2.0",
    "data": {
        "name": "Aria",
        "description": "{{char}} keeps a lighthouse.",
        "personality": "calm",
        "scenario": "",
        "first_mes": "Evening, {{user}}.",
        "mes_example": "",
        "creator_notes": "",
        "system_prompt": "",
        "post_history_instructions": "",
        "alternate_greetings": [],
        "tags": [],
        "creator": "",
        "character_version": "1",
        "extensions": {},
    },
}


def _rows_carrying(database_url: str, user_id: str) -> dict[str, int]:
    """Per table of the database (every schema but the system ones), the rows whose text holds the user id."""
    found: dict[str, int] = {}
    with psycopg.connect(database_url) as conn:
        tables = conn.execute(
            "SELECT table_schema, table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE'"
            " AND table_schema NOT IN ('pg_catalog', 'information_schema')"
        ).fetchall()
        for schema, table in tables:
            query = sql.SQL("SELECT count(*) FROM {} AS t WHERE strpos(t::text, %s) > 0").format(
                sql.Identifier(schema, table)
            )
            row = conn.execute(query, (user_id,)).fetchone()
            if row and row[0]:
                found[f"{schema}.{table}"] = int(row[0])
    return found


async def _redis_carrying(redis: "Redis[bytes]", user_id: str) -> list[str]:
    """Every key whose name, value, field, member or stream entry holds the user id."""
    needle = user_id.encode()
    found: list[str] = []
    async for key in redis.scan_iter(count=1000):
        kind = (await redis.type(key)).decode()
        parts: list[bytes] = [key]
        if kind == "string":
            parts.append(await redis.get(key) or b"")
        elif kind == "hash":
            parts.extend(b for pair in (await redis.hgetall(key)).items() for b in pair)
        elif kind == "zset":
            parts.extend(await redis.zrange(key, 0, -1))
        elif kind == "set":
            parts.extend(await redis.smembers(key))
        elif kind == "list":
            parts.extend(await redis.lrange(key, 0, -1))
        elif kind == "stream":
            for _id, fields in await redis.xrange(key):
                parts.extend(b for pair in fields.items() for b in pair)
        if any(needle in part for part in parts):
            found.append(f"{kind} {key.decode(errors='replace')}")
    return found


async def _erasure_done(client: ChatClient, timeout_s: float = 60) -> dict[str, Any]:
    deadline = time.monotonic() + timeout_s
    while True:
        status = (await client.http.get("/v1/account/erasure")).json()
        if status["done"] or time.monotonic() > deadline:
            return dict(status)
        await asyncio.sleep(0.5)


async def test_an_erased_account_leaves_nothing_behind(stack: Stack) -> None:
    async with (
        ChatClient(stack.gateway_url, stack.jwt_secret) as alice,
        ChatClient(stack.gateway_url, stack.jwt_secret) as bob,
    ):
        told = await alice.send_ok("alice-home", "My sister's name is Maya and she lives in Porto.")
        await alice.reply_to(told)
        planned = await alice.send_ok("alice-home", "I have a job interview next Friday.")
        await alice.reply_to(planned)
        assert (await alice.http.put("/v1/conversations/lighthouse/persona", content=json.dumps(_CARD))).is_success
        quiet = await alice.http.put("/v1/wellbeing/quiet-hours", json={"start": "22:00", "end": "07:00"})
        assert quiet.is_success, quiet.text
        await alice.reply_to(await alice.send_ok("lighthouse", "Good evening!"))
        await bob.reply_to(await bob.send_ok("bob-home", "My dog is called Rex."))
        await _wait_until_remembered(stack, alice.user_id, "sister")
        await _wait_until_remembered(stack, bob.user_id, "dog")
        assert _rows_carrying(stack.database_url, alice.user_id)

        export = await alice.http.get("/v1/account/export")
        assert export.status_code == 200, export.text
        document = export.json()
        assert document["user_id"] == alice.user_id
        said = [t["text"] for t in document["dialogue"]["transcripts"] if t["role"] == "user"]
        assert "My sister's name is Maya and she lives in Porto." in said
        assert document["dialogue"]["personas"][0]["card"]["data"]["name"] == "Aria"
        assert {t["conversation_id"] for t in document["dialogue"]["transcripts"]} == {"alice-home", "lighthouse"}
        assert document["dialogue"]["check_ins"][0]["what"]
        assert any("Maya" in m["text"] for m in document["memory"]["memories"])
        assert {a["message_id"] for a in document["safety"]["assessments"]} >= {told, planned}
        assert document["safety"]["wellbeing_settings"][0]["quiet_start"].startswith("22:00")
        assert bob.user_id not in export.text

        erased = await alice.http.delete("/v1/account")
        assert erased.status_code == 202, erased.text
        assert erased.json()["state"] in ("erasing", "erased")
        assert erased.headers["location"] == "/v1/account/erasure"
        late = await alice.send("alice-home", "Are you still there?")
        status = await _erasure_done(alice)
        assert status["done"], status
        assert all(s["erased"] for s in status["services"].values()), status
        assert late.status_code == 422, late.text  # sent while erasing: refused, never kept

        again = await alice.http.delete("/v1/account")  # idempotent: a second erasure finds nothing, and ends
        assert again.status_code == 202, again.text
        assert (await _erasure_done(alice))["done"]
        assert (await bob.history("bob-home"))[0]["text"] == "My dog is called Rex."

    # Checked once the clients are gone: an open socket is itself a key of its user (the per-user socket cap).
    assert _rows_carrying(stack.database_url, alice.user_id) == {}
    assert _rows_carrying(stack.database_url, bob.user_id), "another user's data must stay"
    redis: Redis[bytes] = Redis.from_url(stack.redis_url)
    try:
        for _ in range(30):  # the status reads' rate-limit bucket expires once it refills
            left = await _redis_carrying(redis, alice.user_id)
            if not left:
                break
            await asyncio.sleep(0.5)
        assert left == []
        assert await _redis_carrying(redis, bob.user_id)
    finally:
        await redis.aclose()


async def test_account_routes_need_a_token(stack: Stack) -> None:
    async with ChatClient(stack.gateway_url, stack.jwt_secret) as anyone:
        assert (await anyone.http.get("/v1/account/erasure")).status_code == 404
        anyone.http.headers.pop("Authorization")
        assert (await anyone.http.delete("/v1/account")).status_code == 401
        assert (await anyone.http.get("/v1/account/export")).status_code == 401
