"""The user's control over their memories, through the memory service (gRPC)."""

import json
from typing import Any

import grpc
from google.protobuf.timestamp_pb2 import Timestamp

from companion.v1 import memory_pb2, memory_pb2_grpc
from companion_common.grpc_serving import Channels


class MemoryNotFound(LookupError):
    pass


class MemoryRequestRejected(ValueError):
    pass


class MemoryUnavailable(RuntimeError):
    pass


def _iso(stamp: Timestamp, present: bool) -> str | None:
    return stamp.ToDatetime().isoformat() + "Z" if present else None


def _record(m: memory_pb2.MemoryRecord) -> dict[str, Any]:
    return {
        "memory_id": m.memory_id,
        "kind": m.kind,
        "text": m.text,
        "subject": m.subject,
        "attribute": m.attribute or None,
        "value": m.value or None,
        "said_at": _iso(m.said_at, m.HasField("said_at")),
        "last_said_at": _iso(m.last_said_at, m.HasField("last_said_at")),
        "valid_from": _iso(m.valid_from, m.HasField("valid_from")),
        "valid_to": _iso(m.valid_to, m.HasField("valid_to")),
        "source_message_ids": list(m.source_message_ids),
        "current": not m.superseded_by,
        "superseded_by": m.superseded_by or None,
        "strength": m.strength,
        "sensitive": m.sensitive,
    }


class GrpcMemoryControl:
    def __init__(self, channels: Channels, address: str, timeout_s: float) -> None:
        self._stub = memory_pb2_grpc.MemoryStub(channels.get(address))
        self._timeout_s = timeout_s

    async def page(self, user_id: str, page_size: int, page_token: str) -> dict[str, Any]:
        request = memory_pb2.ListMemoriesRequest(user_id=user_id, page_size=page_size, page_token=page_token)
        response = await self._call(self._stub.ListMemories, request)
        return {"memories": [_record(m) for m in response.memories], "next_page_token": response.next_page_token}

    async def forget(self, user_id: str, memory_id: str) -> list[str]:
        request = memory_pb2.ForgetMemoryRequest(user_id=user_id, memory_id=memory_id)
        return list((await self._call(self._stub.ForgetMemory, request)).forgotten_memory_ids)

    async def forget_all(self, user_id: str) -> int:
        response = await self._call(self._stub.ForgetAll, memory_pb2.ForgetAllRequest(user_id=user_id))
        return int(response.forgotten_count)

    async def export(self, user_id: str) -> dict[str, Any]:
        response = await self._call(self._stub.ExportMemories, memory_pb2.ExportMemoriesRequest(user_id=user_id))
        document: dict[str, Any] = json.loads(response.json)
        return document

    async def _call(self, method: Any, request: Any) -> Any:
        try:
            return await method(request, timeout=self._timeout_s)
        except grpc.aio.AioRpcError as error:
            if error.code() == grpc.StatusCode.NOT_FOUND:
                raise MemoryNotFound(error.details() or "not found") from error
            if error.code() == grpc.StatusCode.INVALID_ARGUMENT:
                raise MemoryRequestRejected(error.details() or "rejected") from error
            raise MemoryUnavailable("memory service unavailable") from error
