"""Every accepted message is answered exactly once: across replicas, for duplicates, despite poison."""

import asyncio
import uuid
from collections import Counter

import redis.asyncio as redis

from companion_devtools.stack import Stack

from .client import ChatClient


async def test_two_dialogue_consumers_share_a_burst_and_answer_each_message_once(stack: Stack) -> None:
    async with ChatClient(stack.gateway_url, stack.jwt_secret) as client:
        conversations = [f"burst-{i}" for i in range(4)]
        sent = await asyncio.gather(*(client.send_ok(conversations[i % 4], f"message number {i}") for i in range(40)))
        await client.wait_for(lambda got: set(client.answered()) >= set(sent), 60)
        await asyncio.sleep(1.0)  # any second reply would have arrived by now

        # Messages arriving together in one conversation are answered together: each one exactly once.
        answered = Counter(client.answered())
        assert set(answered) == set(sent)
        assert set(answered.values()) == {1}
        replies = [e for e in client.received if e["type"] == "reply"]
        for conversation in conversations:
            turns = await client.history(conversation)
            in_conversation = [e for e in replies if e["conversation_id"] == conversation]
            assert Counter(t["role"] for t in turns) == {"user": 10, "companion": len(in_conversation)}

    # Both replicas did work. On a busy machine a message can reach both (one gave up waiting for the
    # conversation's lease and left it pending for a retry): the replies above show it was answered once.
    handled_by = {
        name: {message_id for message_id in sent if message_id in process.log_path.read_text()}
        for name, process in stack.processes.items()
        if name.startswith("dialogue")
    }
    assert len(handled_by) == 2
    assert all(handled_by.values()), {name: len(ids) for name, ids in handled_by.items()}
    assert set().union(*handled_by.values()) == set(sent)


async def test_the_same_client_message_id_sent_twice_produces_one_reply(stack: Stack) -> None:
    async with ChatClient(stack.gateway_url, stack.jwt_secret) as client:
        client_message_id = str(uuid.uuid4())
        first = await client.send("dup", "ok", client_message_id=client_message_id)
        second = await client.send("dup", "ok", client_message_id=client_message_id)
        assert first.status_code == second.status_code == 202
        assert first.json()["message_id"] == second.json()["message_id"]
        assert (first.json()["duplicate"], second.json()["duplicate"]) == (False, True)

        # Two different messages with the same text are two messages.
        other = await client.send_ok("dup", "ok")
        await client.reply_to(first.json()["message_id"])
        await client.reply_to(other)
        await asyncio.sleep(1.0)

        assert sorted(client.answered()) == sorted([first.json()["message_id"], other])
        replies = len([e for e in client.received if e["type"] == "reply"])
        assert Counter(t["role"] for t in await client.history("dup")) == {"user": 2, "companion": replies}


async def test_a_malformed_event_is_dead_lettered_and_the_consumers_keep_going(stack: Stack) -> None:
    r = redis.Redis.from_url(stack.redis_url)
    try:
        before = await r.xlen("companion:messages:dead")
        await r.xadd("companion:messages", {"__data__": b"\x00 definitely not a message event"})
        await r.xadd("companion:messages", {"unexpected": b"shape"})

        async with ChatClient(stack.gateway_url, stack.jwt_secret) as client:
            message_id = await client.send_ok("after-poison", "Still there?")
            await client.reply_to(message_id)

        for _ in range(50):
            dead = await r.xrange("companion:messages:dead", min="-", max="+")
            groups = Counter(fields[b"group"] for _, fields in dead[before:])
            if groups == {b"dialogue": 2, b"memory": 2, b"safety": 2}:
                break
            await asyncio.sleep(0.1)
        assert groups == {b"dialogue": 2, b"memory": 2, b"safety": 2}
    finally:
        await r.aclose()
