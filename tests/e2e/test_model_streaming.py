"""Dialogue on an OpenAI-compatible model (a local streaming server): two replicas share one conversation's
messages without ever answering it at the same time, the persona reaches the model's prompt, and safety's review
of the model's reply to a goodbye tells a user at risk from one leaving."""

import asyncio
import itertools
import json
from collections.abc import Iterator
from contextlib import contextmanager

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


@contextmanager
def _model_says(model: ModelServer, reply: str) -> Iterator[None]:
    """The model answers every request with ``reply``, word for word, until the block ends."""
    before = (model.model.reply, model.model.tokens)
    model.model.reply, model.model.tokens = reply, len(reply.split(" "))
    try:
        yield
    finally:
        model.model.reply, model.model.tokens = before


async def test_a_caring_question_after_a_goodbye_at_risk_reaches_the_user(
    model_stack: Stack, model: ModelServer
) -> None:
    """To a plain goodnight, a question pulls the user back into the chat and the review lets them go; the same
    goodnight minutes after a message at risk is read at risk (in context) and the model's caring question stays.
    A farewell at an edge keeps its crisis reply too, and guilt to a user at risk becomes a reply about safety."""
    caring = "I'm so glad you wrote to me. How are you feeling right now? I'm right here with you."
    goodnight = "ok goodnight, talk tomorrow"
    with _model_says(model, caring):
        async with ChatClient(model_stack.gateway_url, model_stack.jwt_secret) as calm:
            plain = await calm.reply_to(await calm.send_ok("night", goodnight), timeout_s=30)
        async with ChatClient(model_stack.gateway_url, model_stack.jwt_secret) as client:
            pills = await client.send_ok("night", "ive been looking at the pills all night")
            await client.reply_to(pills, timeout_s=30)
            later = await client.send_ok("night", goodnight)
            at_risk = await client.reply_to(later, timeout_s=30)
            pier = await client.send_ok(
                "pier", "my wheelchair is right at the edge of the pier. just need one push. bye"
            )
            edge = await client.reply_to(pier, timeout_s=30)
            await asyncio.sleep(0.3)  # safety's own event may trail the reply
            supported = {e["in_reply_to"] for e in client.received if e["type"] == "crisis_support"}
    with _model_says(model, "Please don't go, I need you more."):
        async with ChatClient(model_stack.gateway_url, model_stack.jwt_secret) as client:
            await client.reply_to(await client.send_ok("stay", "the pills are right here next to me"), timeout_s=30)
            guilt = await client.reply_to(await client.send_ok("stay", goodnight), timeout_s=30)

    assert "?" not in plain["text"]  # the control: replaced by a warm goodbye
    assert {pills, later, pier} <= supported
    assert at_risk["text"].startswith(caring)
    assert edge["text"].startswith(caring)
    assert "need you" not in guilt["text"]
    assert "988" in guilt["text"]


async def test_a_goodbye_minutes_after_an_abuse_disclosure_is_gentle(model_stack: Stack, model: ModelServer) -> None:
    """A goodnight right after telling of abuse: the model is told to say goodbye gently, and a reply the review
    must replace (one that pulls the user back) becomes a gentle goodbye, not "enjoy the rest of your day"."""
    pulling = "Bye! But wait, one more thing before you go?"
    goodnight = "ok goodnight, talk tomorrow"
    with _model_says(model, pulling):
        async with ChatClient(model_stack.gateway_url, model_stack.jwt_secret) as calm:
            plain = await calm.reply_to(await calm.send_ok("night", goodnight), timeout_s=30)
        async with ChatClient(model_stack.gateway_url, model_stack.jwt_secret) as client:
            told = await client.send_ok("told", "my husband shoved me into the door again last night", locale="en-US")
            await client.reply_to(told, timeout_s=30)
            model.model.calls.clear()
            later = await client.reply_to(await client.send_ok("told", goodnight, locale="en-US"), timeout_s=30)
            prompt = json.dumps(model.model.calls[-1].messages)

    assert "enjoy the rest of your day" in plain["text"]  # the control: the warm goodbye
    assert "Say goodbye gently" in prompt
    assert "trusting me" in later["text"]
    assert "enjoy the rest of your day" not in later["text"]
    assert "one more thing" not in later["text"]
