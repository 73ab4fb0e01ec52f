"""Traces are off unless the standard OTEL_ variables turn them on; when on, gRPC calls carry the trace in
their metadata, server span under client span, and health checks make no spans."""

import asyncio
import os
import subprocess
import sys
from typing import Any

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc
from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from companion.v1 import delivery_pb2, delivery_pb2_grpc
from companion_common.grpc_serving import Channels, GrpcServer
from companion_common.tracing import build_tracer_provider, exporter_names

ENDPOINT = "http://127.0.0.1:4318"
OUTBOUND = delivery_pb2.Outbound(user_id="u", text="a private reply")


@pytest.mark.parametrize(
    ("environ", "exporters"),
    [
        ({}, []),
        ({"OTEL_TRACES_EXPORTER": "none"}, []),
        ({"OTEL_TRACES_EXPORTER": "none", "OTEL_EXPORTER_OTLP_ENDPOINT": ENDPOINT}, []),
        ({"OTEL_METRICS_EXPORTER": "otlp", "OTEL_SERVICE_NAME": "x"}, []),
        ({"OTEL_EXPORTER_OTLP_ENDPOINT": ENDPOINT}, ["otlp"]),
        ({"OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": f"{ENDPOINT}/v1/traces"}, ["otlp"]),
        ({"OTEL_TRACES_EXPORTER": "otlp"}, ["otlp"]),
        ({"OTEL_TRACES_EXPORTER": "Console, otlp"}, ["console", "otlp"]),
        ({"OTEL_TRACES_EXPORTER": "otlp", "OTEL_EXPORTER_OTLP_PROTOCOL": "http/protobuf"}, ["otlp"]),
        ({"OTEL_TRACES_EXPORTER": "otlp", "OTEL_SDK_DISABLED": "true"}, []),
        ({"OTEL_EXPORTER_OTLP_ENDPOINT": ENDPOINT, "OTEL_SDK_DISABLED": "TRUE"}, []),
    ],
)
def test_traces_are_off_unless_the_otel_variables_ask_for_an_exporter(
    environ: dict[str, str], exporters: list[str]
) -> None:
    assert exporter_names(environ) == exporters


@pytest.mark.parametrize(
    "environ",
    [
        {"OTEL_TRACES_EXPORTER": "zipkin"},
        {"OTEL_TRACES_EXPORTER": "otlp", "OTEL_EXPORTER_OTLP_PROTOCOL": "grpc"},
        {"OTEL_EXPORTER_OTLP_ENDPOINT": ENDPOINT, "OTEL_EXPORTER_OTLP_TRACES_PROTOCOL": "http/json"},
    ],
)
def test_an_exporter_or_protocol_this_installation_lacks_is_an_error_not_silence(environ: dict[str, str]) -> None:
    with pytest.raises(ValueError, match="OTEL_"):
        exporter_names(environ)


def test_with_tracing_off_nothing_is_instrumented_and_the_sdk_is_never_loaded() -> None:
    script = """
import sys
from opentelemetry import trace
from companion_common import tracing
from companion_common.grpc_serving import Channels
from companion_common.settings import StreamSettings
from companion_common.streams import create_broker

assert tracing.setup_tracing("dialogue") is None
assert not tracing.tracing_enabled()
assert tracing.server_interceptors() == [] and tracing.client_interceptors() == []
assert tracing.stream_middlewares() == []
broker = create_broker(StreamSettings())
names = [type(m).__name__ for m in broker.middlewares]
assert not any("Telemetry" in n for n in names), names
channel = Channels().get("127.0.0.1:1")
assert type(trace.get_tracer_provider()).__name__ == "ProxyTracerProvider"
# (redis-py imports the SDK's metrics module when it is installed, and does nothing with it unless asked.)
tracing_modules = ("opentelemetry.sdk.trace", "opentelemetry.exporter", "faststream.opentelemetry")
loaded = sorted(m for m in sys.modules if m.startswith(tracing_modules))
assert not loaded, loaded
print("off")
"""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("OTEL_")}
    result = subprocess.run(  # noqa: S603 - this interpreter, a fixed script
        [sys.executable, "-c", script], env=environ, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "off"


@pytest.fixture
def otel_environment(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in list(os.environ):
        if name.startswith("OTEL_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("OTEL_TRACES_EXPORTER", "console")
    return monkeypatch


@pytest.mark.parametrize(
    ("variables", "service_name"),
    [
        ({}, "companion-dialogue"),
        ({"OTEL_SERVICE_NAME": "dialogue-eu"}, "dialogue-eu"),
        ({"OTEL_RESOURCE_ATTRIBUTES": "service.name=dialogue-us,deployment.environment=prod"}, "dialogue-us"),
        ({"OTEL_RESOURCE_ATTRIBUTES": "deployment.environment=prod"}, "companion-dialogue"),
    ],
)
def test_spans_name_their_service_and_the_environment_may_rename_it(
    otel_environment: pytest.MonkeyPatch, variables: dict[str, str], service_name: str
) -> None:
    for name, value in variables.items():
        otel_environment.setenv(name, value)
    provider = build_tracer_provider("dialogue")
    assert provider is not None
    try:
        attributes = provider.resource.attributes
        assert attributes["service.name"] == service_name
        assert attributes["service.version"] == "0.1.0"
        if "deployment.environment" in variables.get("OTEL_RESOURCE_ATTRIBUTES", ""):
            assert attributes["deployment.environment"] == "prod"
    finally:
        provider.shutdown()


class Delivery(delivery_pb2_grpc.DeliveryServicer):
    async def Deliver(self, request: Any, context: Any) -> delivery_pb2.DeliverResponse:  # noqa: N802
        if not request.outbound.user_id:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "no user")
        return delivery_pb2.DeliverResponse(connections=1)

    async def DeliverStream(self, request_iterator: Any, context: Any) -> delivery_pb2.DeliverResponse:  # noqa: N802
        frames = [frame async for frame in request_iterator]
        return delivery_pb2.DeliverResponse(connections=len(frames))


def _named(finished: tuple[ReadableSpan, ...], name: str, kind: SpanKind) -> ReadableSpan:
    [span] = [s for s in finished if s.name == name and s.kind == kind]
    return span


async def _until_finished(spans: InMemorySpanExporter, count: int) -> tuple[ReadableSpan, ...]:
    for _ in range(100):  # a client span ends from the call's done callback, just after the call
        if len(spans.get_finished_spans()) >= count:
            break
        await asyncio.sleep(0.01)
    return spans.get_finished_spans()


async def test_grpc_calls_carry_the_trace_from_client_span_to_server_span(spans: InMemorySpanExporter) -> None:
    server = GrpcServer("127.0.0.1:0", lambda s: delivery_pb2_grpc.add_DeliveryServicer_to_server(Delivery(), s))
    await server.start()
    await server.mark_serving()
    channels = Channels()
    channel = channels.get(f"127.0.0.1:{server.port}")
    stub = delivery_pb2_grpc.DeliveryStub(channel)
    try:
        await health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest(), timeout=2)
        with trace.get_tracer("test").start_as_current_span("handling a message") as parent:
            assert (await stub.Deliver(delivery_pb2.DeliverRequest(outbound=OUTBOUND), timeout=2)).connections == 1
            with pytest.raises(grpc.aio.AioRpcError):
                await stub.Deliver(delivery_pb2.DeliverRequest(), timeout=2)
            # Client-streaming, written by its caller after the interceptors return (as dialogue streams replies).
            call = stub.DeliverStream(timeout=5)
            await call.write(delivery_pb2.ReplyFrame(seq=0))
            await call.write(delivery_pb2.ReplyFrame(seq=1, delta="hi"))
            await call.done_writing()
            assert (await call).connections == 2
        finished = await _until_finished(spans, 7)
    finally:
        await channels.close()
        await server.stop(0)

    assert not [s for s in finished if "Health" in s.name], "health checks make no spans"
    trace_id = parent.get_span_context().trace_id
    assert {s.context.trace_id for s in finished} == {trace_id}
    client = _named(finished, "companion.v1.Delivery/DeliverStream", SpanKind.CLIENT)
    served = _named(finished, "companion.v1.Delivery/DeliverStream", SpanKind.SERVER)
    assert client.parent is not None
    assert client.parent.span_id == parent.get_span_context().span_id
    assert served.parent is not None
    assert served.parent.span_id == client.context.span_id
    assert served.attributes is not None
    assert served.attributes["rpc.grpc.status_code"] == 0
    assert served.attributes["rpc.service"] == "companion.v1.Delivery"
    # A refusal is the caller's failure, not the server's (OpenTelemetry's RPC conventions).
    refused_served = [s for s in finished if s.name.endswith("/Deliver") and s.kind == SpanKind.SERVER]
    refused_called = [s for s in finished if s.name.endswith("/Deliver") and s.kind == SpanKind.CLIENT]
    assert sorted(s.status.status_code.name for s in refused_served) == ["UNSET", "UNSET"]
    assert sorted(s.status.status_code.name for s in refused_called) == ["ERROR", "UNSET"]
    codes = sorted((s.attributes or {})["rpc.grpc.status_code"] for s in refused_served)
    assert codes == [0, 3]
    [failed_call] = [s for s in refused_called if s.status.status_code == StatusCode.ERROR]
    assert failed_call.status.description == "INVALID_ARGUMENT"
    assert not [s for s in finished for v in (s.attributes or {}).values() if "private" in str(v)]
