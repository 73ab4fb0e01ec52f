"""Wires the safety service: the one place that builds its parts. Nothing connects at import time."""

import asyncio
from collections.abc import Awaitable, Callable
from datetime import timedelta
from importlib.resources import files

import structlog

from companion.v1 import safety_pb2_grpc
from companion_common.erasure import ErasureStep
from companion_common.grpc_serving import Channels, GrpcServer
from companion_common.metrics import MetricsServer, serve_metrics
from companion_common.postgres import Pool, apply_migrations, open_pool
from companion_common.settings import StreamSettings
from companion_common.streams import RedisClient, StreamWorker, connect_redis
from companion_common.tracing import Tracing, setup_tracing
from companion_safety.adapters.delivery import GrpcDelivery
from companion_safety.adapters.model import load_classifier, load_crisis_detector, load_second_opinion
from companion_safety.adapters.moderation import LlamaGuardModeration
from companion_safety.adapters.postgres_account import PostgresAccount
from companion_safety.adapters.postgres_audit import PostgresAudit
from companion_safety.adapters.postgres_retention import PostgresRetention
from companion_safety.adapters.postgres_wellbeing import PostgresWellbeing
from companion_safety.adapters.prefilter import LiteralPrefilter
from companion_safety.config import SafetySettings
from companion_safety.domain import jurisdiction
from companion_safety.domain.crisis import DEFAULT_RESOURCES, CrisisResources
from companion_safety.domain.retention import RetentionPolicy
from companion_safety.domain.risk import RULES, RiskAssessor
from companion_safety.domain.wellbeing import DisclosurePolicy, NudgePolicy
from companion_safety.entrypoints.grpc_api import SafetyServicer
from companion_safety.entrypoints.stream import make_handler
from companion_safety.service_layer.account import AccountService
from companion_safety.service_layer.retention import RetentionService
from companion_safety.service_layer.services import SafetyService
from companion_safety.service_layer.wellbeing import WellbeingService

log = structlog.stdlib.get_logger(__name__)


def _lines(entry: dict[str, object], name: str) -> tuple[str, ...]:
    lines = entry.get(name, [])
    return tuple(str(line) for line in lines) if isinstance(lines, list) else (str(lines),)


def _language_lines(entry: dict[str, object]) -> dict[str, tuple[str, ...]]:
    """An entry's "language_lines": {"es": ["line", ...]} (a language's lines, listed first for its speakers)."""
    by_language = entry.get("language_lines", {})
    if not isinstance(by_language, dict):
        raise ValueError("crisis_resources: language_lines must map a language ('es') to its lines")
    return {str(language).lower(): _lines(by_language, str(language)) for language in by_language}


def crisis_resources(settings: SafetySettings) -> dict[str, CrisisResources]:
    """The built-in table with the configured entries. A subdivision's entry ("US-CA") takes from its country's
    what it does not say, so that adding a state's line does not drop the national abuse helplines."""
    table = dict(DEFAULT_RESOURCES)
    configured = {jurisdiction.key(code): entry for code, entry in settings.crisis_resources.items()}
    for code in sorted(configured, key=lambda c: "-" in c):  # countries first: subdivisions inherit from them
        entry = configured[code]
        country = table.get(code.split("-")[0]) if "-" in code else None
        table[code] = CrisisResources(
            code,
            _lines(entry, "lines") or (country.lines if country else ()),
            str(entry.get("emergency_number", country.emergency_number if country else "your local emergency number")),
            _lines(entry, "abuse_lines") or (country.abuse_lines if country else ()),
            _lines(entry, "exploitation_lines") or (country.exploitation_lines if country else ()),
            _lines(entry, "youth_lines") or (country.youth_lines if country else ()),
            _lines(entry, "sexual_abuse_lines") or (country.sexual_abuse_lines if country else ()),
            _lines(entry, "debt_lines") or (country.debt_lines if country else ()),
            _lines(entry, "child_protection_lines") or (country.child_protection_lines if country else ()),
            _language_lines(entry) or (country.language_lines if country else {}),
        )
    return table


def _policy(adult_hours: float, minor_hours: float) -> DisclosurePolicy:
    return DisclosurePolicy(timedelta(hours=adult_hours), timedelta(hours=minor_hours))


def disclosure_by_jurisdiction(settings: SafetySettings) -> dict[str, DisclosurePolicy]:
    return {jurisdiction.key(code): _policy(*hours) for code, hours in settings.disclosure_hours_by_region.items()}


def wellbeing_service(settings: SafetySettings, pool: Pool, delivery: GrpcDelivery) -> WellbeingService:
    return WellbeingService(
        PostgresWellbeing(pool),
        delivery,
        _policy(settings.disclosure_interval_hours, settings.disclosure_minor_interval_hours),
        NudgePolicy(
            min_days_between=settings.nudge_min_days_between,
            long_use_minutes=settings.nudge_long_use_minutes,
            late_night_messages=settings.nudge_late_night_messages,
            minor_long_use_minutes=settings.nudge_minor_long_use_minutes,
        ),
        disclosure_by_jurisdiction(settings),
        at_risk_hold=timedelta(hours=settings.at_risk_hold_hours),
    )


def risk_assessor(settings: SafetySettings) -> RiskAssessor:
    """Rules, the TF-IDF classifier and, unless turned off, the detector over meaning (blocking: exports MiniLM
    to ONNX the first time, ~20 s, then loads in about a second) with its second opinion."""
    meaning = (
        load_crisis_detector(
            settings.model_cache_dir,
            settings.meaning_threads,
            int8=settings.meaning_int8,
            screen=settings.meaning_screen,
        )
        if settings.meaning_detector
        else None
    )
    second_opinion = load_second_opinion() if meaning is not None and settings.second_opinion else None
    return RiskAssessor(load_classifier(), meaning, LiteralPrefilter(RULES), second_opinion)


class SafetyApp:
    def __init__(self, settings: SafetySettings, streams: StreamSettings) -> None:
        self.settings = settings
        self.streams = streams
        self._pool: Pool | None = None
        self._channels = Channels()
        self._grpc: GrpcServer | None = None
        self._metrics: MetricsServer | None = None
        self._tracing: Tracing | None = None
        self._worker: StreamWorker | None = None
        self._redis: RedisClient | None = None  # account erasures: the pending check and the confirmation
        self._moderation: LlamaGuardModeration | None = None
        self._service: SafetyService | None = None
        self._purge_task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        settings = self.settings
        self._tracing = setup_tracing("safety")  # before the broker, servers and channels are made
        self._metrics = serve_metrics("safety", settings.metrics_host, settings.metrics_port)
        await apply_migrations(
            settings.database_url, files("companion_safety.adapters") / "migrations", service="safety"
        )
        self._pool = await open_pool(settings.database_url, max_size=settings.database_pool_max)
        delivery = GrpcDelivery(self._channels, settings.delivery_timeout_s)
        assessor = await asyncio.to_thread(risk_assessor, settings)
        if settings.moderation_base_url:
            self._moderation = LlamaGuardModeration(
                settings.moderation_base_url,
                settings.moderation_model,
                settings.moderation_api_key,
                settings.moderation_timeout_s,
            )
        service = self._service = SafetyService(
            PostgresAudit(self._pool), delivery, assessor, crisis_resources(settings), self._moderation
        )
        await service.warm_up()
        wellbeing = wellbeing_service(settings, self._pool, delivery)
        account = AccountService(PostgresAccount(self._pool))
        servicer = SafetyServicer(service, wellbeing, account)
        self._grpc = GrpcServer(settings.grpc_bind, lambda s: safety_pb2_grpc.add_SafetyServicer_to_server(servicer, s))
        await self._grpc.start()
        self._redis = connect_redis(self.streams)
        erasure = ErasureStep(self._redis, self.streams, group=settings.consumer_group, service="safety")
        self._worker = StreamWorker(
            streams=self.streams,
            settings=settings,
            group=settings.consumer_group,
            handler=make_handler(service, wellbeing, account, erasure),
        )
        await self._worker.start()
        retention = RetentionService(
            PostgresRetention(self._pool),
            RetentionPolicy(
                timedelta(days=settings.wellbeing_retention_days), timedelta(days=settings.audit_retention_days)
            ),
        )
        self._purge_task = asyncio.create_task(
            _now_and_every(settings.retention_purge_interval_hours * 3600, retention.purge_expired)
        )
        await self._grpc.mark_serving()

    async def stop(self) -> None:
        if self._grpc is not None:
            await self._grpc.stop()
        if self._purge_task is not None:
            self._purge_task.cancel()
            await asyncio.gather(self._purge_task, return_exceptions=True)
        if self._worker is not None:
            await self._worker.stop()
        if self._redis is not None:
            await self._redis.aclose()
        if self._service is not None:
            self._service.close()
        await self._channels.close()
        if self._moderation is not None:
            await self._moderation.aclose()
        if self._pool is not None:
            await self._pool.close()
        if self._metrics is not None:
            self._metrics.stop()
        if self._tracing is not None:
            self._tracing.shutdown()  # exports the spans still queued


async def _now_and_every(interval_s: float, work: Callable[[], Awaitable[object]]) -> None:
    """Runs `work` at once (in the background: startup does not wait for it), then every `interval_s`."""
    while True:
        try:
            await work()
        except Exception as error:  # noqa: BLE001 - PostgreSQL may be restarting; the next round catches up
            log.warning("periodic_work_failed", error_type=type(error).__name__)
        await asyncio.sleep(interval_s)


def create_app(settings: SafetySettings | None = None, streams: StreamSettings | None = None) -> SafetyApp:
    return SafetyApp(settings or SafetySettings(), streams or StreamSettings())
