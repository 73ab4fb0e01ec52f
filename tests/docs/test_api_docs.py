"""docs/api/ holds the gateway's OpenAPI schema and the message stream's AsyncAPI document, generated from the code
(`make docs`): they must match it, and the gateway must serve them."""

import json
from typing import Any

import httpx

from companion.v1.events_pb2 import MessageEvent
from companion_devtools.api_docs import ASYNCAPI, GATEWAY_ASYNCAPI, OPENAPI, ROOT, documents
from companion_gateway.bootstrap import create_app
from companion_gateway.config import GatewaySettings


def _read(path: Any) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def test_the_committed_api_documents_match_the_code() -> None:
    for path, text in documents().items():
        assert path.exists(), f"{path.relative_to(ROOT)} is missing: run `make docs`"
        assert path.read_text(encoding="utf-8") == text, f"{path.relative_to(ROOT)} is stale: run `make docs`"


def test_the_openapi_schema_has_every_route_of_the_client_api() -> None:
    paths = _read(OPENAPI)["paths"]

    assert {
        "/v1/conversations",
        "/v1/conversations/{conversation_id}/messages",
        "/v1/conversations/{conversation_id}/persona",
        "/v1/memories",
        "/v1/memories/{memory_id}",
        "/v1/memories/export",
        "/v1/wellbeing",
        "/v1/wellbeing/pause",
        "/v1/wellbeing/quiet-hours",
        "/v1/account",
        "/v1/account/erasure",
        "/v1/account/export",
    } <= set(paths)
    assert paths["/v1/memories/{memory_id}"]["delete"]["responses"]["404"]


def test_the_asyncapi_document_has_the_producer_every_consumer_group_and_every_event_field() -> None:
    document = _read(ASYNCAPI)
    bindings = [channel["bindings"]["redis"] for channel in document["channels"].values()]

    assert document["asyncapi"].startswith("3.")
    assert document["defaultContentType"] == "application/x-protobuf"
    assert {b["channel"] for b in bindings} == {"companion:messages"}
    assert [b["method"] for b in bindings].count("xadd") == 1
    assert {b["groupName"] for b in bindings if b["method"] == "xreadgroup"} == {"dialogue", "memory", "safety"}
    event = document["components"]["schemas"]["MessageEvent"]["properties"]
    assert list(event) == [field.name for field in MessageEvent.DESCRIPTOR.fields]
    assert event["sent_at"] == {
        "description": "Client clock; the gateway clock when the client did not say.",
        "format": "date-time",
        "title": "Sent At",
        "type": "string",
    }
    assert event["account_erasure"]["$ref"] == "#/components/schemas/AccountErasure"


def test_the_gateway_ships_the_asyncapi_document_of_docs_api() -> None:
    assert GATEWAY_ASYNCAPI.read_bytes() == ASYNCAPI.read_bytes()


async def test_the_gateway_serves_both_documents() -> None:
    app = create_app(GatewaySettings.model_construct())
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gateway") as client:
        asyncapi = await client.get("/asyncapi.json")
        openapi = await client.get("/openapi.json")

    assert asyncapi.status_code == 200
    assert asyncapi.headers["content-type"] == "application/json"
    assert asyncapi.json() == _read(ASYNCAPI)
    assert openapi.json() == _read(OPENAPI)
