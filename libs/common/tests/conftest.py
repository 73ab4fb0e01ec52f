"""Fixtures of companion_common's own tests."""

from collections.abc import Iterator

import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from companion_common import tracing

_EXPORTER = InMemorySpanExporter()


def _provider() -> TracerProvider:
    """One SDK provider for the whole test process (OpenTelemetry lets a process set its provider once)."""
    current = trace.get_tracer_provider()
    if isinstance(current, TracerProvider):
        return current
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(_EXPORTER))
    trace.set_tracer_provider(provider)
    return provider


@pytest.fixture
def spans(monkeypatch: pytest.MonkeyPatch) -> Iterator[InMemorySpanExporter]:
    """Tracing on for one test, as if ``setup_tracing`` had run: what is made during the test (brokers, servers,
    channels) is instrumented, and its finished spans are kept in memory."""
    monkeypatch.setattr(tracing, "_installed", tracing.Tracing(_provider()))
    _EXPORTER.clear()
    yield _EXPORTER
    _EXPORTER.clear()
