"""HTTP API for "I need space" and the wellbeing summary: the user's own settings, through the safety service."""

from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request, status
from pydantic import BaseModel, ConfigDict, Field, model_validator

from companion_gateway.adapters.safety_client import SafetyRejected
from companion_gateway.entrypoints.http_api import AUTHENTICATED, User, refusals

router = APIRouter(prefix="/v1/wellbeing", responses=refusals(*AUTHENTICATED))
_HH_MM = r"^([01][0-9]|2[0-3]):[0-5][0-9]$"


class PauseIn(BaseModel):
    """Pause for `minutes`, or until `until`; neither means until further notice."""

    model_config = ConfigDict(extra="forbid")

    minutes: int | None = Field(default=None, ge=1, le=366 * 24 * 60)
    until: datetime | None = None

    @model_validator(mode="after")
    def one_of(self) -> "PauseIn":
        if self.minutes is not None and self.until is not None:
            raise ValueError("give minutes or until, not both")
        if self.until is not None and self.until.tzinfo is None:
            raise ValueError("until needs a time zone offset")
        return self


class QuietHoursIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    start: str = Field(pattern=_HH_MM)
    end: str = Field(pattern=_HH_MM)
    time_zone: str = Field(default="", max_length=64)


async def _call(request: Request, method: str, *args: Any) -> dict[str, Any]:
    try:
        result: dict[str, Any] = await getattr(request.app.state.safety, method)(*args)
    except SafetyRejected as error:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, str(error)) from error
    except Exception as error:
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE, "safety service unavailable", {"Retry-After": "1"}
        ) from error
    return result


@router.get("")
async def summary(request: Request, user: User, days: Annotated[int, Query(ge=1, le=90)] = 7) -> dict[str, Any]:
    """Settings, minutes today, late-night use and streak, per day."""
    return await _call(request, "summary", user, days)


@router.post("/pause", responses=refusals(400, 413))
async def pause(request: Request, body: PauseIn, user: User) -> dict[str, Any]:
    until = datetime.now(UTC) + timedelta(minutes=body.minutes) if body.minutes else body.until
    return await _call(request, "pause", user, until)


@router.delete("/pause")
async def resume(request: Request, user: User) -> dict[str, Any]:
    return await _call(request, "resume", user)


@router.put("/quiet-hours", responses=refusals(400, 413))
async def set_quiet_hours(request: Request, body: QuietHoursIn, user: User) -> dict[str, Any]:
    return await _call(request, "set_quiet_hours", user, body.start, body.end, body.time_zone)


@router.delete("/quiet-hours")
async def clear_quiet_hours(request: Request, user: User) -> dict[str, Any]:
    return await _call(request, "set_quiet_hours", user, "", "", "")
