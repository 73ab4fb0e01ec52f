"""The logs of a full conversation, at the default level (INFO), hold no message text, no bearer token and no
JWT secret: a short chat (a fact, a plan, a crisis message, a persona, a memory listing, a socket that passes
its token in the query string, a refused forged token) and then every service's log file is read whole."""

import asyncio
import json
import uuid

import websockets

from companion_devtools.stack import Stack

from .client import ChatClient, token_for

# Words no log line would hold by chance: seen in a log, a message's text (or a reply built on it) got there.
SECRET_WORDS = ["Xanthoula", "Brindlewick", "Quorvath"]


async def test_logs_of_a_full_conversation_hold_no_text_token_or_secret(stack: Stack) -> None:
    user = f"logcheck-{uuid.uuid4().hex[:8]}"
    texts = [
        f"My sister's name is {SECRET_WORDS[0]} and she lives in Porto.",
        f"I have a job interview at {SECRET_WORDS[1]} on Friday.",
        f"I can't go on, I want to kill myself tonight. {SECRET_WORDS[2]}",
    ]
    async with ChatClient(stack.gateway_url, stack.jwt_secret, user) as client:
        token = client.headers["Authorization"].removeprefix("Bearer ")
        for text in texts:
            message_id = await client.send_ok("logs", text)
            await client.wait_for(
                lambda got, m=message_id: any(
                    e["in_reply_to"] == m and e["type"] in ("reply", "crisis_support") for e in got
                )
            )
        card = {"spec": "chara_card_v2", "spec_version": "2.0",
                "data": {"name": SECRET_WORDS[0], "description": SECRET_WORDS[1]}}  # fmt: skip
        await client.http.put("/v1/conversations/logs/persona", content=json.dumps(card))
        await client.http.get("/v1/conversations/logs/messages")
        await client.http.get("/v1/memories")
        await client.http.get("/v1/account/export")
        url = stack.gateway_url.replace("http", "ws", 1) + f"/v1/stream?token={token}"
        async with websockets.connect(url) as ws:
            await asyncio.sleep(0.5)
            await ws.close()
        forged = token_for(user, "not-the-secret-" + "x" * 32)
        assert (await client.http.get("/v1/memories", headers={"Authorization": f"Bearer {forged}"})).status_code == 401
        await asyncio.sleep(1.5)  # what the services were still writing (memory's extraction, safety's audit)

    forbidden = {
        "the JWT secret": stack.jwt_secret,
        "a bearer token": token,
        "a bearer token's signature": token.rsplit(".", 1)[-1],
        "a forged token's signature": forged.rsplit(".", 1)[-1],
        **{f"message text ({word})": word for word in SECRET_WORDS},
        **{f"message text ({text[:20]}...)": text for text in texts},
    }
    found: list[str] = []
    for name, process in stack.processes.items():
        log = process.log_path.read_text(encoding="utf-8", errors="replace")
        assert log.strip(), f"{name} wrote no log at all"
        for what, value in forbidden.items():
            for number, line in enumerate(log.splitlines(), 1):
                if value.lower() in line.lower():
                    found.append(f"{name}.log:{number} holds {what}: {line[:300]}")
    assert not found, "\n".join(found)
