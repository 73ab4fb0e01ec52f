"""gRPC entry point: translates between protobuf and the service layer."""

import json
from datetime import UTC, datetime

import grpc
from google.protobuf.timestamp_pb2 import Timestamp

from companion.v1 import account_pb2, safety_pb2, safety_pb2_grpc
from companion_safety.domain.wellbeing import paused
from companion_safety.service_layer.account import AccountService
from companion_safety.service_layer.model import MessageToAssess, UserState
from companion_safety.service_layer.services import InvalidInput, SafetyService
from companion_safety.service_layer.wellbeing import InvalidRequest, WellbeingService


def _timestamp(value: datetime | None) -> Timestamp | None:
    if value is None:
        return None
    stamp = Timestamp()
    stamp.FromDatetime(value.astimezone(UTC))
    return stamp


def _settings(state: UserState, now: datetime) -> safety_pb2.WellbeingSettings:
    is_paused = paused(state.paused_until, state.paused_indefinitely, now)
    return safety_pb2.WellbeingSettings(
        paused=is_paused,
        paused_until=_timestamp(state.paused_until if is_paused else None),
        paused_indefinitely=state.paused_indefinitely,
        quiet_start=state.quiet_start.strftime("%H:%M") if state.quiet_start else "",
        quiet_end=state.quiet_end.strftime("%H:%M") if state.quiet_end else "",
        time_zone=state.time_zone,
    )


class SafetyServicer(safety_pb2_grpc.SafetyServicer):
    def __init__(
        self, service: SafetyService, wellbeing: WellbeingService, account: AccountService | None = None
    ) -> None:
        self._service = service
        self._wellbeing = wellbeing
        self._account = account

    async def ExportAccount(  # noqa: N802 - gRPC method name
        self, request: account_pb2.ExportAccountRequest, context: grpc.aio.ServicerContext
    ) -> account_pb2.ExportAccountResponse:
        if not request.user_id or self._account is None:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "user_id is required")
        assert self._account is not None
        document = await self._account.export(request.user_id)
        return account_pb2.ExportAccountResponse(json=json.dumps(document, ensure_ascii=False))

    async def AssessMessage(  # noqa: N802 - gRPC method name
        self, request: safety_pb2.AssessMessageRequest, context: grpc.aio.ServicerContext
    ) -> safety_pb2.Assessment:
        message = MessageToAssess(
            user_id=request.user_id,
            conversation_id=request.conversation_id,
            message_id=request.message_id,
            text=request.text,
            locale=request.locale,
            reply_to=request.reply_to,
            user_is_minor=request.user_is_minor,
        )
        try:
            stored = await self._service.assess_message(message)
        except InvalidInput as error:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(error))
        after = await self._service.after_sensitive(stored, message)
        return safety_pb2.Assessment(
            message_id=stored.message_id,
            risk_level=f"RISK_LEVEL_{stored.risk.level.name}",
            categories=list(stored.risk.categories),
            crisis_support_sent=stored.crisis_support_sent,
            reply_guidance=self._service.reply_guidance(stored, message, after),
            review_before_sending=self._service.review_before_sending(stored, message),
            crisis_support_text=self._service.undelivered_crisis_support(stored, message),
            sensitive=stored.sensitive,
            goodbye_after_sensitive=after.goodbye,
            after_sensitive=after.other,
        )

    async def ReviewReply(  # noqa: N802 - gRPC method name
        self, request: safety_pb2.ReviewReplyRequest, context: grpc.aio.ServicerContext
    ) -> safety_pb2.ReviewReplyResponse:
        result = await self._service.review_reply(
            request.reply_text,
            request.user_text,
            request.user_is_minor,
            user_id=request.user_id,
            in_reply_to=request.in_reply_to,
        )
        verdict = safety_pb2.REVIEW_VERDICT_ALLOW if result.allowed else safety_pb2.REVIEW_VERDICT_REPLACE
        return safety_pb2.ReviewReplyResponse(verdict=verdict, reply_text=result.text, reasons=list(result.reasons))

    async def MayContact(  # noqa: N802 - gRPC method name
        self, request: safety_pb2.MayContactRequest, context: grpc.aio.ServicerContext
    ) -> safety_pb2.MayContactResponse:
        await _require_user(request.user_id, context)
        allowed, reason = await self._wellbeing.may_contact(request.user_id)
        return safety_pb2.MayContactResponse(allowed=allowed, reason=reason)

    async def Pause(  # noqa: N802 - gRPC method name
        self, request: safety_pb2.PauseRequest, context: grpc.aio.ServicerContext
    ) -> safety_pb2.WellbeingSettings:
        await _require_user(request.user_id, context)
        until = request.until.ToDatetime(tzinfo=UTC) if request.HasField("until") else None
        try:
            state = await self._wellbeing.pause(request.user_id, until)
        except InvalidRequest as error:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(error))
        return _settings(state, datetime.now(UTC))

    async def Resume(  # noqa: N802 - gRPC method name
        self, request: safety_pb2.ResumeRequest, context: grpc.aio.ServicerContext
    ) -> safety_pb2.WellbeingSettings:
        await _require_user(request.user_id, context)
        return _settings(await self._wellbeing.resume(request.user_id), datetime.now(UTC))

    async def SetQuietHours(  # noqa: N802 - gRPC method name
        self, request: safety_pb2.SetQuietHoursRequest, context: grpc.aio.ServicerContext
    ) -> safety_pb2.WellbeingSettings:
        await _require_user(request.user_id, context)
        try:
            state = await self._wellbeing.set_quiet_hours(
                request.user_id, request.start, request.end, request.time_zone
            )
        except InvalidRequest as error:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(error))
        return _settings(state, datetime.now(UTC))

    async def GetWellbeing(  # noqa: N802 - gRPC method name
        self, request: safety_pb2.GetWellbeingRequest, context: grpc.aio.ServicerContext
    ) -> safety_pb2.WellbeingSummary:
        await _require_user(request.user_id, context)
        summary = await self._wellbeing.summary(request.user_id, request.days)
        return safety_pb2.WellbeingSummary(
            settings=_settings(summary.state, datetime.now(UTC)),
            days=[
                safety_pb2.WellbeingDay(
                    day=day.isoformat(),
                    messages=a.messages,
                    active_minutes=a.active_seconds // 60,
                    late_night_messages=a.late_night_messages,
                    dependency_cues=a.dependency_cues,
                )
                for day, a in summary.days
            ],
            streak_days=summary.streak_days,
            minutes_today=summary.minutes_today,
            last_disclosed_at=_timestamp(summary.state.last_disclosed_at),
            last_nudge_at=_timestamp(summary.state.last_nudge_at),
        )

    async def ExportReferralReport(  # noqa: N802 - gRPC method name
        self, request: safety_pb2.ReferralReportRequest, context: grpc.aio.ServicerContext
    ) -> safety_pb2.ReferralReport:
        try:
            report = await self._wellbeing.referral_report(request.year)
        except InvalidRequest as error:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(error))
        return safety_pb2.ReferralReport(
            year=report.year, total=report.total, by_region=report.by_region, by_month=report.by_month
        )

    async def TakeUndeliveredNotices(  # noqa: N802 - gRPC method name
        self, request: safety_pb2.TakeUndeliveredNoticesRequest, context: grpc.aio.ServicerContext
    ) -> safety_pb2.TakeUndeliveredNoticesResponse:
        await _require_user(request.user_id, context)
        notices = await self._wellbeing.take_undelivered_notices(request.user_id, request.limit)
        return safety_pb2.TakeUndeliveredNoticesResponse(
            notices=[
                safety_pb2.UndeliveredNotice(
                    delivery_id=n.notice_id,
                    conversation_id=n.conversation_id,
                    in_reply_to=n.in_reply_to,
                    kind=n.kind,
                    text=n.text,
                    created_at=_timestamp(n.created_at),
                )
                for n in notices
            ]
        )


async def _require_user(user_id: str, context: grpc.aio.ServicerContext) -> None:
    if not user_id:
        await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "user_id is required")
