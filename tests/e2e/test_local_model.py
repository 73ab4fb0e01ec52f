"""The whole system on a real model: SmolLM2-135M behind llama.cpp's server, as `make run MODEL=local` starts it.

Skipped unless requirements-local-model.txt is installed (llama.cpp compiles for minutes: not in CI's default
path). Between dialogue and the model sits a recording proxy that passes every byte through, so the test sees
the prompt the real server was given and the tokens it streamed back. The model is weak, so nothing here judges
what it says: only that its own words stream to the user and that the companion's prompt reached it.
"""

import json
import threading
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from companion_devtools import local_model
from companion_devtools.containers import free_port
from companion_devtools.stack import Stack, StackOptions

from .client import ChatClient
from .test_conversation import _wait_until_remembered

pytestmark = pytest.mark.skipif(
    local_model.missing() is not None, reason=f"the local model is not installed ({local_model.missing()})"
)
# A real model on a shared CPU: a reply can take many seconds to start and to finish.
REPLY_TIMEOUT_S = 180


@dataclass
class Relayed:
    request: dict[str, Any]
    raw: bytearray = field(default_factory=bytearray)

    @property
    def deltas(self) -> list[str]:
        """The text pieces the model streamed (OpenAI server-sent events)."""
        out = []
        for line in self.raw.decode().splitlines():
            if line.startswith("data:") and line[5:].strip() != "[DONE]":
                delta = json.loads(line[5:])["choices"][0]["delta"].get("content")
                if delta:
                    out.append(delta)
        return out


class RecordingProxy:
    """Forwards POST /v1/chat/completions to ``upstream`` unchanged, keeping each request and its streamed answer."""

    def __init__(self) -> None:
        self.port = free_port()
        self.upstream = ""
        self.calls: list[Relayed] = []
        app = Starlette(routes=[Route("/v1/chat/completions", self._relay, methods=["POST"])])
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_config=None, lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="recording-proxy", daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    async def _relay(self, request: Request) -> Response:
        body = await request.body()
        call = Relayed(json.loads(body))
        self.calls.append(call)
        client = httpx.AsyncClient(timeout=REPLY_TIMEOUT_S)
        upstream = client.build_request(
            "POST", f"{self.upstream}/chat/completions", content=body, headers={"Content-Type": "application/json"}
        )
        response = await client.send(upstream, stream=True)

        async def relay() -> AsyncIterator[bytes]:
            try:
                async for chunk in response.aiter_raw():
                    call.raw += chunk
                    yield chunk
            finally:
                await response.aclose()
                await client.aclose()

        media_type = response.headers.get("content-type", "text/event-stream")
        return StreamingResponse(relay(), status_code=response.status_code, media_type=media_type)

    def __enter__(self) -> "RecordingProxy":
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            assert time.monotonic() < deadline, "the recording proxy did not start"
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=5)


@pytest.fixture(scope="module")
def proxy() -> Iterator[RecordingProxy]:
    with RecordingProxy() as running:
        yield running


@pytest.fixture(scope="module")
def local_stack(proxy: RecordingProxy) -> Iterator[Stack]:
    # The stack make run MODEL=local starts, with dialogue's requests passing through the proxy on their way.
    stack = Stack(StackOptions(local_model=True, env={"dialogue": {"DIALOGUE_OPENAI_BASE_URL": proxy.base_url}}))
    proxy.upstream = stack.local_model_url
    with stack:
        yield stack


async def test_the_local_models_own_words_stream_to_the_user_from_the_companions_prompt(
    local_stack: Stack, proxy: RecordingProxy
) -> None:
    told_text = "My sister's name is Maya and she lives in Porto."
    async with ChatClient(local_stack.gateway_url, local_stack.jwt_secret) as client:
        told = await client.send_ok("local-model", told_text)
        reply = await client.reply_to(told, REPLY_TIMEOUT_S)
        await _wait_until_remembered(local_stack, client.user_id, "sister", timeout_s=30)
        asked = await client.send_ok("local-model", "Do you remember my sister's name?")
        await client.reply_to(asked, REPLY_TIMEOUT_S)

    assert len(proxy.calls) == 2, [c.request["messages"][-1] for c in proxy.calls]
    first, second = proxy.calls
    # A real streamed reply: the model wrote it in several pieces, and the user saw exactly those words arrive
    # in more than one chunk before the complete reply.
    assert reply["text"].strip()
    assert len(first.deltas) > 1
    chunks = [
        e["text"] for e in client.received if e["type"] == "reply_chunk" and e["delivery_id"] == reply["delivery_id"]
    ]
    assert len(chunks) > 1, chunks
    assert "".join(chunks) == "".join(first.deltas)
    # The model was asked as dialogue's engine asks, with the persona's system prompt and the message.
    assert first.request["model"] == local_model.MODEL_NAME
    assert first.request["stream"] is True
    messages = first.request["messages"]
    assert messages[0]["role"] == "system"
    assert "You are Sam, an AI companion talking with User." in messages[0]["content"]
    assert "The user's local time is" in messages[0]["content"]
    assert messages[-1] == {"role": "user", "content": told_text}
    # The second prompt carries what memory recalled and the turn before, the model's own reply included.
    system = second.request["messages"][0]["content"]
    assert "What the user told you before" in system
    assert "Maya" in system
    assert {"role": "assistant", "content": reply["text"]} in second.request["messages"]
