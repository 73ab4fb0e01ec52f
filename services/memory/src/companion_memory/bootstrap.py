"""Wires the memory service: the one place that builds its parts. Nothing connects at import time."""

import time
from importlib.resources import files

import structlog

from companion.v1 import memory_pb2_grpc
from companion_common.erasure import ErasureStep
from companion_common.grpc_serving import Channels, GrpcServer
from companion_common.metrics import MetricsServer, serve_metrics
from companion_common.postgres import Pool, apply_migrations, open_pool
from companion_common.settings import StreamSettings
from companion_common.streams import RedisClient, StreamWorker, connect_redis
from companion_common.tracing import Tracing, setup_tracing
from companion_memory.adapters.embedders import Embedder, HashingEmbedder, OpenAIEmbedder, load_minilm
from companion_memory.adapters.fact_tagger import MiniLMFactTagger, load_fact_tagger
from companion_memory.adapters.language_model import ChatCompletionsReader
from companion_memory.adapters.postgres_store import PostgresMemoryStore
from companion_memory.adapters.safety_client import GrpcSafetyAssessor
from companion_memory.adapters.vector_cache import RedisVectorCache
from companion_memory.config import MemorySettings
from companion_memory.entrypoints.grpc_api import MemoryServicer
from companion_memory.entrypoints.stream import make_handler
from companion_memory.service_layer.services import MemoryService

log = structlog.stdlib.get_logger(__name__)


def build_embedder(settings: MemorySettings) -> Embedder:
    started = time.monotonic()
    embedder: Embedder
    if settings.embedder == "hashing":
        embedder = HashingEmbedder()
    elif settings.embedder == "openai":
        embedder = OpenAIEmbedder(
            settings.openai_base_url,
            settings.openai_embedding_model,
            settings.openai_api_key.get_secret_value(),
            settings.openai_timeout_s,
        )
    else:
        embedder = load_minilm(
            settings.embedder_threads,
            settings.model_cache_dir,
            int8=settings.embedder_int8,
            ingest_threads=settings.embedder_ingest_threads,
        )
    log.info("embedder_ready", embedder=settings.embedder, load_s=round(time.monotonic() - started, 2))
    return embedder


def build_tagger(settings: MemorySettings) -> MiniLMFactTagger | None:
    if not settings.fact_tagger:
        return None
    started = time.monotonic()
    # The tagger gives the message's vector too when memory embeds with the same MiniLM (its first layers run once).
    embeds = settings.embedder == "minilm" and not settings.embedder_int8
    tagger = load_fact_tagger(settings.model_cache_dir, embeds=embeds, workers=settings.embedder_ingest_threads)
    log.info("fact_tagger_ready", version=tagger.version, load_s=round(time.monotonic() - started, 2))
    return tagger


def build_reader(settings: MemorySettings) -> ChatCompletionsReader | None:
    if settings.extractor != "openai":
        return None
    return ChatCompletionsReader(
        settings.openai_base_url,
        settings.openai_model,
        settings.openai_api_key.get_secret_value(),
        settings.openai_timeout_s,
    )


def build_service(
    settings: MemorySettings,
    pool: Pool,
    embedder: Embedder,
    channels: Channels,
    reader: ChatCompletionsReader | None = None,
    redis: RedisClient | None = None,
    tagger: MiniLMFactTagger | None = None,
) -> MemoryService:
    vectors = RedisVectorCache(redis, settings.vector_cache_ttl_s) if redis and settings.vector_cache_ttl_s else None
    return MemoryService(
        PostgresMemoryStore(pool),
        embedder,
        GrpcSafetyAssessor(channels, settings.safety_address, settings.safety_timeout_s),
        max_text_chars=settings.max_text_chars,
        default_limit=settings.recall_default_limit,
        max_limit=settings.recall_max_limit,
        reader=reader,
        tagger=tagger,
        vectors=vectors,
    )


async def migrate(database_url: str) -> None:
    await apply_migrations(database_url, files("companion_memory.adapters") / "migrations", service="memory")


class MemoryApp:
    def __init__(self, settings: MemorySettings, streams: StreamSettings) -> None:
        self.settings = settings
        self.streams = streams
        self._pool: Pool | None = None
        self._channels = Channels()
        self._embedder: Embedder | None = None
        self._reader: ChatCompletionsReader | None = None
        self._tagger: MiniLMFactTagger | None = None
        self._grpc: GrpcServer | None = None
        self._metrics: MetricsServer | None = None
        self._tracing: Tracing | None = None
        self._worker: StreamWorker | None = None
        self._redis: RedisClient | None = None  # account erasures, and the vectors of recent texts

    async def start(self) -> None:
        settings = self.settings
        self._tracing = setup_tracing("memory")  # before the broker, servers and channels are made
        self._metrics = serve_metrics("memory", settings.metrics_host, settings.metrics_port)
        await migrate(settings.database_url)
        self._pool = await open_pool(settings.database_url, max_size=settings.database_pool_max)
        self._embedder = build_embedder(settings)
        self._reader = build_reader(settings)
        self._tagger = build_tagger(settings)
        self._redis = connect_redis(self.streams)
        service = build_service(
            settings, self._pool, self._embedder, self._channels, self._reader, self._redis, self._tagger
        )
        servicer = MemoryServicer(service)
        self._grpc = GrpcServer(settings.grpc_bind, lambda s: memory_pb2_grpc.add_MemoryServicer_to_server(servicer, s))
        await self._grpc.start()
        self._worker = StreamWorker(
            streams=self.streams,
            settings=settings,
            group=settings.consumer_group,
            handler=make_handler(
                service,
                settings.ingest_settle_ms,
                ErasureStep(self._redis, self.streams, group=settings.consumer_group, service="memory"),
            ),
        )
        await self._worker.start()
        await self._grpc.mark_serving()

    async def stop(self) -> None:
        if self._grpc is not None:
            await self._grpc.stop()
        if self._worker is not None:
            await self._worker.stop()
        if self._redis is not None:
            await self._redis.aclose()
        if self._embedder is not None:
            await self._embedder.aclose()
        if self._reader is not None:
            await self._reader.aclose()
        if self._tagger is not None:
            await self._tagger.aclose()
        await self._channels.close()
        if self._pool is not None:
            await self._pool.close()
        if self._metrics is not None:
            self._metrics.stop()
        if self._tracing is not None:
            self._tracing.shutdown()  # exports the spans still queued


def create_app(settings: MemorySettings | None = None, streams: StreamSettings | None = None) -> MemoryApp:
    return MemoryApp(settings or MemorySettings(), streams or StreamSettings())
