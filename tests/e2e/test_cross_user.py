"""Every HTTP route and every gRPC method tried by one user (Bob) with another's ids (Alice's conversation id,
message ids, memory ids, idempotency keys): refused or empty, and no answer, error included, carries anything of
Alice's. The routes are listed from the app and the methods from the services' descriptors, so a new route or
method fails here until it has a case."""

import asyncio
import json
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import grpc
import httpx
import websockets
from fastapi.routing import APIRoute, APIWebSocketRoute, iter_route_contexts
from google.protobuf.json_format import MessageToJson
from google.protobuf.message import Message
from google.protobuf.timestamp_pb2 import Timestamp

from companion.v1 import (
    account_pb2,
    dialogue_pb2,
    dialogue_pb2_grpc,
    memory_pb2,
    memory_pb2_grpc,
    safety_pb2,
    safety_pb2_grpc,
)
from companion_devtools.stack import Stack
from companion_gateway.bootstrap import create_app
from companion_gateway.config import GatewaySettings
from companion_gateway.domain.conversations import scoped_conversation_id

from .client import ChatClient

WORD = "Zephyrine"  # in everything Alice says: found in Bob's answers, it leaked
CARD_NAME = "Quillbert"


def _card(name: str) -> str:
    empty = ("personality", "scenario", "first_mes", "mes_example", "creator_notes", "system_prompt")
    data: dict[str, Any] = {"name": name, "description": f"{name} the persona", **dict.fromkeys(empty, "")}
    data |= {"post_history_instructions": "", "alternate_greetings": [], "tags": [], "creator": ""}
    data |= {"character_version": "1", "extensions": {}}
    return json.dumps({"spec": "chara_card_v2", "spec_version": "2.0", "data": data})


class Alice:
    """What Alice has said and holds: none of it may reach Bob."""

    def __init__(self, client: ChatClient) -> None:
        self.client = client
        self.user_id = client.user_id
        self.conversation = "diary"
        self.stored_conversation = scoped_conversation_id(self.user_id, self.conversation)
        self.client_message_id = f"cm-{uuid.uuid4().hex}"
        self.message_ids: list[str] = []
        self.crisis_message_id = ""
        self.memory_ids: list[str] = []
        self.page_token = ""

    def secrets(self) -> list[str]:
        # Her crisis message's id is left out: Bob reuses it as his own message id, and may see it echoed.
        ids = [m for m in self.message_ids if m != self.crisis_message_id]
        return [self.user_id, WORD, WORD.lower(), CARD_NAME, *ids, *self.memory_ids]

    def assert_nothing_of_hers_in(self, what: str, text: str) -> None:
        leaked = [secret for secret in self.secrets() if secret and secret in text]
        assert not leaked, f"{what} leaks {leaked}: {text[:500]}"


async def _alice_has_a_life(client: ChatClient) -> Alice:
    alice = Alice(client)
    first = await client.send_ok(
        alice.conversation,
        f"My sister's name is {WORD} and she lives in Porto.",
        client_message_id=alice.client_message_id,
    )
    second = await client.send_ok(alice.conversation, f"I love {WORD} cake. I have a job interview on Friday.")
    await asyncio.gather(client.reply_to(first), client.reply_to(second))
    crisis = await client.send_ok("late", f"I want to end my life tonight, {WORD}.")
    await client.wait_for(lambda got: any(e["in_reply_to"] == crisis for e in got if e["type"] != "typing"))
    alice.message_ids, alice.crisis_message_id = [first, second, crisis], crisis
    put = await client.http.put(f"/v1/conversations/{alice.conversation}/persona", content=_card(CARD_NAME))
    assert put.status_code == 200, put.text
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        page = (await client.http.get("/v1/memories", params={"page_size": 1})).json()
        if page["memories"] and page["next_page_token"]:
            break
        await asyncio.sleep(0.5)
    everything = (await client.http.get("/v1/memories", params={"page_size": 500})).json()["memories"]
    alice.memory_ids = [m["memory_id"] for m in everything]
    alice.page_token = page["next_page_token"]
    assert alice.memory_ids, everything
    assert alice.page_token, everything
    return alice


async def _alice_still_has_everything(alice: Alice) -> None:
    client = alice.client
    history = await client.history(alice.conversation)
    assert {t["id"] for t in history} >= set(alice.message_ids[:2])
    persona = (await client.http.get(f"/v1/conversations/{alice.conversation}/persona")).json()
    assert (persona["custom"], persona["card"]["data"]["name"]) == (True, CARD_NAME)
    memories = (await client.http.get("/v1/memories", params={"page_size": 500})).json()["memories"]
    assert set(alice.memory_ids) <= {m["memory_id"] for m in memories}
    wellbeing = (await client.http.get("/v1/wellbeing")).json()
    assert not wellbeing["settings"]["paused"]
    assert not wellbeing["settings"]["quiet_hours"]


# --- HTTP ----------------------------------------------------------------------------------------------------
HttpCase = Callable[[httpx.AsyncClient, Alice], Awaitable[httpx.Response]]
# (method, path) -> what Bob sends with Alice's ids, and the statuses he may get.
HTTP_CASES: dict[tuple[str, str], tuple[HttpCase, set[int]]] = {
    ("POST", "/v1/conversations"): (lambda bob, a: bob.post("/v1/conversations"), {201}),
    ("POST", "/v1/conversations/{conversation_id}/messages"): (
        # Her conversation id and her idempotency key: his own new message, never her message id back.
        lambda bob, a: bob.post(
            f"/v1/conversations/{a.conversation}/messages",
            json={"client_message_id": a.client_message_id, "text": "hello there"},
        ),
        {202},
    ),
    ("GET", "/v1/conversations/{conversation_id}/messages"): (
        lambda bob, a: bob.get(f"/v1/conversations/{a.conversation}/messages", params={"after": a.message_ids[0]}),
        {200, 422},
    ),
    ("PUT", "/v1/conversations/{conversation_id}/persona"): (
        lambda bob, a: bob.put(f"/v1/conversations/{a.conversation}/persona", content=_card("Bobbot")),
        {200},
    ),
    ("GET", "/v1/conversations/{conversation_id}/persona"): (
        lambda bob, a: bob.get(f"/v1/conversations/{a.conversation}/persona"),
        {200},
    ),
    ("GET", "/v1/wellbeing"): (lambda bob, a: bob.get("/v1/wellbeing", params={"days": 90}), {200}),
    ("POST", "/v1/wellbeing/pause"): (lambda bob, a: bob.post("/v1/wellbeing/pause", json={}), {200}),
    ("DELETE", "/v1/wellbeing/pause"): (lambda bob, a: bob.delete("/v1/wellbeing/pause"), {200}),
    ("PUT", "/v1/wellbeing/quiet-hours"): (
        lambda bob, a: bob.put("/v1/wellbeing/quiet-hours", json={"start": "22:00", "end": "07:00"}),
        {200},
    ),
    ("DELETE", "/v1/wellbeing/quiet-hours"): (lambda bob, a: bob.delete("/v1/wellbeing/quiet-hours"), {200}),
    ("GET", "/v1/memories"): (
        lambda bob, a: bob.get("/v1/memories", params={"page_size": 500, "page_token": a.page_token}),
        {200, 422},
    ),
    ("GET", "/v1/memories/export"): (lambda bob, a: bob.get("/v1/memories/export"), {200}),
    ("DELETE", "/v1/memories/{memory_id}"): (lambda bob, a: bob.delete(f"/v1/memories/{a.memory_ids[0]}"), {404}),
    ("DELETE", "/v1/memories"): (lambda bob, a: bob.delete("/v1/memories"), {200}),
    ("GET", "/v1/account/erasure"): (lambda bob, a: bob.get("/v1/account/erasure"), {404}),
    ("GET", "/v1/account/export"): (lambda bob, a: bob.get("/v1/account/export"), {200}),
    ("GET", "/healthz"): (lambda bob, a: bob.get("/healthz"), {200}),
    ("GET", "/readyz"): (lambda bob, a: bob.get("/readyz"), {200}),
    ("GET", "/metrics"): (lambda bob, a: bob.get("/metrics"), {200}),
    # The web chat's redirect to /chat/ and the stream's AsyncAPI document: nobody's data.
    ("GET", "/"): (lambda bob, a: bob.get("/"), {307}),
    ("GET", "/asyncapi.json"): (lambda bob, a: bob.get("/asyncapi.json"), {200}),
    # Last: Bob erases his own account; Alice's stays whole.
    ("DELETE", "/v1/account"): (lambda bob, a: bob.delete("/v1/account"), {202}),
}
WEBSOCKET_ROUTES = {"/v1/stream"}
_FRAMEWORK_ROUTES = {"/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc"}


def _app_routes() -> tuple[set[tuple[str, str]], set[str]]:
    app = create_app(GatewaySettings(jwt_secret="x" * 32))  # built, never started: only its routes are read
    contexts = list(iter_route_contexts(app.routes))  # included routers' routes, with their full paths
    http = {(m, c.path) for c in contexts if isinstance(c.original_route, APIRoute) for m in c.methods or ()}
    sockets = {c.path for c in contexts if isinstance(c.original_route, APIWebSocketRoute)}
    return {(m, p) for m, p in http if p not in _FRAMEWORK_ROUTES}, sockets


def test_every_route_of_the_gateway_has_a_cross_user_case() -> None:
    http, sockets = _app_routes()
    assert http == set(HTTP_CASES), f"routes without a case: {http - set(HTTP_CASES)}"
    assert sockets == WEBSOCKET_ROUTES


# --- gRPC ----------------------------------------------------------------------------------------------------
GrpcCase = Callable[[Any, Alice, str], Awaitable[Message]]


async def _outcome(call: Awaitable[Message]) -> Message | grpc.aio.AioRpcError:
    try:
        return await call
    except grpc.aio.AioRpcError as error:
        return error


GRPC_CASES: dict[str, GrpcCase] = {
    "Dialogue/GetHistory": lambda s, a, bob: s.dialogue.GetHistory(
        dialogue_pb2.GetHistoryRequest(user_id=bob, conversation_id=a.stored_conversation, limit=200)
    ),
    "Dialogue/TakeUndelivered": lambda s, a, bob: s.dialogue.TakeUndelivered(
        dialogue_pb2.TakeUndeliveredRequest(user_id=bob, limit=100)
    ),
    "Dialogue/SetPersona": lambda s, a, bob: s.dialogue.SetPersona(
        dialogue_pb2.SetPersonaRequest(user_id=bob, conversation_id=a.stored_conversation, card_json=_card("Grpcbot"))
    ),
    "Dialogue/GetPersona": lambda s, a, bob: s.dialogue.GetPersona(
        dialogue_pb2.GetPersonaRequest(user_id=bob, conversation_id=a.stored_conversation, spec="v3")
    ),
    "Dialogue/ExportAccount": lambda s, a, bob: s.dialogue.ExportAccount(account_pb2.ExportAccountRequest(user_id=bob)),
    "Memory/Remember": lambda s, a, bob: s.memory.Remember(
        memory_pb2.RememberRequest(
            user_id=bob,
            conversation_id=a.stored_conversation,
            message_id=a.crisis_message_id,
            text="hello there",
            said_at=Timestamp(seconds=int(time.time())),
        )
    ),
    "Memory/Recall": lambda s, a, bob: s.memory.Recall(
        memory_pb2.RecallRequest(
            user_id=bob, query=f"what is my sister's name, {WORD}?", limit=50, include_sensitive=True
        )
    ),
    "Memory/ListMemories": lambda s, a, bob: s.memory.ListMemories(
        memory_pb2.ListMemoriesRequest(user_id=bob, page_size=500, page_token=a.page_token)
    ),
    "Memory/ForgetMemory": lambda s, a, bob: s.memory.ForgetMemory(
        memory_pb2.ForgetMemoryRequest(user_id=bob, memory_id=a.memory_ids[0])
    ),
    "Memory/ForgetAll": lambda s, a, bob: s.memory.ForgetAll(memory_pb2.ForgetAllRequest(user_id=bob)),
    "Memory/ExportMemories": lambda s, a, bob: s.memory.ExportMemories(memory_pb2.ExportMemoriesRequest(user_id=bob)),
    # Her crisis message's id with his harmless words: his own assessment, never her risk or support text.
    "Safety/AssessMessage": lambda s, a, bob: s.safety.AssessMessage(
        safety_pb2.AssessMessageRequest(
            user_id=bob, conversation_id=a.stored_conversation, message_id=a.crisis_message_id, text="lovely day"
        )
    ),
    "Safety/ReviewReply": lambda s, a, bob: s.safety.ReviewReply(
        safety_pb2.ReviewReplyRequest(
            user_id=bob,
            conversation_id=a.stored_conversation,
            in_reply_to=a.crisis_message_id,
            user_text="lovely day",
            reply_text="Glad to hear it!",
        )
    ),
    "Safety/MayContact": lambda s, a, bob: s.safety.MayContact(safety_pb2.MayContactRequest(user_id=bob)),
    "Safety/Pause": lambda s, a, bob: s.safety.Pause(safety_pb2.PauseRequest(user_id=bob)),
    "Safety/Resume": lambda s, a, bob: s.safety.Resume(safety_pb2.ResumeRequest(user_id=bob)),
    "Safety/SetQuietHours": lambda s, a, bob: s.safety.SetQuietHours(
        safety_pb2.SetQuietHoursRequest(user_id=bob, start="22:00", end="07:00")
    ),
    "Safety/GetWellbeing": lambda s, a, bob: s.safety.GetWellbeing(
        safety_pb2.GetWellbeingRequest(user_id=bob, days=90)
    ),
    # No user id: anonymous counts by region and month only.
    "Safety/ExportReferralReport": lambda s, a, bob: s.safety.ExportReferralReport(
        safety_pb2.ReferralReportRequest(year=time.gmtime().tm_year)
    ),
    "Safety/TakeUndeliveredNotices": lambda s, a, bob: s.safety.TakeUndeliveredNotices(
        safety_pb2.TakeUndeliveredNoticesRequest(user_id=bob, limit=100)
    ),
    "Safety/ExportAccount": lambda s, a, bob: s.safety.ExportAccount(account_pb2.ExportAccountRequest(user_id=bob)),
}


def test_every_grpc_method_that_serves_user_data_has_a_cross_user_case() -> None:
    methods = {
        f"{service.name}/{method.name}"
        for module in (dialogue_pb2, memory_pb2, safety_pb2)
        for service in module.DESCRIPTOR.services_by_name.values()
        for method in service.methods
    }
    assert methods == set(GRPC_CASES), f"methods without a case: {methods - set(GRPC_CASES)}"


class _Stubs:
    def __init__(self, stack: Stack) -> None:
        self.channels = [
            grpc.aio.insecure_channel(a) for a in (stack.dialogue_grpc, stack.memory_grpc, stack.safety_grpc)
        ]
        self.dialogue = dialogue_pb2_grpc.DialogueStub(self.channels[0])
        self.memory = memory_pb2_grpc.MemoryStub(self.channels[1])
        self.safety = safety_pb2_grpc.SafetyStub(self.channels[2])

    async def close(self) -> None:
        for channel in self.channels:
            await channel.close()


async def test_another_users_ids_get_nothing_of_hers_anywhere(stack: Stack) -> None:
    async with (
        ChatClient(stack.gateway_url, stack.jwt_secret, f"alice-{uuid.uuid4().hex[:8]}") as alice_client,
        ChatClient(stack.gateway_url, stack.jwt_secret, f"bob-{uuid.uuid4().hex[:8]}") as bob_client,
    ):
        alice = await _alice_has_a_life(alice_client)
        bob = bob_client.http

        # gRPC first (the services trust the caller's user id: a mismatched id must reach nothing of hers).
        stubs = _Stubs(stack)
        try:
            for name, case in GRPC_CASES.items():
                outcome = await _outcome(case(stubs, alice, bob_client.user_id))
                if isinstance(outcome, grpc.aio.AioRpcError):
                    assert (name, outcome.code()) == ("Memory/ForgetMemory", grpc.StatusCode.NOT_FOUND), outcome
                    alice.assert_nothing_of_hers_in(name, f"{outcome.details()} {outcome.trailing_metadata()}")
                    continue
                alice.assert_nothing_of_hers_in(name, MessageToJson(outcome))
                if name == "Safety/AssessMessage":
                    assert not outcome.crisis_support_sent, outcome
                    assert not outcome.crisis_support_text, outcome
                if name == "Dialogue/GetHistory":
                    assert not outcome.turns
                if name == "Dialogue/GetPersona":  # his own card, set just before under her id; never hers
                    assert json.loads(outcome.card_json)["data"]["name"] == "Grpcbot"
        finally:
            await stubs.close()
        await _alice_still_has_everything(alice)

        # The socket, catching up on her conversation id after her message.
        url = stack.gateway_url.replace("http", "ws", 1) + (
            f"/v1/stream?conversation_id={alice.conversation}&after={alice.message_ids[0]}"
        )
        async with websockets.connect(url, additional_headers=bob_client.headers) as ws:
            try:
                while True:
                    alice.assert_nothing_of_hers_in("WS /v1/stream", str(await asyncio.wait_for(ws.recv(), 2)))
            except TimeoutError:
                pass

        # Every HTTP route.
        for (method, path), (case, allowed) in HTTP_CASES.items():
            response = await case(bob, alice)
            assert response.status_code in allowed, (method, path, response.status_code, response.text)
            alice.assert_nothing_of_hers_in(f"{method} {path}", response.text + str(response.headers))
            if path == "/v1/conversations/{conversation_id}/persona" and method == "GET":
                assert response.json()["custom"] is True  # his own card, set just before; never hers
                assert response.json()["card"]["data"]["name"] == "Bobbot"
        await _alice_still_has_everything(alice)
        alice.assert_nothing_of_hers_in("Bob's socket", json.dumps(bob_client.received))
