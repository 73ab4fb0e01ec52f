"""What erasing and exporting an account needs beyond the gateway's own state: the erasure record and the
user's stream entries in Redis (companion_common.erasure), and each service's export over gRPC."""

import json
from typing import Any

from companion.v1 import account_pb2, dialogue_pb2_grpc, safety_pb2_grpc
from companion_common import erasure
from companion_common.grpc_serving import Channels
from companion_common.settings import StreamSettings
from companion_common.streams import RedisClient
from companion_gateway.adapters.memory_client import GrpcMemoryControl


class RedisErasures:
    def __init__(self, redis: RedisClient, streams: StreamSettings) -> None:
        self._redis = redis
        self._streams = streams

    async def start(self, user_id: str, erasure_id: str) -> dict[str, str]:
        return await erasure.start_record(self._redis, user_id, erasure_id)

    async def read(self, user_id: str) -> dict[str, str]:
        return await erasure.read_record(self._redis, user_id)

    async def is_erasing(self, user_id: str) -> bool:
        return await erasure.is_erasing(self._redis, user_id)

    async def purge_stream_entries(self, user_id: str) -> int:
        return await erasure.purge_stream_entries(self._redis, self._streams, user_id)

    async def finish(self, user_id: str, erasure_id: str) -> None:
        await erasure.finish_record(self._redis, user_id, erasure_id)


class GrpcAccountExports:
    """Each service's export of one user (the caller): dialogue and safety ExportAccount, memory ExportMemories."""

    def __init__(
        self, channels: Channels, memory: GrpcMemoryControl, *, dialogue: str, safety: str, timeout_s: float
    ) -> None:
        self._dialogue = dialogue_pb2_grpc.DialogueStub(channels.get(dialogue))
        self._safety = safety_pb2_grpc.SafetyStub(channels.get(safety))
        self._memory = memory
        self._timeout_s = timeout_s

    async def dialogue(self, user_id: str) -> dict[str, Any]:
        response = await self._dialogue.ExportAccount(
            account_pb2.ExportAccountRequest(user_id=user_id), timeout=self._timeout_s
        )
        return dict(json.loads(response.json))

    async def safety(self, user_id: str) -> dict[str, Any]:
        response = await self._safety.ExportAccount(
            account_pb2.ExportAccountRequest(user_id=user_id), timeout=self._timeout_s
        )
        return dict(json.loads(response.json))

    async def memory(self, user_id: str) -> dict[str, Any]:
        return await self._memory.export(user_id)
