"""The span that starts a message's trace: one per HTTP request under ``/v1/``, named by method and route
template, with no path, query or body in it (ids and text stay out of traces)."""

from opentelemetry.context import Context
from opentelemetry.trace import SpanKind, Status, StatusCode
from starlette.types import ASGIApp, Receive, Scope, Send

from companion_common.tracing import tracer
from companion_gateway.metrics import ResponseStatus, method_label, route_label

TRACED_PREFIX = "/v1/"  # the API; probes and /metrics would only make noise


class HttpTracingMiddleware:
    """A server span around each API request. A client's ``traceparent`` is not continued: the trace starts at
    the gateway (clients are not part of the system, and must not choose its trace ids)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not str(scope.get("path", "")).startswith(TRACED_PREFIX):
            await self.app(scope, receive, send)
            return
        method = method_label(scope["method"])
        status = ResponseStatus(send)

        with tracer().start_as_current_span(
            method,
            context=Context(),  # a new trace, whatever the request carries
            kind=SpanKind.SERVER,
            attributes={"http.request.method": method},
        ) as span:
            try:
                await self.app(scope, receive, status.send)
            finally:
                route = route_label(scope)  # known once routing has run
                span.update_name(f"{method} {route}")
                span.set_attribute("http.route", route)
                span.set_attribute("http.response.status_code", status.code)
                if status.code >= 500:
                    span.set_status(Status(StatusCode.ERROR))
