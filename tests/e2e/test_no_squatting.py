"""No squatting: a client-chosen conversation id is the user's own, so two users on the same id ("chat-me",
the id `make chat` picks) have two separate conversations end to end: replies, histories, personas, catch-up.
Nobody can block another user out of an id, nor read what they said under it."""

import asyncio
import json
import uuid

import websockets

from companion_devtools.stack import Stack

from .client import ChatClient


async def test_two_users_on_one_conversation_id_get_two_conversations(stack: Stack) -> None:
    me_id, squatter_id = f"me-{uuid.uuid4().hex[:8]}", f"squatter-{uuid.uuid4().hex[:8]}"
    async with (
        ChatClient(stack.gateway_url, stack.jwt_secret, squatter_id) as squatter,
        ChatClient(stack.gateway_url, stack.jwt_secret, me_id) as me,
    ):
        # The squatter takes the id first, and even gives it a persona.
        squatter_first = await squatter.send_ok("chat-me", "I got here first, this id is mine now.")
        await squatter.reply_to(squatter_first)
        card = {
            "spec": "chara_card_v2",
            "spec_version": "2.0",
            "data": {"name": "Squatbot", "description": "", "personality": "", "scenario": "", "first_mes": "",
                     "mes_example": "", "creator_notes": "", "system_prompt": "", "post_history_instructions": "",
                     "alternate_greetings": [], "tags": [], "creator": "", "character_version": "1",
                     "extensions": {}},
        }  # fmt: skip
        assert (
            await squatter.http.put("/v1/conversations/chat-me/persona", content=json.dumps(card))
        ).status_code == 200

        # Nothing of it is visible to me, and nothing stops me from using the id.
        assert await me.history("chat-me") == []
        my_persona = (await me.http.get("/v1/conversations/chat-me/persona")).json()
        assert (my_persona["conversation_id"], my_persona["custom"]) == ("chat-me", False)

        # Both write at the same time: each is answered in their own conversation (own lease, own burst).
        mine, theirs = await asyncio.gather(
            me.send_ok("chat-me", "My sister's name is Maya."), squatter.send_ok("chat-me", "Still here.")
        )
        my_reply, their_reply = await asyncio.gather(me.reply_to(mine), squatter.reply_to(theirs))

        assert my_reply["conversation_id"] == their_reply["conversation_id"] == "chat-me"
        assert my_reply["answers"] == [mine]
        assert their_reply["answers"] == [theirs]
        my_history, their_history = await me.history("chat-me"), await squatter.history("chat-me")
        assert [(t["role"], t["id"]) for t in my_history] == [("user", mine), ("companion", my_reply["delivery_id"])]
        assert [t["id"] for t in their_history if t["role"] == "user"] == [squatter_first, theirs]
        assert not {t["id"] for t in my_history} & {t["id"] for t in their_history}
        # No event of one user ever reached the other's socket.
        assert not {e["delivery_id"] for e in me.received} & {e["delivery_id"] for e in squatter.received}
        assert all(e["conversation_id"] == "chat-me" for e in me.received if e.get("conversation_id"))

        # Catching up on the socket with ?conversation_id=chat-me&after= gives my turns only.
        url = stack.gateway_url.replace("http", "ws", 1) + f"/v1/stream?conversation_id=chat-me&after={mine}"
        async with websockets.connect(url, additional_headers=me.headers) as ws:
            caught_up = []
            while not any(e.get("delivery_id") == my_reply["delivery_id"] for e in caught_up):
                caught_up.append(json.loads(await asyncio.wait_for(ws.recv(), 10)))
        assert {e["conversation_id"] for e in caught_up if e.get("conversation_id")} == {"chat-me"}
        assert not {e.get("delivery_id") for e in caught_up} & {t["id"] for t in their_history}


async def test_a_server_chosen_conversation_id_works_like_any_other(stack: Stack) -> None:
    async with ChatClient(stack.gateway_url, stack.jwt_secret) as client:
        created = await client.http.post("/v1/conversations")
        assert created.status_code == 201
        conversation_id = created.json()["conversation_id"]
        message_id = await client.send_ok(conversation_id, "Hello there")
        reply = await client.reply_to(message_id)
        assert reply["conversation_id"] == conversation_id
        assert len(await client.history(conversation_id)) == 2
