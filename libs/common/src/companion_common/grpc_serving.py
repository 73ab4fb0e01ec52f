"""gRPC plumbing: a server with the standard health service, and client channels by address; both record
Prometheus metrics for every call (companion_common.metrics) and, while tracing is on, carry the trace in call
metadata (companion_common.tracing: call ``setup_tracing`` before making servers and channels).

Both also apply the service-to-service security of ``GrpcSecuritySettings`` (read from the environment unless
given): TLS or mTLS, and the shared service token, which client channels send and servers require on every
method but grpc.health.v1's (probes carry no token). All of it is off by default: plaintext, no token.
"""

import hmac
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import grpc
import structlog
from grpc_health.v1 import health, health_pb2, health_pb2_grpc

from companion_common import tracing
from companion_common.grpc_interceptors import for_every_call_kind, wrap_behaviour
from companion_common.metrics import (
    HEALTH_SERVICE,
    ServerMetricsInterceptor,
    client_metrics_interceptors,
    split_method,
)
from companion_common.settings import GrpcSecuritySettings

log = structlog.stdlib.get_logger(__name__)

TOKEN_METADATA_KEY = "authorization"  # noqa: S105 - the metadata key, not a secret
_BEARER = "Bearer "


class GrpcServer:
    """An aio gRPC server that reports its health through grpc.health.v1.

    Health is NOT_SERVING until ``mark_serving`` (call it once the service also consumes its stream),
    and goes NOT_SERVING again at shutdown so load balancers drain it first.
    """

    def __init__(
        self,
        bind: str,
        register: Callable[[grpc.aio.Server], None],
        security: GrpcSecuritySettings | None = None,
    ) -> None:
        security = security or GrpcSecuritySettings()
        interceptors = [*tracing.server_interceptors(), ServerMetricsInterceptor()]
        tokens = security.accepted_tokens()
        if tokens:  # innermost, so that metrics and traces also count the calls it refuses
            interceptors.append(ServiceTokenInterceptor(tokens))
        self._server = grpc.aio.server(interceptors=interceptors)
        self._health = health.aio.HealthServicer()
        health_pb2_grpc.add_HealthServicer_to_server(self._health, self._server)
        register(self._server)
        credentials = server_credentials(security)
        if credentials is None:
            self.port = self._server.add_insecure_port(bind)
        else:
            self.port = self._server.add_secure_port(bind, credentials)
        if self.port == 0:
            raise RuntimeError(f"cannot bind gRPC server to {bind}")
        if tokens and credentials is None:
            log.warning("grpc_token_without_tls", detail="the service token travels in plaintext: set GRPC_TLS_*")
        # Probes that cannot speak TLS get the same health, and nothing else, on a plaintext port of their own.
        self._health_server: grpc.aio.Server | None = None
        self.health_port: int | None = None
        if security.grpc_health_bind:
            self._health_server = grpc.aio.server(interceptors=[ServerMetricsInterceptor()])
            health_pb2_grpc.add_HealthServicer_to_server(self._health, self._health_server)
            self.health_port = self._health_server.add_insecure_port(security.grpc_health_bind)
            if self.health_port == 0:
                raise RuntimeError(f"cannot bind the gRPC health server to {security.grpc_health_bind}")

    async def start(self) -> None:
        await self._server.start()
        if self._health_server is not None:
            await self._health_server.start()
        await self._health.set("", health_pb2.HealthCheckResponse.NOT_SERVING)

    async def mark_serving(self) -> None:
        await self._health.set("", health_pb2.HealthCheckResponse.SERVING)

    async def stop(self, grace_s: float = 5.0) -> None:
        await self._health.enter_graceful_shutdown()
        await self._server.stop(grace_s)
        if self._health_server is not None:
            await self._health_server.stop(0)


class Channels:
    """One long-lived channel per address (gRPC channels multiplex and reconnect by themselves)."""

    def __init__(self, security: GrpcSecuritySettings | None = None) -> None:
        self._channels: dict[str, grpc.aio.Channel] = {}
        self._interceptors: list[Any] | None = None
        self._security = security or GrpcSecuritySettings()
        self._credentials = channel_credentials(self._security)

    def get(self, address: str) -> grpc.aio.Channel:
        channel = self._channels.get(address)
        if channel is None:
            if self._interceptors is None:  # at first use: services make Channels before they set up tracing
                token = self._security.service_token()
                self._interceptors = [
                    *tracing.client_interceptors(),
                    *client_metrics_interceptors(),
                    *(client_token_interceptors(token) if token is not None else []),
                ]
            options = channel_options(self._security)
            if self._credentials is None:
                channel = grpc.aio.insecure_channel(address, options=options, interceptors=self._interceptors)
            else:
                channel = grpc.aio.secure_channel(
                    address, self._credentials, options=options, interceptors=self._interceptors
                )
            self._channels[address] = channel
        return channel

    async def close(self) -> None:
        for channel in self._channels.values():
            await channel.close()
        self._channels.clear()


def blocking_channel(address: str, security: GrpcSecuritySettings | None = None) -> grpc.Channel:
    """A synchronous channel with the same transport security, for probes and tools (no token: health needs
    none; no interceptors)."""
    security = security or GrpcSecuritySettings()
    credentials = channel_credentials(security)
    options = channel_options(security)
    if credentials is None:
        return grpc.insecure_channel(address, options=options)
    return grpc.secure_channel(address, credentials, options=options)


def server_credentials(security: GrpcSecuritySettings) -> grpc.ServerCredentials | None:
    """TLS for a server with a certificate (None: plaintext); client certificates required with client auth."""
    if security.grpc_tls_cert_file is None or security.grpc_tls_key_file is None:
        return None
    pair = (security.grpc_tls_key_file.read_bytes(), security.grpc_tls_cert_file.read_bytes())
    if not security.grpc_tls_client_auth:
        return grpc.ssl_server_credentials([pair])
    assert security.grpc_tls_ca_file is not None  # checked by the settings
    return grpc.ssl_server_credentials(
        [pair], root_certificates=security.grpc_tls_ca_file.read_bytes(), require_client_auth=True
    )


def channel_credentials(security: GrpcSecuritySettings) -> grpc.ChannelCredentials | None:
    """TLS verified against the CA for a client (None: plaintext); the service's own certificate is presented
    when it has one, for servers that require client certificates."""
    if security.grpc_tls_ca_file is None:
        return None
    key = security.grpc_tls_key_file.read_bytes() if security.grpc_tls_key_file is not None else None
    chain = security.grpc_tls_cert_file.read_bytes() if security.grpc_tls_cert_file is not None else None
    return grpc.ssl_channel_credentials(
        root_certificates=security.grpc_tls_ca_file.read_bytes(), private_key=key, certificate_chain=chain
    )


# A peer that restarts (a deploy, a crash) is found again within two seconds. gRPC's default backoff grows to
# 120 s, and meanwhile every call fails at once: after safety came back, memory went on keeping messages as
# sensitive episodes (its fail-safe) for up to two minutes.
RECONNECT_OPTIONS: list[tuple[str, Any]] = [
    ("grpc.initial_reconnect_backoff_ms", 200),
    ("grpc.min_reconnect_backoff_ms", 200),
    ("grpc.max_reconnect_backoff_ms", 2000),
]


def channel_options(security: GrpcSecuritySettings) -> list[tuple[str, Any]]:
    if security.grpc_tls_ca_file is not None and security.grpc_tls_server_name:
        return [*RECONNECT_OPTIONS, ("grpc.ssl_target_name_override", security.grpc_tls_server_name)]
    return list(RECONNECT_OPTIONS)


def token_refusal(metadata: Sequence[Any] | None, accepted: Sequence[bytes]) -> str | None:
    """Why a call's metadata does not carry an accepted service token (None: it does). Every accepted token is
    compared, each in constant time, so the answer's timing tells nothing of which came close."""
    values = [value for key, value in metadata or () if str(key).lower() == TOKEN_METADATA_KEY]
    if not values:
        return "missing service token (metadata `authorization: Bearer <token>`)"
    if len(values) > 1 or not isinstance(values[0], str) or not values[0].startswith(_BEARER):
        return "malformed authorization metadata (one `authorization: Bearer <token>` expected)"
    presented = values[0][len(_BEARER) :].encode()
    matched = False
    for token in accepted:
        matched |= hmac.compare_digest(presented, token)
    return None if matched else "wrong service token"


def _refuse(reason: str) -> Callable[..., Awaitable[Any]]:
    async def refuse(request: Any, context: grpc.aio.ServicerContext[Any, Any]) -> Any:
        await context.abort(grpc.StatusCode.UNAUTHENTICATED, reason)

    return refuse


class ServiceTokenInterceptor(grpc.aio.ServerInterceptor):  # type: ignore[misc]  # grpc ships no types
    """Refuses with UNAUTHENTICATED (and the reason) every call without an accepted service token, health checks
    excepted. The token itself is never logged nor echoed."""

    def __init__(self, accepted: Sequence[bytes]) -> None:
        self._accepted = list(accepted)

    async def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler]],
        handler_call_details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler:
        handler = await continuation(handler_call_details)
        service, method = split_method(handler_call_details.method)
        if handler is None or service == HEALTH_SERVICE:
            return handler
        reason = token_refusal(handler_call_details.invocation_metadata, self._accepted)
        if reason is None:
            return handler
        log.warning("grpc_call_unauthenticated", service=service, method=method, reason=reason)
        refuse = _refuse(reason)
        return wrap_behaviour(handler, lambda _: refuse, lambda _: refuse)


class _ClientToken:
    """Adds the service token to the metadata of every call made on a channel."""

    def __init__(self, token: str) -> None:
        self._header = _BEARER + token

    async def _with_token(self, continuation: Any, details: Any, request: Any) -> Any:
        metadata = grpc.aio.Metadata(*(details.metadata or ()))
        metadata[TOKEN_METADATA_KEY] = self._header
        return await continuation(details._replace(metadata=metadata), request)


def client_token_interceptors(token: str) -> list[Any]:
    """Interceptors for an aio channel that send ``authorization: Bearer <token>`` on every call of each kind."""
    return for_every_call_kind(_ClientToken(token)._with_token)
