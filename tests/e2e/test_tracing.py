"""Traces: with the standard OTEL_ variables set, one message is one trace across gateway, dialogue, memory and
safety (the stream's consume spans, the gRPC calls, and the reply's delivery back to the gateway), and no span
holds what was said. The services export over OTLP/HTTP to a receiver this test runs on loopback."""

import asyncio
import gzip
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import (
    ExportTraceServiceRequest,
    ExportTraceServiceResponse,
)
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue
from opentelemetry.proto.trace.v1.trace_pb2 import Span as SpanProto

from companion_devtools.stack import Stack, StackOptions

from .client import ChatClient

SERVICES = ("gateway", "dialogue", "memory", "safety")
TEXT = "My cousin Ottoline grows purple tomatoes on her balcony."
SECRET_WORDS = ("Ottoline", "purple tomatoes")
MESSAGES_ROUTE = "POST /v1/conversations/{conversation_id}/messages"


@dataclass
class ReceivedSpan:
    service: str
    trace_id: str
    span_id: str
    parent_span_id: str
    name: str
    kind: int
    # Every string an exporter sent with the span: its attributes, its events' and links' attributes, its status
    # message and its resource's attributes.
    strings: list[str] = field(default_factory=list)


def _strings(value: AnyValue) -> Iterator[str]:
    kind = value.WhichOneof("value")
    if kind == "string_value":
        yield value.string_value
    elif kind == "bytes_value":
        yield value.bytes_value.decode(errors="replace")
    elif kind == "array_value":
        for item in value.array_value.values:
            yield from _strings(item)
    elif kind == "kvlist_value":
        for pair in value.kvlist_value.values:
            yield pair.key
            yield from _strings(pair.value)


def _attribute_strings(attributes: Any) -> list[str]:
    pairs: list[KeyValue] = list(attributes)
    return [s for pair in pairs for s in (pair.key, *_strings(pair.value))]


class OtlpReceiver:
    """A tiny OTLP/HTTP trace receiver (POST /v1/traces, protobuf) that keeps every span in memory."""

    def __init__(self) -> None:
        self.spans: list[ReceivedSpan] = []
        self._lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                if self.headers.get("Content-Encoding") == "gzip":
                    body = gzip.decompress(body)
                receiver.add(ExportTraceServiceRequest.FromString(body))
                reply = ExportTraceServiceResponse().SerializeToString()
                self.send_response(200)
                self.send_header("Content-Type", "application/x-protobuf")
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1/traces"

    def add(self, request: ExportTraceServiceRequest) -> None:
        received = []
        for resource_spans in request.resource_spans:
            resource = _attribute_strings(resource_spans.resource.attributes)
            service = next(
                (a.value.string_value for a in resource_spans.resource.attributes if a.key == "service.name"), ""
            )
            for scope_spans in resource_spans.scope_spans:
                for span in scope_spans.spans:
                    strings = [*resource, *_attribute_strings(span.attributes), span.status.message]
                    for event in span.events:
                        strings += [event.name, *_attribute_strings(event.attributes)]
                    for link in span.links:
                        strings += _attribute_strings(link.attributes)
                    received.append(
                        ReceivedSpan(
                            service=service,
                            trace_id=span.trace_id.hex(),
                            span_id=span.span_id.hex(),
                            parent_span_id=span.parent_span_id.hex(),
                            name=span.name,
                            kind=span.kind,
                            strings=strings,
                        )
                    )
        with self._lock:
            self.spans += received

    def snapshot(self) -> list[ReceivedSpan]:
        with self._lock:
            return list(self.spans)

    def __enter__(self) -> "OtlpReceiver":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture(scope="module")
def receiver() -> Iterator[OtlpReceiver]:
    with OtlpReceiver() as running:
        yield running


@pytest.fixture(scope="module")
def traced_stack(receiver: OtlpReceiver) -> Iterator[Stack]:
    otel = {
        "OTEL_TRACES_EXPORTER": "otlp",
        "OTEL_EXPORTER_OTLP_PROTOCOL": "http/protobuf",
        "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": receiver.endpoint,
        "OTEL_BSP_SCHEDULE_DELAY": "100",
        "OTEL_METRICS_EXPORTER": "none",
        "OTEL_LOGS_EXPORTER": "none",
    }
    with Stack(StackOptions(env={service: dict(otel) for service in SERVICES})) as running:
        yield running


def _trace_of(spans: list[ReceivedSpan], root: ReceivedSpan) -> list[ReceivedSpan]:
    return [s for s in spans if s.trace_id == root.trace_id]


def _complete(trace: list[ReceivedSpan]) -> bool:
    """Every service has its consume span (the gateway its Delivery server span), and every parent has arrived."""
    ids = {s.span_id for s in trace}
    consumed = {s.service for s in trace if s.kind == SpanProto.SPAN_KIND_CONSUMER and s.name.endswith(" process")}
    delivered = any(
        s.service == "companion-gateway"
        and s.kind == SpanProto.SPAN_KIND_SERVER
        and s.name.startswith("companion.v1.Delivery/")
        for s in trace
    )
    orphans = [s for s in trace if s.parent_span_id and s.parent_span_id not in ids]
    return consumed >= {"companion-dialogue", "companion-memory", "companion-safety"} and delivered and not orphans


async def test_one_message_is_one_trace_across_every_service(traced_stack: Stack, receiver: OtlpReceiver) -> None:
    async with ChatClient(traced_stack.gateway_url, traced_stack.jwt_secret) as client:
        message_id = await client.send_ok("traced-chat", TEXT, locale="en-US")
        reply = await client.reply_to(message_id)
    assert reply["text"]

    deadline = time.monotonic() + 20
    roots: list[ReceivedSpan] = []
    trace: list[ReceivedSpan] = []
    while time.monotonic() < deadline:
        spans = receiver.snapshot()
        roots = [s for s in spans if s.name == MESSAGES_ROUTE and not s.parent_span_id]
        trace = _trace_of(spans, roots[0]) if len(roots) == 1 else []
        if trace and _complete(trace):
            break
        await asyncio.sleep(0.2)

    assert len(roots) == 1, f"one POST that accepted a message, as a root span: {[s.name for s in spans]}"
    root = roots[0]
    assert root.service == "companion-gateway"
    assert root.kind == SpanProto.SPAN_KIND_SERVER
    summary = sorted(f"{s.service}: {s.name}" for s in trace)
    assert {s.service for s in trace} == {f"companion-{name}" for name in SERVICES}, summary
    assert _complete(trace), summary
    # The stream hop: the consume spans continue the trace the gateway's publish put in the entry's headers.
    published = {
        s.span_id for s in trace if s.service == "companion-gateway" and s.kind == SpanProto.SPAN_KIND_PRODUCER
    }
    by_id = {s.span_id: s for s in trace}
    for span in trace:
        if span.kind == SpanProto.SPAN_KIND_CONSUMER and span.name.endswith(" process"):
            assert span.parent_span_id in published, summary
    # The gRPC hops: each server span's parent is the calling service's client span.
    for span in trace:
        if span.kind == SpanProto.SPAN_KIND_SERVER and span.name.startswith("companion.v1."):
            caller = by_id[span.parent_span_id]
            assert caller.kind == SpanProto.SPAN_KIND_CLIENT, summary
            assert caller.name == span.name, summary
            assert caller.service != span.service, summary

    every = receiver.snapshot()
    leaked = [(s.service, s.name, v) for s in every for v in s.strings if any(w in v for w in SECRET_WORDS)]
    assert not leaked, leaked
    # Route templates only: no conversation id, no raw path.
    assert not [(s.name, v) for s in every for v in [s.name, *s.strings] if "traced-chat" in v]
