"""`make bench-dialogue OUT=results.json`: the time to first token the pipeline adds on top of the model.

The whole system runs as processes (Redis, PostgreSQL, gateway, two dialogue replicas, memory, safety) with
dialogue on the OpenAI-compatible engine, pointed at a local server that streams tokens at a fixed rate.
``--conversations`` clients (20) talk at once, each sending ``--messages`` messages one after the other
(waiting for each reply). For every message:

    added = (first reply_chunk on the client's WebSocket - HTTP POST sent)
            - (model's first token written - model request arrived)

i.e. everything but the model: gateway, stream, dialogue (safety assessment, memory recall, lease, prompt),
the gRPC stream back to the gateway and the WebSocket. The burst window is set to 0 for the measurement: it is
a deliberate wait for more messages, not pipeline cost (its length is configuration, reported in the output).
"""

import argparse
import asyncio
import json
import random
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import websockets

from companion_devtools.containers import free_port
from companion_devtools.stack import Stack, StackOptions
from companion_gateway.tokens import mint


class _Client:
    def __init__(self, base_url: str, secret: str) -> None:
        self.user_id = f"bench-{uuid.uuid4().hex[:10]}"
        self.headers = {"Authorization": f"Bearer {mint(self.user_id, secret, ttl_s=3600)}"}
        self.base_url = base_url
        self.first_chunk: dict[str, float] = {}
        self.unstreamed = 0
        self.done: dict[str, asyncio.Event] = {}
        self.random = random.Random(self.user_id)  # noqa: S311 - think times, not secrets

    async def run(
        self, conversation: str, texts: list[str], samples: list[tuple[str, float, float]], think_s: float = 0.0
    ) -> None:
        url = self.base_url.replace("http", "ws", 1) + "/v1/stream"
        async with (
            websockets.connect(url, additional_headers=self.headers) as ws,
            httpx.AsyncClient(base_url=self.base_url, headers=self.headers, timeout=30) as http,
        ):
            reader = asyncio.create_task(self._read(ws))
            try:
                for text in texts:
                    # A person reads the reply and types the next message (0 to twice the mean think time).
                    await asyncio.sleep(self.random.uniform(0, 2 * think_s))
                    sent = time.perf_counter()
                    response = await http.post(
                        f"/v1/conversations/{conversation}/messages",
                        json={"client_message_id": str(uuid.uuid4()), "text": text},
                    )
                    response.raise_for_status()
                    message_id = response.json()["message_id"]
                    done = self.done.setdefault(message_id, asyncio.Event())
                    await asyncio.wait_for(done.wait(), 30)
                    samples.append((text, sent, self.first_chunk[message_id]))
            finally:
                reader.cancel()

    async def _read(self, ws: Any) -> None:
        async for raw in ws:
            now = time.perf_counter()
            event = json.loads(raw)
            message_id = event.get("in_reply_to")
            if not message_id:
                continue
            if event["type"] == "reply_chunk":
                self.first_chunk.setdefault(message_id, now)
            elif event["type"] == "reply":
                # A reply safety reviews whole before sending (a risky-looking message) comes without chunks:
                # its first text is the reply itself.
                if message_id not in self.first_chunk:
                    self.first_chunk[message_id] = now
                    self.unstreamed += 1
                self.done.setdefault(message_id, asyncio.Event()).set()


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def _summary(values: list[float]) -> dict[str, float]:
    return {
        "p50": round(_percentile(values, 50), 2),
        "p90": round(_percentile(values, 90), 2),
        "p99": round(_percentile(values, 99), 2),
        "mean": round(statistics.fmean(values), 2),
        "max": round(max(values), 2),
    }


async def _measure(stack: Stack, model_url: str, conversations: int, messages: int, think_s: float) -> dict[str, Any]:
    clients = [_Client(stack.gateway_url, stack.jwt_secret) for _ in range(conversations)]
    warmup: list[tuple[str, float, float]] = []
    await asyncio.gather(*(c.run(f"warm-{i}", [f"warm up {i}"], warmup) for i, c in enumerate(clients)))
    samples: list[tuple[str, float, float]] = []
    batch = uuid.uuid4().hex[:6]
    await asyncio.gather(
        *(
            client.run(f"bench-{batch}-{i}", [f"message {j} of {batch}-{i}" for j in range(messages)], samples, think_s)
            for i, client in enumerate(clients)
        )
    )
    async with httpx.AsyncClient() as http:
        calls = {c["last"]: c["ttft_s"] for c in (await http.get(f"{model_url}/calls")).json()}
    added, total, model_ttft = [], [], []
    for text, sent, first_chunk in samples:
        model_s = calls[text]
        model_ttft.append(model_s * 1000)
        total.append((first_chunk - sent) * 1000)
        added.append((first_chunk - sent - model_s) * 1000)
    return {
        "ttft_added_ms": _summary(added),
        "conversations": conversations,
        "messages_per_conversation": messages,
        "samples": len(samples),
        # Replies reviewed whole before sending (no chunks; their first text is the reply), warm-up included.
        "replies_not_streamed": sum(c.unstreamed for c in clients),
        "ttft_total_ms": _summary(total),
        "model_ttft_ms": _summary(model_ttft),
    }


def _wait_for(url: str, timeout_s: float = 15) -> None:
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            httpx.get(url, timeout=1).raise_for_status()
            return
        except httpx.HTTPError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True, help="where to write the results (JSON)")
    parser.add_argument("--conversations", type=int, default=20)
    parser.add_argument("--messages", type=int, default=10, help="messages per conversation, one after another")
    parser.add_argument("--replicas", type=int, default=2, help="dialogue replicas")
    parser.add_argument("--first-token-ms", type=float, default=100.0, help="the model's own time to first token")
    parser.add_argument("--token-ms", type=float, default=20.0, help="the model's time between tokens")
    parser.add_argument("--tokens", type=int, default=20)
    parser.add_argument(
        "--think-ms",
        type=float,
        default=1000.0,
        help="mean pause between a reply and the next message of a conversation (0: all send at the same instant)",
    )
    parser.add_argument("--logs", help="keep the services' logs in this directory (dialogue logs at INFO)")
    args = parser.parse_args()

    port = free_port()
    model = subprocess.Popen(  # noqa: S603 - our own interpreter and module
        [
            *(sys.executable, "-m", "companion_devtools.fake_model", "--port", str(port)),
            *("--tokens", str(args.tokens), "--token-ms", str(args.token_ms)),
            *("--first-token-ms", str(args.first_token_ms)),
        ]
    )
    model_url = f"http://127.0.0.1:{port}/v1"
    try:
        _wait_for(f"{model_url}/calls")
        dialogue = {
            "DIALOGUE_ENGINE": "openai",
            "DIALOGUE_OPENAI_BASE_URL": model_url,
            "DIALOGUE_BURST_WINDOW_MS": "0",
            "DIALOGUE_LOG_LEVEL": "INFO" if args.logs else "WARNING",
        }
        quiet = {name: {f"{name.upper()}_LOG_LEVEL": "WARNING"} for name in ("gateway", "memory", "safety")}
        options = StackOptions(
            dialogue_replicas=args.replicas,
            env={**quiet, "dialogue": dialogue},
            log_dir=Path(args.logs) if args.logs else None,
        )
        print(f"starting the system with {args.replicas} dialogue replicas ...", file=sys.stderr, flush=True)
        with Stack(options) as stack:
            results = asyncio.run(_measure(stack, model_url, args.conversations, args.messages, args.think_ms / 1000))
    finally:
        model.terminate()
        model.wait(10)
    results.update(
        dialogue_replicas=args.replicas,
        burst_window_ms=0,
        think_ms=args.think_ms,
        model={"first_token_ms": args.first_token_ms, "token_ms": args.token_ms, "tokens": args.tokens},
    )
    Path(args.out).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
