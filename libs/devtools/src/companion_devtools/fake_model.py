"""A local stand-in for an OpenAI-compatible model: ``POST /v1/chat/completions`` with ``stream: true``
answers with server-sent events at a fixed token rate, ending with ``data: [DONE]``.

It speaks the real wire protocol, so the dialogue engine is tested through its HTTP client, and it records
what it was asked and when its first token left, for tests and the benchmark. Scripted failures (``fail``)
let tests check retries: each entry is used by one request, in order ("429", "500", "hang", "cut").
"""

import asyncio
import json
import socket
import threading
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route


@dataclass
class ModelCall:
    messages: list[dict[str, str]]
    arrived: float  # time.perf_counter() in this process
    first_token: float = 0.0
    finished: float = 0.0


@dataclass
class FakeModel:
    tokens: int = 12
    token_interval_s: float = 0.02
    first_token_delay_s: float = 0.0
    reply: str = "That sounds lovely, tell me more about it please."
    fail: list[str] = field(default_factory=list)
    calls: list[ModelCall] = field(default_factory=list)

    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/v1/chat/completions", self._complete, methods=["POST"]),
                Route("/v1/calls", self._calls, methods=["GET"]),
            ]
        )

    async def _calls(self, request: Request) -> Response:
        """What was asked and how long the first token took, for a benchmark running in another process."""
        return JSONResponse(
            [
                {"last": c.messages[-1]["content"] if c.messages else "", "ttft_s": c.first_token - c.arrived}
                for c in self.calls
                if c.first_token
            ]
        )

    async def _complete(self, request: Request) -> Response:
        body = await request.json()
        call = ModelCall(messages=list(body.get("messages", [])), arrived=time.perf_counter())
        self.calls.append(call)
        failure = self.fail.pop(0) if self.fail else ""
        if failure == "429":
            return JSONResponse({"error": {"message": "slow down"}}, status_code=429, headers={"Retry-After": "0"})
        if failure == "500":
            return JSONResponse({"error": {"message": "boom"}}, status_code=500)
        if not body.get("stream"):
            return JSONResponse({"choices": [{"message": {"role": "assistant", "content": self.reply}}]})
        return StreamingResponse(self._events(call, failure), media_type="text/event-stream")

    async def _events(self, call: ModelCall, failure: str) -> AsyncIterator[str]:
        if failure == "hang":
            await asyncio.sleep(30)
        if failure == "cut":
            yield ": the connection drops before any token\n\n"
            return
        words = self.reply.split(" ")
        pieces = [(" " if i else "") + words[i % len(words)] for i in range(self.tokens)]
        yield _event({"choices": [{"index": 0, "delta": {"role": "assistant"}}]})
        if self.first_token_delay_s:
            await asyncio.sleep(self.first_token_delay_s)
        for index, piece in enumerate(pieces):
            if index:
                await asyncio.sleep(self.token_interval_s)
            if not call.first_token:
                call.first_token = time.perf_counter()
            yield _event({"choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]})
        yield _event({"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
        call.finished = time.perf_counter()
        yield "data: [DONE]\n\n"


def _event(chunk: dict[str, Any]) -> str:
    return f"data: {json.dumps(chunk)}\n\n"


class ModelServer:
    """Serves a FakeModel on 127.0.0.1 in a background thread (usable from sync and async code)."""

    def __init__(self, model: FakeModel | None = None) -> None:
        self.model = model or FakeModel()
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = int(s.getsockname()[1])
        config = uvicorn.Config(self.model.app(), host="127.0.0.1", port=self.port, log_config=None, lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="fake-model", daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def __enter__(self) -> "ModelServer":
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the fake model server did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=5)


def main() -> None:
    """Serves a fake model in its own process (the benchmark keeps it off its own event loop and GIL)."""
    import argparse

    parser = argparse.ArgumentParser(description="A local OpenAI-compatible streaming model for tests.")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--tokens", type=int, default=20)
    parser.add_argument("--token-ms", type=float, default=20.0)
    parser.add_argument("--first-token-ms", type=float, default=0.0)
    args = parser.parse_args()
    model = FakeModel(
        tokens=args.tokens, token_interval_s=args.token_ms / 1000, first_token_delay_s=args.first_token_ms / 1000
    )
    uvicorn.run(model.app(), host="127.0.0.1", port=args.port, log_level="warning", lifespan="off")


if __name__ == "__main__":
    main()
