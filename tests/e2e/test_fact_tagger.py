"""Memory's fact tagger through the real services (gateway, stream, safety, memory with its shipped model): what the
rules miss is kept about its owner, a name said to someone is not the user's, and nothing is read from a message
safety finds at risk."""

import asyncio
import time

from companion_devtools.stack import Stack

from .client import ChatClient

TOLD = (
    "been giving my things away to friends this week, my guitar, my books",  # preparations: at risk (rules-45)
    "i do scaffolding in Leeds, mostly up on the new flats by the canal",  # no pattern reads this job
    "Hey Sam, how are you today?",  # a name said to someone
)


async def _memories_of(client: ChatClient, episodes: int, timeout_s: float = 30) -> list[dict[str, object]]:
    """The user's memories once memory has ingested ``episodes`` messages (it does so off the reply path)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        response = await client.http.get("/v1/memories", params={"page_size": 100})
        assert response.status_code == 200, response.text
        listed = list(response.json()["memories"])
        if sum(1 for m in listed if m["kind"] == "episode") >= episodes:
            return listed
        await asyncio.sleep(0.2)
    raise AssertionError("memory never ingested the messages")


async def test_the_tagger_adds_what_the_rules_miss_and_reads_nothing_said_at_risk(stack: Stack) -> None:
    async with ChatClient(stack.gateway_url, stack.jwt_secret) as client:
        for text in TOLD:
            sent = await client.send_ok("tagger", text)
            await client.reply_to(sent)

        listed = await _memories_of(client, len(TOLD))

    derived = [m for m in listed if m["kind"] != "episode"]
    assert any(m["subject"] == "user" and "scaffolding" in str(m["text"]) for m in derived), derived
    assert not any("Sam" in str(m["value"]) or "Sam" in str(m["text"]) for m in derived), derived
    at_risk = [m for m in listed if "guitar" in str(m["text"])]
    assert [(m["kind"], m["sensitive"]) for m in at_risk] == [("episode", True)]
