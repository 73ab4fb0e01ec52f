"""The shared metrics plumbing: label helpers, the backlog reading, the gRPC interceptors and the HTTP server."""

import asyncio
import urllib.request
from typing import Any

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc
from prometheus_client import REGISTRY

from companion.v1 import delivery_pb2, delivery_pb2_grpc
from companion_common.grpc_serving import Channels, GrpcServer
from companion_common.metrics import (
    STREAM_CONSUMER_LAG,
    STREAM_PENDING,
    code_name,
    group_backlog,
    observe_backlog,
    serve_metrics,
    split_method,
)
from companion_devtools.containers import free_port

HEALTH = "grpc.health.v1.Health"


def sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def test_a_full_method_name_splits_into_service_and_method() -> None:
    assert split_method("/companion.v1.Delivery/DeliverStream") == ("companion.v1.Delivery", "DeliverStream")
    assert split_method(b"/grpc.health.v1.Health/Check") == ("grpc.health.v1.Health", "Check")
    assert split_method("") == ("unknown", "unknown")


def test_status_codes_are_named_whether_given_as_enum_number_or_nothing() -> None:
    assert code_name(grpc.StatusCode.NOT_FOUND) == "NOT_FOUND"
    assert code_name(14) == "UNAVAILABLE"
    assert code_name(None) == "OK"
    assert code_name("odd") == "UNKNOWN"


def test_the_backlog_of_a_group_is_read_from_xinfo_groups() -> None:
    groups = [
        {"name": b"memory", "pending": 0, "lag": 3},
        {"name": b"dialogue", "pending": 2, "lag": 7, "consumers": 2},
    ]
    assert group_backlog(groups, "dialogue") == (7, 2)
    assert group_backlog(groups, "safety") is None
    assert group_backlog([{"name": "safety", "pending": 1, "lag": None}], "safety") == (None, 1)


def test_an_unknown_lag_keeps_the_last_value_and_pending_is_still_set() -> None:
    observe_backlog("g-unit", "s-unit", [{"name": "g-unit", "pending": 4, "lag": 9}])
    observe_backlog("g-unit", "s-unit", [{"name": "g-unit", "pending": 1, "lag": None}])
    assert STREAM_CONSUMER_LAG.labels("g-unit", "s-unit")._value.get() == 9
    assert STREAM_PENDING.labels("g-unit", "s-unit")._value.get() == 1


async def test_grpc_calls_are_counted_by_server_and_client_with_their_status() -> None:
    server = GrpcServer("127.0.0.1:0", lambda s: None)  # the standard health service is all it serves
    await server.start()
    await server.mark_serving()
    channels = Channels()
    stub = health_pb2_grpc.HealthStub(channels.get(f"127.0.0.1:{server.port}"))
    labels = {"service": HEALTH, "method": "Check"}
    ok_server = sample("companion_grpc_server_handled_total", **labels, code="OK")
    ok_client = sample("companion_grpc_client_handled_total", **labels, code="OK")
    missing_client = sample("companion_grpc_client_handled_total", **labels, code="NOT_FOUND")
    try:
        response = await stub.Check(health_pb2.HealthCheckRequest(), timeout=2)
        assert response.status == health_pb2.HealthCheckResponse.SERVING
        with pytest.raises(grpc.aio.AioRpcError) as raised:
            await stub.Check(health_pb2.HealthCheckRequest(service="nothing-by-this-name"), timeout=2)
        assert raised.value.code() == grpc.StatusCode.NOT_FOUND
        for _ in range(50):  # the client records from a done callback, just after the call completes
            if sample("companion_grpc_client_handled_total", **labels, code="NOT_FOUND") > missing_client:
                break
            await asyncio.sleep(0.01)
    finally:
        await channels.close()
        await server.stop(0)
    assert sample("companion_grpc_server_handled_total", **labels, code="OK") == ok_server + 1
    assert sample("companion_grpc_server_handled_total", **labels, code="NOT_FOUND") >= 1
    assert sample("companion_grpc_client_handled_total", **labels, code="OK") == ok_client + 1
    assert sample("companion_grpc_client_handled_total", **labels, code="NOT_FOUND") == missing_client + 1
    assert sample("companion_grpc_server_handling_seconds_count", **labels) >= 2
    assert sample("companion_grpc_client_handling_seconds_count", **labels) >= 2


async def test_a_server_streaming_call_is_counted_when_it_ends() -> None:
    server = GrpcServer("127.0.0.1:0", lambda s: None)
    await server.start()
    await server.mark_serving()
    labels = {"service": HEALTH, "method": "Watch"}
    before = sample("companion_grpc_server_handled_total", **labels, code="CANCELLED")
    async with grpc.aio.insecure_channel(f"127.0.0.1:{server.port}") as channel:
        call = health_pb2_grpc.HealthStub(channel).Watch(health_pb2.HealthCheckRequest())
        first = await call.read()
        assert first.status == health_pb2.HealthCheckResponse.SERVING
        call.cancel()
        for _ in range(100):
            if sample("companion_grpc_server_handled_total", **labels, code="CANCELLED") > before:
                break
            await asyncio.sleep(0.01)
    await server.stop(0)
    assert sample("companion_grpc_server_handled_total", **labels, code="CANCELLED") == before + 1


def test_the_metrics_server_serves_build_info_and_port_zero_turns_it_off() -> None:
    assert serve_metrics("unit-off", "127.0.0.1", 0) is None
    assert sample("companion_build_info", service="unit-off", version="unknown") == 1
    server = serve_metrics("common", "127.0.0.1", free_port())
    assert server is not None
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{server.port}/metrics", timeout=2) as response:
            text = response.read().decode()
    finally:
        server.stop()
    assert 'companion_build_info{service="common",version="0.1.0"} 1.0' in text


async def test_a_client_streaming_call_written_by_its_caller_is_counted_on_both_sides() -> None:
    class Delivery(delivery_pb2_grpc.DeliveryServicer):
        async def DeliverStream(self, request_iterator: Any, context: Any) -> delivery_pb2.DeliverResponse:  # noqa: N802
            frames = [frame async for frame in request_iterator]
            return delivery_pb2.DeliverResponse(connections=len(frames))

    server = GrpcServer("127.0.0.1:0", lambda s: delivery_pb2_grpc.add_DeliveryServicer_to_server(Delivery(), s))
    await server.start()
    labels = {"service": "companion.v1.Delivery", "method": "DeliverStream", "code": "OK"}
    served, called = (
        sample("companion_grpc_server_handled_total", **labels),
        sample("companion_grpc_client_handled_total", **labels),
    )
    channels = Channels()
    try:
        call = delivery_pb2_grpc.DeliveryStub(channels.get(f"127.0.0.1:{server.port}")).DeliverStream(timeout=5)
        await call.write(delivery_pb2.ReplyFrame(seq=0))
        await call.write(delivery_pb2.ReplyFrame(seq=1, delta="hi"))
        await call.done_writing()
        assert (await call).connections == 2
        for _ in range(50):
            if sample("companion_grpc_client_handled_total", **labels) > called:
                break
            await asyncio.sleep(0.01)
    finally:
        await channels.close()
        await server.stop(0)
    assert sample("companion_grpc_server_handled_total", **labels) == served + 1
    assert sample("companion_grpc_client_handled_total", **labels) == called + 1
