"""Proactive check-ins: a dated plan the user mentioned leads to one "how did it go?" after the date.

Never nagging: one check-in per plan, at most ``max_per_day`` per user in any 24 hours, only when the contact
policy allows it now (safety decides pauses and quiet hours), and a plan not checked on within ``expiry``
after it was due is dropped. Never after a crisis: no plan is noted from a sensitive message (DialogueService
asks only for messages safety did not find sensitive), and a check-in that safety holds back as "at_risk"
(a recent message of the user was sensitive) is dropped at once rather than sent cheerfully later.
Work is found through a shared schedule (Redis); a check-in is stored and marked sent in one transaction,
so replicas never send one twice. If no client is connected it waits in the transcript
as undelivered and reaches the user at their next connection.
"""

from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

import structlog

from companion_common.ids import new_id
from companion_dialogue.domain.followups import ContactDecision, check_in_due, check_in_text, find_plan
from companion_dialogue.domain.model import IncomingMessage, Turn
from companion_dialogue.service_layer.services import Delivery

log = structlog.stdlib.get_logger(__name__)


class ContactPolicy(Protocol):
    """May the companion write first to this user now, and if not why? (Pause, quiet hours and whether the
    user is at risk belong to safety.)"""

    async def may_contact(self, user_id: str, time_zone: str, now: datetime) -> ContactDecision: ...


class FollowupStore(Protocol):
    async def add(
        self,
        *,
        user_id: str,
        source_message: str,
        conversation_id: str,
        what: str,
        due_at: datetime,
        time_zone: str,
        reply_to: str,
    ) -> bool: ...
    async def pending(self, user_id: str, source_message: str) -> dict[str, Any] | None: ...
    async def sent_since(self, user_id: str, since: datetime) -> int: ...
    async def expire(self, user_id: str, source_message: str) -> None: ...
    async def record_sent(self, user_id: str, source_message: str, check_in: Turn) -> bool: ...


class Schedule(Protocol):
    async def schedule(self, member: str, due_s: float) -> None: ...
    async def due(self, now_s: float, limit: int) -> list[str]: ...
    async def claim(self, member: str, now_s: float, retry_at_s: float) -> bool: ...
    async def unschedule(self, member: str) -> None: ...


class Delivered(Protocol):
    async def mark_delivered(self, user_id: str, conversation_id: str, turn_id: str) -> None: ...


class FollowupService:
    def __init__(
        self,
        store: FollowupStore,
        schedule: Schedule,
        policy: ContactPolicy,
        delivery: Delivery,
        transcripts: Delivered,
        *,
        max_per_day: int,
        expiry: timedelta,
        retry: timedelta = timedelta(minutes=15),
    ) -> None:
        self._store = store
        self._schedule = schedule
        self._policy = policy
        self._delivery = delivery
        self._transcripts = transcripts
        self._max_per_day = max_per_day
        self._expiry = expiry
        self._retry = retry

    async def note(self, message: IncomingMessage, local_time: datetime) -> None:
        """Records a dated plan the message mentions, and schedules its check-in."""
        plan = find_plan(message.text, local_time)
        if plan is None:
            return
        due = check_in_due(plan, local_time)
        added = await self._store.add(
            user_id=message.user_id,
            source_message=message.message_id,
            conversation_id=message.conversation_id,
            what=plan.what,
            due_at=due,
            time_zone=message.time_zone,
            reply_to=message.reply_to,
        )
        if added:
            await self._schedule.schedule(_member(message.user_id, message.message_id), due.timestamp())
            log.info("plan_noted", due_at=due.isoformat())

    async def run_once(self, now: datetime | None = None, limit: int = 50) -> int:
        """Sends the check-ins that are due and allowed; returns how many were sent."""
        now = now or datetime.now(UTC)
        sent = 0
        for member in await self._schedule.due(now.timestamp(), limit):
            if not await self._schedule.claim(member, now.timestamp(), (now + self._retry).timestamp()):
                continue  # another replica has it
            try:
                sent += await self._check_in(member, now)
            except Exception as error:  # noqa: BLE001 - it comes back after the retry interval
                log.warning("check_in_failed", error_type=type(error).__name__)
        return sent

    async def _check_in(self, member: str, now: datetime) -> int:
        user_id, source_message = member.rsplit("|", 1)  # user ids may hold "|", ULIDs never do
        plan = await self._store.pending(user_id, source_message)
        if plan is None:
            await self._schedule.unschedule(member)
            return 0
        if now > plan["due_at"] + self._expiry:
            await self._store.expire(user_id, source_message)
            await self._schedule.unschedule(member)
            log.info("check_in_expired")
            return 0
        if await self._store.sent_since(user_id, now - timedelta(days=1)) >= self._max_per_day:
            return 0  # retried after the retry interval
        decision = await self._policy.may_contact(user_id, plan["time_zone"], now)
        if decision.drop:  # the user is at risk: the check-in is dropped, never sent later
            await self._store.expire(user_id, source_message)
            await self._schedule.unschedule(member)
            log.info("check_in_dropped", reason=decision.reason)
            return 0
        if not decision.allowed:
            log.info("check_in_held_back", reason=decision.reason)
            return 0
        turn = Turn(new_id(), "companion", check_in_text(plan["what"]), now, conversation_id=plan["conversation_id"])
        if not await self._store.record_sent(user_id, source_message, turn):
            await self._schedule.unschedule(member)
            return 0
        await self._schedule.unschedule(member)
        try:
            connections = await self._delivery.deliver(
                plan["reply_to"],
                delivery_id=turn.turn_id,
                user_id=user_id,
                conversation_id=plan["conversation_id"],
                in_reply_to="",
                text=turn.text,
                check_in=True,
            )
        except Exception as error:  # noqa: BLE001 - stored: it reaches the user at the next connection
            log.info("check_in_kept_for_next_connection", error_type=type(error).__name__)
            connections = 0
        if connections > 0:
            await self._transcripts.mark_delivered(user_id, plan["conversation_id"], turn.turn_id)
        log.info("check_in_sent", connections=connections)
        return 1


def _member(user_id: str, message_id: str) -> str:
    return f"{user_id}|{message_id}"
