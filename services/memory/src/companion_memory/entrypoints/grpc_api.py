"""gRPC entry point: translates between protobuf and the service layer, and domain errors to status codes."""

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime

import grpc
from google.protobuf.timestamp_pb2 import Timestamp

from companion.v1 import memory_pb2, memory_pb2_grpc
from companion_memory.domain.model import InvalidInput, Memory, Message, NotFound
from companion_memory.service_layer.services import MemoryService


@asynccontextmanager
async def _statuses(context: grpc.aio.ServicerContext) -> AsyncIterator[None]:
    try:
        yield
    except InvalidInput as error:
        await context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(error))
    except NotFound as error:
        await context.abort(grpc.StatusCode.NOT_FOUND, str(error))


class MemoryServicer(memory_pb2_grpc.MemoryServicer):
    def __init__(self, service: MemoryService) -> None:
        self._service = service

    async def Remember(  # noqa: N802 - gRPC method name
        self, request: memory_pb2.RememberRequest, context: grpc.aio.ServicerContext
    ) -> memory_pb2.RememberResponse:
        async with _statuses(context):
            if not request.HasField("said_at"):
                raise InvalidInput("said_at is required")
            message = Message(
                user_id=request.user_id,
                conversation_id=request.conversation_id,
                message_id=request.message_id,
                text=request.text,
                said_at=_time(request.said_at),
                time_zone=request.time_zone,
                locale=request.locale,
                reply_to=request.reply_to,
                user_is_minor=request.user_is_minor,
            )
            ids = await self._service.remember(message)
        return memory_pb2.RememberResponse(memory_ids=ids)

    async def Recall(  # noqa: N802 - gRPC method name
        self, request: memory_pb2.RecallRequest, context: grpc.aio.ServicerContext
    ) -> memory_pb2.RecallResponse:
        async with _statuses(context):
            memories = await self._service.recall(
                request.user_id,
                request.query,
                limit=request.limit,
                token_budget=request.token_budget,
                exclude_message_ids=frozenset(request.exclude_message_ids),
                as_of=_time(request.as_of) if request.HasField("as_of") else None,
                time_zone=request.time_zone,
                min_relevance=request.min_relevance,
                include_sensitive=request.include_sensitive,
            )
        return memory_pb2.RecallResponse(memories=[_recalled(m) for m in memories])

    async def ListMemories(  # noqa: N802 - gRPC method name
        self, request: memory_pb2.ListMemoriesRequest, context: grpc.aio.ServicerContext
    ) -> memory_pb2.ListMemoriesResponse:
        async with _statuses(context):
            page = await self._service.list_memories(request.user_id, request.page_size, request.page_token)
        return memory_pb2.ListMemoriesResponse(
            memories=[_record(m) for m in page.memories], next_page_token=page.next_page_token
        )

    async def ForgetMemory(  # noqa: N802 - gRPC method name
        self, request: memory_pb2.ForgetMemoryRequest, context: grpc.aio.ServicerContext
    ) -> memory_pb2.ForgetMemoryResponse:
        async with _statuses(context):
            deleted = await self._service.forget(request.user_id, request.memory_id)
        return memory_pb2.ForgetMemoryResponse(forgotten_memory_ids=deleted)

    async def ForgetAll(  # noqa: N802 - gRPC method name
        self, request: memory_pb2.ForgetAllRequest, context: grpc.aio.ServicerContext
    ) -> memory_pb2.ForgetAllResponse:
        async with _statuses(context):
            count = await self._service.forget_all(request.user_id)
        return memory_pb2.ForgetAllResponse(forgotten_count=count)

    async def ExportMemories(  # noqa: N802 - gRPC method name
        self, request: memory_pb2.ExportMemoriesRequest, context: grpc.aio.ServicerContext
    ) -> memory_pb2.ExportMemoriesResponse:
        async with _statuses(context):
            memories = await self._service.export(request.user_id)
        document = {
            "user_id": request.user_id,
            "exported_at": datetime.now(UTC).isoformat(),
            "memories": [export_dict(m) for m in memories],
        }
        return memory_pb2.ExportMemoriesResponse(json=json.dumps(document, ensure_ascii=False), count=len(memories))


def export_dict(memory: Memory) -> dict[str, object]:
    def iso(value: datetime | None) -> str | None:
        return value.astimezone(UTC).isoformat() if value else None

    return {
        "memory_id": memory.memory_id,
        "kind": memory.kind,
        "text": memory.text,
        "subject": memory.subject,
        "attribute": memory.attribute or None,
        "value": memory.value or None,
        "said_at": iso(memory.said_at),
        "last_said_at": iso(memory.last_said_at),
        "valid_from": iso(memory.valid_from),
        "valid_to": iso(memory.valid_to),
        "source_message_ids": list(memory.source_message_ids),
        "superseded_by": memory.superseded_by or None,
        "strength": memory.strength,
        "sensitive": memory.sensitive,
    }


def _time(value: Timestamp) -> datetime:
    try:
        return value.ToDatetime(tzinfo=UTC)
    except (ValueError, OverflowError) as error:
        raise InvalidInput("malformed timestamp") from error


def _stamp(value: datetime | None) -> Timestamp | None:
    if value is None:
        return None
    stamp = Timestamp()
    stamp.FromDatetime(value)
    return stamp


def _recalled(memory: Memory) -> memory_pb2.RecalledMemory:
    return memory_pb2.RecalledMemory(
        memory_id=memory.memory_id,
        text=memory.text,
        kind=memory.kind,
        said_at=_stamp(memory.said_at),
        source_message_ids=list(memory.source_message_ids),
        score=memory.score,
        subject=memory.subject,
        valid_from=_stamp(memory.valid_from),
        valid_to=_stamp(memory.valid_to),
        strength=memory.strength,
        relevance=memory.relevance,
        sensitive=memory.sensitive,
    )


def _record(memory: Memory) -> memory_pb2.MemoryRecord:
    return memory_pb2.MemoryRecord(
        memory_id=memory.memory_id,
        kind=memory.kind,
        text=memory.text,
        subject=memory.subject,
        attribute=memory.attribute,
        value=memory.value,
        said_at=_stamp(memory.said_at),
        last_said_at=_stamp(memory.last_said_at),
        valid_from=_stamp(memory.valid_from),
        valid_to=_stamp(memory.valid_to),
        source_message_ids=list(memory.source_message_ids),
        superseded_by=memory.superseded_by,
        strength=memory.strength,
        sensitive=memory.sensitive,
    )
