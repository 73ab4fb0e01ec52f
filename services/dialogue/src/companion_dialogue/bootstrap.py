"""Wires the dialogue service: the one place that builds its parts. Nothing connects at import time."""

from importlib.resources import files

from companion.v1 import dialogue_pb2_grpc
from companion_common.grpc_serving import Channels, GrpcServer
from companion_common.postgres import Pool, apply_migrations, open_pool
from companion_common.settings import StreamSettings
from companion_common.streams import StreamWorker
from companion_dialogue.adapters.engines import OfflineEngine, OpenAICompatibleEngine
from companion_dialogue.adapters.peers import GrpcDelivery, GrpcMemory, GrpcSafety
from companion_dialogue.adapters.transcripts import PostgresTranscripts
from companion_dialogue.config import DialogueSettings
from companion_dialogue.entrypoints.grpc_api import DialogueServicer
from companion_dialogue.entrypoints.stream import make_dead_letter_hook, make_handler
from companion_dialogue.service_layer.services import DialogueService, Engine


def build_engine(settings: DialogueSettings) -> OfflineEngine | OpenAICompatibleEngine:
    if settings.engine == "openai":
        return OpenAICompatibleEngine(
            settings.openai_base_url,
            settings.openai_model,
            settings.openai_api_key.get_secret_value(),
            settings.openai_timeout_s,
            settings.openai_max_tokens,
        )
    return OfflineEngine()


class DialogueApp:
    def __init__(self, settings: DialogueSettings, streams: StreamSettings, engine: Engine | None = None) -> None:
        self.settings = settings
        self.streams = streams
        self._engine = engine or build_engine(settings)
        self._pool: Pool | None = None
        self._channels = Channels()
        self._grpc: GrpcServer | None = None
        self._worker: StreamWorker | None = None

    async def start(self) -> None:
        s = self.settings
        await apply_migrations(s.database_url, files("companion_dialogue.adapters") / "migrations", service="dialogue")
        self._pool = await open_pool(s.database_url)
        service = DialogueService(
            PostgresTranscripts(self._pool),
            GrpcMemory(self._channels, s.memory_address, s.recall_timeout_s, s.recall_limit, s.recall_token_budget),
            GrpcSafety(self._channels, s.safety_address, s.safety_timeout_s),
            GrpcDelivery(self._channels, s.delivery_timeout_s),
            self._engine,
            recent_turns=s.recent_turns,
        )
        servicer = DialogueServicer(service)
        self._grpc = GrpcServer(
            s.grpc_bind, lambda server: dialogue_pb2_grpc.add_DialogueServicer_to_server(servicer, server)
        )
        await self._grpc.start()
        self._worker = StreamWorker(
            streams=self.streams,
            settings=s,
            group=s.consumer_group,
            handler=make_handler(service),
            on_dead_letter=make_dead_letter_hook(service),
        )
        await self._worker.start()
        await self._grpc.mark_serving()

    async def stop(self) -> None:
        if self._grpc is not None:
            await self._grpc.stop()
        if self._worker is not None:
            await self._worker.stop()
        await self._channels.close()
        await self._engine.aclose()
        if self._pool is not None:
            await self._pool.close()


def create_app(settings: DialogueSettings | None = None, streams: StreamSettings | None = None) -> DialogueApp:
    return DialogueApp(settings or DialogueSettings(), streams or StreamSettings())
