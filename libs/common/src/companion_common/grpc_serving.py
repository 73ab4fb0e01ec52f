"""gRPC plumbing: a server with the standard health service, and client channels by address; both record
Prometheus metrics for every call (companion_common.metrics) and, while tracing is on, carry the trace in call
metadata (companion_common.tracing: call ``setup_tracing`` before making servers and channels)."""

from collections.abc import Callable
from typing import Any

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc

from companion_common import tracing
from companion_common.metrics import ServerMetricsInterceptor, client_metrics_interceptors


class GrpcServer:
    """An aio gRPC server that reports its health through grpc.health.v1.

    Health is NOT_SERVING until ``mark_serving`` (call it once the service also consumes its stream),
    and goes NOT_SERVING again at shutdown so load balancers drain it first.
    """

    def __init__(self, bind: str, register: Callable[[grpc.aio.Server], None]) -> None:
        self._server = grpc.aio.server(interceptors=[*tracing.server_interceptors(), ServerMetricsInterceptor()])
        self._health = health.aio.HealthServicer()
        health_pb2_grpc.add_HealthServicer_to_server(self._health, self._server)
        register(self._server)
        self.port = self._server.add_insecure_port(bind)
        if self.port == 0:
            raise RuntimeError(f"cannot bind gRPC server to {bind}")

    async def start(self) -> None:
        await self._server.start()
        await self._health.set("", health_pb2.HealthCheckResponse.NOT_SERVING)

    async def mark_serving(self) -> None:
        await self._health.set("", health_pb2.HealthCheckResponse.SERVING)

    async def stop(self, grace_s: float = 5.0) -> None:
        await self._health.enter_graceful_shutdown()
        await self._server.stop(grace_s)


class Channels:
    """One long-lived channel per address (gRPC channels multiplex and reconnect by themselves)."""

    def __init__(self) -> None:
        self._channels: dict[str, grpc.aio.Channel] = {}
        self._interceptors: list[Any] | None = None

    def get(self, address: str) -> grpc.aio.Channel:
        channel = self._channels.get(address)
        if channel is None:
            if self._interceptors is None:  # at first use: services make Channels before they set up tracing
                self._interceptors = [*tracing.client_interceptors(), *client_metrics_interceptors()]
            channel = grpc.aio.insecure_channel(address, interceptors=self._interceptors)
            self._channels[address] = channel
        return channel

    async def close(self) -> None:
        for channel in self._channels.values():
            await channel.close()
        self._channels.clear()
