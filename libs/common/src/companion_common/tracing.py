"""OpenTelemetry traces: off unless the standard ``OTEL_`` variables turn them on; one message is one trace.

The gateway's HTTP request that accepts a message starts the trace; FastStream's telemetry middleware carries
its context in each stream entry's headers (W3C ``traceparent``) to the consumers of dialogue, memory and safety,
whose handlers run inside the consume span; the gRPC interceptors here carry it in call metadata (recall,
assessment, delivery). Spans hold names, ids, status codes and stream keys, never message text.

Each service calls ``setup_tracing`` once at start and ``Tracing.shutdown`` (which flushes) at stop. While it is
off, nothing here installs a provider, adds a middleware or an interceptor, or imports the SDK.

Turned on by ``OTEL_TRACES_EXPORTER`` (``otlp``, ``console``, or both comma-separated), or by an OTLP endpoint
(``OTEL_EXPORTER_OTLP_ENDPOINT`` / ``OTEL_EXPORTER_OTLP_TRACES_ENDPOINT``) with the exporter unset; ``none``
and ``OTEL_SDK_DISABLED=true`` keep it off. OTLP goes over http/protobuf; the SDK reads the rest of the
standard variables itself (endpoint, headers, timeout, compression, ``OTEL_BSP_*``, ``OTEL_TRACES_SAMPLER``).
"""

import asyncio
import inspect
import os
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from importlib import metadata
from typing import TYPE_CHECKING, Any

import grpc
import structlog
from opentelemetry import propagate, trace
from opentelemetry.trace import SpanKind, Status, StatusCode
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

from companion_common.grpc_interceptors import for_every_call_kind, wrap_behaviour
from companion_common.metrics import HEALTH_SERVICE, code_name, ended_with, split_method

if TYPE_CHECKING:
    from opentelemetry.sdk.trace import TracerProvider

log = structlog.stdlib.get_logger(__name__)

EXPORTERS = ("otlp", "console")
OTLP_PROTOCOL = "http/protobuf"
# What FastStream's middleware writes into stream headers, so a reclaimed entry is read the same way.
_STREAM_PROPAGATOR = TraceContextTextMapPropagator()


def exporter_names(environ: Mapping[str, str] = os.environ) -> list[str]:
    """The trace exporters the environment asks for; empty when tracing is off. Raises ValueError for an
    exporter or an OTLP protocol this installation does not have (a typo must not silently turn traces off)."""
    if environ.get("OTEL_SDK_DISABLED", "").strip().lower() == "true":
        return []
    names = [n.strip().lower() for n in environ.get("OTEL_TRACES_EXPORTER", "").split(",") if n.strip()]
    if not names:
        endpoint = environ.get("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT") or environ.get("OTEL_EXPORTER_OTLP_ENDPOINT")
        names = ["otlp"] if endpoint else []
    if "none" in names:
        return []
    unknown = sorted(set(names) - set(EXPORTERS))
    if unknown:
        raise ValueError(f"OTEL_TRACES_EXPORTER: unsupported {', '.join(unknown)} (use {', '.join(EXPORTERS)})")
    if "otlp" in names:
        protocol = environ.get("OTEL_EXPORTER_OTLP_TRACES_PROTOCOL") or environ.get("OTEL_EXPORTER_OTLP_PROTOCOL")
        if (protocol or OTLP_PROTOCOL).strip().lower() != OTLP_PROTOCOL:
            raise ValueError(f"OTEL_EXPORTER_OTLP_PROTOCOL: only {OTLP_PROTOCOL} is supported, not {protocol}")
    return list(dict.fromkeys(names))


def build_tracer_provider(service: str) -> "TracerProvider | None":
    """A provider with service.name ``companion-<service>`` (``OTEL_SERVICE_NAME`` and a ``service.name`` in
    ``OTEL_RESOURCE_ATTRIBUTES`` win) and a BatchSpanProcessor per exporter, from the process environment (the
    SDK reads it too); None when tracing is off."""
    names = exporter_names()
    if not names:
        return None
    # Imported here: a process with tracing off never loads the SDK.
    from opentelemetry.sdk.resources import SERVICE_NAME, SERVICE_VERSION, OTELResourceDetector, Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor, ConsoleSpanExporter, SpanExporter

    try:
        version = metadata.version(f"companion-{service}")
    except metadata.PackageNotFoundError:
        version = "unknown"
    from_environment = OTELResourceDetector().detect().attributes
    defaults = {SERVICE_NAME: f"companion-{service}", SERVICE_VERSION: version}
    provider = TracerProvider(
        resource=Resource.create({k: v for k, v in defaults.items() if k not in from_environment})
    )
    for name in names:
        exporter: SpanExporter
        if name == "otlp":
            from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

            exporter = OTLPSpanExporter()  # endpoint, headers, timeout, compression: from the OTEL_ variables
        else:
            exporter = ConsoleSpanExporter(service_name=f"companion-{service}")
        provider.add_span_processor(BatchSpanProcessor(exporter))
    return provider


class Tracing:
    """The provider a service installed; ``shutdown`` exports the spans still queued, then stops it."""

    def __init__(self, provider: "TracerProvider") -> None:
        self._provider = provider
        self._stopped = False

    def shutdown(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        self._provider.shutdown()


_installed: Tracing | None = None


def setup_tracing(service: str) -> Tracing | None:
    """Installs the process-wide tracer provider when the environment turns traces on (once per process: a
    second call returns the first one's handle); None, and nothing done, when it is off."""
    global _installed
    if _installed is not None:
        return _installed
    provider = build_tracer_provider(service)
    if provider is None:
        return None
    trace.set_tracer_provider(provider)
    _installed = Tracing(provider)
    log.info("tracing_on", exporters=exporter_names())
    return _installed


def tracing_enabled() -> bool:
    """Whether ``setup_tracing`` installed a provider in this process (brokers and gRPC servers and channels made
    afterwards are instrumented)."""
    return _installed is not None


def tracer() -> trace.Tracer:
    return trace.get_tracer("companion_common.tracing")


def stream_middlewares() -> list[Any]:
    """FastStream's Redis telemetry middleware while tracing is on: a producer span at publish with the context
    in the entry's headers, a consumer span per entry around its handler."""
    if not tracing_enabled():
        return []
    from faststream.redis.opentelemetry import RedisTelemetryMiddleware

    return [RedisTelemetryMiddleware(include_messages_counters=False)]


@contextmanager
def reclaimed_entry_span(stream: str, headers: Mapping[str, Any], deliveries: int) -> Iterator[None]:
    """A consumer span for an entry the reclaim task re-runs outside FastStream, continuing the trace its
    headers carry (a new trace when they carry none)."""
    if not tracing_enabled():
        yield
        return
    parent = _STREAM_PROPAGATOR.extract({str(k): str(v) for k, v in headers.items()})
    attributes: dict[str, str | int] = {
        "messaging.system": "redis",
        "messaging.operation": "process",
        "messaging.destination.name": stream,
        "companion.deliveries": deliveries,
    }
    with tracer().start_as_current_span(
        f"{stream} process", context=parent, kind=SpanKind.CONSUMER, attributes=attributes
    ):
        yield


def mark_failed(error: BaseException) -> None:
    """Marks the current span (a consume span) as failed with the error's type, never its message (which may
    quote what was said). Does nothing while tracing is off."""
    trace.get_current_span().set_status(Status(StatusCode.ERROR, type(error).__name__))


# gRPC: the context travels in call metadata through the global propagator (W3C trace context and baggage
# unless OTEL_PROPAGATORS says otherwise). Health checks are not traced: probes would make a trace every second.


def _rpc_attributes(service: str, method: str) -> dict[str, str]:
    return {"rpc.system": "grpc", "rpc.service": service, "rpc.method": method}


# The codes that mean a server failed, by OpenTelemetry's RPC conventions; a client span fails on any code but OK
# (a NOT_FOUND the server answered on purpose is the caller's problem, not the server's).
_SERVER_ERRORS = frozenset({"UNKNOWN", "DEADLINE_EXCEEDED", "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS"})


def _end_span(span: trace.Span, code: str, *, server: bool, end_time: int | None = None) -> None:
    number = grpc.StatusCode[code].value[0] if code in grpc.StatusCode.__members__ else 2  # 2: UNKNOWN
    span.set_attribute("rpc.grpc.status_code", number)
    if code in _SERVER_ERRORS or (not server and code != "OK"):
        span.set_status(Status(StatusCode.ERROR, code))
    span.end(end_time=end_time)


def _traced_unary_response(behavior: Callable[..., Awaitable[Any]], name: str, parent: Any) -> Callable[..., Any]:
    service, method = split_method(name)

    async def handle(request: Any, context: grpc.aio.ServicerContext[Any, Any]) -> Any:
        with tracer().start_as_current_span(
            f"{service}/{method}",
            context=parent,
            kind=SpanKind.SERVER,
            attributes=_rpc_attributes(service, method),
            end_on_exit=False,
            record_exception=False,
            set_status_on_exception=False,
        ) as span:
            try:
                response = await behavior(request, context)
            except BaseException as error:
                _end_span(span, ended_with(context, error), server=True)
                raise
            _end_span(span, ended_with(context, None), server=True)
            return response

    return handle


def _traced_streaming_response(behavior: Callable[..., Any], name: str, parent: Any) -> Callable[..., Any]:
    if not inspect.isasyncgenfunction(behavior):  # writes with context.write() and returns
        return _traced_unary_response(behavior, name, parent)
    service, method = split_method(name)

    async def handle(request: Any, context: grpc.aio.ServicerContext[Any, Any]) -> Any:
        span = tracer().start_span(
            f"{service}/{method}", context=parent, kind=SpanKind.SERVER, attributes=_rpc_attributes(service, method)
        )
        try:
            with trace.use_span(span, end_on_exit=False, record_exception=False, set_status_on_exception=False):
                async for response in behavior(request, context):
                    yield response
        except BaseException as error:
            _end_span(span, ended_with(context, error), server=True)
            raise
        _end_span(span, ended_with(context, None), server=True)

    return handle


def _metadata_carrier(metadata: Sequence[Any] | None) -> dict[str, str]:
    return {str(key): value for key, value in metadata or () if isinstance(value, str)}


class ServerTracingInterceptor(grpc.aio.ServerInterceptor):  # type: ignore[misc]  # grpc ships no types
    """A server span per call, child of the caller's span when the metadata carries one."""

    async def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler]],
        handler_call_details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler:
        handler = await continuation(handler_call_details)
        name = handler_call_details.method
        name = name.decode() if isinstance(name, bytes) else name
        if handler is None or split_method(name)[0] == HEALTH_SERVICE:
            return handler
        parent = propagate.extract(_metadata_carrier(handler_call_details.invocation_metadata))
        return wrap_behaviour(
            handler,
            lambda behaviour: _traced_unary_response(behaviour, name, parent),
            lambda behaviour: _traced_streaming_response(behaviour, name, parent),
        )


class _ClientTracing:
    """A client span per call, its context injected into the call's metadata. Like the metrics interceptor, the
    call is observed through a done callback and never awaited here: a client-streaming call (Delivery's
    DeliverStream) is written to by its caller after this returns."""

    def __init__(self) -> None:
        self._ending: set[asyncio.Task[None]] = set()

    async def _traced(self, continuation: Any, details: Any, request: Any) -> Any:
        service, method = split_method(details.method)
        if service == HEALTH_SERVICE:
            return await continuation(details, request)
        span = tracer().start_span(
            f"{service}/{method}", kind=SpanKind.CLIENT, attributes=_rpc_attributes(service, method)
        )
        call_metadata = grpc.aio.Metadata(*(details.metadata or ()))
        propagate.inject(call_metadata, context=trace.set_span_in_context(span))
        try:
            call = await continuation(details._replace(metadata=call_metadata), request)
        except grpc.aio.AioRpcError as error:
            _end_span(span, error.code().name, server=False)
            raise
        except BaseException as error:
            _end_span(span, "CANCELLED" if isinstance(error, asyncio.CancelledError) else "UNKNOWN", server=False)
            raise
        loop = asyncio.get_running_loop()

        def on_done(finished: Any) -> None:
            task = loop.create_task(self._end_when_done(finished, span, time.time_ns()))
            self._ending.add(task)
            task.add_done_callback(self._ending.discard)

        call.add_done_callback(on_done)
        return call

    @staticmethod
    async def _end_when_done(call: Any, span: trace.Span, end_time: int) -> None:
        try:
            code = code_name(await call.code())
        except asyncio.CancelledError:
            code = "CANCELLED"
        _end_span(span, code, server=False, end_time=end_time)


def server_interceptors() -> list[Any]:
    """The server tracing interceptor while tracing is on, else none."""
    return [ServerTracingInterceptor()] if tracing_enabled() else []


def client_interceptors() -> list[Any]:
    """Client tracing interceptors for an aio channel (one per kind of call) while tracing is on, else none."""
    if not tracing_enabled():
        return []
    return for_every_call_kind(_ClientTracing()._traced)
