"""The user's control over their memories through the gateway: list, export, forget one, forget all."""

import httpx

from companion_devtools.stack import Stack

from .client import ChatClient
from .test_conversation import _wait_until_remembered


async def _memories(client: ChatClient) -> list[dict[str, object]]:
    response = await client.http.get("/v1/memories", params={"page_size": 100})
    assert response.status_code == 200, response.text
    return list(response.json()["memories"])


async def test_a_user_lists_exports_and_forgets_their_memories(stack: Stack) -> None:
    async with (
        ChatClient(stack.gateway_url, stack.jwt_secret) as alice,
        ChatClient(stack.gateway_url, stack.jwt_secret) as bob,
    ):
        told = await alice.send_ok("alice-home", "My brother's name is Leo and he lives in Madrid.")
        await alice.reply_to(told)
        await _wait_until_remembered(stack, alice.user_id, "brother")

        listed = await _memories(alice)
        episode = next(m for m in listed if m["kind"] == "episode")
        assert episode["source_message_ids"] == [told]
        assert {m["kind"] for m in listed} >= {"episode", "person", "place"}
        assert not any(m["sensitive"] for m in listed)
        exported = (await alice.http.get("/v1/memories/export")).json()
        assert {m["memory_id"] for m in exported["memories"]} == {m["memory_id"] for m in listed}
        assert all(m["sensitive"] is False for m in exported["memories"])
        assert await _memories(bob) == []
        assert (await bob.http.delete(f"/v1/memories/{episode['memory_id']}")).status_code == 404

        forgotten = await alice.http.delete(f"/v1/memories/{episode['memory_id']}")

        assert forgotten.status_code == 200
        assert set(forgotten.json()["forgotten_memory_ids"]) == {m["memory_id"] for m in listed}
        assert await _memories(alice) == []
        asked = await alice.send_ok("alice-home", "Where does my brother Leo live?")
        assert "Madrid" not in (await alice.reply_to(asked))["text"]

        await _wait_until_remembered(stack, alice.user_id, "brother Leo")  # the question itself is remembered
        assert (await alice.http.delete("/v1/memories")).json()["forgotten_count"] >= 1
        assert await _memories(alice) == []


async def test_memory_routes_need_a_token(stack: Stack) -> None:
    async with httpx.AsyncClient(base_url=stack.gateway_url) as anonymous:
        assert (await anonymous.get("/v1/memories")).status_code == 401
        assert (await anonymous.delete("/v1/memories")).status_code == 401


async def test_a_page_token_or_memory_id_that_is_no_id_is_refused_not_a_server_error(stack: Stack) -> None:
    """Found by schemathesis: a NUL byte in the page token reached PostgreSQL and came back as a 503."""
    async with ChatClient(stack.gateway_url, stack.jwt_secret) as client:
        listed = await client.http.get("/v1/memories", params={"page_token": "01J\x00X"})
        forgot = await client.http.delete("/v1/memories/01J%00X")
        fine = await client.http.get("/v1/memories", params={"page_token": "01JZZZZZZZZZZZZZZZZZZZZZZZ"})
    assert listed.status_code == 422
    assert forgot.status_code == 422
    assert fine.status_code == 200
