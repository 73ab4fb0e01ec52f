"""Persona routes: one Character Card (V2 or V3 JSON) per conversation, kept by the dialogue service."""

import json
from typing import Annotated, Any

import grpc
from fastapi import APIRouter, HTTPException, Query, Request, status

from companion_gateway.domain.messages import Rejected
from companion_gateway.entrypoints.http_api import AUTHENTICATED, User, refusals
from companion_gateway.service_layer.services import Unavailable

router = APIRouter()


async def _stored_id(request: Request, conversation_id: str, user: str) -> str:
    """The id dialogue keeps for the user's conversation (each user's ids are their own)."""
    try:
        stored_id: str = await request.app.state.service.conversation_for(user, conversation_id)
    except Rejected as error:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, str(error)) from error
    except Unavailable as error:
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, str(error), {"Retry-After": "1"}) from error
    return stored_id


def _dialogue_error(error: grpc.aio.AioRpcError) -> HTTPException:
    if error.code() == grpc.StatusCode.INVALID_ARGUMENT:
        return HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, error.details() or "invalid card")
    return HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, "personas unavailable", {"Retry-After": "1"})


@router.put("/v1/conversations/{conversation_id}/persona", responses=refusals(400, 413, *AUTHENTICATED))
async def put_persona(request: Request, conversation_id: str, user: User) -> dict[str, Any]:
    """Imports a Character Card V2/V3 (the JSON document as the body) as this conversation's persona."""
    stored_id = await _stored_id(request, conversation_id, user)
    try:
        body = (await request.body()).decode("utf-8")
    except UnicodeDecodeError as error:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "body is not UTF-8") from error
    try:
        card_json = await request.app.state.dialogue.set_persona(user, stored_id, body)
    except grpc.aio.AioRpcError as error:
        raise _dialogue_error(error) from error
    return {"conversation_id": conversation_id, "custom": True, "card": json.loads(card_json)}


@router.get("/v1/conversations/{conversation_id}/persona", responses=refusals(*AUTHENTICATED))
async def get_persona(
    request: Request, conversation_id: str, user: User, spec: Annotated[str, Query(pattern="^v[23]$")] = "v3"
) -> dict[str, Any]:
    """Exports the conversation's persona as a Character Card (the default persona if none was set)."""
    stored_id = await _stored_id(request, conversation_id, user)
    try:
        card_json, custom = await request.app.state.dialogue.get_persona(user, stored_id, spec)
    except grpc.aio.AioRpcError as error:
        raise _dialogue_error(error) from error
    return {"conversation_id": conversation_id, "custom": custom, "card": json.loads(card_json)}
