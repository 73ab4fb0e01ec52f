"""`make test-faults OUT=results.json`: faults injected one at a time while conversations go on.

The whole system runs here (Redis with an AOF and PostgreSQL in containers, two replicas of every service, two
gateways; everything on 127.0.0.1). For each fault a fresh set of users talks steadily (each sends a message,
waits for its reply a little, pauses, sends the next), the fault is injected in the middle of it, the flow goes
on, then stops; the driver waits for the system to recover and answer, reconnects every client to catch up
(``?conversation_id=&after=`` and the replies no client received), and counts, per fault:

- ``sent``: messages the gateway accepted (202); ``refused``: never accepted despite retries (not counted as sent);
- ``replies``: replies and failure notices the clients ended up with (distinct ``delivery_id``);
- ``lost``: accepted messages no reply and no failure notice answers, on the client's side;
- ``duplicated``: accepted messages answered by more than one reply (or notice);
- ``missing_transcript``: accepted messages absent from the transcript, or stored there without an answer;
- ``missing_memory``: accepted messages memory kept no episode of (``GET /v1/memories``);
- extras per fault (``failure_notices``, ``holding_replies``, what was killed, ...) and ``error`` when the fault
  could not be injected or the run around it failed.

It writes the JSON to ``--out``, the table into docs/faults.md (between markers) and exits 1 when anything is
lost, duplicated, missing or in error.
"""

import argparse
import asyncio
import contextlib
import datetime as dt
import json
import random
import sys
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import psycopg
import redis.asyncio as aioredis
import websockets

from companion_devtools.stack import Stack, StackOptions
from companion_gateway.tokens import mint

COMMAND = "make test-faults OUT=results.json"
DOCS = Path(__file__).resolve().parents[4] / "docs" / "faults.md"
BEGIN, END = "<!-- faults:begin -->", "<!-- faults:end -->"
STREAM, DEAD = "companion:messages", "companion:messages:dead"
GROUPS = ("dialogue", "memory", "safety")

# The written fail-safe (services/dialogue/.../fail_safe.py) and the dead-letter notice, recognised by text.
HOLDING_PREFIXES = ("Sorry, I can't answer properly right now", "I can't answer properly right now")
FAILURE_NOTICE = "Sorry, I couldn't answer your last message just now. Could you send it again?"

CLIENTS = 6  # users talking at once, each in one conversation, spread over the two gateways
WARMUP_S = 3.0  # flow before the fault
AFTER_S = 6.0  # flow after the fault (or after the component is back)
REPLY_WAIT_S = 3.0  # a client waits this long for a reply before it sends its next message anyway
DRAIN_S = 60.0  # at most this long for the last answers after the flow stopped
MEMORY_WAIT_S = 30.0  # at most this long for memory to hold every message after recovery

SENTENCES = [
    "My sister {name} lives in Porto.",
    "I had pasta for dinner tonight.",
    "Work was long today, lots of meetings.",
    "I'm reading a book about the history of maps.",
    "My dog {name} chewed my shoe again.",
    "I love hiking on weekends.",
    "My friend {name} is a nurse.",
    "The weather was lovely this afternoon.",
    "I started learning the guitar last month.",
    "My favourite film is Spirited Away.",
]
NAMES = ["Maya", "Leo", "Rocket", "June", "Priya", "Waffles", "Jo", "Marcus"]


def _token(user_id: str, secret: str) -> str:
    return mint(user_id, secret, ttl_s=3600)


@dataclass
class Client:
    """One user, one conversation, one gateway at a time (the one its WebSocket is open on: dialogue delivers a
    reply to the gateway that accepted the message, so both go to the same one)."""

    user_id: str
    conversation: str
    gateways: list[str]
    secret: str
    gateway: int = 0
    accepted: list[str] = field(default_factory=list)
    refused: int = 0
    events: dict[str, dict[str, Any]] = field(default_factory=dict)  # delivery_id -> reply / failure event
    reconnects: int = 0
    caught_up: int = 0  # replies first seen when catching up
    _ws: Any = None
    _reader: asyncio.Task[None] | None = None
    _arrived: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def url(self) -> str:
        return self.gateways[self.gateway]

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {_token(self.user_id, self.secret)}"}

    def _after(self) -> str:
        """Catch up from the last reply seen, or from the first message (a reply always comes after it)."""
        replies = sorted(self.events)
        return replies[-1] if replies else (self.accepted[0] if self.accepted else "")

    async def connect(self, after: str | None = None) -> None:
        after = self._after() if after is None else after
        query = f"?conversation_id={self.conversation}" + (f"&after={after}" if after else "")
        url = self.url.replace("http", "ws", 1) + "/v1/stream" + query
        self._ws = await websockets.connect(url, additional_headers=self.headers, open_timeout=5)
        self._reader = asyncio.create_task(self._read(self._ws))

    async def _read(self, ws: Any) -> None:
        with contextlib.suppress(Exception):
            async for raw in ws:
                event = json.loads(raw)
                if event.get("type") in ("reply", "failure") and event.get("conversation_id") == self.conversation:
                    if event["delivery_id"] not in self.events:
                        self.events[event["delivery_id"]] = event
                        self.caught_up += bool(event.get("missed"))
                    self._arrived.set()

    @property
    def connected(self) -> bool:
        return self._reader is not None and not self._reader.done()

    async def close(self) -> None:
        if self._ws is not None:
            with contextlib.suppress(Exception):
                await self._ws.close()
        if self._reader is not None:
            self._reader.cancel()
            with contextlib.suppress(BaseException):
                await self._reader
        self._ws, self._reader = None, None

    async def reconnect(self, deadline: float, switch: bool = True) -> None:
        """Connects again (to the next gateway when ``switch``), retrying until it works or ``deadline``."""
        await self.close()
        while time.monotonic() < deadline:
            if switch:
                self.gateway = (self.gateway + 1) % len(self.gateways)
            try:
                await self.connect()
                self.reconnects += 1
                return
            except Exception:  # noqa: BLE001 - that gateway is not there (yet): try again
                await asyncio.sleep(0.3)

    async def catch_up(self, deadline: float) -> None:
        """A fresh connection that resends every companion turn of the conversation after the first message."""
        await self.close()
        first = self.accepted[0] if self.accepted else ""
        while time.monotonic() < deadline:
            try:
                await self.connect(after=first)
                return
            except Exception:  # noqa: BLE001 - try the other gateway
                self.gateway = (self.gateway + 1) % len(self.gateways)
                await asyncio.sleep(0.3)

    def answers(self, message_id: str) -> bool:
        return any(message_id in _answers(e) for e in self.events.values())

    async def send(self, http: httpx.AsyncClient, text: str, deadline: float) -> str | None:
        """Posts one message, retrying with the same client_message_id (idempotent) until accepted or deadline;
        switches gateway when this one cannot be reached or its WebSocket is gone."""
        body = {"client_message_id": str(uuid.uuid4()), "text": text}
        path = f"/v1/conversations/{self.conversation}/messages"
        while time.monotonic() < deadline:
            if not self.connected:
                await self.reconnect(deadline)
                continue
            try:
                response = await http.post(self.url + path, json=body, headers=self.headers, timeout=5)
            except httpx.HTTPError:
                await self.reconnect(deadline)
                continue
            if response.status_code == 202:
                message_id = str(response.json()["message_id"])
                if message_id not in self.accepted:
                    self.accepted.append(message_id)
                return message_id
            await asyncio.sleep(0.5)  # 503 (Redis away) or 429: the same message again shortly
        self.refused += 1
        return None

    async def wait_answer(self, message_id: str, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        while not self.answers(message_id) and time.monotonic() < deadline:
            self._arrived.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._arrived.wait(), min(0.5, max(0.01, deadline - time.monotonic())))


def _answers(event: dict[str, Any]) -> set[str]:
    return set(event.get("answers") or []) | ({event["in_reply_to"]} if event.get("in_reply_to") else set())


@dataclass
class Flow:
    """A steady, bounded flow of conversations: every client sends, waits a little for the reply, pauses."""

    clients: list[Client]
    stop: asyncio.Event = field(default_factory=asyncio.Event)

    async def run(self, http: httpx.AsyncClient, hard_deadline: float) -> None:
        await asyncio.gather(*(self._talk(c, http, hard_deadline) for c in self.clients))

    async def _talk(self, client: Client, http: httpx.AsyncClient, hard_deadline: float) -> None:
        rng = random.Random(client.user_id)  # noqa: S311 - test traffic, not security
        while not self.stop.is_set() and time.monotonic() < hard_deadline:
            text = rng.choice(SENTENCES).format(name=rng.choice(NAMES))
            message_id = await client.send(http, text, min(hard_deadline, time.monotonic() + 40))
            if message_id is not None:
                await client.wait_answer(message_id, REPLY_WAIT_S)
            await asyncio.sleep(rng.uniform(0.4, 0.9))


@dataclass
class Fault:
    name: str
    inject: Callable[["Run", dict[str, Any]], Awaitable[None]]
    what: str


class Run:
    def __init__(self, stack: Stack) -> None:
        self.stack = stack

    # ----- helpers the faults use -----

    async def pending_by_consumer(self, group: str) -> dict[str, int]:
        r = aioredis.Redis.from_url(self.stack.redis_url)
        try:
            summary = await r.xpending(STREAM, group)
            consumers = summary.get("consumers") or []
            return {
                str(c["name"].decode() if isinstance(c["name"], bytes) else c["name"]): int(c["pending"])
                for c in consumers
            }
        finally:
            await r.aclose()

    async def kill_busy_replica(self, service: str, info: dict[str, Any], timeout_s: float = 8) -> str:
        """kill -9 of the replica of ``service`` that holds pending entries (a message in the middle of its
        work), waiting up to ``timeout_s`` for one; the first replica when none is seen busy."""
        replicas = [n for n in self.stack.processes if n == service or n.startswith(f"{service}-")]
        deadline = time.monotonic() + timeout_s
        victim, pending = replicas[0], 0
        while time.monotonic() < deadline:
            busy = {n: p for n, p in (await self.pending_by_consumer(service)).items() if n in replicas and p}
            if busy:
                victim, pending = max(busy.items(), key=lambda item: item[1])
                break
            await asyncio.sleep(0.02)
        self.stack.processes[victim].kill()
        info.update(killed=victim, pending_at_kill=pending)
        return victim

    async def restart_later(self, name: str, delay_s: float) -> None:
        await asyncio.sleep(delay_s)
        await asyncio.to_thread(self.stack.restart_process, name)

    def replicas(self, service: str) -> list[str]:
        return [n for n in self.stack.processes if n == service or n.startswith(f"{service}-")]

    # ----- one fault with the flow around it -----

    async def measure(self, fault: Fault) -> dict[str, Any]:
        result: dict[str, Any] = {"name": fault.name, "fault": fault.what}
        started = time.monotonic()
        gateways = self.stack.gateway_urls
        suffix = uuid.uuid4().hex[:6]
        clients = [
            Client(f"fault-{fault.name}-{suffix}-{i}", f"talk-{i}", gateways, self.stack.jwt_secret, gateway=i % 2)
            for i in range(CLIENTS)
        ]
        flow = Flow(clients)
        async with httpx.AsyncClient() as http:
            try:
                for client in clients:
                    await client.connect(after="")
                flow_task = asyncio.create_task(flow.run(http, time.monotonic() + 150))
                await asyncio.sleep(WARMUP_S)
                try:
                    await asyncio.wait_for(fault.inject(self, result), 120)
                except Exception as error:  # noqa: BLE001 - reported with the fault, never dropped
                    result["error"] = f"{type(error).__name__}: {error}"[:500]
                await asyncio.sleep(AFTER_S)
                flow.stop.set()
                await flow_task
                await self._restore()
                await self._drain(clients)
                for client in clients:  # what a client sees after reconnecting: catch-up of the whole conversation
                    await client.catch_up(time.monotonic() + 20)
                await asyncio.sleep(1.5)
                result.update(await self._count(clients, http))
            except Exception as error:  # noqa: BLE001 - the fault stays in the table with its error
                result.setdefault("error", f"{type(error).__name__}: {error}"[:500])
            finally:
                for client in clients:
                    await client.close()
        result["seconds"] = round(time.monotonic() - started, 1)
        return result

    async def _restore(self) -> None:
        """Every process running again before counting (a fault may have left one down)."""
        for name, process in self.stack.processes.items():
            if not process.running:
                await asyncio.to_thread(self.stack.restart_process, name)

    async def _drain(self, clients: list[Client]) -> None:
        deadline = time.monotonic() + DRAIN_S
        while time.monotonic() < deadline:
            if all(c.answers(m) for c in clients for m in c.accepted):
                return
            for client in clients:
                if not client.connected:
                    await client.reconnect(deadline)
            await asyncio.sleep(0.5)

    async def _count(self, clients: list[Client], http: httpx.AsyncClient) -> dict[str, Any]:
        sent = lost = duplicated = missing_transcript = missing_memory = dup_transcript = 0
        failures = holding = 0
        missing_memory_ids: list[tuple[str, str]] = []
        memory_deadline = time.monotonic() + MEMORY_WAIT_S
        with psycopg.connect(self.stack.database_url) as conn:
            for client in clients:
                rows = conn.execute(
                    "SELECT turn_id, role, in_reply_to, answered_by FROM dialogue_turns WHERE user_id = %s",
                    (client.user_id,),
                ).fetchall()
                user_turns = {r[0]: r[3] for r in rows if r[1] == "user"}
                companion = {r[0]: r[2] for r in rows if r[1] == "companion"}
                answered_in_db: dict[str, set[str]] = {}
                for turn_id, in_reply_to in companion.items():
                    if in_reply_to:
                        answered_in_db.setdefault(in_reply_to, set()).add(turn_id)
                for message_id, answered_by in user_turns.items():
                    if answered_by:
                        answered_in_db.setdefault(message_id, set()).add(answered_by)
                covers: dict[str, set[str]] = {}  # delivery id -> messages it answers
                for delivery_id, event in client.events.items():
                    covers[delivery_id] = _answers(event) | {m for m, d in user_turns.items() if d == delivery_id}
                    failures += event["text"] == FAILURE_NOTICE or event.get("type") == "failure"
                    holding += str(event["text"]).startswith(HOLDING_PREFIXES)
                memories = await self._memory_sources(client, http, memory_deadline)
                for message_id in client.accepted:
                    sent += 1
                    answering = {d for d, ms in covers.items() if message_id in ms}
                    lost += not answering
                    duplicated += max(0, len(answering) - 1)
                    missing_transcript += message_id not in user_turns or not answered_in_db.get(message_id)
                    dup_transcript += len(answered_in_db.get(message_id, set())) > 1
                    if message_id not in memories:
                        missing_memory += 1
                        missing_memory_ids.append((client.user_id, message_id))
            trace = [self._trace_memory(conn, user_id, message_id) for user_id, message_id in missing_memory_ids]
        return {
            "sent": sent,
            "replies": sum(len(c.events) for c in clients),
            "lost": lost,
            "duplicated": duplicated,
            "missing_transcript": missing_transcript,
            "missing_memory": missing_memory,
            "duplicated_in_transcript": dup_transcript,
            "failure_notices": failures,
            "holding_replies": holding,
            "caught_up": sum(c.caught_up for c in clients),
            "refused": sum(c.refused for c in clients),
            "reconnects": sum(c.reconnects for c in clients),
            **({"missing_memory_trace": trace} if trace else {}),
        }

    @staticmethod
    def _trace_memory(conn: psycopg.Connection[Any], user_id: str, message_id: str) -> dict[str, Any]:
        """Where a message missing from memory stopped: never ingested, or ingested and yet not listed."""
        ingested = conn.execute(
            "SELECT 1 FROM memory_ingested_messages WHERE user_id = %s AND message_id = %s", (user_id, message_id)
        ).fetchone()
        rows = conn.execute(
            "SELECT kind, sensitive FROM memories WHERE user_id = %s AND %s = ANY(source_message_ids)",
            (user_id, message_id),
        ).fetchall()
        return {"message_id": message_id, "ingested": ingested is not None, "memories": [list(r) for r in rows]}

    async def _memory_sources(self, client: Client, http: httpx.AsyncClient, deadline: float) -> set[str]:
        """Message ids memory holds an episode (or any memory) of, waiting for it to catch up until deadline."""
        while True:
            sources: set[str] = set()
            token = ""
            with contextlib.suppress(httpx.HTTPError):
                while True:
                    response = await http.get(
                        client.url + "/v1/memories",
                        params={"page_size": 200, **({"page_token": token} if token else {})},
                        headers=client.headers,
                        timeout=5,
                    )
                    response.raise_for_status()
                    body = response.json()
                    for memory in body["memories"]:
                        sources.update(memory.get("source_message_ids") or [])
                    token = body.get("next_page_token") or ""
                    if not token:
                        break
            if set(client.accepted) <= sources or time.monotonic() > deadline:
                return sources
            await asyncio.sleep(1.0)


# ----- the faults -----


async def _kill(service: str, run: Run, info: dict[str, Any]) -> None:
    victim = await run.kill_busy_replica(service, info)
    # The other replica reclaims the victim's entries (RECLAIM_IDLE_MS) while the flow goes on; then it comes
    # back under the same name, so that the next fault again finds two replicas.
    await asyncio.sleep(AFTER_S)
    await asyncio.to_thread(run.stack.restart_process, victim)


async def kill_dialogue(run: Run, info: dict[str, Any]) -> None:
    await _kill("dialogue", run, info)


async def kill_memory(run: Run, info: dict[str, Any]) -> None:
    await _kill("memory", run, info)


async def kill_safety(run: Run, info: dict[str, Any]) -> None:
    await _kill("safety", run, info)


async def restart_redis(run: Run, info: dict[str, Any]) -> None:
    info["down_s"] = round(await asyncio.to_thread(run.stack.restart_redis), 1)


async def restart_postgres(run: Run, info: dict[str, Any]) -> None:
    info["down_s"] = round(await asyncio.to_thread(run.stack.restart_postgres), 1)


async def kill_gateway(run: Run, info: dict[str, Any]) -> None:
    # Clients alternate between the two gateways: those on the second lose their socket and their next post,
    # reconnect to the first, and catch up there.
    victim = "gateway-2"
    run.stack.processes[victim].kill()
    info["killed"] = victim
    await asyncio.sleep(AFTER_S)
    await asyncio.to_thread(run.stack.restart_process, victim)


async def _unreachable(run: Run, info: dict[str, Any], service: str, seconds: float) -> None:
    """Every replica of `service` stopped for `seconds`, then started again under the same names."""
    replicas = run.replicas(service)
    for name in replicas:
        await asyncio.to_thread(run.stack.processes[name].stop)
    await asyncio.sleep(seconds)
    for name in replicas:
        await asyncio.to_thread(run.stack.restart_process, name)
    info["down_s"] = seconds


async def memory_unreachable(run: Run, info: dict[str, Any]) -> None:
    # Both replicas stopped for 30 s: nothing answers at memory's addresses; dialogue replies without memories
    # (DIALOGUE_RECALL_TIMEOUT_S) and memory reads the messages it missed when it is back.
    await _unreachable(run, info, "memory", 30)


async def safety_unreachable(run: Run, info: dict[str, Any]) -> None:
    # The written fail-safe: every message still gets an answer, the holding reply (with crisis resources when
    # the message could not be assessed), stored once; safety assesses the messages when it is back.
    await _unreachable(run, info, "safety", 12)


async def poison_entry(run: Run, info: dict[str, Any]) -> None:
    r = aioredis.Redis.from_url(run.stack.redis_url)
    try:
        before = await r.xlen(DEAD)
        entry = await r.xadd(STREAM, {"__data__": b"\x00 not a message event"})
        info["poison_entry"] = entry.decode() if isinstance(entry, bytes) else str(entry)
        deadline = time.monotonic() + 20
        groups: dict[str, int] = {}
        while time.monotonic() < deadline:
            dead = list(await r.xrange(DEAD, min="-", max="+") or [])
            groups = {}
            for _, fields in dead[before:]:
                raw = (fields or {}).get(b"group", b"?")
                group = raw.decode() if isinstance(raw, bytes) else str(raw)
                groups[group] = groups.get(group, 0) + 1
            if all(groups.get(g) for g in GROUPS):
                break
            await asyncio.sleep(0.2)
        info["dead_lettered"] = groups
        if not all(groups.get(g) for g in GROUPS):
            info["error"] = f"poison entry not dead-lettered by every group: {groups}"
    finally:
        await r.aclose()


FAULTS = [
    Fault("kill_dialogue", kill_dialogue, "kill -9 of the dialogue replica with pending entries (of 2)"),
    Fault("kill_memory", kill_memory, "kill -9 of the memory replica with pending entries (of 2)"),
    Fault("kill_safety", kill_safety, "kill -9 of the safety replica with pending entries (of 2)"),
    Fault("restart_redis", restart_redis, "docker restart of Redis (AOF, fsync always; same port)"),
    Fault("restart_postgres", restart_postgres, "docker restart of PostgreSQL (same port, same data)"),
    Fault("kill_gateway", kill_gateway, "kill -9 of a gateway with clients connected (they move to the other)"),
    Fault("memory_unreachable", memory_unreachable, "both memory replicas stopped for 30 s"),
    Fault("safety_unreachable", safety_unreachable, "both safety replicas stopped for 12 s (fail-safe policy)"),
    Fault("poison_entry", poison_entry, "an undecodable entry added to the message stream"),
]


# ----- output -----


def render_table(results: list[dict[str, Any]]) -> str:
    head = "| fault | sent | replies | lost | duplicated | missing transcript | missing memory | notes |"
    lines = [head, "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
    for r in results:
        notes = []
        for key in ("killed", "pending_at_kill", "down_s", "failure_notices", "holding_replies", "caught_up"):
            if r.get(key):
                notes.append(f"{key} {r[key]}")
        if r.get("refused"):
            notes.append(f"refused {r['refused']}")
        if r.get("dead_lettered"):
            notes.append("dead-lettered by " + ", ".join(f"{g} {n}" for g, n in sorted(r["dead_lettered"].items())))
        if r.get("error"):
            notes.append(f"error: {r['error']}")
        cells = [
            r.get(k, "-") for k in ("sent", "replies", "lost", "duplicated", "missing_transcript", "missing_memory")
        ]
        lines.append(f"| {r['name']} | " + " | ".join(str(c) for c in cells) + f" | {'; '.join(notes)} |")
    return "\n".join(lines)


def write_docs(results: list[dict[str, Any]], started: dt.datetime, seconds: float, path: Path = DOCS) -> None:
    block = (
        f"{BEGIN}\nMeasured {started:%Y-%m-%d %H:%M} UTC with `{COMMAND}` ({seconds:.0f} s in all, "
        f"{CLIENTS} users talking throughout each fault):\n\n{render_table(results)}\n{END}"
    )
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if BEGIN in text and END in text:
        text = text[: text.index(BEGIN)] + block + text[text.index(END) + len(END) :]
    else:
        text = text.rstrip("\n") + ("\n\n" if text else "") + block + "\n"
    path.write_text(text, encoding="utf-8")


def failed(result: dict[str, Any]) -> bool:
    keys = ("lost", "duplicated", "missing_transcript", "missing_memory")
    return bool(result.get("error")) or any(result.get(k, 0) for k in keys) or "sent" not in result


async def warm_up(stack: Stack) -> None:
    """One exchange per gateway before measuring: the first calls of a cold system (safety's first assessment
    loads its model) can outlast DIALOGUE_SAFETY_TIMEOUT_S, and that is not a fault."""
    async with httpx.AsyncClient() as http:
        for gateway in range(len(stack.gateway_urls)):
            client = Client(f"warm-up-{uuid.uuid4().hex[:6]}", "warm-up", stack.gateway_urls, stack.jwt_secret, gateway)
            try:
                await client.connect(after="")
                message_id = await client.send(http, "Hello, just saying hi.", time.monotonic() + 30)
                if message_id is not None:
                    await client.wait_answer(message_id, 20)
            finally:
                await client.close()


async def run_all(names: list[str] | None) -> list[dict[str, Any]]:
    options = StackOptions(
        dialogue_replicas=2,
        memory_replicas=2,
        safety_replicas=2,
        gateway_replicas=2,
        restartable_infrastructure=True,
        dialogue_failover=True,
        reclaim_idle_ms=3_000,
        env={"dialogue": {"DIALOGUE_BURST_WINDOW_MS": "300"}},
    )
    stack = await asyncio.to_thread(Stack(options).start)
    print(f"stack up; logs in {stack.log_dir}", file=sys.stderr, flush=True)
    results: list[dict[str, Any]] = []
    try:
        run = Run(stack)
        await warm_up(stack)
        for fault in FAULTS:
            if names and fault.name not in names:
                continue
            print(f"fault {fault.name}: {fault.what}", file=sys.stderr, flush=True)
            result = await run.measure(fault)
            print(json.dumps(result), file=sys.stderr, flush=True)
            results.append(result)
    finally:
        await asyncio.to_thread(stack.stop)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, type=Path, help="where to write the results (JSON)")
    parser.add_argument("--only", nargs="*", help="run only these faults (by name); docs are then left alone")
    parser.add_argument("--no-docs", action="store_true", help="do not rewrite docs/faults.md")
    args = parser.parse_args(argv)
    started, clock = dt.datetime.now(dt.UTC), time.monotonic()
    results = asyncio.run(run_all(args.only))
    seconds = time.monotonic() - clock
    document = {
        "command": COMMAND,
        "date": started.isoformat(timespec="seconds"),
        "seconds": round(seconds, 1),
        "faults": results,
    }
    args.out.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    if not args.only and not args.no_docs:
        write_docs(results, started, seconds)
    print(render_table(results))
    return 1 if any(failed(r) for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
