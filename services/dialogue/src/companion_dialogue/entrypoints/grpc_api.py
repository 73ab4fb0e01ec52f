"""gRPC entry point: conversation history for the gateway."""

import json

import grpc
from google.protobuf.timestamp_pb2 import Timestamp

from companion.v1 import account_pb2, dialogue_pb2, dialogue_pb2_grpc
from companion_dialogue.domain.model import Turn
from companion_dialogue.domain.persona import V2, V3, InvalidCard
from companion_dialogue.service_layer.account import AccountService
from companion_dialogue.service_layer.services import DialogueService

_ROLES = {"user": dialogue_pb2.ROLE_USER, "companion": dialogue_pb2.ROLE_COMPANION}


class DialogueServicer(dialogue_pb2_grpc.DialogueServicer):
    def __init__(self, service: DialogueService, account: AccountService) -> None:
        self._service = service
        self._account = account

    async def GetHistory(  # noqa: N802 - gRPC method name
        self, request: dialogue_pb2.GetHistoryRequest, context: grpc.aio.ServicerContext
    ) -> dialogue_pb2.GetHistoryResponse:
        if not request.user_id or not request.conversation_id:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "user_id and conversation_id are required")
        if request.limit < 0:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "limit must not be negative")
        turns = await self._service.history(request.user_id, request.conversation_id, request.limit, request.after_id)
        return dialogue_pb2.GetHistoryResponse(turns=[_to_proto(t) for t in turns])

    async def TakeUndelivered(  # noqa: N802 - gRPC method name
        self, request: dialogue_pb2.TakeUndeliveredRequest, context: grpc.aio.ServicerContext
    ) -> dialogue_pb2.TakeUndeliveredResponse:
        if not request.user_id or request.limit < 0:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "user_id is required, limit must not be negative")
        turns = await self._service.take_undelivered(request.user_id, request.limit)
        return dialogue_pb2.TakeUndeliveredResponse(turns=[_to_proto(t) for t in turns])

    async def SetPersona(  # noqa: N802 - gRPC method name
        self, request: dialogue_pb2.SetPersonaRequest, context: grpc.aio.ServicerContext
    ) -> dialogue_pb2.PersonaResponse:
        if not request.user_id or not request.conversation_id:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "user_id and conversation_id are required")
        try:
            card = await self._service.set_persona(request.user_id, request.conversation_id, request.card_json)
        except InvalidCard as error:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(error))
        return dialogue_pb2.PersonaResponse(card_json=json.dumps(card, ensure_ascii=False), custom=True)

    async def GetPersona(  # noqa: N802 - gRPC method name
        self, request: dialogue_pb2.GetPersonaRequest, context: grpc.aio.ServicerContext
    ) -> dialogue_pb2.PersonaResponse:
        spec = {"": V3, "v3": V3, "v2": V2}.get(request.spec)
        if not request.user_id or not request.conversation_id or spec is None:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "user_id, conversation_id and spec v2|v3 required")
        assert spec is not None
        card, custom = await self._service.get_persona(request.user_id, request.conversation_id, spec)
        return dialogue_pb2.PersonaResponse(card_json=json.dumps(card, ensure_ascii=False), custom=custom)

    async def ExportAccount(  # noqa: N802 - gRPC method name
        self, request: account_pb2.ExportAccountRequest, context: grpc.aio.ServicerContext
    ) -> account_pb2.ExportAccountResponse:
        if not request.user_id:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "user_id is required")
        document = await self._account.export(request.user_id)
        return account_pb2.ExportAccountResponse(json=json.dumps(document, ensure_ascii=False))


def _to_proto(turn: Turn) -> dialogue_pb2.Turn:
    at = Timestamp()
    at.FromDatetime(turn.at)
    return dialogue_pb2.Turn(
        turn_id=turn.turn_id,
        role=_ROLES[turn.role],
        text=turn.text,
        at=at,
        in_reply_to=turn.in_reply_to,
        conversation_id=turn.conversation_id,
    )
