"""Wires the dialogue service: the one place that builds its parts. Nothing connects at import time."""

import asyncio
from collections.abc import Awaitable, Callable
from datetime import timedelta
from importlib.resources import files

import structlog

from companion.v1 import dialogue_pb2_grpc
from companion_common.erasure import ErasureStep
from companion_common.grpc_serving import Channels, GrpcServer
from companion_common.metrics import MetricsServer, serve_metrics
from companion_common.postgres import Pool, apply_migrations, open_pool
from companion_common.settings import StreamSettings
from companion_common.streams import RedisClient, StreamWorker, connect_redis
from companion_common.tracing import Tracing, setup_tracing
from companion_dialogue.adapters.account import PostgresAccount
from companion_dialogue.adapters.coordination import RedisCoordination
from companion_dialogue.adapters.engines import Endpoint, OfflineEngine, OpenAICompatibleEngine
from companion_dialogue.adapters.followups import PostgresFollowups
from companion_dialogue.adapters.peers import (
    GrpcDelivery,
    GrpcMemory,
    GrpcSafety,
    QuietHoursPolicy,
    SafetyContactPolicy,
)
from companion_dialogue.adapters.personas import PostgresPersonas
from companion_dialogue.adapters.transcripts import PostgresTranscripts
from companion_dialogue.config import DialogueSettings
from companion_dialogue.entrypoints.grpc_api import DialogueServicer
from companion_dialogue.entrypoints.stream import make_dead_letter_hook, make_handler
from companion_dialogue.service_layer.account import AccountService
from companion_dialogue.service_layer.followups import ContactPolicy, FollowupService
from companion_dialogue.service_layer.services import DialogueService, Engine

log = structlog.stdlib.get_logger(__name__)


def build_engine(settings: DialogueSettings) -> OfflineEngine | OpenAICompatibleEngine:
    if settings.engine == "openai":
        s = settings
        fallback = None
        if s.openai_fallback_base_url:
            fallback = Endpoint(
                s.openai_fallback_base_url,
                s.openai_fallback_model or s.openai_model,
                s.openai_fallback_api_key.get_secret_value(),
            )
        return OpenAICompatibleEngine(
            Endpoint(s.openai_base_url, s.openai_model, s.openai_api_key.get_secret_value()),
            fallback=fallback,
            timeout_s=s.openai_timeout_s,
            connect_timeout_s=s.openai_connect_timeout_s,
            max_tokens=s.openai_max_tokens,
            retries=s.openai_retries,
            backoff_s=s.openai_backoff_s,
        )
    return OfflineEngine()


def build_contact_policy(settings: DialogueSettings, channels: Channels) -> ContactPolicy:
    quiet_hours = QuietHoursPolicy(settings.quiet_hours_start, settings.quiet_hours_end)
    if settings.contact_policy == "quiet-hours":
        return quiet_hours
    return SafetyContactPolicy(channels, settings.safety_address, settings.safety_timeout_s, quiet_hours)


class DialogueApp:
    def __init__(self, settings: DialogueSettings, streams: StreamSettings, engine: Engine | None = None) -> None:
        self.settings = settings
        self.streams = streams
        self._engine = engine or build_engine(settings)
        self._pool: Pool | None = None
        self._channels = Channels()
        self._grpc: GrpcServer | None = None
        self._metrics: MetricsServer | None = None
        self._tracing: Tracing | None = None
        self._worker: StreamWorker | None = None
        self._redis: RedisClient | None = None
        self._followup_task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        s = self.settings
        self._tracing = setup_tracing("dialogue")  # before the broker, servers and channels are made
        self._metrics = serve_metrics("dialogue", s.metrics_host, s.metrics_port)
        await apply_migrations(s.database_url, files("companion_dialogue.adapters") / "migrations", service="dialogue")
        self._pool = await open_pool(s.database_url, max_size=s.database_pool_max)
        self._redis = connect_redis(self.streams)
        coordination = RedisCoordination(self._redis, lease_ttl_ms=s.lease_ttl_ms, lease_wait_ms=s.lease_wait_ms)
        transcripts = PostgresTranscripts(self._pool)
        delivery = GrpcDelivery(self._channels, s.delivery_timeout_s)
        followups = FollowupService(
            PostgresFollowups(self._pool),
            coordination,
            build_contact_policy(s, self._channels),
            delivery,
            transcripts,
            max_per_day=s.followup_max_per_day,
            expiry=timedelta(hours=s.followup_expiry_h),
            retry=timedelta(seconds=s.followup_retry_s),
        )
        service = DialogueService(
            transcripts,
            GrpcMemory(
                self._channels,
                s.memory_address,
                s.recall_timeout_s,
                s.recall_limit,
                s.recall_token_budget,
                s.memory_min_relevance,
            ),
            GrpcSafety(self._channels, s.safety_address, s.safety_timeout_s),
            delivery,
            self._engine,
            personas=PostgresPersonas(self._pool),
            coordination=coordination,
            plans=followups,
            recent_turns=s.recent_turns,
            burst_window_ms=s.burst_window_ms,
            burst_max_wait_ms=s.burst_max_wait_ms,
            token_budget=s.prompt_token_budget,
            stream_coalesce_ms=s.stream_coalesce_ms,
        )
        account = AccountService(PostgresAccount(self._pool), coordination)
        servicer = DialogueServicer(service, account)
        self._grpc = GrpcServer(
            s.grpc_bind, lambda server: dialogue_pb2_grpc.add_DialogueServicer_to_server(servicer, server)
        )
        await self._grpc.start()
        self._worker = StreamWorker(
            streams=self.streams,
            settings=s,
            group=s.consumer_group,
            handler=make_handler(
                service, account, ErasureStep(self._redis, self.streams, group=s.consumer_group, service="dialogue")
            ),
            on_dead_letter=make_dead_letter_hook(service),
        )
        await self._worker.start()
        self._followup_task = asyncio.create_task(_every(s.followup_interval_s, followups.run_once))
        await self._grpc.mark_serving()

    async def stop(self) -> None:
        if self._grpc is not None:
            await self._grpc.stop()
        if self._followup_task is not None:
            self._followup_task.cancel()
            await asyncio.gather(self._followup_task, return_exceptions=True)
        if self._worker is not None:
            await self._worker.stop()
        if self._redis is not None:
            await self._redis.aclose()
        await self._channels.close()
        await self._engine.aclose()
        if self._pool is not None:
            await self._pool.close()
        if self._metrics is not None:
            self._metrics.stop()
        if self._tracing is not None:
            self._tracing.shutdown()  # exports the spans still queued


async def _every(interval_s: float, work: Callable[[], Awaitable[object]]) -> None:
    while True:
        await asyncio.sleep(interval_s)
        try:
            await work()
        except Exception as error:  # noqa: BLE001 - Redis or PostgreSQL may be restarting; next round
            log.warning("periodic_work_failed", error_type=type(error).__name__)


def create_app(settings: DialogueSettings | None = None, streams: StreamSettings | None = None) -> DialogueApp:
    return DialogueApp(settings or DialogueSettings(), streams or StreamSettings())
