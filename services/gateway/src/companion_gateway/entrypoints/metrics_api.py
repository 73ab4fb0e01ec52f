"""``GET /metrics`` (Prometheus text format, no authentication: keep it off the public internet) and the
middleware that measures every HTTP request."""

import time

from fastapi import APIRouter, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from companion_common.metrics import render_latest
from companion_gateway.metrics import HTTP_REQUESTS, HTTP_SECONDS, ResponseStatus, method_label, route_label

router = APIRouter()


@router.get("/metrics", include_in_schema=False)
async def metrics() -> Response:
    body, content_type = render_latest()
    return Response(body, media_type=content_type)


class HttpMetricsMiddleware:
    """Counts and times HTTP requests by method, route template and status (WebSockets pass through)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = ResponseStatus(send)
        try:
            await self.app(scope, receive, status.send)
        finally:
            method, route = method_label(scope["method"]), route_label(scope)
            HTTP_SECONDS.labels(method, route).observe(time.perf_counter() - started)
            HTTP_REQUESTS.labels(method, route, str(status.code)).inc()
