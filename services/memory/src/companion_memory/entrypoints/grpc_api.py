"""gRPC entry point: translates between protobuf and the service layer."""

from datetime import UTC

import grpc
from google.protobuf.timestamp_pb2 import Timestamp

from companion.v1 import memory_pb2, memory_pb2_grpc
from companion_memory.domain.model import InvalidInput, Memory, Message
from companion_memory.service_layer.services import MemoryService


class MemoryServicer(memory_pb2_grpc.MemoryServicer):
    def __init__(self, service: MemoryService) -> None:
        self._service = service

    async def Remember(  # noqa: N802 - gRPC method name
        self, request: memory_pb2.RememberRequest, context: grpc.aio.ServicerContext
    ) -> memory_pb2.RememberResponse:
        if not request.HasField("said_at"):
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "said_at is required")
        message = Message(
            user_id=request.user_id,
            conversation_id=request.conversation_id,
            message_id=request.message_id,
            text=request.text,
            said_at=request.said_at.ToDatetime(tzinfo=UTC),
        )
        try:
            ids = await self._service.remember(message)
        except InvalidInput as error:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(error))
        return memory_pb2.RememberResponse(memory_ids=ids)

    async def Recall(  # noqa: N802 - gRPC method name
        self, request: memory_pb2.RecallRequest, context: grpc.aio.ServicerContext
    ) -> memory_pb2.RecallResponse:
        try:
            memories = await self._service.recall(
                request.user_id,
                request.query,
                limit=request.limit,
                token_budget=request.token_budget,
                exclude_message_ids=frozenset(request.exclude_message_ids),
            )
        except InvalidInput as error:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(error))
        return memory_pb2.RecallResponse(memories=[_to_proto(m) for m in memories])


def _to_proto(memory: Memory) -> memory_pb2.RecalledMemory:
    said_at = Timestamp()
    said_at.FromDatetime(memory.said_at)
    return memory_pb2.RecalledMemory(
        memory_id=memory.memory_id,
        text=memory.text,
        kind=memory.kind,
        said_at=said_at,
        source_message_ids=list(memory.source_message_ids),
        score=memory.score,
    )
