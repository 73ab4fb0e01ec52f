"""Safety and wellbeing through the public API: AI notices, "I need space" in words and through the API,
quiet hours and the wellbeing summary (a manipulative goodbye that never reaches the user: test_model_streaming)."""

from datetime import UTC, datetime, timedelta
from typing import Any

from companion_devtools.stack import Stack

from .client import ChatClient


async def test_the_first_message_of_the_day_brings_an_ai_notice(stack: Stack) -> None:
    async with ChatClient(stack.gateway_url, stack.jwt_secret) as client:
        first = await client.send_ok("notice", "hello there")
        await client.wait_for(lambda got: any(e["type"] == "notice" for e in got))
        await client.reply_to(first)
        second = await client.send_ok("notice", "how are you?")
        await client.reply_to(second)

        notices = [e for e in client.received if e["type"] == "notice"]
        assert len(notices) == 1
        assert notices[0]["in_reply_to"] == first
        assert "AI" in notices[0]["text"]
        assert notices[0]["source"] == "safety"


async def test_asking_for_space_in_words_is_confirmed_before_it_takes_effect(stack: Stack) -> None:
    async with ChatClient(stack.gateway_url, stack.jwt_secret) as client:
        asked = await client.send_ok("space", "I need some space for a few days")
        await client.wait_for(lambda got: any("confirm" in e["text"] for e in got if e["in_reply_to"] == asked))
        before = (await client.http.get("/v1/wellbeing")).json()
        assert before["settings"]["paused"] is False

        yes = await client.send_ok("space", "yes")
        await client.wait_for(lambda got: any(e["type"] == "notice" and e["in_reply_to"] == yes for e in got))
        after = (await client.http.get("/v1/wellbeing")).json()
        assert after["settings"]["paused"] is True
        assert after["settings"]["paused_until"] is not None
        assert after["days"][0]["messages"] == 2


async def test_pause_and_quiet_hours_through_the_api(stack: Stack) -> None:
    async with ChatClient(stack.gateway_url, stack.jwt_secret) as client:
        paused = await client.http.post("/v1/wellbeing/pause", json={})
        assert paused.status_code == 200, paused.text
        assert paused.json()["paused_indefinitely"] is True
        assert (await client.http.delete("/v1/wellbeing/pause")).json()["paused"] is False

        timed = await client.http.post("/v1/wellbeing/pause", json={"minutes": 90})
        assert timed.json()["paused"] is True

        quiet = await client.http.put(
            "/v1/wellbeing/quiet-hours", json={"start": "22:00", "end": "07:30", "time_zone": "Europe/Lisbon"}
        )
        assert quiet.json()["quiet_hours"] == {"start": "22:00", "end": "07:30"}
        bad_zone = {"start": "22:00", "end": "07:00", "time_zone": "Mars/Olympus"}
        assert (await client.http.put("/v1/wellbeing/quiet-hours", json=bad_zone)).status_code == 422
        assert (await client.http.put("/v1/wellbeing/quiet-hours", json={"start": "25:00"})).status_code == 422
        assert (await client.http.post("/v1/wellbeing/pause", json={"minutes": 0})).status_code == 422


async def test_the_wellbeing_api_needs_a_token(stack: Stack) -> None:
    async with ChatClient(stack.gateway_url, stack.jwt_secret) as client:
        response = await client.http.get("/v1/wellbeing", headers={"Authorization": ""})
        assert response.status_code == 401


async def _late_night_conversation(client: ChatClient, opening: str) -> list[dict[str, Any]]:
    """The opening message then five everyday ones, all sent at 1 a.m. (the user's local time): enough for a
    late-night nudge. Returns the notices that arrived."""
    one_am = (datetime.now(UTC) - timedelta(days=1)).replace(hour=1, minute=0, second=0, microsecond=0)
    texts = [opening, "what are you up to", "tell me something nice", "i like that", "what else", "ok one more"]
    for n, text in enumerate(texts):
        sent = await client.send_ok("night", text, sent_at=(one_am + timedelta(minutes=n)).isoformat())
        await client.wait_for(lambda got, sent=sent: any(e["in_reply_to"] == sent for e in got))
    last = await client.send_ok("night", "still here", sent_at=(one_am + timedelta(minutes=9)).isoformat())
    await client.reply_to(last)
    return [e for e in client.received if e["type"] == "notice"]


async def test_no_late_night_nudge_after_a_message_at_risk(stack: Stack) -> None:
    """ "Sleep well" right after "the pills are right here" is what a crisis counsellor would never sign off:
    while any recent message of the user was sensitive, no nudge is sent (the same hold as check-ins)."""
    async with ChatClient(stack.gateway_url, stack.jwt_secret) as client:
        ordinary = await _late_night_conversation(client, "cant sleep again")
    assert any("quite late" in n["text"] for n in ordinary)  # the control: the nudge is due and sent

    async with ChatClient(stack.gateway_url, stack.jwt_secret) as client:
        at_risk = await _late_night_conversation(client, "the pills are right here next to me")
        crisis = [e for e in client.received if e["type"] == "crisis_support"]
    assert crisis  # the at-risk message got crisis support
    assert not any("quite late" in n["text"] for n in at_risk)


async def test_a_goodbye_minutes_after_an_abuse_disclosure_gets_a_gentle_goodbye(stack: Stack) -> None:
    """The offline engine: "ok goodnight" alone gets a cheerful goodbye; minutes after telling of abuse it gets
    thanks for trusting, where support is, and the door left open."""
    goodnight = "ok goodnight, talk tomorrow"
    async with ChatClient(stack.gateway_url, stack.jwt_secret) as calm:
        plain = await calm.reply_to(await calm.send_ok("night", goodnight))
    async with ChatClient(stack.gateway_url, stack.jwt_secret) as client:
        told = await client.send_ok("told", "my husband shoved me into the door again last night", locale="en-US")
        await client.reply_to(told)
        later = await client.reply_to(await client.send_ok("told", goodnight, locale="en-US"))

    assert "support line" not in plain["text"]
    assert "support line" in later["text"]
    assert "talk soon" not in later["text"].lower()
