"""Word search for one user among many: how the full-text index behaves when the table holds other users.

    .venv/bin/python services/memory/bench/many_users_bench.py --locomo ../shared/data/locomo/locomo.json \
        [--users 5000] [--per-user 100] [--big-user 5000]

Fills a fresh PostgreSQL container (never DATABASE_URL: it changes indexes) through the memory service's
migrations with ``--users`` users of ``--per-user`` memories each and one user of ``--big-user``, their texts
drawn from the LoCoMo turns, then times the service's word search (the SQL Recall runs) for the big user and a
small one, first with the migrated index (user_id leading), then with a plain GIN index on the text alone.
Prints the figures; writes no file.
"""

import argparse
import asyncio
import json
import random
import statistics
import time

import psycopg

from companion_common.postgres import open_pool
from companion_devtools.containers import start_postgres
from companion_memory.adapters.postgres_store import PostgresMemoryStore
from companion_memory.bootstrap import migrate
from companion_memory.domain.model import RecallQuery

QUERIES = [
    "What did I do with my kids last weekend?",
    "Where did I go camping?",
    "What is my favorite book?",
    "How is the adoption going?",
    "What did I paint?",
    "What games do I play?",
]


def locomo_texts(path: str) -> list[str]:
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    return [
        str(turn.get("text", ""))
        for sample in data
        for key, session in sample.get("conversation", {}).items()
        if key.startswith("session_") and isinstance(session, list)
        for turn in session
        if turn.get("text")
    ]


def fill(url: str, texts: list[str], users: int, per_user: int, big_user: int) -> int:
    rng = random.Random(7)  # noqa: S311 - synthetic data
    rows = 0
    with psycopg.connect(url, autocommit=True) as conn:
        columns = "user_id, memory_id, kind, text, said_at, source_message_ids, content_hash"
        with conn.cursor().copy(f"COPY memories ({columns}) FROM STDIN") as copy:
            for user in range(users + 1):
                for i in range(big_user if user == 0 else per_user):
                    text = rng.choice(texts)
                    copy.write_row(
                        (f"user-{user}", f"m{i:06d}", "episode", text, "2026-01-01T00:00:00Z", [f"m{i}"], f"{i}")
                    )
                    rows += 1
        conn.execute("ANALYZE memories")
    return rows


async def time_words(store: PostgresMemoryStore, user_id: str, rounds: int) -> dict[str, float]:
    latencies = []
    for query in QUERIES * rounds:
        started = time.perf_counter()
        await store.search_words(RecallQuery(user_id=user_id, text=query, limit=10, token_budget=0, candidates=50))
        latencies.append((time.perf_counter() - started) * 1000)
    return {"p50": round(statistics.median(latencies), 2), "max": round(max(latencies), 2)}


async def measure(url: str, label: str) -> None:
    pool = await open_pool(url, max_size=2)
    store = PostgresMemoryStore(pool)
    await time_words(store, "user-0", 2)  # warm the caches: each index is timed warm
    await time_words(store, "user-7", 2)
    big, small = await time_words(store, "user-0", 5), await time_words(store, "user-7", 5)
    print(f"{label:<32} big user word search ms {big}   small user {small}")
    await pool.close()


async def run(args: argparse.Namespace) -> None:
    # Always a container of its own: the benchmark drops and builds indexes, never on a database of yours.
    container = start_postgres()
    url = container.url
    try:
        await migrate(url)
        started = time.perf_counter()
        rows = fill(url, locomo_texts(args.locomo), args.users, args.per_user, args.big_user)
        print(f"{rows} memories of {args.users + 1} users loaded in {time.perf_counter() - started:.1f} s")
        await measure(url, "gin (user_id, search): migrated")
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("CREATE INDEX memories_search_only ON memories USING gin (search)")
            conn.execute("DROP INDEX memories_user_search")
            conn.execute("ANALYZE memories")
        await measure(url, "gin (search): for comparison")
    finally:
        container.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--locomo", required=True, help="a LoCoMo-format file: the memories' texts")
    parser.add_argument("--users", type=int, default=5000)
    parser.add_argument("--per-user", type=int, default=100)
    parser.add_argument("--big-user", type=int, default=5000)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
