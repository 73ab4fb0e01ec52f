"""`make bench-extraction DATA=<file.jsonl> OUT=<results.json>`: what memory reads from single messages.

The whole system runs as `make run` starts it (Redis, PostgreSQL, gateway, dialogue on the offline engine,
memory, safety). Each row's ``text`` is sent through the gateway's HTTP API as the first message of a fresh
user (``sent_at`` = ``said_at``, ``time_zone``); once memory has stored its episode (polled on
``GET /v1/memories``, bounded), that user's memories are read and kept exactly as the API lists them.

Rows (issue 9): ``{"id", "text", "said_at", "time_zone", "expect": [{"subject": [...], "value", "on"?: [...]}],
"forbid"?: [{"subject": [...], "value"}], "sensitive"?: true|false}``. The scoring is :func:`score`, a pure
function; see its docstring for the rules.
"""

import argparse
import asyncio
import json
import sys
import time
import uuid
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx

from companion_devtools.stack import Stack, StackOptions
from companion_gateway.tokens import mint

EPISODE = "episode"
_DATED_KINDS = ("plan", "event")

Row = Mapping[str, Any]
MemoryJson = Mapping[str, Any]


def _lower(value: Any) -> str:
    return str(value or "").lower()


def _subjects(entry: Mapping[str, Any]) -> set[str]:
    subject = entry.get("subject", [])
    return {_lower(s) for s in ([subject] if isinstance(subject, str) else subject)}


def _contains(memory: MemoryJson, value: str) -> bool:
    """The value (case-insensitive) in the memory's value or text; "" is in everything."""
    needle = value.lower()
    return needle in _lower(memory.get("value")) or needle in _lower(memory.get("text"))


def _local_day(stamp: str | None, time_zone: str) -> date | None:
    if not stamp:
        return None
    moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    return moment.astimezone(ZoneInfo(time_zone or "UTC")).date()


def fact_found(expected: Mapping[str, Any], memory: MemoryJson, time_zone: str) -> bool:
    """One expected fact in one memory: a non-episode memory with one of the subjects, the value in its value or
    text and, when ``on`` is given, a ``valid_from`` on one of those days in the row's time zone."""
    if memory.get("kind") == EPISODE or _lower(memory.get("subject")) not in _subjects(expected):
        return False
    if not _contains(memory, str(expected.get("value", ""))):
        return False
    days = expected.get("on")
    if days:
        day = _local_day(memory.get("valid_from"), time_zone)
        return day is not None and day.isoformat() in set(days)
    return True


def misattributed(row: Row, memory: MemoryJson) -> bool:
    """A non-episode memory whose value holds an expected value, under a subject listed for none of the expected
    facts with that value ("my sister and I both live in Leeds" may expect Leeds under both)."""
    if memory.get("kind") == EPISODE or not memory.get("value"):
        return False
    value = _lower(memory.get("value"))
    owners = [_subjects(e) for e in row.get("expect", []) if e.get("value") and _lower(e["value"]) in value]
    return bool(owners) and not any(_lower(memory.get("subject")) in subjects for subjects in owners)


def forbidden(row: Row, memory: MemoryJson) -> bool:
    """A non-episode memory matching a forbid entry: one of its subjects, its value in the memory's value or text
    (an empty value matches any memory of those subjects)."""
    if memory.get("kind") == EPISODE:
        return False
    return any(
        _lower(memory.get("subject")) in _subjects(f) and _contains(memory, str(f.get("value", "")))
        for f in row.get("forbid", [])
    )


def sensitive_leak(memory: MemoryJson) -> bool:
    """On a sensitive row: a memory not flagged sensitive, or any plan, event or dated memory."""
    return not memory.get("sensitive", False) or memory.get("kind") in _DATED_KINDS or bool(memory.get("valid_from"))


def _brief(row: Row, memory: MemoryJson) -> dict[str, Any]:
    return {
        "id": row["id"],
        "kind": memory.get("kind"),
        "subject": memory.get("subject"),
        "value": memory.get("value"),
        "text": memory.get("text"),
        "valid_from": memory.get("valid_from"),
    }


def score(rows: Sequence[Row], memories: Mapping[str, Sequence[MemoryJson]]) -> dict[str, Any]:
    """The issue's scoring of one run: ``memories`` maps a row id to that user's memories as the API lists them
    (a row missing from it counts as a row with no memories, and is listed under ``unanswered``).

    - fact recall: expected facts found / expected facts (see :func:`fact_found`);
    - misattributed: memories that hold an expected value under a subject not listed for it (:func:`misattributed`);
    - forbidden: memories matching a forbid entry (:func:`forbidden`);
    - sensitive leaks: on rows with ``"sensitive": true``, memories not flagged sensitive plus any plan, event or
      dated memory (each memory counted once);
    - false sensitive: on rows with ``"sensitive": false``, memories flagged sensitive (a missing key is false).
    """
    expected = found = 0
    misses: list[dict[str, Any]] = []
    wrong_subject: list[dict[str, Any]] = []
    matched_forbid: list[dict[str, Any]] = []
    leaks: list[dict[str, Any]] = []
    false_flags: list[dict[str, Any]] = []
    unanswered = [row["id"] for row in rows if row["id"] not in memories]
    for row in rows:
        listed = memories.get(row["id"], [])
        time_zone = row.get("time_zone") or "UTC"
        for fact in row.get("expect", []):
            expected += 1
            if any(fact_found(fact, m, time_zone) for m in listed):
                found += 1
            else:
                misses.append({"id": row["id"], "text": row["text"], "expect": dict(fact)})
        wrong_subject += [_brief(row, m) for m in listed if misattributed(row, m)]
        matched_forbid += [_brief(row, m) for m in listed if forbidden(row, m)]
        if row.get("sensitive") is True:
            leaks += [_brief(row, m) for m in listed if sensitive_leak(m)]
        elif row.get("sensitive") is False:
            false_flags += [_brief(row, m) for m in listed if m.get("sensitive", False)]
    return {
        "rows": len(rows),
        "facts_expected": expected,
        "facts_found": found,
        "fact_recall": round(found / expected, 4) if expected else None,
        "misattributed": len(wrong_subject),
        "forbidden": len(matched_forbid),
        "sensitive_rows": sum(1 for row in rows if row.get("sensitive") is True),
        "sensitive_leaks": len(leaks),
        "not_sensitive_rows": sum(1 for row in rows if row.get("sensitive") is False),
        "false_sensitive": len(false_flags),
        "unanswered": unanswered,
        "misses": misses,
        "misattributed_memories": wrong_subject,
        "forbidden_memories": matched_forbid,
        "sensitive_leak_memories": leaks,
        "false_sensitive_memories": false_flags,
    }


def read_rows(lines: Iterable[str]) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in lines if line.strip()]
    for number, row in enumerate(rows, start=1):
        missing = {"id", "text", "said_at"} - row.keys()
        if missing:
            raise ValueError(f"row {number}: missing {', '.join(sorted(missing))}")
    ids = [row["id"] for row in rows]
    if len(ids) != len(set(ids)):
        raise ValueError("row ids must be unique")
    return rows


class _Sender:
    """Sends rows through the gateway, each as the first message of a fresh user, and reads their memories."""

    def __init__(self, http: httpx.AsyncClient, secret: str, timeout_s: float) -> None:
        self._http = http
        self._secret = secret
        self._timeout_s = timeout_s
        self._run = uuid.uuid4().hex[:8]

    def _headers(self, user_id: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {mint(user_id, self._secret, ttl_s=3600)}"}

    async def memories_of(self, row: Row, index: int) -> tuple[list[dict[str, Any]], str]:
        """The user's memories once memory has stored the message's episode; "" or the reason it could not."""
        headers = self._headers(f"xbench-{self._run}-{index}")
        body = {
            "client_message_id": str(uuid.uuid4()),
            "text": row["text"],
            "sent_at": row["said_at"],
            "time_zone": row.get("time_zone") or "UTC",
        }
        path = f"/v1/conversations/x-{self._run}-{index}/messages"
        deadline = time.monotonic() + self._timeout_s
        # A kept-alive connection the server closed as it was reused ("Server disconnected without sending a
        # response", seen on a loaded machine) is asked again: the gateway deduplicates on client_message_id, and
        # listing changes nothing. One row's trouble is that row's failure, never the whole run's.
        while True:
            try:
                response = await self._http.post(path, json=body, headers=headers)
                break
            except httpx.TransportError as error:
                if time.monotonic() > deadline:
                    return [], f"gateway unreachable: {type(error).__name__}"
                await asyncio.sleep(0.5)
        if response.status_code != 202:
            return [], f"gateway answered {response.status_code}: {response.text[:200]}"
        message_id = response.json()["message_id"]
        listed: list[dict[str, Any]] = []
        while True:
            try:
                listed = await self._list(headers)
            except httpx.TransportError:
                pass
            else:
                if any(m.get("kind") == EPISODE and message_id in m.get("source_message_ids", []) for m in listed):
                    return listed, ""
            if time.monotonic() > deadline:
                return listed, f"no episode after {self._timeout_s:g} s"
            await asyncio.sleep(0.1)

    async def _list(self, headers: dict[str, str]) -> list[dict[str, Any]]:
        listed: list[dict[str, Any]] = []
        token = ""
        while True:
            response = await self._http.get(
                "/v1/memories", params={"page_size": 500, "page_token": token}, headers=headers
            )
            response.raise_for_status()
            page = response.json()
            listed += page["memories"]
            token = page.get("next_page_token") or ""
            if not token:
                return listed


async def run_rows(
    base_url: str, secret: str, rows: Sequence[Row], concurrency: int, timeout_s: float
) -> tuple[dict[str, list[dict[str, Any]]], dict[str, str]]:
    """Every row through the system, ``concurrency`` at a time: memories per row id, and failures per row id."""
    gate = asyncio.Semaphore(concurrency)
    memories: dict[str, list[dict[str, Any]]] = {}
    failures: dict[str, str] = {}
    async with httpx.AsyncClient(base_url=base_url, timeout=30) as http:
        sender = _Sender(http, secret, timeout_s)

        async def one(index: int, row: Row) -> None:
            async with gate:
                listed, failure = await sender.memories_of(row, index)
            if failure:
                failures[row["id"]] = failure
            else:
                memories[row["id"]] = listed

        await asyncio.gather(*(one(i, row) for i, row in enumerate(rows)))
    return memories, failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", required=True, help="rows, one JSON object a line")
    parser.add_argument("--out", required=True, help="where to write the results (JSON)")
    parser.add_argument("--concurrency", type=int, default=8, help="rows in flight at once")
    parser.add_argument("--timeout-s", type=float, default=30.0, help="longest wait for memory to store a message")
    parser.add_argument("--logs", help="keep the services' logs in this directory")
    args = parser.parse_args()

    rows = read_rows(Path(args.data).read_text(encoding="utf-8").splitlines())
    quiet = {name: {f"{name.upper()}_LOG_LEVEL": "WARNING"} for name in ("gateway", "dialogue", "safety")}
    # Memory lets a message settle before ingesting it so that it does not take the CPU of its reply; here
    # nothing waits for replies, so it ingests at once.
    memory = {"MEMORY_LOG_LEVEL": "WARNING", "MEMORY_INGEST_SETTLE_MS": "0"}
    options = StackOptions(env={**quiet, "memory": memory}, log_dir=Path(args.logs) if args.logs else None)
    print(f"starting the system for {len(rows)} rows ...", file=sys.stderr, flush=True)
    started = time.monotonic()
    with Stack(options) as stack:
        sending = time.monotonic()
        memories, failures = asyncio.run(
            run_rows(stack.gateway_url, stack.jwt_secret, rows, args.concurrency, args.timeout_s)
        )
        sent_s = time.monotonic() - sending
    summary = score(rows, memories)
    summary.update(
        failures=failures, seconds_sending=round(sent_s, 1), seconds_total=round(time.monotonic() - started, 1)
    )
    results = {"rows": [{"id": row["id"], "memories": memories.get(row["id"], [])} for row in rows], "summary": summary}
    Path(args.out).write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    headline = {k: v for k, v in summary.items() if not isinstance(v, list | dict)}
    print(json.dumps({**headline, "misses": len(summary["misses"]), "failures": len(failures)}, indent=2))


if __name__ == "__main__":
    main()
