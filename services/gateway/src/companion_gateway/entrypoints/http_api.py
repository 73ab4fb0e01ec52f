"""HTTP and WebSocket API for client apps. Handlers only translate: JSON to commands, errors to statuses."""

from datetime import datetime
from typing import Annotated, Any

import structlog
from fastapi import APIRouter, Depends, HTTPException, Query, Request, WebSocket, WebSocketDisconnect, status
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field

from companion_common.ids import new_id
from companion_gateway.domain.conversations import client_conversation_id
from companion_gateway.domain.messages import LOCALE, Rejected
from companion_gateway.entrypoints.delivery_grpc import client_event
from companion_gateway.entrypoints.limits_api import retry_after
from companion_gateway.service_layer.access import RateLimited, TooManySockets
from companion_gateway.service_layer.model import SendMessage
from companion_gateway.service_layer.services import Unavailable
from companion_gateway.tokens import IdentityUnavailable, InvalidToken

router = APIRouter()
log = structlog.stdlib.get_logger(__name__)
_bearer = HTTPBearer(auto_error=False)


class MessageIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    client_message_id: str = Field(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9_.:-]+$")
    text: str
    sent_at: datetime | None = None
    time_zone: str = "UTC"
    locale: str = Field(default="en-US", max_length=35, pattern=LOCALE.pattern)
    user_is_minor: bool = False


class MessageAccepted(BaseModel):
    message_id: str
    conversation_id: str
    duplicate: bool


class ErrorOut(BaseModel):
    """Every refusal: the reason, or (422 from request validation) FastAPI's list of validation errors."""

    detail: str | list[dict[str, Any]]


_REFUSALS = {
    400: "Body not valid JSON or UTF-8",
    401: "Missing, forged or expired bearer token",
    404: "No such resource for this user",
    413: "Request body too large",
    422: "Invalid input, with the reason",
    429: "Rate limited (Retry-After)",
    503: "A service or the identity provider is unreachable (Retry-After)",
}


def refusals(*codes: int) -> dict[int | str, dict[str, Any]]:
    """The error responses a route documents in the OpenAPI schema (every one it may answer)."""
    return {code: {"model": ErrorOut, "description": _REFUSALS[code]} for code in codes}


# What any authenticated route may answer besides its success: bad token, bad input, rate limit, unavailable.
AUTHENTICATED = (401, 422, 429, 503)


class TooManyRequests(HTTPException):
    """429 with Retry-After (whole seconds) and the limit that was hit in ``detail``."""

    def __init__(self, error: RateLimited) -> None:
        super().__init__(
            status.HTTP_429_TOO_MANY_REQUESTS, error.reason, {"Retry-After": retry_after(error.retry_after_s)}
        )


async def _user_from_token(request: Request | WebSocket, token: str | None) -> str:
    """The token's user, once admitted by their rate limit; HTTPException (401, 429, 503) otherwise."""
    if not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing bearer token", {"WWW-Authenticate": "Bearer"})
    access = request.app.state.access
    try:
        user: str = await access.authenticate(token)
        await access.admit_user(user)
    except InvalidToken as error:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, str(error), {"WWW-Authenticate": "Bearer"}) from error
    except IdentityUnavailable as error:
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, str(error), {"Retry-After": "5"}) from error
    except RateLimited as error:
        raise TooManyRequests(error) from error
    return user


async def current_user(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> str:
    return await _user_from_token(request, credentials.credentials if credentials else None)


User = Annotated[str, Depends(current_user)]


def _error(error: Exception) -> HTTPException:
    if isinstance(error, Rejected):
        return HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, str(error))
    if isinstance(error, Unavailable):
        return HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, str(error), {"Retry-After": "1"})
    raise error


@router.post("/v1/conversations", status_code=status.HTTP_201_CREATED, responses=refusals(*AUTHENTICATED))
async def create_conversation(user: User) -> dict[str, str]:
    """A new conversation with a server-chosen id. Clients may also pick their own ids: each user's ids are
    their own, so any id is free for them."""
    return {"conversation_id": new_id()}


@router.post(
    "/v1/conversations/{conversation_id}/messages",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=MessageAccepted,
    responses=refusals(400, 413, *AUTHENTICATED),
)
async def send_message(request: Request, conversation_id: str, body: MessageIn, user: User) -> MessageAccepted:
    command = SendMessage(
        user_id=user,
        conversation_id=conversation_id,
        client_message_id=body.client_message_id,
        text=body.text,
        sent_at=body.sent_at,
        time_zone=body.time_zone,
        locale=body.locale,
        user_is_minor=body.user_is_minor,
    )
    try:
        accepted = await request.app.state.service.send_message(command)
    except (Rejected, Unavailable) as error:
        raise _error(error) from error
    return MessageAccepted(
        message_id=accepted.message_id, conversation_id=accepted.conversation_id, duplicate=accepted.duplicate
    )


@router.get("/v1/conversations/{conversation_id}/messages", responses=refusals(*AUTHENTICATED))
async def history(
    request: Request,
    conversation_id: str,
    user: User,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    after: Annotated[str, Query(max_length=64)] = "",
) -> dict[str, Any]:
    try:
        turns = await request.app.state.service.history(user, conversation_id, limit, after)
    except (Rejected, Unavailable) as error:
        raise _error(error) from error
    return {"conversation_id": conversation_id, "messages": turns}


@router.websocket("/v1/stream")
async def stream(websocket: WebSocket) -> None:
    """Pushes replies and notices for the user. Token in ``Authorization: Bearer`` or ``?token=``.

    Refused: a bad token closes with 4401 before the handshake completes; the user's rate limit answers the
    handshake with HTTP 429 (Retry-After); a user at the cap of open sockets gets the socket accepted and closed
    at once with 1008 and the reason (their sockets already open are kept)."""
    header = websocket.headers.get("authorization", "")
    token = header[7:] if header.lower().startswith("bearer ") else websocket.query_params.get("token")
    try:
        user = await _user_from_token(websocket, token)
    except TooManyRequests as error:
        if "websocket.http.response" in websocket.scope.get("extensions", {}):
            denial = JSONResponse({"detail": error.detail}, error.status_code, error.headers)
            await websocket.send_denial_response(denial)
        else:
            await websocket.close(code=4429, reason=str(error.detail))
        return
    except HTTPException as error:
        await websocket.close(code=4401, reason=str(error.detail))
        return
    access = websocket.app.state.access
    try:
        connection_id = await access.open_socket(user)
    except TooManySockets as error:
        await websocket.accept()
        await websocket.close(code=status.WS_1008_POLICY_VIOLATION, reason=str(error))
        return
    hub = websocket.app.state.hub
    try:
        await websocket.accept()
        hub.add(user, websocket)
        await _catch_up(websocket, user)
        while True:
            # Clients may ping; nothing else is read here (uvicorn closes sockets that send oversized messages).
            message = await websocket.receive()
            if message["type"] == "websocket.disconnect":
                break
    except WebSocketDisconnect:
        pass
    finally:
        hub.remove(user, websocket)
        await access.close_socket(user, connection_id)


async def _catch_up(websocket: WebSocket, user: str) -> None:
    """Sends what the user missed: safety's notices of the last day (the AI notice first), then replies and
    check-ins no client received (any conversation), and with ``?conversation_id=&after=<id>`` the companion's
    turns after that id. Clients drop delivery ids seen."""
    try:
        notices = await websocket.app.state.safety.take_undelivered_notices(user)
    except Exception as error:  # noqa: BLE001 - replies still go out; the next notice is sent live
        log.warning("notice_catch_up_failed", error_type=type(error).__name__)
        notices = []
    for notice in notices:
        await websocket.send_json({**client_event(notice), "missed": True})
    missed: list[dict[str, Any]] = []
    try:
        missed = await websocket.app.state.dialogue.take_undelivered(user)
        conversation_id = websocket.query_params.get("conversation_id", "")
        after = websocket.query_params.get("after", "")
        if conversation_id and after:
            turns = await websocket.app.state.service.history(user, conversation_id, 200, after[:64])
            missed += [{**t, "conversation_id": conversation_id} for t in turns if t["role"] == "companion"]
    except Rejected:
        pass
    except Exception as error:  # noqa: BLE001 - live delivery still works; history has the rest
        log.warning("catch_up_failed", error_type=type(error).__name__)
    for turn in missed:
        await websocket.send_json(
            {
                "type": "reply" if turn["in_reply_to"] else "check_in",
                "delivery_id": turn["id"],
                "conversation_id": client_conversation_id(user, turn["conversation_id"]),
                "in_reply_to": turn["in_reply_to"],
                "text": turn["text"],
                "created_at": turn["at"],
                "source": "dialogue",
                "missed": True,
            }
        )


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/readyz", responses=refusals(503))
async def readyz(request: Request) -> dict[str, str]:
    try:
        await request.app.state.redis_state.ping()
    except Exception as error:
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, "redis unreachable") from error
    if not request.app.state.ready:
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, "starting")
    return {"status": "ready"}
