"""Browser tests: the web chat in a real headless Chromium against the whole system (real Redis and PostgreSQL
containers, every service a real process on loopback, dialogue's offline engine).

They run only when asked, with COMPANION_BROWSER_TESTS=1 (`make test-browser` sets it): plain `pytest` (`make test`)
collects tests/ and deselects them here, because they need Chromium and start a system of their own. A variable
rather than a --browser option: an option must be declared in the root conftest.py, and this keeps the suite's
switches in one place (tests/browser). Chromium is Debian's (/usr/bin/chromium, or COMPANION_CHROMIUM): Playwright
downloads no browser. Screenshots of the main states go to build/screenshots/ (COMPANION_SCREENSHOTS).
"""

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Playwright, sync_playwright

from companion_devtools.stack import Stack, StackOptions
from companion_gateway.tokens import mint

from .chat_page import ChatPage

ENABLE = "COMPANION_BROWSER_TESTS"
CHROMIUM = os.environ.get("COMPANION_CHROMIUM", "/usr/bin/chromium")
# Without the background-networking flags Chromium keeps reaching for the network, which is closed here.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORTS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}
_HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    ours = [item for item in items if _HERE in Path(item.path).resolve().parents]
    for item in ours:
        item.add_marker(pytest.mark.integration)
        item.add_marker(pytest.mark.browser)
    if not ours or os.environ.get(ENABLE) == "1":
        return
    config.hook.pytest_deselected(items=ours)
    chosen = {id(item) for item in ours}
    items[:] = [item for item in items if id(item) not in chosen]


@pytest.fixture(scope="session")
def screenshots(request: pytest.FixtureRequest) -> Path:
    directory = Path(os.environ.get("COMPANION_SCREENSHOTS", request.config.rootpath / "build" / "screenshots"))
    directory.mkdir(parents=True, exist_ok=True)
    return directory


@pytest.fixture(scope="session")
def stack() -> Iterator[Stack]:
    # Two gateways: a test takes the first down while a reply is produced through the second. A short burst window
    # keeps every reply quick.
    options = StackOptions(gateway_replicas=2, env={"dialogue": {"DIALOGUE_BURST_WINDOW_MS": "300"}})
    with Stack(options) as running:
        yield running


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"no Chromium at {CHROMIUM}: `apt-get install chromium`, or set COMPANION_CHROMIUM")
    # launch() gives the browser a fresh, temporary user-data directory of its own, removed when it closes.
    chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
    yield chromium
    chromium.close()


@pytest.fixture
def new_user(stack: Stack) -> Callable[[], tuple[str, str]]:
    """A fresh user id and a development token for it."""

    def make() -> tuple[str, str]:
        user_id = f"web-{uuid.uuid4().hex[:10]}"
        return user_id, mint(user_id, stack.jwt_secret, ttl_s=3600)

    return make


@pytest.fixture
def open_page(
    stack: Stack, browser: Browser, screenshots: Path, request: pytest.FixtureRequest
) -> Iterator[Callable[..., ChatPage]]:
    """Opens the chat in a fresh browser context (no storage shared with other tests) at a viewport's size; after
    the test, fails on any script error, console error, or message text written to the console."""
    pages: list[ChatPage] = []

    def open_(viewport: str = "desktop", base_url: str | None = None) -> ChatPage:
        context = browser.new_context(
            viewport=VIEWPORTS[viewport],
            locale="en-US",
            timezone_id="Europe/Lisbon",
            accept_downloads=True,
            is_mobile=viewport == "phone",
            has_touch=viewport == "phone",
        )
        context.set_default_timeout(15_000)
        page = ChatPage(context.new_page(), base_url or stack.gateway_url, viewport, screenshots)
        pages.append(page)
        return page

    yield open_
    for page in pages:
        page.page.context.close()
    for page in pages:
        page.check_console()
