"""gRPC entry point: conversation history for the gateway."""

import grpc
from google.protobuf.timestamp_pb2 import Timestamp

from companion.v1 import dialogue_pb2, dialogue_pb2_grpc
from companion_dialogue.domain.model import Turn
from companion_dialogue.service_layer.services import DialogueService

_ROLES = {"user": dialogue_pb2.ROLE_USER, "companion": dialogue_pb2.ROLE_COMPANION}


class DialogueServicer(dialogue_pb2_grpc.DialogueServicer):
    def __init__(self, service: DialogueService) -> None:
        self._service = service

    async def GetHistory(  # noqa: N802 - gRPC method name
        self, request: dialogue_pb2.GetHistoryRequest, context: grpc.aio.ServicerContext
    ) -> dialogue_pb2.GetHistoryResponse:
        if not request.user_id or not request.conversation_id:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "user_id and conversation_id are required")
        if request.limit < 0:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "limit must not be negative")
        turns = await self._service.history(request.user_id, request.conversation_id, request.limit, request.after_id)
        return dialogue_pb2.GetHistoryResponse(turns=[_to_proto(t) for t in turns])


def _to_proto(turn: Turn) -> dialogue_pb2.Turn:
    at = Timestamp()
    at.FromDatetime(turn.at)
    return dialogue_pb2.Turn(
        turn_id=turn.turn_id, role=_ROLES[turn.role], text=turn.text, at=at, in_reply_to=turn.in_reply_to
    )
