"""Prometheus metrics every service shares: the metrics HTTP server, build info, gRPC server and client
interceptors, and the stream's own series (dead letters, consumer lag and pending entries per group and partition).

Each service defines its domain metrics in its own package; all of them go to prometheus_client's default
registry, which the server here (or the gateway's ``GET /metrics``) exposes. Labels are low-cardinality by rule:
service and method names, status codes, consumer groups and stream keys, never user ids or message text.
"""

import asyncio
import inspect
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from importlib import metadata
from typing import Any
from wsgiref.simple_server import WSGIServer

import grpc
import structlog
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    Counter,
    Gauge,
    Histogram,
    disable_created_metrics,
    generate_latest,
)
from prometheus_client.exposition import start_http_server

from companion_common.grpc_interceptors import for_every_call_kind, wrap_behaviour

log = structlog.stdlib.get_logger(__name__)

BUILD_INFO = Gauge("companion_build_info", "Always 1: the service and its version.", ["service", "version"])

GRPC_SERVER_HANDLED = Counter(
    "companion_grpc_server_handled_total",
    "gRPC calls this server completed, by gRPC service, method and status code.",
    ["service", "method", "code"],
)
GRPC_SERVER_SECONDS = Histogram(
    "companion_grpc_server_handling_seconds",
    "Time this server took for a gRPC call, until its last message (streams included).",
    ["service", "method"],
)
GRPC_CLIENT_HANDLED = Counter(
    "companion_grpc_client_handled_total",
    "gRPC calls this process made that completed, by gRPC service, method and status code.",
    ["service", "method", "code"],
)
GRPC_CLIENT_SECONDS = Histogram(
    "companion_grpc_client_handling_seconds",
    "Time a gRPC call this process made took until it completed.",
    ["service", "method"],
)

STREAM_DEAD_LETTERS = Counter(
    "companion_stream_dead_letters_total",
    "Stream entries this consumer moved to the dead-letter stream, by consumer group and source stream.",
    ["group", "stream"],
)
STREAM_CONSUMER_LAG = Gauge(
    "companion_stream_consumer_lag",
    "Entries of the stream not yet delivered to the consumer group (XINFO GROUPS lag; every replica of the group "
    "reports the same value: aggregate with max).",
    ["group", "stream"],
)
STREAM_PENDING = Gauge(
    "companion_stream_pending",
    "Entries delivered to the consumer group but not yet acknowledged (XINFO GROUPS pending; every replica of "
    "the group reports the same value: aggregate with max).",
    ["group", "stream"],
)


def set_build_info(service: str) -> None:
    """``companion_build_info{service, version} 1``; the version is that of the installed service package.
    Also drops the ``*_created`` series prometheus_client adds to every counter and histogram (half the series,
    and Prometheus does not need them)."""
    disable_created_metrics()  # type: ignore[no-untyped-call]  # prometheus_client leaves it unannotated
    try:
        version = metadata.version(f"companion-{service}")
    except metadata.PackageNotFoundError:
        version = "unknown"
    BUILD_INFO.labels(service=service, version=version).set(1)


class MetricsServer:
    """An HTTP server (its own thread) answering every path with the metrics of the default registry."""

    def __init__(self, server: WSGIServer) -> None:
        self._server = server

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def serve_metrics(service: str, host: str, port: int) -> MetricsServer | None:
    """Sets build info and serves metrics on host:port; port 0 turns the server off (build info is still set)."""
    set_build_info(service)
    if port == 0:
        return None
    server, _thread = start_http_server(port, addr=host)
    log.info("metrics_serving", host=host, port=port)
    return MetricsServer(server)


def render_latest() -> tuple[bytes, str]:
    """The default registry in the Prometheus text format, and its content type (for an HTTP handler)."""
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST


# The standard gRPC health service: left out of service-token checks and traces.
HEALTH_SERVICE = "grpc.health.v1.Health"


def split_method(full_method: str | bytes) -> tuple[str, str]:
    """ "/companion.v1.Delivery/DeliverStream" -> ("companion.v1.Delivery", "DeliverStream")."""
    text = full_method.decode() if isinstance(full_method, bytes) else full_method
    service, _, method = text.lstrip("/").rpartition("/")
    return (service or "unknown"), (method or "unknown")


def group_backlog(groups: Sequence[Mapping[str, Any]], group: str) -> tuple[int | None, int] | None:
    """(lag, pending) of ``group`` from an XINFO GROUPS reply, or None when the group is not there. Lag is None
    when Redis cannot tell it (entries deleted in the group's range), or before Redis 7."""
    for info in groups:
        name = info.get("name")
        if (name.decode() if isinstance(name, bytes) else name) != group:
            continue
        lag = info.get("lag")
        return (None if lag is None else int(lag)), int(info.get("pending") or 0)
    return None


def observe_backlog(group: str, stream: str, groups: Sequence[Mapping[str, Any]]) -> None:
    backlog = group_backlog(groups, group)
    if backlog is None:
        return
    lag, pending = backlog
    if lag is not None:
        STREAM_CONSUMER_LAG.labels(group=group, stream=stream).set(lag)
    STREAM_PENDING.labels(group=group, stream=stream).set(pending)


def code_name(code: object) -> str:
    """The name of a gRPC status ("NOT_FOUND") given as the enum, its number or nothing (OK)."""
    if isinstance(code, grpc.StatusCode):
        return str(code.name)
    if isinstance(code, int):  # the aio servicer context reports the number
        for status in grpc.StatusCode:
            if status.value[0] == code:
                return str(status.name)
    return "OK" if code is None else "UNKNOWN"


class _ServerCall:
    """Times one call on the server and records it with the status it ended with."""

    def __init__(self, service: str, method: str) -> None:
        self._service = service
        self._method = method
        self._started = time.perf_counter()

    def done(self, code: str) -> None:
        GRPC_SERVER_SECONDS.labels(self._service, self._method).observe(time.perf_counter() - self._started)
        GRPC_SERVER_HANDLED.labels(self._service, self._method, code).inc()


def ended_with(context: grpc.aio.ServicerContext[Any, Any], error: BaseException | None) -> str:
    """The status name a served call ended with, given what its handler raised (None when it returned)."""
    if isinstance(error, asyncio.CancelledError):
        return "CANCELLED"
    if error is not None and not isinstance(error, grpc.aio.AbortError):
        return "UNKNOWN"  # what gRPC answers for an exception a handler lets through
    return code_name(context.code())


def _wrap_unary_response(behavior: Callable[..., Awaitable[Any]], service: str, method: str) -> Callable[..., Any]:
    async def handle(request: Any, context: grpc.aio.ServicerContext[Any, Any]) -> Any:
        call = _ServerCall(service, method)
        try:
            response = await behavior(request, context)
        except BaseException as error:
            call.done(ended_with(context, error))
            raise
        call.done(ended_with(context, None))
        return response

    return handle


def _wrap_streaming_response(behavior: Callable[..., Any], service: str, method: str) -> Callable[..., Any]:
    if not inspect.isasyncgenfunction(behavior):  # writes with context.write() and returns
        return _wrap_unary_response(behavior, service, method)

    async def handle(request: Any, context: grpc.aio.ServicerContext[Any, Any]) -> AsyncIterator[Any]:
        call = _ServerCall(service, method)
        try:
            async for response in behavior(request, context):
                yield response
        except BaseException as error:
            call.done(ended_with(context, error))
            raise
        call.done(ended_with(context, None))

    return handle


class ServerMetricsInterceptor(grpc.aio.ServerInterceptor):  # type: ignore[misc]  # grpc ships no types
    """companion_grpc_server_handled_total and _handling_seconds for every call (health checks included)."""

    async def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler]],
        handler_call_details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler:
        handler = await continuation(handler_call_details)
        if handler is None:  # an unknown method: gRPC answers UNIMPLEMENTED itself
            return handler
        service, method = split_method(handler_call_details.method)
        return wrap_behaviour(
            handler,
            lambda behaviour: _wrap_unary_response(behaviour, service, method),
            lambda behaviour: _wrap_streaming_response(behaviour, service, method),
        )


class _ClientMetrics:
    """Records a call made on a channel when it completes. The call is observed through a done callback, never
    awaited here: a client-streaming call (Delivery's DeliverStream) is written to by its caller after this
    returns."""

    def __init__(self) -> None:
        self._recording: set[asyncio.Task[None]] = set()

    async def _observed(self, continuation: Any, details: Any, request: Any) -> Any:
        service, method = split_method(details.method)
        started = time.perf_counter()
        try:
            call = await continuation(details, request)
        except grpc.aio.AioRpcError as error:
            _record_client_call(service, method, time.perf_counter() - started, error.code().name)
            raise
        loop = asyncio.get_running_loop()

        def on_done(finished: Any) -> None:
            elapsed = time.perf_counter() - started
            task = loop.create_task(self._record_when_done(finished, service, method, elapsed))
            self._recording.add(task)
            task.add_done_callback(self._recording.discard)

        call.add_done_callback(on_done)
        return call

    @staticmethod
    async def _record_when_done(call: Any, service: str, method: str, elapsed: float) -> None:
        try:
            code = code_name(await call.code())
        except asyncio.CancelledError:
            code = "CANCELLED"
        _record_client_call(service, method, elapsed, code)


def _record_client_call(service: str, method: str, elapsed: float, code: str) -> None:
    GRPC_CLIENT_SECONDS.labels(service, method).observe(elapsed)
    GRPC_CLIENT_HANDLED.labels(service, method, code).inc()


def client_metrics_interceptors() -> list[Any]:
    """Interceptors for an aio channel: companion_grpc_client_handled_total and _handling_seconds for every call
    made on it, of each of the four kinds."""
    return for_every_call_kind(_ClientMetrics()._observed)
