"""The whole system with gRPC between services on mTLS and a shared service token (as docs/operations.md
recommends for production): every call between services (gateway -> dialogue, memory, safety; dialogue ->
memory, safety and the gateway's Delivery at its `reply_to`; memory -> safety) goes through it, and a caller
without the certificate or the token is refused."""

import asyncio
import secrets
import time
from collections.abc import Iterator
from pathlib import Path

import grpc
import pytest

from companion.v1 import memory_pb2, memory_pb2_grpc
from companion_common.grpc_serving import Channels
from companion_common.settings import GrpcSecuritySettings
from companion_devtools.pki import Pki, write_pki
from companion_devtools.stack import Stack, StackOptions

from .client import ChatClient

SERVICES = ("gateway", "dialogue", "memory", "safety")


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return write_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="module")
def token() -> str:
    return secrets.token_urlsafe(32)


@pytest.fixture(scope="module")
def secured(pki: Pki, token: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    token_file = tmp_path_factory.mktemp("secret") / "grpc-service-token"
    token_file.write_text(token + "\n", encoding="utf-8")  # as a mounted Secret: from a file, newline and all
    env = {**pki.env(client_auth=True), "GRPC_SERVICE_TOKEN_FILE": str(token_file)}
    dialogue = {"DIALOGUE_BURST_WINDOW_MS": "300"}
    options = StackOptions(env={name: {**env, **(dialogue if name == "dialogue" else {})} for name in SERVICES})
    with Stack(options) as running:
        yield running


def client_security(pki: Pki, token: str | None) -> GrpcSecuritySettings:
    return GrpcSecuritySettings.of_process(
        pki.env(client_auth=True, token=token) if token else pki.env(client_auth=True)
    )


def read_logs(stack: Stack) -> dict[str, str]:
    return {path.name: path.read_text(encoding="utf-8") for path in Path(stack.log_dir).glob("*.log")}


async def recall(channels: Channels, address: str, user_id: str, query: str) -> int:
    stub = memory_pb2_grpc.MemoryStub(channels.get(address))
    # generous: the first Recall embeds the query with a cold model, slow on a busy 2-core machine (this test is about
    # mTLS and the token, not speed)
    response = await stub.Recall(memory_pb2.RecallRequest(user_id=user_id, query=query), timeout=30)
    return len(response.memories)


async def test_a_conversation_flows_over_mtls_with_the_token_and_strangers_are_refused(
    secured: Stack, pki: Pki, token: str
) -> None:
    channels = Channels(client_security(pki, token))
    try:
        async with ChatClient(secured.gateway_url, secured.jwt_secret) as client:
            told = await client.send_ok("secured", "My sister's name is Maya and she lives in Porto.")
            await client.reply_to(told)  # dialogue -> memory, safety, and the gateway's Delivery
            deadline = time.monotonic() + 15
            while await recall(channels, secured.memory_grpc, client.user_id, "sister") == 0:  # memory -> safety
                assert time.monotonic() < deadline, "memory never stored the fact"
                await asyncio.sleep(0.1)
            asked = await client.send_ok("secured", "Do you remember my sister's name?")
            assert "Maya" in (await client.reply_to(asked))["text"]
            history = await client.history("secured")  # gateway -> dialogue
            assert [turn["role"] for turn in history] == ["user", "companion", "user", "companion"]

        async with grpc.aio.insecure_channel(secured.memory_grpc) as plaintext:
            with pytest.raises(grpc.aio.AioRpcError) as no_tls:
                await memory_pb2_grpc.MemoryStub(plaintext).Recall(memory_pb2.RecallRequest(user_id="u"), timeout=5)
        assert no_tls.value.code() == grpc.StatusCode.UNAVAILABLE
        tokenless = Channels(client_security(pki, None))
        try:
            with pytest.raises(grpc.aio.AioRpcError) as no_token:
                await recall(tokenless, secured.memory_grpc, client.user_id, "sister")
        finally:
            await tokenless.close()
        assert no_token.value.code() == grpc.StatusCode.UNAUTHENTICATED
    finally:
        await channels.close()

    logs = await asyncio.to_thread(read_logs, secured)
    assert set(logs) >= {f"{name}.log" for name in SERVICES}
    assert not [name for name, text in logs.items() if token in text]
    assert "grpc_call_unauthenticated" in logs["memory.log"]  # the refusal is logged, with its reason only
