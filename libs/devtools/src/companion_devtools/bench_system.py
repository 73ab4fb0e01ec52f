"""`make bench OUT=results.json`: what a message costs the whole system, how many it answers, and how it scales.

Bounded and on loopback only. In one run:
1. The floor on this machine: a bare Redis stream round trip (XADD, XREADGROUP, XACK, one entry) against the
   stack's Redis, and a bare gRPC unary call (grpc.health.v1 Check) to a server in this process.
2. The whole system as `make run` starts it (offline engine; the burst window 0, since it is a chosen wait, not
   cost), one dialogue replica. Simulated users send over HTTP at increasing rates (open loop, `--step-s` each)
   and read replies on their WebSockets; a rate is sustained when at least 95 % of its messages are answered
   within the step plus two seconds, the p99 from POST to the final reply stays under `--max-p99-ms`, and two
   seconds after the step every consumer group is at most about a second of messages behind (bounded lag).
   Capacity is the highest sustained rate; then a run at half of it gives the latency percentiles, the
   consumer lag (XINFO GROUPS) and the CPU time per answered message summed over every service process and the
   Redis and PostgreSQL containers (not this load generator).
3. Scaling: dialogue on the `openai` engine against a local streaming model taking `--model-ms` (300) per reply,
   `DIALOGUE_CONSUMER_CONCURRENCY` = `--concurrency` per replica, users in a closed loop (send, wait, send);
   answered messages per second with 1, 2 and 4 dialogue replicas (replicas are added to the running system).
4. Work sharing: two replicas each of memory and safety under a steady `--sharing-rate`; the stream entries each
   replica received (FastStream's counters on its metrics endpoint) and the smallest replica's share.
"""

import argparse
import asyncio
import json
import os
import random
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import grpc
import httpx
import redis.asyncio as aioredis
import websockets
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from prometheus_client.parser import text_string_to_metric_families

from companion_devtools.containers import free_port
from companion_devtools.stack import Stack, StackOptions
from companion_gateway.tokens import mint

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


class User:
    """One simulated person: a WebSocket open for replies, HTTP to send; remembers when each reply arrived."""

    def __init__(self, base_url: str, secret: str) -> None:
        self.user_id = f"bench-{uuid.uuid4().hex[:10]}"
        self.headers = {"Authorization": f"Bearer {mint(self.user_id, secret, ttl_s=7200)}"}
        self.base_url = base_url
        self.conversation = f"bench-{uuid.uuid4().hex[:8]}"
        self.replied: dict[str, float] = {}
        self.waiters: dict[str, asyncio.Event] = {}
        self._ws: Any = None
        self._reader: asyncio.Task[None] | None = None
        self.http = httpx.AsyncClient(base_url=base_url, headers=self.headers, timeout=30)
        self.refused = 0
        self.last_refusal = ""

    async def open(self) -> None:
        url = self.base_url.replace("http", "ws", 1) + "/v1/stream"
        self._ws = await websockets.connect(url, additional_headers=self.headers, max_size=None)
        self._reader = asyncio.create_task(self._read())

    async def close(self) -> None:
        if self._reader is not None:
            self._reader.cancel()
        if self._ws is not None:
            await self._ws.close()
        await self.http.aclose()

    async def _read(self) -> None:
        async for raw in self._ws:
            event = json.loads(raw)
            if event.get("type") != "reply":
                continue
            now = time.perf_counter()
            for message_id in event.get("answers") or [event.get("in_reply_to")]:
                self.replied.setdefault(message_id, now)
                self.waiters.setdefault(message_id, asyncio.Event()).set()

    async def send(self, text: str) -> tuple[str, float] | None:
        sent = time.perf_counter()
        body = {"client_message_id": str(uuid.uuid4()), "text": text}
        try:
            response = await self.http.post(f"/v1/conversations/{self.conversation}/messages", json=body)
        except httpx.HTTPError as error:  # a connection dropped under load: counted, not fatal
            self.refused += 1
            self.last_refusal = type(error).__name__
            return None
        if response.status_code != 202:
            self.refused += 1
            self.last_refusal = f"{response.status_code} {response.text[:200]}"
            return None
        message_id = str(response.json()["message_id"])
        self.waiters.setdefault(message_id, asyncio.Event())
        return message_id, sent


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))]


def cpu_seconds(stack: Stack) -> dict[str, float]:
    """CPU time so far (utime + stime) of every service process and of the Redis and PostgreSQL containers, by
    name (replicas apart: "dialogue", "dialogue-2", ...; containers by image)."""
    used: dict[str, float] = {}
    for name, process in stack.processes.items():
        if process.pid is None:
            continue
        try:
            fields = Path(f"/proc/{process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        used[name] = (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
    for container in stack.containers():
        wrapped = container.get_wrapped_container()
        name = "redis" if "redis" in str(wrapped.image.tags) else "postgres"
        used[name] = used.get(name, 0.0) + wrapped.stats(stream=False)["cpu_stats"]["cpu_usage"]["total_usage"] / 1e9
    return used


def _service(name: str) -> str:
    """A replica's service: "dialogue-2" -> "dialogue"."""
    head, _, tail = name.rpartition("-")
    return head if head and tail.isdigit() else name


async def backlogs(redis_url: str) -> dict[str, int]:
    """Each consumer group's backlog on the message stream now: entries not yet read (lag) plus read but not yet
    acknowledged (pending)."""
    client = aioredis.Redis.from_url(redis_url)
    try:
        groups = await client.xinfo_groups("companion:messages")
        return {g["name"].decode(): int(g.get("lag") or 0) + int(g.get("pending") or 0) for g in groups}
    finally:
        await client.aclose()


async def open_loop(users: list[User], rate: float, seconds: float, redis_url: str) -> dict[str, Any]:
    """Sends `rate` messages a second for `seconds`, round robin over the users; waits 2 s more for replies."""
    sent: list[tuple[User, str, float]] = []
    peak: dict[str, int] = {}
    start = time.perf_counter()
    tasks = []
    count = int(rate * seconds)

    async def one(user: User, n: int) -> None:
        result = await user.send(f"bench message {n} about my day")
        if result is not None:
            sent.append((user, result[0], result[1]))

    for n in range(count):
        await asyncio.sleep(max(0.0, start + n / rate - time.perf_counter()))
        tasks.append(asyncio.create_task(one(users[n % len(users)], n)))
        if n % max(1, int(rate)) == 0:
            for group, backlog in (await backlogs(redis_url)).items():
                peak[group] = max(peak.get(group, 0), backlog)
    await asyncio.gather(*tasks)
    await wait_for_replies([u.waiters[m] for u, m, _ in sent], start + seconds + 2.0 - time.perf_counter())
    left = await backlogs(redis_url)
    latencies = [(u.replied[m] - t) * 1000 for u, m, t in sent if m in u.replied]
    return {
        "rate": rate,
        "offered": count,
        "accepted": len(sent),
        "answered": len(latencies),
        "p50_ms": round(percentile(latencies, 50), 1),
        "p95_ms": round(percentile(latencies, 95), 1),
        "p99_ms": round(percentile(latencies, 99), 1),
        "peak_backlog": peak,
        # Two seconds after the last message: a group still this far behind does not keep up with the rate.
        "backlog_after": left,
        "refused": count - len(sent),
        "last_refusal": next((u.last_refusal for u in users if u.last_refusal), ""),
    }


async def wait_for_replies(waiters: list[asyncio.Event], timeout_s: float) -> None:
    try:
        await asyncio.wait_for(asyncio.gather(*(w.wait() for w in waiters)), max(0.01, timeout_s))
    except TimeoutError:
        pass


async def settle(users: list[User], redis_url: str, timeout_s: float = 60) -> None:
    """Waits until every message sent so far is answered and every consumer group has caught up (or the timeout):
    the next step starts from idle, and the CPU a step measures is not spent on a backlog an earlier one left."""
    await wait_for_replies([w for u in users for w in u.waiters.values()], timeout_s)
    for _ in range(int(timeout_s * 2)):  # polled every 0.5 s
        if not any((await backlogs(redis_url)).values()):
            return
        await asyncio.sleep(0.5)


async def closed_loop(users: list[User], seconds: float) -> float:
    """Every user sends, waits for the reply, sends again; answered messages per second."""
    answered = 0
    stop = time.perf_counter() + seconds

    async def loop(user: User) -> None:
        nonlocal answered
        n = 0
        while time.perf_counter() < stop:
            result = await user.send(f"scaling message {n}")
            n += 1
            if result is None:
                await asyncio.sleep(0.1)
                continue
            try:
                await asyncio.wait_for(user.waiters[result[0]].wait(), 30)
            except TimeoutError:
                continue
            if time.perf_counter() <= stop:
                answered += 1

    started = time.perf_counter()
    await asyncio.gather(*(loop(u) for u in users))
    return answered / (min(time.perf_counter(), stop) - started)


async def redis_floor(redis_url: str, rounds: int) -> float:
    """Microseconds for XADD + XREADGROUP + XACK of one entry, one after the other."""
    client = aioredis.Redis.from_url(redis_url)
    stream = f"bench:floor:{uuid.uuid4().hex[:6]}"
    try:
        await client.xgroup_create(stream, "g", id="$", mkstream=True)
        start = time.perf_counter()
        for n in range(rounds):
            await client.xadd(stream, {"n": n})
            entries: Any = await client.xreadgroup("g", "c", {stream: ">"}, count=1)
            await client.xack(stream, "g", entries[0][1][0][0])
        return (time.perf_counter() - start) / rounds * 1e6
    finally:
        await client.delete(stream)
        await client.aclose()


async def grpc_floor(rounds: int) -> float:
    """Microseconds for one unary gRPC call (health Check) to a server in this process, over loopback TCP."""
    server = grpc.aio.server()
    health_pb2_grpc.add_HealthServicer_to_server(health.aio.HealthServicer(), server)
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
            stub = health_pb2_grpc.HealthStub(channel)
            await stub.Check(health_pb2.HealthCheckRequest())
            start = time.perf_counter()
            for _ in range(rounds):
                await stub.Check(health_pb2.HealthCheckRequest())
            return (time.perf_counter() - start) / rounds * 1e6
    finally:
        await server.stop(None)


@asynccontextmanager
async def connected_users(stack: Stack, count: int, *, warm_up: bool = True) -> AsyncIterator[list[User]]:
    """``count`` simulated users with their WebSockets open, closed on exit; with ``warm_up``, after a short load
    (models loaded, connections open) has been answered."""
    users = [User(stack.gateway_url, stack.jwt_secret) for _ in range(count)]
    await asyncio.gather(*(u.open() for u in users))
    try:
        if warm_up:
            await open_loop(users, 5, 2, stack.redis_url)
            await settle(users, stack.redis_url)
        yield users
    finally:
        await asyncio.gather(*(u.close() for u in users))


async def measure_pipeline(stack: Stack, args: argparse.Namespace, log: Callable[[str], None]) -> dict[str, Any]:
    async with connected_users(stack, args.users) as users:
        steps, capacity = [], 0.0
        for rate in args.rates:
            step = await open_loop(users, rate, args.step_s, stack.redis_url)
            steps.append(step)
            ok = (
                step["answered"] >= 0.95 * step["offered"]
                and step["p99_ms"] < args.max_p99_ms
                and max(step["backlog_after"].values(), default=0) <= max(10, rate)  # lag bounded: ~1 s of messages
            )
            log(f"rate {rate}/s: {step} -> {'sustained' if ok else 'not sustained'}")
            await settle(users, stack.redis_url)
            if not ok:
                break
            capacity = rate
        half = max(1.0, capacity / 2)
        cpu_before = cpu_seconds(stack)
        at_half = await open_loop(users, half, args.step_s * 2, stack.redis_url)
        await settle(users, stack.redis_url)
        cpu_after = cpu_seconds(stack)
        by_service: dict[str, float] = {}
        for name, seconds in cpu_after.items():
            by_service[_service(name)] = by_service.get(_service(name), 0.0) + seconds - cpu_before.get(name, 0.0)
        cpu_used = sum(by_service.values())
        answered = max(1, at_half["answered"])
        log(f"half capacity {half}/s: {at_half}, CPU {cpu_used:.2f} s")
        return {
            "capacity_messages_per_s": capacity,
            "steps": steps,
            "at_half_capacity": at_half,
            "cpu_ms_per_message": round(cpu_used * 1000 / answered, 2),
            "cpu_ms_per_message_by_service": {k: round(v * 1000 / answered, 2) for k, v in sorted(by_service.items())},
        }


async def measure_scaling(stack: Stack, args: argparse.Namespace, log: Callable[[str], None]) -> dict[str, Any]:
    rates: dict[int, float] = {}
    async with connected_users(stack, args.scaling_users, warm_up=False) as users:
        for replicas in (1, 2, 4):
            while stack.dialogue_replicas() < replicas:
                stack.start_dialogue()
            await closed_loop(users, 2)  # warm-up of the new replicas
            rates[replicas] = round(await closed_loop(users, args.scaling_s), 2)
            log(f"dialogue x{replicas}: {rates[replicas]} answered/s")
    return {
        "answered_per_s": {str(k): v for k, v in rates.items()},
        "dialogue_1_to_2": round(rates[2] / rates[1], 2),
        "dialogue_1_to_4": round(rates[4] / rates[1], 2),
    }


def received_messages(metrics_url: str) -> float:
    """Stream entries one process has received (FastStream's faststream_received_messages_total, all handlers)."""
    text = httpx.get(metrics_url, timeout=5).text
    return sum(
        sample.value
        for family in text_string_to_metric_families(text)
        if family.name == "faststream_received_messages"
        for sample in family.samples
        if sample.name.endswith("_total")
    )


async def measure_sharing(stack: Stack, args: argparse.Namespace, log: Callable[[str], None]) -> dict[str, Any]:
    """Two replicas each of memory and safety: the stream entries each replica received during a steady load."""
    names = [n for n in stack.metrics_urls if _service(n) in ("memory", "safety")]
    async with connected_users(stack, args.users) as users:
        before = {n: received_messages(stack.metrics_urls[n]) for n in names}
        step = await open_loop(users, args.sharing_rate, args.step_s, stack.redis_url)
        await settle(users, stack.redis_url)
        after = {n: received_messages(stack.metrics_urls[n]) for n in names}
    out: dict[str, Any] = {"rate": args.sharing_rate, "answered": step["answered"]}
    for service in ("memory", "safety"):
        counts = {n: after[n] - before[n] for n in names if _service(n) == service}
        total = sum(counts.values()) or 1
        out[service] = {"received": counts, "smallest_share": round(min(counts.values()) / total, 3)}
    log(f"work sharing: {out}")
    return out


def start_model(port: int, reply_ms: float) -> "subprocess.Popen[bytes]":
    """The local streaming model of the scaling runs: one token after `reply_ms`."""
    return subprocess.Popen(  # noqa: S603 - our own interpreter and module
        [
            *(sys.executable, "-m", "companion_devtools.fake_model", "--port", str(port)),
            *("--first-token-ms", str(reply_ms), "--tokens", "1", "--token-ms", "0"),
        ]
    )


def quiet_env(extra_dialogue: dict[str, str]) -> dict[str, dict[str, str]]:
    env = {name: {f"{name.upper()}_LOG_LEVEL": "WARNING"} for name in ("gateway", "memory", "safety")}
    env["dialogue"] = {"DIALOGUE_LOG_LEVEL": "WARNING", "DIALOGUE_BURST_WINDOW_MS": "0", **extra_dialogue}
    return env


async def run(args: argparse.Namespace) -> dict[str, Any]:
    def log(line: str) -> None:
        print(f"[bench {time.strftime('%H:%M:%S')}] {line}", file=sys.stderr, flush=True)

    results: dict[str, Any] = {"machine": {"cpus": os.cpu_count()}, "settings": vars(args) | {"out": None}}
    with Stack(StackOptions(env=quiet_env({}))) as stack:
        redis_us = await redis_floor(stack.redis_url, args.floor_rounds)
        grpc_us = await grpc_floor(args.floor_rounds)
        results["floor"] = {"redis_stream_roundtrip_us": round(redis_us, 1), "grpc_unary_us": round(grpc_us, 1)}
        log(f"floor: {results['floor']}")
        pipeline = await measure_pipeline(stack, args, log)
    results.update(
        cpu_ms_per_message=pipeline["cpu_ms_per_message"],
        cpu_ms_per_message_by_service=pipeline["cpu_ms_per_message_by_service"],
        capacity_messages_per_s=pipeline["capacity_messages_per_s"],
        latency_ms={k: pipeline["at_half_capacity"][f"{k}_ms"] for k in ("p50", "p95", "p99")},
        consumer_backlog_at_half_capacity={
            "peak": pipeline["at_half_capacity"]["peak_backlog"],
            "after": pipeline["at_half_capacity"]["backlog_after"],
        },
        pipeline=pipeline,
    )
    floor_ms = (results["floor"]["redis_stream_roundtrip_us"] + results["floor"]["grpc_unary_us"]) / 1000
    results["cost_over_floor"] = round(pipeline["cpu_ms_per_message"] / floor_ms, 1)

    with Stack(StackOptions(env=quiet_env({}), memory_replicas=2, safety_replicas=2)) as stack:
        results["sharing"] = await measure_sharing(stack, args, log)

    port = free_port()
    model = start_model(port, args.model_ms)
    try:
        dialogue = {
            "DIALOGUE_ENGINE": "openai",
            "DIALOGUE_OPENAI_BASE_URL": f"http://127.0.0.1:{port}/v1",
            "DIALOGUE_CONSUMER_CONCURRENCY": str(args.concurrency),
        }
        with Stack(StackOptions(env=quiet_env(dialogue))) as stack:
            results["scaling"] = await measure_scaling(stack, args, log)
    finally:
        model.terminate()
        model.wait(10)
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True, help="where to write the results (JSON)")
    parser.add_argument("--users", type=int, default=20, help="simulated users for the capacity steps")
    parser.add_argument(
        "--rates", type=float, nargs="+", default=[10, 15, 20, 25, 30, 40, 60, 80], help="messages/s to try, in order"
    )
    parser.add_argument("--step-s", type=float, default=8.0, help="seconds per rate")
    parser.add_argument("--max-p99-ms", type=float, default=2000.0, help="a rate above this p99 is not sustained")
    parser.add_argument("--floor-rounds", type=int, default=2000)
    parser.add_argument("--model-ms", type=float, default=300.0, help="the local model's time per reply (scaling)")
    parser.add_argument("--concurrency", type=int, default=4, help="messages one dialogue replica works on at once")
    parser.add_argument("--scaling-users", type=int, default=48, help="closed-loop users for the scaling runs")
    parser.add_argument("--scaling-s", type=float, default=10.0, help="seconds per replica count")
    parser.add_argument("--sharing-rate", type=float, default=8.0, help="messages/s for the work-sharing run")
    args = parser.parse_args(argv)
    random.seed(0)
    results = asyncio.run(run(args))
    Path(args.out).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: results[k] for k in ("cpu_ms_per_message", "capacity_messages_per_s", "latency_ms")}))


if __name__ == "__main__":
    main()
