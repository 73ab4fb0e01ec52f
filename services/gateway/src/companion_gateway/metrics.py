"""The gateway's own Prometheus series (the shared ones are in companion_common.metrics)."""

from collections.abc import Mapping
from typing import Any

from prometheus_client import Counter, Gauge, Histogram
from starlette.types import Message, Send

HTTP_REQUESTS = Counter(
    "companion_http_requests_total",
    "HTTP requests answered, by method, route template (never the raw path) and status code.",
    ["method", "route", "status"],
)
HTTP_SECONDS = Histogram(
    "companion_http_request_seconds",
    "Time from a request's arrival to the end of its response, by method and route template.",
    ["method", "route"],
)
WEBSOCKETS_OPEN = Gauge("companion_gateway_websockets_open", "WebSocket connections open on this gateway instance.")

UNMATCHED_ROUTE = "unmatched"  # no route took the request (404, or refused before routing: 413)
_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


def route_label(scope: Mapping[str, Any]) -> str:
    """The template of the route that took the request ("/v1/conversations/{conversation_id}/messages"): ids in
    the path would give every conversation a series of its own."""
    route = scope.get("route")
    path = getattr(route, "path", None)
    return path if isinstance(path, str) and path else UNMATCHED_ROUTE


def method_label(method: str) -> str:
    """The request method, or "other" for anything unusual (a client may send any token as a method)."""
    return method if method in _METHODS else "other"


class ResponseStatus:
    """Passes an ASGI app's messages on and notes the status it answered with: 500 until it starts a response,
    which is what the server sends when the app fails first."""

    def __init__(self, send: Send) -> None:
        self.code = 500
        self._send = send

    async def send(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.code = int(message["status"])
        await self._send(message)


LIMITED = Counter(
    "companion_gateway_limited_total",
    "Requests and WebSockets refused by a limit: limit is user or address (rate limits) or websockets (the cap).",
    ["limit"],
)
