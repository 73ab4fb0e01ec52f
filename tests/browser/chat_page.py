"""The web chat as a person uses it: labelled fields and buttons, found by their role and name (as a screen reader
would), plus the few data attributes the tests read (ids of messages, the connection state)."""

import json
import re
from pathlib import Path
from typing import Any

from playwright.sync_api import ConsoleMessage, Error, Locator, Page, WebSocket, expect

# What Chromium itself reports while a server is down or a request is refused; anything else is a failure.
_NETWORK_NOISE = re.compile(r"WebSocket connection to .* failed|Failed to load resource|net::ERR_")


class ChatPage:
    def __init__(self, page: Page, base_url: str, viewport: str, screenshots: Path) -> None:
        self.page = page
        self.base_url = base_url
        self.viewport = viewport
        self.screenshots = screenshots
        self.console: list[ConsoleMessage] = []
        self.errors: list[Error] = []
        self.sent: list[str] = []
        self.sockets: list[str] = []  # the URL of every WebSocket the page opened (catch-up parameters included)
        self.frames: list[dict[str, Any]] = []  # every event the gateway sent over them
        page.on("console", lambda message: self.console.append(message))
        page.on("pageerror", lambda error: self.errors.append(error))
        page.on("websocket", self._watch)

    def _watch(self, socket: WebSocket) -> None:
        self.sockets.append(socket.url)
        socket.on("framereceived", lambda payload: self.frames.append(json.loads(payload)))

    # Navigation and sign-in

    def goto(self) -> "ChatPage":
        self.page.goto(f"{self.base_url}/")
        expect(self.page).to_have_url(re.compile(r"/chat/$"))
        return self

    def sign_in(self, token: str) -> "ChatPage":
        self.page.get_by_label("Token").fill(token)
        self.page.get_by_role("button", name="Sign in").click()
        self.expect_connection("open")
        return self

    def expect_connection(self, state: str, timeout_ms: float = 20_000) -> None:
        expect(self.page.locator("#connection")).to_have_attribute("data-state", state, timeout=timeout_ms)

    # The conversation

    @property
    def log(self) -> Locator:
        return self.page.get_by_role("log", name="Messages")

    @property
    def replies(self) -> Locator:
        return self.log.locator('li.message.companion[data-kind="reply"]')

    @property
    def user_messages(self) -> Locator:
        return self.log.locator("li.message.user")

    def conversation_id(self) -> str:
        return str(self.page.locator("#conversation-select").input_value())

    def send(self, text: str) -> str:
        """Types and sends a message (Enter); returns its message_id once the gateway accepted it."""
        self.sent.append(text)
        before = self.user_messages.count()
        box = self.page.get_by_label("Message", exact=True)
        box.fill(text)
        box.press("Enter")
        sent = self.user_messages.nth(before)
        expect(sent).to_have_attribute("data-id", re.compile(r"^\w+$"))
        return str(sent.get_attribute("data-id"))

    def wait_for_replies(self, count: int, timeout_ms: float = 20_000) -> Locator:
        """Waits for `count` complete replies (not still streaming); returns the last."""
        done = self.log.locator('li.message.companion[data-kind="reply"]:not(.streaming)')
        expect(done).to_have_count(count, timeout=timeout_ms)
        return done.nth(count - 1)

    def watch_typing(self) -> None:
        """Notes whether the typing indicator shows at any moment from now on (read with typing_was_shown())."""
        self.page.evaluate(
            """() => {
                const typing = document.getElementById("typing");
                window.typingShown = !typing.hidden;
                new MutationObserver(() => { if (!typing.hidden) window.typingShown = true; })
                    .observe(typing, { attributes: true });
            }"""
        )

    def typing_was_shown(self) -> bool:
        return bool(self.page.evaluate("() => window.typingShown === true"))

    # The panels beside the chat

    def tab(self, name: str) -> Locator:
        tab = self.page.get_by_role("tab", name=name)
        tab.click()
        expect(tab).to_have_attribute("aria-selected", "true")
        panel = self.page.get_by_role("tabpanel", name=name)
        expect(panel).to_be_visible()
        return panel

    # Artefacts and checks

    def screenshot(self, state: str, *, full_page: bool = False) -> Path:
        path = self.screenshots / f"{state}-{self.viewport}.png"
        self.page.screenshot(path=str(path), full_page=full_page)
        return path

    def check_console(self) -> None:
        """No script errors, no console errors but the browser's own network reports, no message text at all."""
        assert not self.errors, [str(error) for error in self.errors]
        problems = [m.text for m in self.console if m.type == "error" and not _NETWORK_NOISE.search(m.text)]
        assert not problems, problems
        leaked = [m.text for m in self.console for text in self.sent if text in m.text]
        assert not leaked, "message text written to the console"
