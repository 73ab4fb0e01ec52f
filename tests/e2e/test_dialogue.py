"""Dialogue through the public API: streamed replies, catching up after a reconnect (notices too), bursts, personas,
check-ins."""

import asyncio
import json
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
import websockets

from companion.v1.events_pb2 import MessageEvent
from companion_common.ids import new_id
from companion_common.settings import StreamSettings
from companion_common.streams import create_broker, publish_event
from companion_devtools.stack import Stack
from companion_gateway.domain.conversations import scoped_conversation_id

from .client import ChatClient


async def test_a_streamed_reply_arrives_complete_and_in_order(stack: Stack) -> None:
    async with ChatClient(stack.gateway_url, stack.jwt_secret) as client:
        message_id = await client.send_ok("streaming", "Tell me something nice")
        reply = await client.reply_to(message_id)

        stream = [e for e in client.received if e.get("delivery_id") == reply["delivery_id"]]
        kinds = [e["type"] for e in stream]
        assert kinds[0] == "typing"
        assert stream[0]["state"] == "start"
        assert kinds[-1] == "reply"
        chunks = [e for e in stream if e["type"] == "reply_chunk"]
        assert len(chunks) > 1
        assert [c["seq"] for c in chunks] == list(range(1, len(chunks) + 1))
        assert reply["seq"] == len(chunks) + 1
        assert "".join(c["text"] for c in chunks).strip() == reply["text"]
        history = await client.history("streaming")
        assert history[-1]["text"] == reply["text"]


async def _connect(stack: Stack, client: ChatClient, query: str = "") -> Any:
    url = stack.gateway_url.replace("http", "ws", 1) + "/v1/stream" + query
    return await websockets.connect(url, additional_headers=client.headers)


async def _receive_until(ws: Any, condition: Any, timeout_s: float = 10) -> list[dict[str, Any]]:
    got: list[dict[str, Any]] = []
    deadline = time.monotonic() + timeout_s
    while not condition(got):
        got.append(json.loads(await asyncio.wait_for(ws.recv(), deadline - time.monotonic())))
    return got


async def test_a_client_that_reconnects_receives_the_reply_made_while_it_was_away(stack: Stack) -> None:
    client = ChatClient(stack.gateway_url, stack.jwt_secret)  # not connected: no socket open
    try:
        message_id = await client.send_ok("away", "I'm going into a tunnel, talk later")
        for _ in range(100):  # the reply and the day's AI notice are made while nobody is connected
            wellbeing = (await client.http.get("/v1/wellbeing")).json()
            if len(await client.history("away")) == 2 and wellbeing["last_ai_notice_at"]:
                break
            await asyncio.sleep(0.1)

        ws = await _connect(stack, client)
        try:
            got = await _receive_until(ws, lambda g: any(e["type"] == "reply" for e in g))
        finally:
            await ws.close()
        reply = next(e for e in got if e["type"] == "reply")
        assert reply["in_reply_to"] == message_id
        assert reply["missed"] is True
        assert reply["text"] == (await client.history("away"))[1]["text"]
        # The AI notice of the user's first contact today reached no client: it comes first on connecting.
        notice = got[0]
        assert (notice["type"], notice["missed"], notice["in_reply_to"]) == ("notice", True, message_id)
        assert "AI" in notice["text"]

        # Delivered now: the next connection does not get it again, but can ask for everything after an id.
        ws = await _connect(stack, client, f"?conversation_id=away&after={message_id}")
        try:
            again = await _receive_until(ws, lambda g: len(g) >= 1)
            await asyncio.sleep(0.3)
        finally:
            await ws.close()
        assert [e["delivery_id"] for e in again] == [reply["delivery_id"]]
    finally:
        await client.http.aclose()


async def test_crisis_support_made_while_nobody_was_connected_comes_first_in_the_stored_reply(stack: Stack) -> None:
    """Nobody connected, so safety's support reached no one: the stored reply carries it, before the words that
    point to it ("the number is at the top of the message I sent")."""
    client = ChatClient(stack.gateway_url, stack.jwt_secret)  # not connected: no socket open
    try:
        await client.send_ok("away-crisis", "i just swallowed every pill in the cabinet", locale="en-US")
        for _ in range(100):
            if len(turns := await client.history("away-crisis")) == 2:
                break
            await asyncio.sleep(0.1)
        stored = turns[1]["text"]
        assert "911" in stored
        assert "988" in stored
        assert stored.index("911") < stored.index("the number is at the top of the message I sent")
    finally:
        await client.http.aclose()


async def test_a_burst_of_short_messages_gets_one_reply(stack: Stack) -> None:
    async with ChatClient(stack.gateway_url, stack.jwt_secret) as client:
        sent = []
        for text in ("hey", "so", "guess what"):
            sent.append(await client.send_ok("burst-talk", text))
            await asyncio.sleep(0.1)
        reply = await client.reply_to(sent[0])
        await asyncio.sleep(1.5)  # a second reply would have come by now

        replies = [e for e in client.received if e["type"] == "reply"]
        assert len(replies) == 1
        assert reply["answers"] == sent
        assert reply["in_reply_to"] == sent[-1]
        roles = [t["role"] for t in await client.history("burst-talk")]
        assert roles == ["user", "user", "user", "companion"]


async def test_a_persona_card_round_trips_through_the_gateway(stack: Stack) -> None:
    card = {
        "spec": "chara_card_v2",
        "spec_version": "2.0",
        "data": {
            "name": "Aria",
            "description": "{{char}} keeps a lighthouse.",
            "personality": "calm",
            "scenario": "",
            "first_mes": "Evening, {{user}}.",
            "mes_example": "",
            "creator_notes": "not for prompts",
            "system_prompt": "{{original}} Speak like a sailor.",
            "post_history_instructions": "",
            "alternate_greetings": ["Ahoy!"],
            "tags": [],
            "creator": "",
            "character_version": "1",
            "extensions": {"my_app": {"voice": "alto"}},
        },
    }
    async with ChatClient(stack.gateway_url, stack.jwt_secret) as client:
        default = await client.http.get("/v1/conversations/lighthouse/persona")
        assert default.status_code == 200
        assert default.json()["custom"] is False
        assert default.json()["card"]["data"]["name"] == "Sam"

        put = await client.http.put("/v1/conversations/lighthouse/persona", content=json.dumps(card))
        assert put.status_code == 200, put.text
        v2 = await client.http.get("/v1/conversations/lighthouse/persona", params={"spec": "v2"})
        v3 = await client.http.get("/v1/conversations/lighthouse/persona")
        assert v2.json() == {"conversation_id": "lighthouse", "custom": True, "card": card}
        assert v3.json()["card"]["spec"] == "chara_card_v3"
        assert v3.json()["card"]["data"]["extensions"] == {"my_app": {"voice": "alto"}}

        bad = await client.http.put("/v1/conversations/lighthouse/persona", content='{"spec": "nope"}')
        assert bad.status_code == 422
        other = ChatClient(stack.gateway_url, stack.jwt_secret)
        try:
            # Conversation ids are per user: another user's "lighthouse" has the default persona.
            assert (await other.http.get("/v1/conversations/lighthouse/persona")).json()["custom"] is False
        finally:
            await other.http.aclose()

        message_id = await client.send_ok("lighthouse", "Good evening!")
        assert (await client.reply_to(message_id))["text"]


def _zone_at(hour: int) -> str:
    """An Etc/GMT zone whose local time is now around ``hour`` o'clock (Etc/GMT-N is UTC+N)."""
    offset = (hour - datetime.now(UTC).hour + 12) % 24 - 12
    return f"Etc/GMT{-offset:+d}"


async def test_a_check_in_follows_a_dated_plan_but_not_at_night(stack: Stack) -> None:
    three_days_ago = (datetime.now(UTC) - timedelta(days=3)).isoformat()
    async with (
        ChatClient(stack.gateway_url, stack.jwt_secret) as day_user,
        ChatClient(stack.gateway_url, stack.jwt_secret) as night_user,
    ):
        told = await day_user.send_ok(
            "plans", "I have a job interview tomorrow", sent_at=three_days_ago, time_zone=_zone_at(13)
        )
        told_at_night = await night_user.send_ok(
            "night-plans", "I have a job interview tomorrow", sent_at=three_days_ago, time_zone=_zone_at(3)
        )
        await day_user.reply_to(told)
        await night_user.reply_to(told_at_night)

        await day_user.wait_for(lambda got: any(e["type"] == "check_in" for e in got), 15)
        await asyncio.sleep(1.0)  # several scheduler rounds: no second check-in, none at night

        check_ins = [e for e in day_user.received if e["type"] == "check_in"]
        assert [e["text"] for e in check_ins] == ["Hey! I was thinking of you. How did your job interview go?"]
        assert check_ins[0]["conversation_id"] == "plans"
        assert not [e for e in night_user.received if e["type"] == "check_in"]
        stored = [t for t in await day_user.history("plans") if t["role"] == "companion" and not t["in_reply_to"]]
        assert [(t["role"], t["text"]) for t in stored] == [("companion", check_ins[0]["text"])]


async def test_a_death_gets_condolence_no_check_in_and_the_funeral_a_gentle_word(stack: Stack) -> None:
    three_days_ago = (datetime.now(UTC) - timedelta(days=3)).isoformat()
    async with ChatClient(stack.gateway_url, stack.jwt_secret) as client:
        told = await client.send_ok(
            "grief", "my grandad passed away on Monday", sent_at=three_days_ago, time_zone=_zone_at(13)
        )
        assert (await client.reply_to(told))["text"].startswith("I'm so sorry")
        funeral = await client.send_ok(
            "grief", "my grandad's funeral is tomorrow", sent_at=three_days_ago, time_zone=_zone_at(13)
        )
        await client.reply_to(funeral)

        await client.wait_for(lambda got: any(e["type"] == "check_in" for e in got), 15)
        await asyncio.sleep(1.0)  # several scheduler rounds: nothing asked of the death itself

        check_ins = [e["text"] for e in client.received if e["type"] == "check_in"]
        assert check_ins == ["I've been thinking of you since your grandad's funeral. How are you holding up?"]


async def test_a_check_in_for_a_user_who_is_away_waits_for_their_next_connection(stack: Stack) -> None:
    client = ChatClient(stack.gateway_url, stack.jwt_secret)  # not connected
    try:
        three_days_ago = (datetime.now(UTC) - timedelta(days=3)).isoformat()
        await client.send_ok(
            "away-plans", "my dentist appointment is tomorrow", sent_at=three_days_ago, time_zone=_zone_at(13)
        )
        check_in_text = "Hey! I was thinking of you. How did your dentist appointment go?"
        for _ in range(100):
            if check_in_text in [t["text"] for t in await client.history("away-plans")]:
                break
            await asyncio.sleep(0.1)
        ws = await _connect(stack, client)
        try:
            got = await _receive_until(ws, lambda g: any(e["type"] == "check_in" for e in g))
        finally:
            await ws.close()
        check_in = next(e for e in got if e["type"] == "check_in")
        assert (check_in["text"], check_in["missed"]) == (check_in_text, True)
    finally:
        await client.http.aclose()


async def test_a_message_published_again_and_again_gets_one_reply(stack: Stack) -> None:
    streams = StreamSettings(redis_url=stack.redis_url)
    broker = create_broker(streams)
    await broker.connect()
    try:
        async with ChatClient(stack.gateway_url, stack.jwt_secret) as client:
            first = await client.send_ok("again", "Remember this one")
            await client.reply_to(first)
            # "answered long ago": the client has the reply and dialogue has recorded it as delivered (recorded just
            # after the client got it; a copy arriving in between is re-delivered, as the at-least-once design says)
            await _delivered(stack, client.user_id, first)
            now = datetime.now(UTC)
            event = MessageEvent(
                event_id=new_id(),
                message_id=new_id(),
                user_id=client.user_id,
                # The id the gateway gives the services for this user's "again" (conversation ids are per user).
                conversation_id=scoped_conversation_id(client.user_id, "again"),
                text="A message the stream delivers more than once",
                time_zone="UTC",
                locale="en-US",
                reply_to=stack.gateway_grpc,
            )
            event.sent_at.FromDatetime(now)
            event.received_at.FromDatetime(now)
            copy = MessageEvent()
            copy.CopyFrom(event)
            copy.event_id = new_id()  # re-published by another producer: same message, new event id
            for again in (event, event, copy, first_event_again(event, first)):
                await publish_event(broker, streams, again)
            await client.reply_to(event.message_id)
            await asyncio.sleep(1.5)  # any second reply would have come by now

            assert sorted(client.answered()) == sorted([first, event.message_id])
            roles = [t["role"] for t in await client.history("again")]
            assert roles == ["user", "companion", "user", "companion"]
    finally:
        await broker.stop()


async def _delivered(stack: Stack, user_id: str, message_id: str) -> None:
    """Waits (up to 10 s) until dialogue has recorded the reply to a message as delivered."""
    async with await psycopg.AsyncConnection.connect(stack.database_url) as conn:
        for _ in range(100):
            cursor = await conn.execute(
                "SELECT delivered FROM dialogue_turns WHERE user_id = %s AND in_reply_to = %s", (user_id, message_id)
            )
            row = await cursor.fetchone()
            if row is not None and row[0]:
                return
            await asyncio.sleep(0.1)
    raise AssertionError(f"the reply to {message_id} was never recorded as delivered")


def first_event_again(template: MessageEvent, message_id: str) -> MessageEvent:
    """The first message, answered long ago, arriving once more (a reclaim after a crash)."""
    old = MessageEvent()
    old.CopyFrom(template)
    old.event_id, old.message_id, old.text = new_id(), message_id, "Remember this one"
    return old


async def test_no_check_in_while_the_user_is_paused_and_it_comes_after_they_resume(stack: Stack) -> None:
    three_days_ago = (datetime.now(UTC) - timedelta(days=3)).isoformat()
    async with ChatClient(stack.gateway_url, stack.jwt_secret) as client:
        paused = await client.http.post("/v1/wellbeing/pause", json={})
        assert paused.status_code == 200, paused.text
        told = await client.send_ok(
            "paused-plans", "I have a job interview tomorrow", sent_at=three_days_ago, time_zone=_zone_at(13)
        )
        await client.reply_to(told)
        await asyncio.sleep(2.0)  # several scheduler rounds (0.3 s apart here)
        assert not [e for e in client.received if e["type"] == "check_in"]

        resumed = await client.http.delete("/v1/wellbeing/pause")
        assert resumed.status_code == 200, resumed.text
        await client.wait_for(lambda got: any(e["type"] == "check_in" for e in got), 15)
        assert [e["text"] for e in client.received if e["type"] == "check_in"] == [
            "Hey! I was thinking of you. How did your job interview go?"
        ]
