"""HTTP API for a user's whole account: erase it everywhere, follow the erasure, export everything held."""

from typing import Any

import structlog
from fastapi import APIRouter, HTTPException, Request, status
from fastapi.responses import JSONResponse

from companion_gateway.entrypoints.http_api import User, refusals

router = APIRouter(responses=refusals(401, 429, 503))
log = structlog.stdlib.get_logger(__name__)


def _unavailable(what: str, error: Exception) -> HTTPException:
    log.warning("account_request_failed", what=what, error_type=type(error).__name__)
    return HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, f"{what} unavailable, try again", {"Retry-After": "1"})


@router.delete("/v1/account", status_code=status.HTTP_202_ACCEPTED)
async def erase_account(request: Request, user: User) -> JSONResponse:
    """Erases everything held about the user, in every service; 202 at once, then GET /v1/account/erasure."""
    try:
        erasure = await request.app.state.account.erase(user)
    except Exception as error:
        raise _unavailable("account erasure", error) from error
    return JSONResponse(erasure, status_code=status.HTTP_202_ACCEPTED, headers={"Location": erasure["status_url"]})


@router.get("/v1/account/erasure", responses=refusals(404))
async def erasure_status(request: Request, user: User) -> dict[str, Any]:
    try:
        erasure: dict[str, Any] | None = await request.app.state.account.erasure_status(user)
    except Exception as error:
        raise _unavailable("erasure status", error) from error
    if erasure is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no erasure was asked for")
    return erasure


@router.get("/v1/account/export")
async def export_account(request: Request, user: User) -> JSONResponse:
    try:
        document = await request.app.state.account.export(user)
    except Exception as error:
        raise _unavailable("account export", error) from error
    return JSONResponse(document, headers={"Content-Disposition": 'attachment; filename="account.json"'})
