"""Dialogue on an OpenAI-compatible model (a local streaming server): two replicas share one conversation's
messages without ever answering it at the same time, and the persona reaches the model's prompt."""

import asyncio
import itertools
import json
from collections.abc import Iterator

import pytest

from companion_devtools.fake_model import FakeModel, ModelServer
from companion_devtools.stack import Stack, StackOptions

from .client import ChatClient


@pytest.fixture(scope="module")
def model() -> Iterator[ModelServer]:
    with ModelServer(FakeModel(tokens=8, token_interval_s=0.03)) as server:
        yield server


@pytest.fixture(scope="module")
def model_stack(model: ModelServer) -> Iterator[Stack]:
    dialogue = {
        "DIALOGUE_ENGINE": "openai",
        "DIALOGUE_OPENAI_BASE_URL": model.base_url,
        "DIALOGUE_BURST_WINDOW_MS": "0",  # here only the lease keeps replies apart
    }
    with Stack(StackOptions(dialogue_replicas=2, reclaim_idle_ms=5_000, env={"dialogue": dialogue})) as running:
        yield running


async def test_two_replicas_never_answer_one_conversation_at_once(model_stack: Stack, model: ModelServer) -> None:
    model.model.calls.clear()
    async with ChatClient(model_stack.gateway_url, model_stack.jwt_secret) as client:
        sent = []
        for wave in range(3):  # two at once, so that both replicas reach for the conversation together
            sent += await asyncio.gather(*(client.send_ok("one-at-a-time", f"wave {wave} part {i}") for i in range(2)))
            await asyncio.sleep(0.1)
        await client.wait_for(lambda got: set(client.answered()) >= set(sent), 30)
        await asyncio.sleep(0.5)

        assert sorted(client.answered()) == sorted(sent)  # each message answered exactly once
        # On the socket, each reply streams from typing to its end before the next one starts.
        order = [e["delivery_id"] for e in client.received if e["type"] in ("typing", "reply_chunk", "reply")]
        runs = [d for i, d in enumerate(order) if i == 0 or order[i - 1] != d]
        assert len(runs) == len(set(runs)), runs
    # At the model, the calls for this conversation never overlap in time.
    calls = sorted(model.model.calls, key=lambda c: c.arrived)
    assert len(calls) == len(runs)
    assert all(later.arrived >= earlier.finished for earlier, later in itertools.pairwise(calls))


async def test_the_persona_reaches_the_model_prompt_without_creator_notes(
    model_stack: Stack, model: ModelServer
) -> None:
    card = {
        "spec": "chara_card_v3",
        "spec_version": "3.0",
        "data": {
            "name": "Captain Mo",
            "description": "{{char}} sails with {{user}}.",
            "personality": "bold",
            "scenario": "",
            "first_mes": "",
            "mes_example": "",
            "creator_notes": "CREATOR-ONLY",
            "system_prompt": "",
            "post_history_instructions": "Stay brief.",
            "alternate_greetings": [],
            "group_only_greetings": [],
            "tags": [],
            "creator": "",
            "character_version": "",
            "extensions": {},
        },
    }
    async with ChatClient(model_stack.gateway_url, model_stack.jwt_secret) as client:
        put = await client.http.put("/v1/conversations/sailing/persona", content=json.dumps(card))
        assert put.status_code == 200, put.text
        model.model.calls.clear()
        message_id = await client.send_ok("sailing", "Ahoy there")
        reply = await client.reply_to(message_id)

    assert reply["text"] == "That sounds lovely, tell me more about it"
    prompt = model.model.calls[-1].messages
    assert "Captain Mo sails with User." in prompt[0]["content"]
    assert "CREATOR-ONLY" not in json.dumps(prompt)
    assert prompt[-2:] == [{"role": "user", "content": "Ahoy there"}, {"role": "system", "content": "Stay brief."}]
