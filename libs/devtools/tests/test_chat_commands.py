"""`make chat`'s commands: how lines are read, and what each command asks the gateway and prints."""

import json
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from companion_devtools.chat import MAX_PAUSE_MINUTES, Command, Commands, Say, Usage, parse


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("hello there\n", Say("hello there")),
        ("  I moved to Lisbon  ", Say("I moved to Lisbon")),
        ("//shrug", Say("/shrug")),
        ("", None),
        ("   \n", None),
        ("/memories", Command("memories")),
        ("/MEMORIES\n", Command("memories")),
        ("/forget 01JABCDEF", Command("forget", "01JABCDEF")),
        ("/forget-all", Command("forget-all")),
        ("/export", Command("export")),
        ("/pause", Command("pause")),
        ("/pause 30", Command("pause", 30)),
        (f"/pause {MAX_PAUSE_MINUTES}", Command("pause", MAX_PAUSE_MINUTES)),
        ("/resume", Command("resume")),
        ("/wellbeing", Command("wellbeing")),
        ("/help", Command("help")),
    ],
)
def test_a_line_is_a_message_a_command_or_nothing(line: str, expected: Say | Command | None) -> None:
    assert parse(line) == expected


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ("/forgot 12", "unknown command /forgot: /help lists the commands (//forgot 12 sends it as a message)"),
        ("/", "unknown command /"),
        ("/forget", "usage: /forget <id>"),
        ("/forget one two", "usage: /forget <id>"),
        ("/pause soon", "usage: /pause [minutes]"),
        ("/pause 0", "usage: /pause [minutes]"),
        ("/pause -5", "usage: /pause [minutes]"),
        (f"/pause {MAX_PAUSE_MINUTES + 1}", "usage: /pause [minutes]"),
        ("/pause 5 10", "usage: /pause [minutes]"),
        ("/memories all", "/memories takes no argument"),
        ("/forget-all now", "/forget-all takes no argument"),
    ],
)
def test_a_command_typed_wrong_says_how_to_type_it(line: str, says: str) -> None:
    with pytest.raises(Usage) as refused:
        parse(line)

    assert str(refused.value).startswith(says)


Handler = Callable[[httpx.Request], httpx.Response]


def _memory(memory_id: str, text: str, **extra: Any) -> dict[str, Any]:
    return {"memory_id": memory_id, "kind": "episode", "text": text, "sensitive": False, "current": True, **extra}


class Gateway:
    """A stand-in for the gateway's HTTP API that records what the chat asked."""

    def __init__(self, handler: Handler) -> None:
        self.requests: list[httpx.Request] = []
        self._handler = handler

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self._handler(request)

    def commands(self, tmp_path: Path, confirm: bool = True) -> Commands:
        async def answer(question: str) -> bool:
            return confirm

        http = httpx.AsyncClient(transport=httpx.MockTransport(self), base_url="http://gateway")
        return Commands(http, "me", tmp_path / "exports", answer)


async def test_memories_are_listed_with_ids_over_every_page_and_sensitive_ones_marked(tmp_path: Path) -> None:
    pages = {
        "": {"memories": [_memory("m1", "My sister is Maya.")], "next_page_token": "p2"},
        "p2": {
            "memories": [
                _memory("m2", "I feel low lately.", sensitive=True),
                _memory("m3", "I live in Porto.", current=False),
            ],
            "next_page_token": "",
        },
    }
    gateway = Gateway(lambda request: httpx.Response(200, json=pages[request.url.params["page_token"]]))

    lines = await gateway.commands(tmp_path).run(Command("memories"))

    assert lines[1:] == [
        "  m1  episode: My sister is Maya.",
        "! m2  episode: I feel low lately.",
        "  m3  episode: I live in Porto.  (replaced by a newer one)",
    ]
    assert lines[0].startswith("3 memories")
    assert [r.url.params["page_token"] for r in gateway.requests] == ["", "p2"]


async def test_no_memories_says_so(tmp_path: Path) -> None:
    gateway = Gateway(lambda _: httpx.Response(200, json={"memories": [], "next_page_token": ""}))

    assert await gateway.commands(tmp_path).run(Command("memories")) == ["the companion remembers nothing about you"]


async def test_forgetting_one_memory_names_what_went_and_an_unknown_id_gets_a_clear_404(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/memories/m1":
            return httpx.Response(200, json={"forgotten_memory_ids": ["m1", "m4"]})
        return httpx.Response(404, json={"detail": "no such memory"})

    commands = Gateway(handler).commands(tmp_path)

    assert await commands.run(Command("forget", "m1")) == ["forgot 2 memories: m1, m4"]
    assert await commands.run(Command("forget", "nope")) == ["! 404: no memory 'nope' (/memories lists yours)"]


async def test_an_id_is_one_path_segment_whatever_it_holds(tmp_path: Path) -> None:
    gateway = Gateway(lambda _: httpx.Response(404, json={"detail": "no such memory"}))

    await gateway.commands(tmp_path).run(Command("forget", "../account"))

    assert gateway.requests[0].method == "DELETE"
    assert gateway.requests[0].url.raw_path == b"/v1/memories/..%2Faccount"


async def test_forget_all_asks_first_and_forgets_nothing_without_a_yes(tmp_path: Path) -> None:
    gateway = Gateway(lambda _: httpx.Response(200, json={"forgotten_count": 3}))

    assert await gateway.commands(tmp_path, confirm=False).run(Command("forget-all")) == ["nothing forgotten"]
    assert gateway.requests == []
    assert await gateway.commands(tmp_path, confirm=True).run(Command("forget-all")) == ["forgot 3 memories"]
    assert [(r.method, r.url.path) for r in gateway.requests] == [("DELETE", "/v1/memories")]


async def test_export_saves_the_account_document_for_this_user_only_and_prints_where(tmp_path: Path) -> None:
    document = {"user_id": "me", "memory": {"memories": [_memory("m1", "My sister is Maya.")]}}
    gateway = Gateway(lambda _: httpx.Response(200, json=document))

    lines = await gateway.commands(tmp_path).run(Command("export"))

    assert gateway.requests[0].url.path == "/v1/account/export"
    (path,) = (tmp_path / "exports").iterdir()
    assert lines == [f"saved the account export to {path.resolve()}"]
    assert json.loads(path.read_text(encoding="utf-8")) == document
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


async def test_pause_for_minutes_or_until_resumed(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        minutes = json.loads(request.content or b"{}").get("minutes")
        until = "2026-05-04T10:30:00Z" if minutes else None
        return httpx.Response(200, json={"paused": True, "paused_until": until, "paused_indefinitely": not until})

    gateway = Gateway(handler)
    commands = gateway.commands(tmp_path)

    assert (await commands.run(Command("pause", 30)))[0].startswith("paused until 2026-05-04T10:30:00Z")
    assert (await commands.run(Command("pause")))[0].startswith("paused until you /resume")
    assert [json.loads(r.content) for r in gateway.requests] == [{"minutes": 30}, {}]


async def test_resume_ends_the_pause(tmp_path: Path) -> None:
    gateway = Gateway(lambda _: httpx.Response(200, json={"paused": False}))

    assert (await gateway.commands(tmp_path).run(Command("resume")))[0].startswith("resumed")
    assert [(r.method, r.url.path) for r in gateway.requests] == [("DELETE", "/v1/wellbeing/pause")]


async def test_the_wellbeing_summary_is_readable(tmp_path: Path) -> None:
    summary = {
        "settings": {
            "paused": False,
            "paused_until": None,
            "paused_indefinitely": False,
            "quiet_hours": {"start": "22:00", "end": "07:00"},
            "time_zone": "Europe/Lisbon",
        },
        "minutes_today": 12,
        "streak_days": 1,
        "days": [
            {"day": "2026-05-03", "messages": 9, "active_minutes": 20, "late_night_messages": 2, "dependency_cues": 0},
            {"day": "2026-05-04", "messages": 1, "active_minutes": 1, "late_night_messages": 0, "dependency_cues": 0},
        ],
    }
    gateway = Gateway(lambda _: httpx.Response(200, json=summary))

    lines = await gateway.commands(tmp_path).run(Command("wellbeing"))

    assert lines == [
        "paused: no",
        "quiet hours: 22:00-07:00 Europe/Lisbon",
        "today: 12 minutes; streak: 1 day",
        "  2026-05-03: 9 messages, 20 minutes, 2 late at night",
        "  2026-05-04: 1 message, 1 minute",
    ]


@pytest.mark.parametrize(
    ("response", "says"),
    [
        (
            httpx.Response(401, json={"detail": "token expired"}),
            "! 401: the gateway refused the token (token expired); is GATEWAY_JWT_SECRET the one it uses?",
        ),
        (
            httpx.Response(429, json={"detail": "too many requests from this user"}, headers={"Retry-After": "2"}),
            "! 429: too many requests from this user; try again in 2 s",
        ),
        (
            httpx.Response(503, json={"detail": "memory service unavailable"}, headers={"Retry-After": "1"}),
            "! 503: memory service unavailable; try again in 1 s",
        ),
        (
            httpx.Response(422, json={"detail": [{"msg": "Input should be a valid integer"}]}),
            "! 422: Input should be a valid integer",
        ),
        (httpx.Response(502, text="Bad Gateway"), "! 502: Bad Gateway"),
    ],
)
async def test_a_refusal_says_why_and_what_to_do(tmp_path: Path, response: httpx.Response, says: str) -> None:
    assert await Gateway(lambda _: response).commands(tmp_path).run(Command("memories")) == [says]


async def test_an_unreachable_gateway_is_said_plainly(tmp_path: Path) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    lines = await Gateway(refuse).commands(tmp_path).run(Command("wellbeing"))

    assert lines == ["! cannot reach the gateway (ConnectError); is `make run` running?"]


async def test_help_lists_every_command(tmp_path: Path) -> None:
    lines = await Gateway(lambda _: httpx.Response(500)).commands(tmp_path).run(Command("help"))

    listed = {line.split()[0] for line in lines if line.startswith("  /")}
    assert listed == {f"/{name}" for name in ("memories", "forget", "forget-all", "export", "pause", "resume")} | {
        "/wellbeing",
        "/help",
        "//text",
    }
