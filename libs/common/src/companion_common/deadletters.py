"""Inspect and replay the dead-letter streams (an operator's command; every partition's, on one Redis or a cluster).

    python -m companion_common.deadletters list [--limit 20]
    python -m companion_common.deadletters replay (--entry <dead-letter id> ... | --all) [--dry-run]

Settings come from the same environment as the services (REDIS_URL, REDIS_CLUSTER, MESSAGE_STREAM_PARTITIONS,
MESSAGE_STREAM, DEAD_LETTER_STREAM). `list` prints one JSON object per entry: where it is, which group gave up on
it, why, how often it was delivered, and the event's ids (never the message text). `replay` publishes the event
again to its user's partition and deletes the dead letter: every consumer group sees it again, which is safe
because every handler is idempotent on the message id (a message already answered is not answered twice). An
entry that does not decode as a MessageEvent (poison) is never replayed; fix the producer and delete it by hand.
"""

import argparse
import asyncio
import json
import sys
from collections.abc import Sequence
from typing import Any, cast

from companion_common.settings import StreamSettings
from companion_common.streams import (
    PoisonEvent,
    RedisClient,
    connect_redis,
    create_broker,
    dead_letter_stream_for,
    decode_event,
    partition_streams,
    publish_event,
)


def dead_letter_streams(streams: StreamSettings) -> list[str]:
    return [dead_letter_stream_for(streams, stream) for stream in partition_streams(streams)]


def describe(stream: str, entry_id: str, fields: dict[bytes, bytes]) -> dict[str, Any]:
    """What an operator needs to decide about one dead letter, without the message text."""
    text = {k.decode(): v for k, v in fields.items()}
    out: dict[str, Any] = {
        "stream": stream,
        "id": entry_id,
        "group": text.get("group", b"").decode(errors="replace"),
        "reason": text.get("reason", b"").decode(errors="replace"),
        "deliveries": int(text.get("deliveries", b"0") or 0),
        "source_entry_id": text.get("entry_id", b"").decode(errors="replace"),
    }
    try:
        event = decode_event(text.get("body", b""))
    except PoisonEvent as error:
        out["replayable"] = False
        out["problem"] = str(error)
        return out
    out.update(
        replayable=True,
        event_id=event.event_id,
        message_id=event.message_id,
        user_id=event.user_id,
        conversation_id=event.conversation_id,
    )
    return out


async def _entries(redis: RedisClient, stream: str, count: int | None = None) -> list[tuple[str, dict[bytes, bytes]]]:
    raw = cast("list[tuple[bytes, dict[bytes, bytes]]]", await redis.xrange(stream, count=count) or [])
    return [(entry_id.decode(), fields) for entry_id, fields in raw]


async def list_entries(redis: RedisClient, streams: StreamSettings, limit: int) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for stream in dead_letter_streams(streams):
        found.extend(describe(stream, entry_id, fields) for entry_id, fields in await _entries(redis, stream, limit))
    return found


async def replay(
    redis: RedisClient, streams: StreamSettings, entry_ids: Sequence[str] | None, *, dry_run: bool = False
) -> list[dict[str, Any]]:
    """Publishes the chosen dead letters' events again and deletes those dead letters; returns what it did."""
    broker = create_broker(streams)
    await broker.connect()
    done: list[dict[str, Any]] = []
    try:
        for stream in dead_letter_streams(streams):
            for entry_id, fields in await _entries(redis, stream):
                if entry_ids is not None and entry_id not in entry_ids:
                    continue
                info = describe(stream, entry_id, fields)
                if not info["replayable"]:
                    done.append({**info, "action": "skipped"})
                    continue
                if not dry_run:
                    await publish_event(broker, streams, decode_event(fields[b"body"]))
                    await redis.xdel(stream, entry_id)
                done.append({**info, "action": "would replay" if dry_run else "replayed"})
    finally:
        await broker.stop()
    return done


async def run(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m companion_common.deadletters", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    listing = commands.add_parser("list", help="print the dead letters as JSON lines")
    listing.add_argument("--limit", type=int, default=100, help="at most this many per partition")
    replaying = commands.add_parser("replay", help="publish dead letters again and delete them")
    which = replaying.add_mutually_exclusive_group(required=True)
    which.add_argument("--entry", action="append", help="a dead-letter entry id (repeatable)")
    which.add_argument("--all", action="store_true", help="every replayable dead letter")
    replaying.add_argument("--dry-run", action="store_true", help="say what would be replayed, change nothing")
    args = parser.parse_args(argv)
    streams = StreamSettings()
    redis = connect_redis(streams)
    try:
        if args.command == "list":
            rows = await list_entries(redis, streams, args.limit)
        else:
            rows = await replay(redis, streams, None if args.all else args.entry, dry_run=args.dry_run)
    finally:
        await redis.aclose()
    for row in rows:
        print(json.dumps(row, sort_keys=True))
    return 0


def main() -> None:
    sys.exit(asyncio.run(run()))


if __name__ == "__main__":
    main()
