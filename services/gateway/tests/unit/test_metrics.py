"""HTTP metrics label requests by route template, never by the raw path; open WebSockets are a gauge."""

import httpx
from fastapi import FastAPI, HTTPException
from prometheus_client import REGISTRY

from companion_gateway.adapters.connections import ConnectionHub
from companion_gateway.entrypoints.metrics_api import HttpMetricsMiddleware
from companion_gateway.entrypoints.metrics_api import router as metrics_router
from companion_gateway.metrics import UNMATCHED_ROUTE, method_label, route_label


def requests_total(method: str, route: str, status: str) -> float:
    labels = {"method": method, "route": route, "status": status}
    return REGISTRY.get_sample_value("companion_http_requests_total", labels) or 0.0


def _app() -> FastAPI:
    app = FastAPI()

    @app.get("/v1/things/{thing_id}")
    async def thing(thing_id: str) -> dict[str, str]:
        if thing_id == "missing":
            raise HTTPException(404, "no such thing")
        return {"id": thing_id}

    app.include_router(metrics_router)
    app.add_middleware(HttpMetricsMiddleware)
    return app


async def test_requests_are_counted_by_route_template_and_status() -> None:
    route = "/v1/things/{thing_id}"
    ok, missing = requests_total("GET", route, "200"), requests_total("GET", route, "404")
    unmatched = requests_total("GET", UNMATCHED_ROUTE, "404")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=_app()), base_url="http://test") as client:
        assert (await client.get("/v1/things/user-alice-1")).status_code == 200
        assert (await client.get("/v1/things/user-bob-2")).status_code == 200
        assert (await client.get("/v1/things/missing")).status_code == 404
        assert (await client.get("/no/such/path/42")).status_code == 404
        scrape = await client.get("/metrics")

    assert requests_total("GET", route, "200") == ok + 2
    assert requests_total("GET", route, "404") == missing + 1
    assert requests_total("GET", UNMATCHED_ROUTE, "404") == unmatched + 1
    assert scrape.headers["content-type"].startswith("text/plain")
    assert "companion_http_requests_total" in scrape.text
    assert "user-alice-1" not in scrape.text
    assert "/no/such/path" not in scrape.text


def test_labels_stay_bounded() -> None:
    assert route_label({}) == UNMATCHED_ROUTE
    assert method_label("GET") == "GET"
    assert method_label("BREW") == "other"


def test_the_open_websockets_gauge_follows_the_hub() -> None:
    def open_now() -> float:
        return REGISTRY.get_sample_value("companion_gateway_websockets_open") or 0.0

    class Socket:
        async def send_json(self, data: object) -> None:
            pass

    hub, first, second = ConnectionHub(), Socket(), Socket()
    before = open_now()
    hub.add("alice", first)
    hub.add("alice", first)  # the same socket twice is one connection
    hub.add("alice", second)
    assert open_now() == before + 2
    hub.remove("alice", first)
    hub.remove("alice", first)
    hub.remove("bob", second)
    assert open_now() == before + 1
    hub.remove("alice", second)
    assert open_now() == before


async def test_a_reply_a_connection_already_received_is_not_sent_to_it_again() -> None:
    class Socket:
        def __init__(self) -> None:
            self.received: list[dict[str, object]] = []

        async def send_json(self, data: dict[str, object]) -> None:
            self.received.append(data)

    hub, first, second = ConnectionHub(), Socket(), Socket()
    hub.add("alice", first)
    reply = {"type": "reply", "delivery_id": "d1", "text": "hi"}
    assert await hub.push("alice", reply) == 1
    hub.add("alice", second)  # a second device opens after the reply
    assert await hub.push("alice", dict(reply)) == 2  # re-delivered: both have it now
    assert [e["delivery_id"] for e in first.received] == ["d1"]
    assert [e["delivery_id"] for e in second.received] == ["d1"]
    chunk = {"type": "reply_chunk", "delivery_id": "d1", "seq": 1, "text": "h"}
    await hub.push("alice", chunk)
    await hub.push("alice", chunk)
    assert [e["type"] for e in first.received] == ["reply", "reply_chunk", "reply_chunk"]  # only whole replies
    hub.remove("alice", first)
    hub.remove("alice", second)
