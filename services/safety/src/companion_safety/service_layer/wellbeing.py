"""Use cases of wellbeing: AI notices, "I need space", quiet hours, signals, nudges, and the referral report.

Every user message is observed once (idempotent per message id), under a per-user lock so that replicas
share one state; notices go to the gateway that holds the user's connection after the state is committed, and
each is recorded as an intervention, marked delivered when the gateway took it. A crash between commit and
send loses that notice (at most once): the next message's notices are unaffected, and the AI notice is
repeated on schedule anyway.
"""

from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import structlog

from companion_common.ids import new_id
from companion_safety.domain import wellbeing
from companion_safety.domain.jurisdiction import jurisdiction
from companion_safety.domain.wellbeing import ActivityDay, ContactPreferences, DisclosurePolicy, NudgePolicy
from companion_safety.service_layer.model import MessageObserved, ReferralReport, UserState, WellbeingSummary

log = structlog.stdlib.get_logger(__name__)


class InvalidRequest(ValueError):
    pass


# How long a notice that reached no client is kept for the user's next connection.
UNDELIVERED_NOTICE_MAX_AGE = timedelta(hours=24)


class WellbeingTransaction(Protocol):
    async def mark_observed(self, message_id: str) -> bool: ...
    async def state(self) -> UserState: ...
    async def save_state(self, state: UserState) -> None: ...
    async def day(self, day: date) -> ActivityDay: ...
    async def save_day(self, day: date, activity: ActivityDay) -> None: ...
    async def record_notice(self, notice: "Notice") -> None: ...


class WellbeingStore(Protocol):
    def locked_user(self, user_id: str) -> AbstractAsyncContextManager[WellbeingTransaction]: ...
    async def state(self, user_id: str) -> UserState: ...
    async def days(self, user_id: str, since: date) -> list[tuple[date, ActivityDay]]: ...
    async def active_days(self, user_id: str, limit: int) -> list[date]: ...
    async def referral_counts(self, year: int) -> list[tuple[date, str, int]]: ...
    async def mark_delivered(self, user_id: str, intervention_id: str) -> None: ...
    async def take_undelivered(self, user_id: str, since: datetime, limit: int) -> list["Notice"]: ...
    async def last_sensitive_at(self, user_id: str, since: datetime) -> datetime | None: ...


class NoticeDelivery(Protocol):
    async def send_notice(
        self, address: str, *, delivery_id: str, user_id: str, conversation_id: str, in_reply_to: str, text: str
    ) -> int: ...


@dataclass(frozen=True)
class Notice:
    """A notice as it is kept until a client has it."""

    notice_id: str
    conversation_id: str
    in_reply_to: str
    kind: str
    text: str
    created_at: datetime | None = None


def zone_of(name: str) -> tzinfo:
    try:
        return ZoneInfo(name) if name else UTC
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


class WellbeingService:
    def __init__(
        self,
        store: WellbeingStore,
        delivery: NoticeDelivery,
        disclosure: DisclosurePolicy,
        nudges: NudgePolicy,
        # Keyed by jurisdiction: "US" or "US-WA" (see domain/jurisdiction.py).
        disclosure_by_region: dict[str, DisclosurePolicy] | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        # After a sensitive message, nothing proactive for this long (MayContact "at_risk").
        at_risk_hold: timedelta = wellbeing.AT_RISK_HOLD,
    ) -> None:
        self._at_risk_hold = at_risk_hold
        self._store = store
        self._delivery = delivery
        self._disclosure = disclosure
        self._disclosure_by_region = disclosure_by_region or {}
        self._nudges = nudges
        self._clock = clock

    async def observe(self, message: MessageObserved) -> list[str]:
        """Counts the message and sends what is due; returns the kinds of notices sent (empty on a repeat)."""
        now = self._clock()
        zone = zone_of(message.time_zone)
        notices: list[tuple[str, str]] = []
        async with self._store.locked_user(message.user_id) as tx:
            if not await tx.mark_observed(message.message_id):
                return []
            state = await tx.state()
            # Once the text has said the user is a minor, the stricter rules stay on for them.
            state.minor_signal_seen = state.minor_signal_seen or message.minor_signal
            minor = message.user_is_minor or state.minor_signal_seen
            state.time_zone = message.time_zone or state.time_zone
            notices += self._pause_dialogue(state, message.text, now, zone)
            policy = wellbeing.disclosure_policy(
                jurisdiction(message.locale), self._disclosure_by_region, self._disclosure
            )
            reason = policy.due(state.last_disclosed_at, now, zone, minor)
            if reason is not None:
                kind = "break_reminder" if minor and reason == "interval" else "ai_disclosure"
                notices.insert(0, (kind, wellbeing.disclosure_text(minor, reason)))
                state.last_disclosed_at = now
            local = message.sent_at.astimezone(zone)
            cue = wellbeing.dependency_cue(message.text)
            activity = wellbeing.record_message(await tx.day(local.date()), state.last_activity_at, now, local, cue)
            await tx.save_day(local.date(), activity)
            state.last_activity_at = now
            late = wellbeing.LATE_NIGHT_HOURS[0] <= local.hour < wellbeing.LATE_NIGHT_HOURS[1]
            # In a crisis the crisis support speaks; a nudge about screen time would be out of place, and so it
            # would after any sensitive message within the at-risk hold ("sleep well" right after "the pills are
            # here"). That is asked only when a nudge is due, so the common path costs no query.
            nudge = (
                None
                if message.crisis
                else wellbeing.nudge_due(activity, cue, late, state.last_nudge_at, now, self._nudges, minor)
            )
            if nudge is not None and await self._at_risk(message.user_id, now):
                nudge = None
            if nudge is not None:
                notices.append((f"nudge_{nudge[0]}", nudge[1]))
                state.last_nudge_at = now
            kept = [Notice(new_id(), message.conversation_id, message.message_id, kind, text) for kind, text in notices]
            for notice in kept:
                await tx.record_notice(notice)
            await tx.save_state(state)
        # Sent after the commit: a client that acts on a notice (e.g. reads its paused state) sees it in effect.
        # One that reaches no client stays undelivered, for the user's next connection.
        for notice in kept:
            if await self._send(message, notice):
                await self._store.mark_delivered(message.user_id, notice.notice_id)
        if notices:
            log.info("wellbeing_notices_sent", kinds=[kind for kind, _ in notices])
        return [kind for kind, _ in notices]

    def _pause_dialogue(self, state: UserState, text: str, now: datetime, zone: tzinfo) -> list[tuple[str, str]]:
        """A pause asked for in words takes effect only after the user confirms it; "I'm back" ends one at once
        (no question: it is what they asked for, and contact is what they want)."""
        if wellbeing.paused(state.paused_until, state.paused_indefinitely, now) and wellbeing.back_request(text):
            _resume(state)
            return [("pause_resumed", wellbeing.resumed())]
        pending = state.pending_pause_expires is not None and now <= state.pending_pause_expires
        if pending:
            answer = wellbeing.confirmation(text)
            if answer is not None:
                until, indefinite = state.pending_pause_until, state.pending_pause_indefinite
                state.pending_pause_until, state.pending_pause_indefinite, state.pending_pause_expires = (
                    None,
                    False,
                    None,
                )
                if not answer:
                    return [("pause_declined", "Okay, no pause. I'm here.")]
                state.paused_until, state.paused_indefinitely = until, indefinite
                local_until = until.astimezone(zone) if until else None
                return [("pause_confirmed", wellbeing.pause_confirmed(local_until))]
        request = wellbeing.space_request(text)
        if request is None:
            return []
        until = now + request.duration if request.duration is not None else None
        state.pending_pause_until, state.pending_pause_indefinite = until, until is None
        state.pending_pause_expires = now + wellbeing.CONFIRMATION_WINDOW
        return [("pause_question", wellbeing.pause_question(request, until.astimezone(zone) if until else None))]

    async def _send(self, message: MessageObserved, notice: Notice) -> bool:
        """Whether a client of the user received it."""
        if not message.reply_to:
            return False
        try:
            connections = await self._delivery.send_notice(
                message.reply_to,
                delivery_id=notice.notice_id,
                user_id=message.user_id,
                conversation_id=message.conversation_id,
                in_reply_to=message.message_id,
                text=notice.text,
            )
        except Exception as error:  # noqa: BLE001 - a notice that cannot be delivered must not block the stream
            log.warning("notice_undelivered", error_type=type(error).__name__)
            return False
        return connections > 0

    async def take_undelivered_notices(self, user_id: str, limit: int = 0) -> list[Notice]:
        """Notices of the last day that reached no client, oldest first, now counted as delivered: the caller
        hands them to a client that just connected. Older ones are stale (yesterday's AI notice, a pause
        question whose time to answer has passed) and stay in the audit trail only."""
        if not user_id:
            raise InvalidRequest("user_id is required")
        since = self._clock() - UNDELIVERED_NOTICE_MAX_AGE
        return await self._store.take_undelivered(user_id, since, max(1, min(limit or 50, 100)))

    async def pause(self, user_id: str, until: datetime | None) -> UserState:
        if until is not None and until <= self._clock():
            raise InvalidRequest("until must be in the future")
        async with self._store.locked_user(user_id) as tx:
            state = await tx.state()
            state.paused_until, state.paused_indefinitely = until, until is None
            await tx.save_state(state)
        return state

    async def resume(self, user_id: str) -> UserState:
        async with self._store.locked_user(user_id) as tx:
            state = await tx.state()
            _resume(state)
            await tx.save_state(state)
        return state

    async def set_quiet_hours(self, user_id: str, start: str, end: str, time_zone: str) -> UserState:
        if bool(start) != bool(end):
            raise InvalidRequest("give both start and end, or neither")
        try:
            parsed = (time.fromisoformat(start), time.fromisoformat(end)) if start else (None, None)
        except ValueError as error:
            raise InvalidRequest("start and end must be HH:MM") from error
        if time_zone:
            try:
                ZoneInfo(time_zone)
            except (ZoneInfoNotFoundError, ValueError) as error:
                raise InvalidRequest("unknown time zone") from error
        async with self._store.locked_user(user_id) as tx:
            state = await tx.state()
            state.quiet_start, state.quiet_end = parsed
            state.time_zone = time_zone or state.time_zone
            await tx.save_state(state)
        return state

    async def may_contact(self, user_id: str) -> tuple[bool, str]:
        """No while paused, in quiet hours, or while any message of the user assessed within the at-risk hold
        was sensitive (reason "at_risk"): a proactive message must not follow one at risk."""
        now = self._clock()
        state = await self._store.state(user_id)
        at_risk = await self._at_risk(user_id, now)
        prefs = ContactPreferences(
            state.paused_until, state.paused_indefinitely, state.quiet_start, state.quiet_end, at_risk=at_risk
        )
        return wellbeing.may_contact(prefs, now, zone_of(state.time_zone))

    async def _at_risk(self, user_id: str, now: datetime) -> bool:
        return await self._store.last_sensitive_at(user_id, now - self._at_risk_hold) is not None

    async def summary(self, user_id: str, days: int) -> WellbeingSummary:
        state = await self._store.state(user_id)
        today = self._clock().astimezone(zone_of(state.time_zone)).date()
        recent = await self._store.days(user_id, today - timedelta(days=max(1, min(days or 7, 90)) - 1))
        streak = wellbeing.streak_days(await self._store.active_days(user_id, 400), today)
        minutes_today = next((a.active_seconds // 60 for d, a in recent if d == today), 0)
        return WellbeingSummary(state, recent, streak, minutes_today)

    async def referral_report(self, year: int) -> ReferralReport:
        return await referral_report(self._store, year)


def _resume(state: UserState) -> None:
    """Ends a pause, by the API or in words alike; a pause question still open is moot once the user is back."""
    state.paused_until, state.paused_indefinitely = None, False
    state.pending_pause_until, state.pending_pause_indefinite, state.pending_pause_expires = None, False, None


async def referral_report(store: WellbeingStore, year: int) -> ReferralReport:
    """Crisis referrals of one year by region and month; the counts carry no identifiers."""
    if not 2000 <= year <= 9999:
        raise InvalidRequest("year out of range")
    by_region: dict[str, int] = {}
    by_month: dict[str, int] = {}
    for day, region, count in await store.referral_counts(year):
        by_region[region] = by_region.get(region, 0) + count
        by_month[f"{day:%Y-%m}"] = by_month.get(f"{day:%Y-%m}", 0) + count
    return ReferralReport(year, sum(by_region.values()), by_region, by_month)
