"""The web chat in headless Chromium, against the whole system: sign in, a streamed reply, crisis support,
reconnecting and catching up (a dropped connection and a gateway restart), memories, "I need space", quiet hours,
persona import. Screenshots of the main states at desktop and phone widths go to build/screenshots/."""

import json
import re
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import expect

from companion_devtools.stack import Stack
from companion_gateway.tokens import mint

from .chat_page import ChatPage

OpenPage = Callable[..., ChatPage]
NewUser = Callable[[], tuple[str, str]]
BOTH = pytest.mark.parametrize("viewport", ["desktop", "phone"])


@contextmanager
def api(base_url: str, token: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {token}"}, timeout=10) as http:
        yield http


def post_message(http: httpx.Client, conversation_id: str, text: str) -> str:
    body = {"client_message_id": str(uuid.uuid4()), "text": text}
    response = http.post(f"/v1/conversations/{conversation_id}/messages", json=body)
    assert response.status_code == 202, response.text
    return str(response.json()["message_id"])


def reply_to(http: httpx.Client, conversation_id: str, message_id: str, timeout_s: float = 20) -> dict[str, Any]:
    """The companion's stored reply to a message, once dialogue has written it."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        response = http.get(f"/v1/conversations/{conversation_id}/messages", params={"limit": 200})
        assert response.status_code == 200, response.text
        for turn in response.json()["messages"]:
            if turn["role"] == "companion" and turn["in_reply_to"] == message_id:
                return dict(turn)
        time.sleep(0.2)
    raise AssertionError("no reply was stored")


def memories(http: httpx.Client) -> list[dict[str, Any]]:
    response = http.get("/v1/memories", params={"page_size": 200})
    assert response.status_code == 200, response.text
    return list(response.json()["memories"])


def wellbeing_settings(http: httpx.Client) -> dict[str, Any]:
    response = http.get("/v1/wellbeing")
    assert response.status_code == 200, response.text
    return dict(response.json()["settings"])


def test_the_gateway_serves_the_chat_with_a_strict_content_security_policy(stack: Stack) -> None:
    with httpx.Client(base_url=stack.gateway_url, timeout=10) as http:
        root = http.get("/")
        assert root.status_code == 307
        assert root.headers["location"] == "/chat/"
        page = http.get("/chat/")
        assert page.status_code == 200
        assert page.headers["content-type"].startswith("text/html")
        policy = page.headers["content-security-policy"]
        for directive in ("default-src 'none'", "script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'"):
            assert directive in policy
        assert page.headers["x-content-type-options"] == "nosniff"
        # Nothing inline that the policy would have to allow: every script is a file, no event-handler attributes.
        assert not re.search(r"<script(?![^>]*\bsrc=)", page.text)
        assert not re.search(r"\son[a-z]+\s*=", page.text)
        for asset in ("style.css", "js/main.js", "js/stream.js", "icon.svg"):
            response = http.get(f"/chat/{asset}")
            assert response.status_code == 200, asset
            assert response.headers["content-security-policy"] == policy
        assert http.get("/chat/%2e%2e/bootstrap.py").status_code == 404
        assert http.get("/chat/no-such-file.js").status_code == 404


@BOTH
def test_signing_in_with_a_token_kept_for_this_tab_only(open_page: OpenPage, new_user: NewUser, viewport: str) -> None:
    user_id, token = new_user()
    chat = open_page(viewport).goto()
    page = chat.page
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    chat.screenshot("sign-in")

    # Keyboard only: the token field, then Tab to the button and Enter; the focus is visible on the way.
    page.get_by_label("Token").fill("not-a-token")
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Sign in")).to_be_focused()
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("", "none")
    page.keyboard.press("Enter")
    expect(page.get_by_role("alert").filter(has_text="not accepted")).to_be_visible()

    chat.sign_in(token)
    expect(page.get_by_text(f"Signed in as {user_id}")).to_be_visible()
    assert page.evaluate("() => localStorage.getItem('companion.token')") is None  # never beyond this tab

    page.reload()  # still signed in: the token is in sessionStorage
    chat.expect_connection("open")
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    assert page.evaluate("() => sessionStorage.getItem('companion.token')") is None
    chat.expect_connection("idle")


def test_an_expired_token_leads_back_to_sign_in(open_page: OpenPage, stack: Stack) -> None:
    token = mint(f"web-{uuid.uuid4().hex[:10]}", stack.jwt_secret, ttl_s=1)
    chat = open_page("desktop").goto().sign_in(token)  # valid for 1 s and the gateway's leeway (5 s by default)
    chat.page.context.set_offline(True)
    chat.expect_connection("offline")
    time.sleep(7)
    chat.page.context.set_offline(False)  # reconnecting with the expired token is refused

    expect(chat.page.get_by_role("heading", name="Sign in")).to_be_visible()
    expect(chat.page.locator("#sign-in-error")).to_contain_text("expired or revoked")
    assert chat.page.evaluate("() => sessionStorage.getItem('companion.token')") is None


@BOTH
def test_a_reply_streams_in_with_a_typing_indicator(open_page: OpenPage, new_user: NewUser, viewport: str) -> None:
    _, token = new_user()
    chat = open_page(viewport).goto().sign_in(token)
    chat.watch_typing()

    message_id = chat.send("Hello! I just got back from a long walk by the river.")

    reply = chat.wait_for_replies(1)
    assert reply.get_attribute("data-streamed") == "true"  # its text arrived in pieces before the whole reply
    assert chat.typing_was_shown()
    expect(chat.page.locator("#typing")).to_be_hidden()
    expect(chat.log.locator('li.notice[data-kind="notice"]')).to_contain_text("AI")  # the first contact's notice
    expect(chat.user_messages).to_have_count(1)
    assert chat.user_messages.first.get_attribute("data-id") == message_id
    chat.screenshot("chat")

    first_words = reply.locator(".text").inner_text()[:20]
    chat.page.reload()  # the conversation comes back from its history, each message once
    chat.expect_connection("open")
    expect(chat.user_messages).to_have_count(1)
    expect(chat.replies).to_have_count(1)
    expect(chat.replies.first).to_contain_text(first_words)

    conversation = chat.conversation_id()
    chat.page.get_by_role("button", name="New conversation").click()
    expect(chat.log.locator("li")).to_have_count(0)
    assert chat.conversation_id() != conversation
    chat.page.locator("#conversation-select").select_option(conversation)  # and back to the first one
    expect(chat.user_messages).to_have_count(1)
    expect(chat.replies).to_have_count(1)


@BOTH
def test_crisis_support_is_shown_apart_with_resources(open_page: OpenPage, new_user: NewUser, viewport: str) -> None:
    _, token = new_user()
    chat = open_page(viewport).goto().sign_in(token)

    chat.send("i have the pills here and i'm going to take them all tonight")

    alert = chat.log.get_by_role("alert")
    expect(alert).to_be_visible()
    expect(alert.get_by_role("heading")).to_have_text("Support is available right now")
    resources = alert.get_by_role("list", name="Crisis resources").get_by_role("listitem")
    expect(resources.first).to_contain_text("988")
    expect(alert).to_contain_text("741741")
    # Styled apart from the chat: a panel with the crisis border, not a bubble.
    border = alert.evaluate("(node) => getComputedStyle(node).borderLeftWidth")
    assert float(border.removesuffix("px")) >= 6
    chat.wait_for_replies(1)
    expect(chat.log.get_by_role("alert")).to_have_count(1)
    alert.scroll_into_view_if_needed()
    chat.screenshot("crisis")


@BOTH
def test_a_reply_produced_while_offline_is_caught_up_once(
    open_page: OpenPage, new_user: NewUser, stack: Stack, viewport: str
) -> None:
    _, token = new_user()
    chat = open_page(viewport).goto().sign_in(token)
    chat.send("Good morning!")
    last_seen = chat.wait_for_replies(1).get_attribute("data-id")
    conversation = chat.conversation_id()

    chat.page.context.set_offline(True)
    chat.expect_connection("offline")
    chat.screenshot("offline")
    with api(stack.gateway_url, token) as http:  # the user writes from another device meanwhile
        missed = reply_to(http, conversation, post_message(http, conversation, "What should I cook tonight?"))
    chat.page.context.set_offline(False)

    chat.expect_connection("open")
    shown = chat.log.locator(f'li[data-id="{missed["id"]}"]')
    expect(shown).to_have_count(1)
    expect(shown).to_contain_text(missed["text"][:30])
    chat.page.wait_for_timeout(1_000)  # a second copy (undelivered, and after the last reply seen) is here by now
    expect(shown).to_have_count(1)
    expect(chat.replies).to_have_count(2)
    # It came with the catch-up of the new connection, which asked for what followed the last reply shown.
    assert f"conversation_id={conversation}&after={last_seen}" in chat.sockets[-1]
    copies = [frame for frame in chat.frames if frame.get("delivery_id") == missed["id"]]
    assert copies
    assert all(frame.get("missed") for frame in copies)


def test_after_a_gateway_restart_the_page_reconnects_and_catches_up(
    open_page: OpenPage, new_user: NewUser, stack: Stack
) -> None:
    _, token = new_user()
    chat = open_page("desktop").goto().sign_in(token)
    chat.send("Hi there")
    chat.wait_for_replies(1)
    conversation = chat.conversation_id()

    stack.processes["gateway"].stop()
    try:
        chat.expect_connection("reconnecting")
        expect(chat.page.locator("#connection")).to_contain_text("reconnecting in")
        chat.screenshot("reconnecting")
        # The reply to a message taken by the other gateway meanwhile reaches nobody live: it waits in dialogue.
        with api(stack.gateway_urls[1], token) as http:
            missed = reply_to(http, conversation, post_message(http, conversation, "Are you there?"))
    finally:
        stack.restart_process("gateway")

    chat.expect_connection("open", timeout_ms=45_000)
    shown = chat.log.locator(f'li[data-id="{missed["id"]}"]')
    expect(shown).to_have_count(1)
    chat.page.wait_for_timeout(1_000)
    expect(shown).to_have_count(1)
    assert all(frame.get("missed") for frame in chat.frames if frame.get("delivery_id") == missed["id"])
    chat.send("Good to have you back")  # and the chat goes on as before
    chat.wait_for_replies(3)


@BOTH
def test_what_the_companion_remembers_is_listed_exported_and_forgotten(
    open_page: OpenPage, new_user: NewUser, stack: Stack, viewport: str
) -> None:
    _, token = new_user()
    chat = open_page(viewport).goto().sign_in(token)
    sister = chat.send("My sister's name is Maya and she lives in Porto.")
    chat.wait_for_replies(1)
    work = chat.send("I work as a nurse at the city hospital.")
    chat.wait_for_replies(2)
    with api(stack.gateway_url, token) as http:  # memory ingests off the reply path: wait until both are in
        deadline = time.monotonic() + 20
        stored, previous = memories(http), None
        while stored != previous or {sister, work} - {s for m in stored for s in m["source_message_ids"]}:
            assert time.monotonic() < deadline, "memory never stored both facts"
            time.sleep(0.5)
            stored, previous = memories(http), stored

    panel = chat.tab("Memories")
    panel.get_by_role("button", name="Refresh").click()
    items = panel.get_by_role("list", name="Memories").get_by_role("listitem")
    expect(items).to_have_count(len(stored))
    expect(panel.get_by_role("status")).to_contain_text("remembered")
    chat.screenshot("memories")

    with chat.page.expect_download() as downloading:
        panel.get_by_role("button", name="Export as JSON").click()
    download = downloading.value
    assert download.suggested_filename == "memories.json"
    exported = json.loads(Path(download.path()).read_text(encoding="utf-8"))
    assert {m["memory_id"] for m in exported["memories"]} == {m["memory_id"] for m in stored}

    about_sister = next(m for m in stored if sister in m["source_message_ids"])
    item = panel.locator(f'li[data-memory-id="{about_sister["memory_id"]}"]')
    item.get_by_role("button", name=re.compile("^Forget")).click()
    expect(item).to_have_count(0)
    with api(stack.gateway_url, token) as http:
        left = memories(http)
    assert about_sister["memory_id"] not in {m["memory_id"] for m in left}
    assert any(work in m["source_message_ids"] for m in left)  # only what came from that message went
    expect(items).to_have_count(len(left))

    panel.get_by_role("button", name="Forget everything").click()
    confirm = panel.get_by_role("group", name=re.compile("Forget everything"))
    expect(confirm).to_be_visible()
    confirm.get_by_role("button", name="Yes, forget everything").click()
    expect(items).to_have_count(0)
    expect(panel.get_by_role("status")).to_contain_text("Nothing remembered now")
    with api(stack.gateway_url, token) as http:
        assert memories(http) == []


@BOTH
def test_i_need_space_pause_resume_and_quiet_hours(
    open_page: OpenPage, new_user: NewUser, stack: Stack, viewport: str
) -> None:
    _, token = new_user()
    chat = open_page(viewport).goto().sign_in(token)
    panel = chat.tab("Wellbeing")
    state = panel.locator("#pause-state")
    expect(state).to_have_attribute("data-paused", "false")
    expect(panel.locator("#wellbeing-summary")).to_contain_text("Minutes today")

    panel.get_by_label("Pause for (minutes)").fill("45")
    panel.get_by_role("button", name="Pause", exact=True).click()
    expect(state).to_have_attribute("data-paused", "true")
    expect(state).to_contain_text("Paused until")
    with api(stack.gateway_url, token) as http:
        settings = wellbeing_settings(http)
    assert settings["paused"] is True
    assert settings["paused_until"] is not None
    state.scroll_into_view_if_needed()
    chat.screenshot("paused")

    panel.get_by_role("button", name="Resume now").click()
    expect(state).to_have_attribute("data-paused", "false")
    with api(stack.gateway_url, token) as http:
        assert wellbeing_settings(http)["paused"] is False

    panel.get_by_label("From").fill("22:00")
    panel.get_by_label("To", exact=True).fill("07:30")
    panel.get_by_label("Time zone").fill("Mars/Olympus")
    panel.get_by_role("button", name="Save quiet hours").click()
    expect(panel.locator("#quiet-error")).to_contain_text("time zone")  # the gateway's 422, in words
    panel.get_by_label("Time zone").fill("Europe/Lisbon")
    panel.get_by_role("button", name="Save quiet hours").click()
    expect(panel.locator("#quiet-state")).to_contain_text("Quiet hours 22:00–07:30")
    expect(panel.locator("#quiet-error")).to_be_empty()
    with api(stack.gateway_url, token) as http:
        assert wellbeing_settings(http)["quiet_hours"] == {"start": "22:00", "end": "07:30"}

    panel.get_by_role("button", name="Clear").click()
    expect(panel.locator("#quiet-state")).to_have_text("No quiet hours set.")
    with api(stack.gateway_url, token) as http:
        assert wellbeing_settings(http)["quiet_hours"] is None


def test_a_character_card_becomes_the_persona_of_the_conversation(
    open_page: OpenPage, new_user: NewUser, stack: Stack
) -> None:
    _, token = new_user()
    chat = open_page("desktop").goto().sign_in(token)
    conversation = chat.conversation_id()
    chat.page.get_by_role("tab", name="Memories").focus()  # the tabs follow the arrow keys
    chat.page.keyboard.press("ArrowRight")
    chat.page.keyboard.press("ArrowRight")
    expect(chat.page.get_by_role("tab", name="Persona")).to_be_focused()
    panel = chat.tab("Persona")
    card_file = panel.get_by_label("Character card file")

    card_file.set_input_files(files=[{"name": "card.json", "mimeType": "application/json", "buffer": b'{"name": 1}'}])
    panel.get_by_role("button", name="Import persona").click()
    expect(panel.locator("#persona-error")).to_contain_text("chara_card_v2")  # the dialogue service's reason

    card = {
        "spec": "chara_card_v2",
        "spec_version": "2.0",
        "data": {"name": "Aria", "description": "A lighthouse keeper.", "personality": "calm, wry", "scenario": ""},
    }
    upload = {"name": "aria.json", "mimeType": "application/json", "buffer": json.dumps(card).encode()}
    card_file.set_input_files(files=[upload])
    panel.get_by_role("button", name="Import persona").click()
    expect(panel.get_by_role("status")).to_have_text("Persona imported: Aria.")
    expect(chat.page.locator("#persona-name")).to_have_text("Talking with Aria (imported persona)")
    chat.screenshot("persona")
    with api(stack.gateway_url, token) as http:
        persona = http.get(f"/v1/conversations/{conversation}/persona").json()
    assert persona["custom"] is True
    assert persona["card"]["data"]["name"] == "Aria"

    panel = chat.tab("Account")
    expect(panel.locator("#conversation-id")).to_have_text(conversation)
    with chat.page.expect_download() as downloading:
        panel.get_by_role("button", name="Export all my data").click()
    assert downloading.value.suggested_filename == "account.json"
    assert isinstance(json.loads(Path(downloading.value.path()).read_text(encoding="utf-8")), dict)
    expect(panel.get_by_role("status")).to_have_text("Exported as account.json.")
