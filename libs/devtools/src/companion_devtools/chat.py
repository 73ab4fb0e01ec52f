"""`make chat`: a terminal chat with the running system (started by `make run`).

A line is sent as a message; a line that starts with "/" is a command (`/help` lists them) that calls the
gateway's HTTP API for the user: what the companion remembers, forgetting, the account export, a pause and the
wellbeing summary. Input may come from a pipe too (a script of messages and commands); then `/forget-all` does
not ask for confirmation.
"""

import argparse
import asyncio
import contextlib
import json
import os
import re
import sys
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import websockets

from companion_devtools.run import RUN_DIR, jwt_secret
from companion_gateway.tokens import mint

# At the end of input, how long to wait for replies still being written.
REPLY_WAIT_S = 20.0
# The gateway's bounds: a pause of at most 366 days, memories listed 500 at a time.
MAX_PAUSE_MINUTES = 366 * 24 * 60
PAGE_SIZE = 500

HELP = """\
commands:
  /memories           what the companion remembers about you, with ids (! marks sensitive ones)
  /forget <id>        forget one memory (an episode takes what was learnt only from it along)
  /forget-all         forget everything the companion remembers about you (asks first)
  /export             save everything held about you (the account export) to a JSON file
  /pause [minutes]    no check-ins or nudges for that long (no minutes: until /resume)
  /resume             end the pause
  /wellbeing          your pause, quiet hours and use of the last 7 days
  /help               this list
  //text              send a message that starts with "/"
anything else is sent to the companion; Ctrl-D leaves"""


@dataclass(frozen=True)
class Say:
    """A message for the companion."""

    text: str


@dataclass(frozen=True)
class Command:
    name: str  # as typed after "/", e.g. "forget-all"
    argument: str | int | None = None


class Usage(ValueError):
    """A command typed wrong; the message says how to type it."""


# Each command and what it takes: nothing, a memory id, or an optional number of minutes.
_ARGUMENTS = {
    "memories": None,
    "forget": "id",
    "forget-all": None,
    "export": None,
    "pause": "minutes",
    "resume": None,
    "wellbeing": None,
    "help": None,
}


def parse(line: str) -> Say | Command | None:
    """What a line of input asks for: None for a blank line. Raises Usage for a command typed wrong."""
    text = line.strip()
    if not text:
        return None
    if text.startswith("//"):
        return Say(text[1:])
    if not text.startswith("/"):
        return Say(text)
    name, _, rest = text[1:].partition(" ")
    name, words = name.lower(), rest.split()
    if name not in _ARGUMENTS:
        raise Usage(f"unknown command /{name}: /help lists the commands (//{text[1:]} sends it as a message)")
    takes = _ARGUMENTS[name]
    if takes is None:
        if words:
            raise Usage(f"/{name} takes no argument")
        return Command(name)
    if takes == "id":
        if len(words) != 1:
            raise Usage("usage: /forget <id> (/memories lists the ids)")
        return Command(name, words[0])
    if not words:
        return Command(name)
    if len(words) > 1 or not words[0].isdigit() or not 1 <= int(words[0]) <= MAX_PAUSE_MINUTES:
        raise Usage(f"usage: /pause [minutes], a whole number of minutes from 1 to {MAX_PAUSE_MINUTES}")
    return Command(name, int(words[0]))


class Refused(Exception):
    """The gateway refused a command's request; the message says why, for the person at the terminal."""


def refusal(response: httpx.Response, not_found: str = "") -> Refused:
    """A readable reason for a refused request (the gateway's ``detail``, with what to do about it)."""
    try:
        detail: Any = response.json().get("detail")
    except (ValueError, AttributeError):
        detail = response.text[:200]
    if isinstance(detail, list):  # request validation: FastAPI's list of errors
        detail = "; ".join(str(item.get("msg", item)) if isinstance(item, dict) else str(item) for item in detail)
    code = response.status_code
    if code == 404 and not_found:
        return Refused(f"404: {not_found}")
    if code == 401:
        return Refused(f"401: the gateway refused the token ({detail}); is GATEWAY_JWT_SECRET the one it uses?")
    if code in (429, 503):
        wait = response.headers.get("Retry-After", "a few")
        return Refused(f"{code}: {detail}; try again in {wait} s")
    return Refused(f"{code}: {detail}")


def _expect(response: httpx.Response, not_found: str = "") -> Any:
    if response.status_code >= 400:
        raise refusal(response, not_found)
    return response.json()


class Commands:
    """Runs the chat's commands against the gateway's HTTP API; each returns the lines to print."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        user_id: str,
        export_dir: Path,
        confirm: Callable[[str], Awaitable[bool]],
    ) -> None:
        self._http = http
        self._user_id = user_id
        self._export_dir = export_dir
        self._confirm = confirm

    async def run(self, command: Command) -> list[str]:
        handler = getattr(self, "_" + command.name.replace("-", "_"))
        try:
            lines: list[str] = await handler(command.argument)
        except Refused as error:
            return [f"! {error}"]
        except httpx.TransportError as error:
            return [f"! cannot reach the gateway ({type(error).__name__}); is `make run` running?"]
        return lines

    async def _help(self, _: object) -> list[str]:
        return HELP.splitlines()

    async def _memories(self, _: object) -> list[str]:
        memories: list[dict[str, Any]] = []
        token = ""
        while True:
            params: dict[str, str | int] = {"page_size": PAGE_SIZE, "page_token": token}
            page = _expect(await self._http.get("/v1/memories", params=params))
            memories += page["memories"]
            token = page.get("next_page_token") or ""
            if not token:
                break
        if not memories:
            return ["the companion remembers nothing about you"]
        listed = _count(len(memories), "memory", "memories")
        lines = [f"{listed}, newest first (! sensitive; /forget <id> forgets one):"]
        for memory in memories:
            mark = "!" if memory.get("sensitive") else " "
            replaced = "" if memory.get("current", True) else "  (replaced by a newer one)"
            lines.append(f"{mark} {memory['memory_id']}  {memory['kind']}: {memory['text']}{replaced}")
        return lines

    async def _forget(self, memory_id: str) -> list[str]:
        response = await self._http.delete(f"/v1/memories/{quote(memory_id, safe='')}")
        forgotten = _expect(response, not_found=f"no memory {memory_id!r} (/memories lists yours)")
        ids = forgotten["forgotten_memory_ids"]
        return [f"forgot {_count(len(ids), 'memory', 'memories')}: {', '.join(ids)}"]

    async def _forget_all(self, _: object) -> list[str]:
        if not await self._confirm("forget everything the companion remembers about you?"):
            return ["nothing forgotten"]
        count = _expect(await self._http.delete("/v1/memories"))["forgotten_count"]
        return [f"forgot {_count(count, 'memory', 'memories')}"]

    async def _export(self, _: object) -> list[str]:
        document = _expect(await self._http.get("/v1/account/export"))
        self._export_dir.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        path = self._export_dir / f"account-{re.sub(r'[^A-Za-z0-9_.-]', '_', self._user_id)}-{stamp}.json"
        # Everything held about the user: readable by this account only.
        with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w", encoding="utf-8") as file:
            json.dump(document, file, indent=2, ensure_ascii=False)
        return [f"saved the account export to {path.resolve()}"]

    async def _pause(self, minutes: int | None) -> list[str]:
        body = {"minutes": minutes} if minutes else {}
        settings = _expect(await self._http.post("/v1/wellbeing/pause", json=body))
        return [f"paused {_paused(settings)}: no check-ins or nudges meanwhile (/resume ends it)"]

    async def _resume(self, _: object) -> list[str]:
        _expect(await self._http.delete("/v1/wellbeing/pause"))
        return ["resumed: the companion may reach out again"]

    async def _wellbeing(self, _: object) -> list[str]:
        summary = _expect(await self._http.get("/v1/wellbeing", params={"days": 7}))
        settings = summary["settings"]
        quiet = settings.get("quiet_hours")
        lines = [
            f"paused: {_paused(settings) if settings['paused'] else 'no'}",
            f"quiet hours: {quiet['start']}-{quiet['end']} {settings.get('time_zone') or ''}".rstrip()
            if quiet
            else "quiet hours: none",
            f"today: {_count(summary['minutes_today'], 'minute')}; streak: {_count(summary['streak_days'], 'day')}",
        ]
        for day in summary["days"]:
            late = f", {day['late_night_messages']} late at night" if day["late_night_messages"] else ""
            used = f"{_count(day['messages'], 'message')}, {_count(day['active_minutes'], 'minute')}"
            lines.append(f"  {day['day']}: {used}{late}")
        return lines


def _count(number: int, one: str, many: str = "") -> str:
    return f"{number} {one if number == 1 else many or one + 's'}"


def _paused(settings: dict[str, Any]) -> str:
    if settings.get("paused_until"):
        return f"until {settings['paused_until']}"
    return "until you /resume"


def dev_token(user_id: str) -> str:
    return mint(user_id, os.environ.get("GATEWAY_JWT_SECRET") or jwt_secret(), ttl_s=24 * 3600)


def _gateway_url() -> str:
    saved = RUN_DIR / "gateway-url"
    return os.environ.get("COMPANION_GATEWAY_URL") or (
        saved.read_text().strip() if saved.exists() else "http://127.0.0.1:8080"
    )


async def _read_line() -> str:
    return await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)


async def _confirm(question: str) -> bool:
    """Asks at a terminal; a piped script has already said what it wants."""
    if not sys.stdin.isatty():
        return True
    print(f"{question} [y/N] ", end="", flush=True)
    return (await _read_line()).strip().lower() in ("y", "yes")


async def chat(user_id: str, conversation_id: str, time_zone: str, export_dir: Path) -> None:
    base = _gateway_url()
    token = dev_token(user_id)
    headers = {"Authorization": f"Bearer {token}"}
    ws_url = base.replace("http", "ws", 1) + "/v1/stream"
    print(f"chatting as {user_id!r} in conversation {conversation_id!r} via {base}")
    print("/help lists the commands; Ctrl-D leaves\n")
    async with (
        httpx.AsyncClient(base_url=base, headers=headers, timeout=10) as http,
        websockets.connect(ws_url, additional_headers=headers) as ws,
    ):
        commands = Commands(http, user_id, export_dir, _confirm)
        unanswered: set[str] = set()  # messages sent whose reply has not come yet
        all_answered = asyncio.Event()

        async def show_incoming() -> None:
            streamed: dict[str, str] = {}  # the words of each reply shown so far, as they streamed
            async for raw in ws:
                event = json.loads(raw)
                kind = event["type"]
                if kind in ("reply", "failure"):
                    unanswered.difference_update(event.get("answers") or [event.get("in_reply_to")])
                    if not unanswered:
                        all_answered.set()
                if kind == "typing":
                    continue
                if kind == "reply_chunk":
                    start = "" if event["delivery_id"] in streamed else "\rcompanion> "
                    streamed[event["delivery_id"]] = streamed.get(event["delivery_id"], "") + event["text"]
                    print(f"{start}{event['text']}", end="", flush=True)
                    continue
                if kind == "reply" and streamed.get(event["delivery_id"], "").strip() == event["text"]:
                    print("\nyou> ", end="", flush=True)
                    continue
                labels = {
                    "reply": "companion",
                    "check_in": "companion",
                    "crisis_support": "support",
                    "failure": "notice",
                }
                label = labels.get(kind, kind)
                print(f"\r{label}> {event['text']}\nyou> ", end="", flush=True)

        listener = asyncio.create_task(show_incoming())
        try:
            while True:
                print("you> ", end="", flush=True)
                line = await _read_line()
                if not line:  # end of input (Ctrl-D, or a piped script): show the replies still on their way
                    with contextlib.suppress(TimeoutError):
                        if unanswered:
                            await asyncio.wait_for(all_answered.wait(), REPLY_WAIT_S)
                    print()
                    break
                try:
                    asked = parse(line)
                except Usage as error:
                    print(f"! {error}")
                    continue
                if isinstance(asked, Command):
                    print("\n".join(await commands.run(asked)))
                    continue
                if asked is None:
                    continue
                response = await http.post(
                    f"/v1/conversations/{conversation_id}/messages",
                    json={"client_message_id": str(uuid.uuid4()), "text": asked.text, "time_zone": time_zone},
                )
                if response.status_code != 202:
                    print(f"! {refusal(response)}")
                    continue
                unanswered.add(response.json()["message_id"])
                all_answered.clear()
                await asyncio.sleep(0.3)
        finally:
            listener.cancel()


def main() -> None:
    parser = argparse.ArgumentParser(description="Chat with the companion running locally (/help for commands).")
    parser.add_argument("--user", default=os.environ.get("USER_ID", "me"))
    parser.add_argument("--conversation", default=None, help="defaults to one conversation per user")
    parser.add_argument("--time-zone", default=os.environ.get("TZ_NAME", "UTC"))
    parser.add_argument("--export-dir", type=Path, default=RUN_DIR / "exports", help="where /export saves")
    args = parser.parse_args()
    conversation = args.conversation or f"chat-{args.user}"
    try:
        asyncio.run(chat(args.user, conversation, args.time_zone, args.export_dir))
    except (ConnectionRefusedError, OSError, httpx.ConnectError) as error:
        sys.exit(f"cannot reach the gateway ({error}); is `make run` running?")
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
