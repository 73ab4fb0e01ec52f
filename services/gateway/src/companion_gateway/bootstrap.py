"""Wires the gateway: one FastAPI app whose lifespan owns Redis, the publisher and the Delivery server."""

import asyncio
import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from companion.v1 import delivery_pb2_grpc
from companion_common.grpc_serving import Channels, GrpcServer
from companion_common.metrics import set_build_info
from companion_common.settings import StreamSettings
from companion_common.streams import connect_redis
from companion_common.tracing import setup_tracing
from companion_gateway.adapters.account import GrpcAccountExports, RedisErasures
from companion_gateway.adapters.connections import ConnectionHub
from companion_gateway.adapters.dialogue_client import GrpcDialogue
from companion_gateway.adapters.identity import Jwks, OidcRules, TokenVerifier
from companion_gateway.adapters.limits import RedisLimits
from companion_gateway.adapters.memory_client import GrpcMemoryControl
from companion_gateway.adapters.publisher import StreamPublisher
from companion_gateway.adapters.redis_state import RedisGatewayState
from companion_gateway.adapters.safety_client import GrpcSafety
from companion_gateway.config import GatewaySettings
from companion_gateway.domain.limits import Bucket
from companion_gateway.entrypoints.account_api import router as account_router
from companion_gateway.entrypoints.api_docs_api import router as api_docs_router
from companion_gateway.entrypoints.delivery_grpc import DeliveryServicer
from companion_gateway.entrypoints.http_api import router
from companion_gateway.entrypoints.limits_api import RequestLimitsMiddleware
from companion_gateway.entrypoints.memory_api import router as memory_router
from companion_gateway.entrypoints.metrics_api import HttpMetricsMiddleware
from companion_gateway.entrypoints.metrics_api import router as metrics_router
from companion_gateway.entrypoints.persona_api import router as persona_router
from companion_gateway.entrypoints.tracing_api import HttpTracingMiddleware
from companion_gateway.entrypoints.web_api import mount_web_chat
from companion_gateway.entrypoints.wellbeing_api import router as wellbeing_router
from companion_gateway.service_layer.access import AccessControl
from companion_gateway.service_layer.account import AccountService
from companion_gateway.service_layer.services import GatewayService


def create_app(settings: GatewaySettings | None = None, streams: StreamSettings | None = None) -> FastAPI:
    settings = settings or GatewaySettings()
    streams = streams or StreamSettings()
    # Here, not in the lifespan: whether requests get spans is decided as the app is built.
    tracing = setup_tracing("gateway")

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        redis = connect_redis(streams)
        publisher = StreamPublisher(streams)
        channels = Channels()
        hub = ConnectionHub()
        grpc_server = GrpcServer(
            settings.grpc_bind, lambda s: delivery_pb2_grpc.add_DeliveryServicer_to_server(DeliveryServicer(hub), s)
        )
        app.state.settings = settings
        app.state.hub = hub
        app.state.redis_state = RedisGatewayState(redis, settings.idempotency_ttl_s)
        app.state.dialogue = GrpcDialogue(channels, settings.dialogue_address, settings.dialogue_timeout_s)
        app.state.safety = GrpcSafety(channels, settings.safety_address, settings.safety_timeout_s)
        app.state.memory = GrpcMemoryControl(channels, settings.memory_address, settings.memory_timeout_s)
        app.state.account = AccountService(
            RedisErasures(redis, streams),
            publisher,
            app.state.redis_state,
            GrpcAccountExports(
                channels,
                app.state.memory,
                dialogue=settings.dialogue_address,
                safety=settings.safety_address,
                timeout_s=settings.memory_timeout_s,
            ),
        )
        app.state.service = GatewayService(
            app.state.redis_state,
            publisher,
            app.state.dialogue,
            reply_to=settings.delivery_address,
            max_chars=settings.max_message_chars,
            erasures=app.state.account,
        )
        jwks = _jwks(settings)
        app.state.access = AccessControl(
            _verifier(settings, jwks),
            RedisLimits(redis),
            user_bucket=_bucket(settings.rate_limit_user_per_s, settings.rate_limit_user_burst),
            address_bucket=_bucket(settings.rate_limit_address_per_s, settings.rate_limit_address_burst),
            max_sockets_per_user=settings.max_websockets_per_user,
            socket_lease_s=settings.websocket_lease_s,
        )
        app.state.ready = False
        background = [asyncio.create_task(app.state.access.run_socket_renewal())]
        if jwks is not None:
            await jwks.refresh()  # before serving, so that the first tokens need not wait for the keys
            background.append(asyncio.create_task(jwks.run()))
        await publisher.connect()
        await grpc_server.start()
        await grpc_server.mark_serving()
        app.state.ready = True
        try:
            yield
        finally:
            app.state.ready = False
            for task in background:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            await app.state.account.close()
            await grpc_server.stop()
            await publisher.close()
            await channels.close()
            await redis.aclose()
            if tracing is not None:
                tracing.shutdown()  # exports the spans still queued

    # FastAPI's own telemetry stays off: once a tracer provider is installed it would trace every request with
    # its raw path (ids) and continue a client's trace; HttpTracingMiddleware names requests by route template.
    # Metrics are Prometheus's (HttpMetricsMiddleware) and OTLP exporters are set up by companion_common.tracing.
    app = FastAPI(
        title="companion gateway",
        version="0.1.0",
        lifespan=lifespan,
        telemetry={"tracing": False, "metrics": False, "logs": False, "auto_configure": False},
    )
    app.include_router(router)
    app.include_router(persona_router)
    app.include_router(wellbeing_router)
    app.include_router(memory_router)
    app.include_router(metrics_router)
    app.include_router(account_router)
    app.include_router(api_docs_router)
    mount_web_chat(app)  # last: /chat/ and the / redirect never shadow an API route

    # Body size and the per-address rate limit, before any route.
    app.add_middleware(RequestLimitsMiddleware, max_body_bytes=settings.max_body_bytes)

    if tracing is not None:
        app.add_middleware(HttpTracingMiddleware)
    # Outermost: it also sees the requests the size limit refuses.
    app.add_middleware(HttpMetricsMiddleware)
    set_build_info("gateway")
    return app


def _bucket(per_s: float, burst: int) -> Bucket | None:
    return Bucket(per_s, max(1, burst)) if per_s > 0 else None


def _jwks(settings: GatewaySettings) -> Jwks | None:
    if not settings.oidc_enabled:
        return None
    return Jwks(
        url=settings.oidc_jwks_url,
        path=settings.oidc_jwks_file,
        refresh_s=settings.oidc_jwks_refresh_s,
        min_refresh_s=settings.oidc_jwks_min_refresh_s,
        timeout_s=settings.oidc_jwks_timeout_s,
    )


def _verifier(settings: GatewaySettings, jwks: Jwks | None) -> TokenVerifier:
    oidc = None
    if jwks is not None:
        oidc = OidcRules(
            settings.oidc_issuer, settings.oidc_audience, frozenset(settings.oidc_algorithms), settings.oidc_user_claim
        )
    return TokenVerifier(
        secret=settings.jwt_secret.get_secret_value() if settings.jwt_secret is not None else None,
        issuer=settings.jwt_issuer,
        leeway_s=settings.jwt_leeway_s,
        max_bytes=settings.jwt_max_bytes,
        oidc=oidc,
        jwks=jwks,
    )
