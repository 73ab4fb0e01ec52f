"""The user's wellbeing settings and summary, and notices no client received, from the safety service (gRPC)."""

from datetime import UTC, datetime
from typing import Any

import grpc
from google.protobuf.timestamp_pb2 import Timestamp

from companion.v1 import delivery_pb2, safety_pb2, safety_pb2_grpc
from companion_common.grpc_serving import Channels


class SafetyRejected(ValueError):
    """The safety service refused the request (bad time, bad time zone...)."""


def _iso(stamp: Timestamp, present: bool) -> str | None:
    return stamp.ToDatetime(tzinfo=UTC).isoformat().replace("+00:00", "Z") if present else None


def _settings(s: safety_pb2.WellbeingSettings) -> dict[str, Any]:
    return {
        "paused": s.paused,
        "paused_until": _iso(s.paused_until, s.HasField("paused_until")),
        "paused_indefinitely": s.paused_indefinitely,
        "quiet_hours": {"start": s.quiet_start, "end": s.quiet_end} if s.quiet_start else None,
        "time_zone": s.time_zone,
    }


class GrpcSafety:
    def __init__(self, channels: Channels, address: str, timeout_s: float) -> None:
        self._stub = safety_pb2_grpc.SafetyStub(channels.get(address))
        self._timeout_s = timeout_s

    async def _call(self, method: Any, request: Any) -> Any:
        try:
            return await method(request, timeout=self._timeout_s)
        except grpc.aio.AioRpcError as error:
            if error.code() == grpc.StatusCode.INVALID_ARGUMENT:
                raise SafetyRejected(error.details() or "rejected") from error
            raise

    async def pause(self, user_id: str, until: datetime | None) -> dict[str, Any]:
        request = safety_pb2.PauseRequest(user_id=user_id)
        if until is not None:
            request.until.FromDatetime(until.astimezone(UTC))
        return _settings(await self._call(self._stub.Pause, request))

    async def resume(self, user_id: str) -> dict[str, Any]:
        return _settings(await self._call(self._stub.Resume, safety_pb2.ResumeRequest(user_id=user_id)))

    async def set_quiet_hours(self, user_id: str, start: str, end: str, time_zone: str) -> dict[str, Any]:
        request = safety_pb2.SetQuietHoursRequest(user_id=user_id, start=start, end=end, time_zone=time_zone)
        return _settings(await self._call(self._stub.SetQuietHours, request))

    async def summary(self, user_id: str, days: int) -> dict[str, Any]:
        s = await self._call(self._stub.GetWellbeing, safety_pb2.GetWellbeingRequest(user_id=user_id, days=days))
        return {
            "settings": _settings(s.settings),
            "minutes_today": s.minutes_today,
            "streak_days": s.streak_days,
            "days": [
                {
                    "day": d.day,
                    "messages": d.messages,
                    "active_minutes": d.active_minutes,
                    "late_night_messages": d.late_night_messages,
                    "dependency_cues": d.dependency_cues,
                }
                for d in s.days
            ],
            "last_ai_notice_at": _iso(s.last_disclosed_at, s.HasField("last_disclosed_at")),
            "last_nudge_at": _iso(s.last_nudge_at, s.HasField("last_nudge_at")),
        }

    async def take_undelivered_notices(self, user_id: str) -> list[delivery_pb2.Outbound]:
        """As the outbound messages they would have been, had a client been connected."""
        request = safety_pb2.TakeUndeliveredNoticesRequest(user_id=user_id)
        response = await self._call(self._stub.TakeUndeliveredNotices, request)
        return [
            delivery_pb2.Outbound(
                delivery_id=n.delivery_id,
                user_id=user_id,
                conversation_id=n.conversation_id,
                in_reply_to=n.in_reply_to,
                kind=delivery_pb2.OUTBOUND_KIND_NOTICE,
                text=n.text,
                created_at=n.created_at,
                source="safety",
            )
            for n in response.notices
        ]
