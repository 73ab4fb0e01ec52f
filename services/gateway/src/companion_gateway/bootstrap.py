"""Wires the gateway: one FastAPI app whose lifespan owns Redis, the publisher and the Delivery server."""

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse

from companion.v1 import delivery_pb2_grpc
from companion_common.grpc_serving import Channels, GrpcServer
from companion_common.metrics import set_build_info
from companion_common.settings import StreamSettings
from companion_common.streams import connect_redis
from companion_gateway.adapters.connections import ConnectionHub
from companion_gateway.adapters.dialogue_client import GrpcDialogue
from companion_gateway.adapters.memory_client import GrpcMemoryControl
from companion_gateway.adapters.publisher import StreamPublisher
from companion_gateway.adapters.redis_state import RedisGatewayState
from companion_gateway.adapters.safety_client import GrpcSafety
from companion_gateway.config import GatewaySettings
from companion_gateway.entrypoints.delivery_grpc import DeliveryServicer
from companion_gateway.entrypoints.http_api import router
from companion_gateway.entrypoints.memory_api import router as memory_router
from companion_gateway.entrypoints.metrics_api import HttpMetricsMiddleware
from companion_gateway.entrypoints.metrics_api import router as metrics_router
from companion_gateway.entrypoints.persona_api import router as persona_router
from companion_gateway.entrypoints.wellbeing_api import router as wellbeing_router
from companion_gateway.service_layer.services import GatewayService


def create_app(settings: GatewaySettings | None = None, streams: StreamSettings | None = None) -> FastAPI:
    settings = settings or GatewaySettings()  # type: ignore[call-arg]  # the secret comes from the environment
    streams = streams or StreamSettings()

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
        app.state.service = GatewayService(
            app.state.redis_state,
            publisher,
            app.state.dialogue,
            reply_to=settings.delivery_address,
            max_chars=settings.max_message_chars,
        )
        app.state.safety = GrpcSafety(channels, settings.safety_address, settings.safety_timeout_s)
        app.state.memory = GrpcMemoryControl(channels, settings.memory_address, settings.memory_timeout_s)
        app.state.ready = False
        await publisher.connect()
        await grpc_server.start()
        await grpc_server.mark_serving()
        app.state.ready = True
        try:
            yield
        finally:
            app.state.ready = False
            await grpc_server.stop()
            await publisher.close()
            await channels.close()
            await redis.aclose()

    app = FastAPI(title="companion gateway", version="0.1.0", lifespan=lifespan)
    app.include_router(router)
    app.include_router(persona_router)
    app.include_router(wellbeing_router)
    app.include_router(memory_router)
    app.include_router(metrics_router)

    @app.middleware("http")
    async def limit_body_size(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > settings.max_body_bytes):
            return JSONResponse(
                {"detail": f"request body larger than {settings.max_body_bytes} bytes"}, status_code=413
            )
        return await call_next(request)

    # Outermost: it also sees the requests the size limit refuses.
    app.add_middleware(HttpMetricsMiddleware)
    set_build_info("gateway")
    return app
