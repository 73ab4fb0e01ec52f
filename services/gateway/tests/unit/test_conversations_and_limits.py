"""Conversation ids scoped per user, the request size limits, and the access rules (with fakes)."""

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from companion_gateway.domain.conversations import client_conversation_id, scoped_conversation_id
from companion_gateway.domain.limits import Bucket, address_key
from companion_gateway.entrypoints.limits_api import RequestLimitsMiddleware
from companion_gateway.service_layer.access import AccessControl, RateLimited, TooManySockets
from companion_gateway.service_layer.model import AcceptedMessage, SendMessage
from companion_gateway.service_layer.services import GatewayService


class FakeState:
    def __init__(self, legacy_owners: dict[str, str] | None = None) -> None:
        self.legacy_owners = legacy_owners or {}
        self.accepted: dict[tuple[str, str], str] = {}

    async def legacy_owner_of(self, conversation_id: str) -> str | None:
        return self.legacy_owners.get(conversation_id)

    async def accept_client_message(self, user_id: str, client_message_id: str, message_id: str) -> str | None:
        first = self.accepted.get((user_id, client_message_id))
        if first is None:
            self.accepted[(user_id, client_message_id)] = message_id
        return first

    async def forget_client_message(self, user_id: str, client_message_id: str) -> None:
        self.accepted.pop((user_id, client_message_id), None)


class FakePublisher:
    def __init__(self) -> None:
        self.published: list[AcceptedMessage] = []

    async def publish(self, message: AcceptedMessage) -> None:
        self.published.append(message)


class FakeDialogue:
    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []

    async def history(self, user_id: str, conversation_id: str, limit: int, after_id: str) -> list[dict[str, Any]]:
        self.asked.append((user_id, conversation_id))
        return []


def _send(user: str, conversation: str, client_message_id: str = "m1") -> SendMessage:
    return SendMessage(user, conversation, client_message_id, "hello", None, "UTC", "en-US")


def test_scoped_ids_differ_per_user_and_map_back_only_for_their_user() -> None:
    alice, bob = scoped_conversation_id("alice", "chat-me"), scoped_conversation_id("bob", "chat-me")

    assert alice != bob
    assert alice.startswith("chat-me.")
    assert client_conversation_id("alice", alice) == "chat-me"
    assert client_conversation_id("bob", alice) == alice  # never another user's id, unscoped
    assert client_conversation_id("alice", "legacy-id") == "legacy-id"


async def test_two_users_on_one_id_publish_to_two_conversations_and_nobody_is_refused() -> None:
    state, publisher, dialogue = FakeState(), FakePublisher(), FakeDialogue()
    service = GatewayService(state, publisher, dialogue, reply_to="gw", max_chars=100)

    first = await service.send_message(_send("squatter", "chat-me"))
    second = await service.send_message(_send("me", "chat-me"))
    await service.history("me", "chat-me", 10, "")

    assert (first.conversation_id, second.conversation_id) == ("chat-me", "chat-me")
    stored = [m.conversation_id for m in publisher.published]
    assert stored == [scoped_conversation_id("squatter", "chat-me"), scoped_conversation_id("me", "chat-me")]
    assert dialogue.asked == [("me", scoped_conversation_id("me", "chat-me"))]


async def test_a_conversation_claimed_before_scoping_keeps_its_id_for_its_owner_only() -> None:
    state, publisher = FakeState({"old-chat": "alice"}), FakePublisher()
    service = GatewayService(state, publisher, FakeDialogue(), reply_to="gw", max_chars=100)

    await service.send_message(_send("alice", "old-chat"))
    await service.send_message(_send("bob", "old-chat"))

    assert [m.conversation_id for m in publisher.published] == ["old-chat", scoped_conversation_id("bob", "old-chat")]


@pytest.mark.parametrize(
    ("address", "key"),
    [
        ("203.0.113.7", "203.0.113.7"),
        ("2001:db8:1:2:aaaa::1", "2001:db8:1:2::/64"),
        ("2001:db8:1:2:bbbb::9", "2001:db8:1:2::/64"),
        ("::ffff:203.0.113.7", "203.0.113.7"),
        ("", "unknown"),
    ],
)
def test_an_ipv6_client_counts_as_its_slash_64(address: str, key: str) -> None:
    assert address_key(address) == key


class FakeLimits:
    def __init__(self, wait_s: float = 0.0, open_ok: bool = True) -> None:
        self.wait_s = wait_s
        self.open_ok = open_ok
        self.closed: list[str] = []
        self.renewed: list[list[str]] = []

    async def take_user(self, user_id: str, bucket: Bucket) -> float:
        return self.wait_s

    async def take_address(self, address: str, bucket: Bucket) -> float:
        return self.wait_s

    async def open_socket(self, user_id: str, connection_id: str, *, cap: int, lease_s: float) -> bool:
        return self.open_ok

    async def renew_sockets(self, user_id: str, connection_ids: list[str], *, lease_s: float) -> None:
        self.renewed.append(connection_ids)

    async def close_socket(self, user_id: str, connection_id: str) -> None:
        self.closed.append(connection_id)


class BrokenLimits(FakeLimits):
    async def take_user(self, user_id: str, bucket: Bucket) -> float:
        raise ConnectionError("redis down")


class NoAuth:
    async def verify(self, token: str) -> str:
        return token


def _access(limits: FakeLimits, cap: int = 2) -> AccessControl:
    bucket = Bucket(1, 1)
    return AccessControl(
        NoAuth(), limits, user_bucket=bucket, address_bucket=bucket, max_sockets_per_user=cap, socket_lease_s=30
    )


async def test_limits_refuse_with_the_wait_and_fail_open_without_redis() -> None:
    with pytest.raises(RateLimited) as refused:
        await _access(FakeLimits(wait_s=2.5)).admit_user("alice")
    assert (refused.value.reason, refused.value.retry_after_s) == ("too many requests from this user", 2.5)
    await _access(BrokenLimits()).admit_user("alice")  # no exception: fail open


async def test_sockets_over_the_cap_are_refused_and_open_ones_are_renewed_and_released() -> None:
    limits = FakeLimits()
    access = _access(limits)
    connection = await access.open_socket("alice")
    await access.renew_sockets()
    await access.close_socket("alice", connection)
    await access.renew_sockets()

    assert limits.renewed == [[connection]]
    assert limits.closed == [connection]
    with pytest.raises(TooManySockets, match="at most 2"):
        await _access(FakeLimits(open_ok=False)).open_socket("alice")


@pytest.fixture
async def echo_client() -> AsyncIterator[httpx.AsyncClient]:
    async def echo(request: Request) -> JSONResponse:
        return JSONResponse({"size": len(await request.body())})

    app = Starlette(routes=[Route("/echo", echo, methods=["POST"])])
    limited = RequestLimitsMiddleware(app, max_body_bytes=1000)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(limited), base_url="http://gw") as client:
        yield client


async def _chunks(total: int) -> AsyncIterator[bytes]:
    for _ in range(total // 100):
        yield b"x" * 100


async def test_the_body_limit_holds_with_and_without_a_content_length(echo_client: httpx.AsyncClient) -> None:
    small = await echo_client.post("/echo", content=b"x" * 1000)
    declared = await echo_client.post("/echo", content=b"x" * 1001)
    chunked_small = await echo_client.post("/echo", content=_chunks(900))
    chunked_large = await echo_client.post("/echo", content=_chunks(5000))

    assert (small.status_code, small.json()) == (200, {"size": 1000})
    assert declared.status_code == 413
    assert "content-length" not in chunked_small.request.headers
    assert (chunked_small.status_code, chunked_small.json()) == (200, {"size": 900})
    assert (chunked_large.status_code, chunked_large.json()["detail"]) == (413, "request body larger than 1000 bytes")
