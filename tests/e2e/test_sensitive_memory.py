"""Sensitive messages through the real services: memory asks safety before it derives anything, keeps only the
episode of a message at risk, flagged ``sensitive`` for the user to see and forget, and never recalls it for a
reply; with safety down, what it ingests is kept the same way."""

import asyncio
import time
from typing import Any

import grpc

from companion.v1 import memory_pb2, memory_pb2_grpc
from companion_devtools.stack import Stack

from .client import ChatClient

AT_RISK = "I want to kill myself"


async def _memories_once(client: ChatClient, needle: str, timeout_s: float = 20) -> list[dict[str, Any]]:
    """The user's memories (GET /v1/memories) once one holding ``needle`` is there: memory ingests off the reply
    path, and a sensitive memory is never recalled, so the list is where to look."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        response = await client.http.get("/v1/memories", params={"page_size": 100})
        assert response.status_code == 200, response.text
        memories: list[dict[str, Any]] = response.json()["memories"]
        if any(needle.lower() in m["text"].lower() for m in memories):
            return memories
        await asyncio.sleep(0.2)
    raise AssertionError(f"memory never stored {needle!r}")


async def _recall(stack: Stack, user_id: str, query: str, include_sensitive: bool = False) -> list[Any]:
    async with grpc.aio.insecure_channel(stack.memory_grpc) as channel:
        response = await memory_pb2_grpc.MemoryStub(channel).Recall(
            memory_pb2.RecallRequest(user_id=user_id, query=query, limit=20, include_sensitive=include_sensitive),
            timeout=5,
        )
    return list(response.memories)


async def test_a_message_at_risk_is_one_flagged_memory_never_quoted(stack: Stack) -> None:
    async with ChatClient(stack.gateway_url, stack.jwt_secret) as client:
        told = await client.send_ok("low", AT_RISK, locale="en-US")
        await client.reply_to(told, timeout_s=30)

        memories = await _memories_once(client, "kill myself")
        assert [(m["kind"], m["sensitive"], m["valid_from"]) for m in memories] == [("episode", True, None)]
        assert memories[0]["source_message_ids"] == [told]
        exported = (await client.http.get("/v1/memories/export")).json()
        assert [m["sensitive"] for m in exported["memories"]] == [True]
        assert await _recall(stack, client.user_id, "do I want to kill myself?") == []
        recalled = await _recall(stack, client.user_id, "do I want to kill myself?", include_sensitive=True)
        assert [m.sensitive for m in recalled] == [True]

        later = await client.send_ok("low", "What should I cook tonight?", locale="en-US")
        reply = str((await client.reply_to(later, timeout_s=30))["text"]).lower()
        assert "kill" not in reply
        assert "told me on" not in reply

        forgotten = await client.http.delete(f"/v1/memories/{memories[0]['memory_id']}")
        assert forgotten.status_code == 200
        # The later message is harmless: whatever memory kept of it is not flagged.
        remaining = await _memories_once(client, "cook tonight")
        assert not any(m["sensitive"] for m in remaining)


async def test_with_safety_down_memory_keeps_only_the_episode_flagged(stack: Stack) -> None:
    async with ChatClient(stack.gateway_url, stack.jwt_secret) as client:
        stack.processes["safety"].stop()
        try:
            told = await client.send_ok("outage", "My sister Maya moved to Porto last week.")
            memories = await _memories_once(client, "Maya")
        finally:
            stack.start_safety()
        assert [(m["kind"], m["sensitive"]) for m in memories] == [("episode", True)]
        assert memories[0]["source_message_ids"] == [told]
        assert await _recall(stack, client.user_id, "where does my sister Maya live?") == []
