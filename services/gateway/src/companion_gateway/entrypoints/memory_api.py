"""HTTP API for a user's control over their memories: list, forget one, forget all, export."""

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request, status
from fastapi.responses import JSONResponse

from companion_gateway.adapters.memory_client import MemoryNotFound, MemoryRequestRejected, MemoryUnavailable
from companion_gateway.entrypoints.http_api import AUTHENTICATED, User, refusals

router = APIRouter(responses=refusals(*AUTHENTICATED))


def _error(error: Exception) -> HTTPException:
    if isinstance(error, MemoryNotFound):
        return HTTPException(status.HTTP_404_NOT_FOUND, "no such memory")
    if isinstance(error, MemoryRequestRejected):
        return HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, str(error))
    return HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, "memory service unavailable", {"Retry-After": "1"})


_FAILURES = (MemoryNotFound, MemoryRequestRejected, MemoryUnavailable)
# Memory ids are ULIDs; letters, digits, '-' and '_' leave room for other id schemes without admitting control
# characters (a NUL byte reached PostgreSQL as a page token and came back as a 503).
MEMORY_ID = r"^[0-9A-Za-z_-]*$"


@router.get("/v1/memories")
async def list_memories(
    request: Request,
    user: User,
    page_size: Annotated[int, Query(ge=1, le=500)] = 50,
    # A memory id (a ULID) from a previous page; anything else is refused before it reaches memory.
    page_token: Annotated[str, Query(max_length=64, pattern=MEMORY_ID)] = "",
) -> dict[str, Any]:
    try:
        page: dict[str, Any] = await request.app.state.memory.page(user, page_size, page_token)
    except _FAILURES as error:
        raise _error(error) from error
    return page


@router.get("/v1/memories/export")
async def export_memories(request: Request, user: User) -> JSONResponse:
    try:
        document = await request.app.state.memory.export(user)
    except _FAILURES as error:
        raise _error(error) from error
    return JSONResponse(document, headers={"Content-Disposition": 'attachment; filename="memories.json"'})


@router.delete("/v1/memories/{memory_id}", responses=refusals(404))
async def forget_memory(
    request: Request, memory_id: Annotated[str, Path(max_length=64, pattern=MEMORY_ID)], user: User
) -> dict[str, list[str]]:
    try:
        forgotten = await request.app.state.memory.forget(user, memory_id)
    except _FAILURES as error:
        raise _error(error) from error
    return {"forgotten_memory_ids": forgotten}


@router.delete("/v1/memories")
async def forget_all(request: Request, user: User) -> dict[str, int]:
    try:
        count = await request.app.state.memory.forget_all(user)
    except _FAILURES as error:
        raise _error(error) from error
    return {"forgotten_count": count}
