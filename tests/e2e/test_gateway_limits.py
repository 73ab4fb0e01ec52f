"""Limits at the gateway, end to end on a gateway of their own with tight settings: per-user and per-address
token buckets (429 with Retry-After and a JSON reason), the cap on a user's open WebSockets (the new one is
closed with 1008, the open ones kept), and request and WebSocket message sizes."""

import asyncio
import itertools
import json
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
import websockets
from websockets.exceptions import ConnectionClosed, InvalidStatus

from companion_devtools.stack import Stack

from .client import ChatClient
from .gateways import extra_gateway

LIMITS = {
    "GATEWAY_RATE_LIMIT_USER_PER_S": "0.5",  # a token every 2 s
    "GATEWAY_RATE_LIMIT_USER_BURST": "8",
    "GATEWAY_RATE_LIMIT_ADDRESS_PER_S": "0.1",
    "GATEWAY_RATE_LIMIT_ADDRESS_BURST": "30",
    "GATEWAY_MAX_WEBSOCKETS_PER_USER": "2",
    "GATEWAY_MAX_BODY_BYTES": "2048",
    "GATEWAY_MAX_WS_MESSAGE_BYTES": "1024",
}
# Each test's clients come from addresses of their own (the gateway trusts X-Forwarded-For from loopback).
_addresses = (f"198.51.100.{i}" for i in itertools.count(1))


@pytest.fixture(scope="module")
def gateway(stack: Stack) -> Iterator[str]:
    with extra_gateway(stack, "gateway-limits", LIMITS) as url:
        yield url


def _from_new_address(client: ChatClient, address: str | None = None) -> ChatClient:
    address = address or next(_addresses)
    client.headers["X-Forwarded-For"] = address
    client.http.headers["X-Forwarded-For"] = address
    return client


@pytest.fixture
async def client(gateway: str, stack: Stack) -> AsyncIterator[ChatClient]:
    async with _from_new_address(ChatClient(gateway, stack.jwt_secret)) as connected:
        yield connected


async def test_a_user_over_their_rate_gets_429_with_retry_after_and_a_reason(
    client: ChatClient, gateway: str, stack: Stack
) -> None:
    # The socket took one token of 8: seven messages pass, all answered, and the eighth is refused.
    sent = [await client.send_ok("busy", f"message {i}") for i in range(7)]
    refused = await client.send("busy", "one too many")

    assert refused.status_code == 429
    assert 1 <= int(refused.headers["Retry-After"]) <= 2
    assert refused.json()["detail"] == "too many requests from this user"
    await client.wait_for(lambda _: set(sent) <= set(client.answered()), timeout_s=30)
    # Another user from the same address is not held back, and the user may go on once a token is back.
    same_address = client.headers["X-Forwarded-For"]
    async with _from_new_address(ChatClient(gateway, stack.jwt_secret), same_address) as other:
        assert (await other.send("busy", "hello")).status_code == 202
    await asyncio.sleep(float(refused.headers["Retry-After"]))
    assert (await client.send("busy", "and now?")).status_code == 202


async def test_one_address_over_its_rate_gets_429_before_any_token_is_checked(gateway: str) -> None:
    address = next(_addresses)
    async with httpx.AsyncClient(base_url=gateway, headers={"X-Forwarded-For": address}) as anonymous:
        statuses = [(await anonymous.get("/v1/wellbeing")).status_code for _ in range(31)]
        health = await anonymous.get("/healthz")
        socket_error = None
        try:
            async with websockets.connect(
                gateway.replace("http", "ws", 1) + "/v1/stream", additional_headers={"X-Forwarded-For": address}
            ):
                pass
        except InvalidStatus as error:
            socket_error = error
        elsewhere = await anonymous.get("/v1/wellbeing", headers={"X-Forwarded-For": next(_addresses)})
        last = await anonymous.get("/v1/wellbeing")

    assert statuses == [401] * 30 + [429]
    assert last.status_code == 429
    assert last.json()["detail"] == "too many requests from this address"
    assert "Retry-After" in last.headers
    assert health.status_code == 200  # probes are never limited
    assert socket_error is not None
    assert socket_error.response.status_code == 429
    assert elsewhere.status_code == 401  # other addresses are not held back


async def test_a_third_socket_of_a_user_is_refused_and_the_open_ones_keep_working(gateway: str, stack: Stack) -> None:
    async with (
        _from_new_address(ChatClient(gateway, stack.jwt_secret)) as first,
        _from_new_address(ChatClient(gateway, stack.jwt_secret, first.user_id)) as second,
    ):
        url = gateway.replace("http", "ws", 1) + "/v1/stream"
        async with websockets.connect(url, additional_headers=first.headers) as third:
            with pytest.raises(ConnectionClosed) as closed:
                await asyncio.wait_for(third.recv(), 10)
        assert closed.value.rcvd is not None
        assert closed.value.rcvd.code == 1008
        assert closed.value.rcvd.reason == "too many open WebSockets for this user (at most 2)"

        message_id = await first.send_ok("sockets", "Do both of my screens get this?")
        await first.reply_to(message_id)
        await second.reply_to(message_id)

    # Closed sockets stop counting at once.
    async with (
        _from_new_address(ChatClient(gateway, stack.jwt_secret, first.user_id)) as again,
        _from_new_address(ChatClient(gateway, stack.jwt_secret, first.user_id)) as and_again,
    ):
        message_id = await again.send_ok("sockets", "Back again")
        await again.reply_to(message_id)
        await and_again.reply_to(message_id)


async def _body(size: int) -> AsyncIterator[bytes]:
    for _ in range(size // 512):
        yield b" " * 512


async def test_bodies_and_socket_messages_over_their_limits_are_refused(client: ChatClient, gateway: str) -> None:
    declared = await client.http.post("/v1/conversations/big/messages", content=b" " * 4096)
    chunked = await client.http.post(
        "/v1/conversations/big/messages", content=_body(8192), headers={"content-type": "application/json"}
    )
    chunked_ok = await client.http.post(
        "/v1/conversations/big/messages",
        content=_chunks(json.dumps({"client_message_id": "c-1", "text": "fine"}).encode()),
        headers={"content-type": "application/json"},
    )

    assert declared.status_code == 413
    assert "content-length" not in chunked.request.headers
    assert (chunked.status_code, chunked.json()["detail"]) == (413, "request body larger than 2048 bytes")
    assert chunked_ok.status_code == 202, chunked_ok.text

    url = gateway.replace("http", "ws", 1) + "/v1/stream"
    async with websockets.connect(url, additional_headers=client.headers) as ws:
        await ws.send("ping")
        await ws.send("x" * 2000)
        with pytest.raises(ConnectionClosed) as closed:
            await _read_until_closed(ws)
    assert closed.value.rcvd is not None
    assert closed.value.rcvd.code == 1009  # message too big


async def _chunks(body: bytes) -> AsyncIterator[bytes]:
    for start in range(0, len(body), 10):
        yield body[start : start + 10]


async def _read_until_closed(ws: websockets.ClientConnection) -> None:
    while True:
        await asyncio.wait_for(ws.recv(), 10)
