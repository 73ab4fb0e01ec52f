"""Use cases of the dialogue service: answer a message (or a burst), show history, personas, failures.

How a message is answered, and why each step is where it is:
1. A message already answered (alone or within a burst) is only re-delivered if no client got it yet.
2. The user turn is stored and its arrival noted in Redis; safety assesses it at once (crisis support goes out
   before anything else happens).
3. The reply waits until the conversation has been quiet for the burst window (shared in Redis), so that
   "hey" "so" "guess what" are answered once, together.
4. Under the conversation's lease (Redis; one replica at a time), every user turn not yet answered is answered
   by one reply, streamed to the gateway as it is generated, reviewed by safety, stored with a unique key,
   and counts as delivered once a client has received it.
"""

import asyncio
import json
import time
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import structlog

from companion_common.ids import new_id
from companion_dialogue import metrics
from companion_dialogue.domain.model import (
    ChatRequest,
    IncomingMessage,
    RecalledMemory,
    ReplyContext,
    SafetyView,
    Turn,
)
from companion_dialogue.domain.persona import DEFAULT_PERSONA, Persona, parse_card, to_card
from companion_dialogue.domain.prompt import build_request
from companion_dialogue.metrics import ReplyOutcome
from companion_dialogue.service_layer import fail_safe

log = structlog.stdlib.get_logger(__name__)

FAILURE_NOTICE = "Sorry, I couldn't answer your last message just now. Could you send it again?"


class Transcripts(Protocol):
    async def answering_reply(
        self, user_id: str, conversation_id: str, message_id: str
    ) -> tuple[Turn, bool] | None: ...
    async def add_user_turn_or_find_reply(
        self, user_id: str, conversation_id: str, message_id: str, text: str, at: datetime
    ) -> tuple[Turn, bool] | None: ...
    async def unanswered_and_recent(
        self, user_id: str, conversation_id: str, limit: int
    ) -> tuple[list[Turn], list[Turn]]: ...
    async def add_burst_reply(self, user_id: str, conversation_id: str, reply: Turn, answers: list[str]) -> Turn: ...
    async def mark_delivered(self, user_id: str, conversation_id: str, turn_id: str) -> None: ...
    async def recent(
        self, user_id: str, conversation_id: str, limit: int, before_id: str | None = None
    ) -> list[Turn]: ...
    async def after(self, user_id: str, conversation_id: str, after_id: str, limit: int) -> list[Turn]: ...
    async def take_undelivered(self, user_id: str, limit: int) -> list[Turn]: ...


class Personas(Protocol):
    async def get(self, user_id: str, conversation_id: str) -> dict[str, Any] | None: ...
    async def put(self, user_id: str, conversation_id: str, card: dict[str, Any]) -> None: ...


class Memory(Protocol):
    async def recall(self, message: IncomingMessage) -> list[RecalledMemory]: ...


class Safety(Protocol):
    async def assess(self, message: IncomingMessage) -> SafetyView: ...
    async def review(self, message: IncomingMessage, reply_text: str) -> str: ...


class ReplyStream(Protocol):
    """One reply on its way to the gateway. Never raises: a broken stream only means fewer clients saw it."""

    async def send(self, delta: str) -> None: ...
    async def finish(self, text: str) -> int: ...
    async def abort(self) -> None: ...


class Delivery(Protocol):
    async def deliver(
        self,
        address: str,
        *,
        delivery_id: str,
        user_id: str,
        conversation_id: str,
        in_reply_to: str,
        text: str,
        failure: bool = False,
        check_in: bool = False,
    ) -> int: ...
    async def open_stream(
        self,
        address: str,
        *,
        delivery_id: str,
        user_id: str,
        conversation_id: str,
        in_reply_to: str,
        answers: list[str],
    ) -> ReplyStream: ...


class Engine(Protocol):
    name: str

    def stream(self, request: ChatRequest) -> AsyncIterator[str]: ...
    async def aclose(self) -> None: ...


class Coordination(Protocol):
    def conversation_lease(self, conversation_id: str) -> AbstractAsyncContextManager[None]: ...
    async def note_message(self, conversation_id: str, at_ms: int, keep_ms: int) -> None: ...
    async def latest_message_ms(self, conversation_id: str) -> int: ...


class PlanNotes(Protocol):
    async def note(self, message: IncomingMessage, local_time: datetime) -> None: ...


class DialogueService:
    def __init__(
        self,
        transcripts: Transcripts,
        memory: Memory,
        safety: Safety,
        delivery: Delivery,
        engine: Engine,
        *,
        personas: Personas,
        coordination: Coordination,
        plans: PlanNotes | None = None,
        recent_turns: int,
        burst_window_ms: int = 0,
        burst_max_wait_ms: int = 4000,
        token_budget: int = 3000,
        stream_coalesce_ms: int = 0,
    ) -> None:
        self._transcripts = transcripts
        self._memory = memory
        self._safety = safety
        self._delivery = delivery
        self._engine = engine
        self._personas = personas
        self._coordination = coordination
        self._plans = plans
        self._recent_turns = recent_turns
        self._burst_window_ms = burst_window_ms
        self._burst_max_wait_ms = burst_max_wait_ms
        self._token_budget = token_budget
        self._coalesce_s = stream_coalesce_ms / 1000

    async def answer(self, message: IncomingMessage) -> None:
        """Replies to a user message exactly once, however often it is delivered and whatever it arrives with."""
        try:
            await self._answer(message)
        except Exception:
            metrics.reply_ended(ReplyOutcome.ERROR)
            raise

    async def _answer(self, message: IncomingMessage) -> None:
        t = self._transcripts
        lap = _Laps()
        log.info("message_received", queued_ms=_ms_since(message.received_at))
        # These steps are idempotent and independent, so they run at once (time to first token counts):
        # an already answered message costs only a no-op insert and a shared assessment.
        existing, _, safety, memories, persona = await asyncio.gather(
            t.add_user_turn_or_find_reply(
                message.user_id, message.conversation_id, message.message_id, message.text, message.sent_at
            ),
            self._note_arrival(message.conversation_id),
            # Safety first; when it cannot be reached, the written fail-safe policy applies (fail_safe.py).
            fail_safe.assess(self._safety, message),
            self._recall(message),  # used when the message is answered on its own, as most are
            self._persona(message.user_id, message.conversation_id),
        )
        if existing is not None:
            reply, delivered = existing
            if not delivered:
                await self._deliver(message, reply)
            metrics.reply_ended(ReplyOutcome.ALREADY_ANSWERED)
            return
        lap("stored_assessed_recalled")
        await self._wait_for_burst_end(message.conversation_id)
        lap("burst_waited")
        async with self._coordination.conversation_lease(message.conversation_id):
            lap("leased")
            pending, recent = await t.unanswered_and_recent(
                message.user_id, message.conversation_id, self._recent_turns + 50
            )
            if message.message_id not in {turn.turn_id for turn in pending}:
                # Answered meanwhile, together with the other messages of its burst.
                await self._redeliver_if_answered(message)
                metrics.reply_ended(ReplyOutcome.ALREADY_ANSWERED)
                return
            history = [turn for turn in recent if turn.turn_id < pending[0].turn_id][-self._recent_turns :]
            if len(pending) > 1:
                memories = []  # recalled again below, for the whole burst
            await self._reply(message, pending, _Prepared(safety, memories, persona, history), lap)

    async def _redeliver_if_answered(self, message: IncomingMessage) -> bool:
        existing = await self._transcripts.answering_reply(message.user_id, message.conversation_id, message.message_id)
        if existing is None:
            return False
        reply, delivered = existing
        if not delivered:
            await self._deliver(message, reply)
        return True

    async def _note_arrival(self, conversation_id: str) -> None:
        if self._burst_window_ms > 0:
            await self._coordination.note_message(conversation_id, _now_ms(), keep_ms=self._burst_max_wait_ms + 60_000)

    async def _wait_for_burst_end(self, conversation_id: str) -> None:
        """Waits until the conversation has been quiet for the burst window (bounded by burst_max_wait_ms)."""
        if self._burst_window_ms <= 0:
            return
        started = _now_ms()
        while True:
            now = _now_ms()
            quiet_for = now - await self._coordination.latest_message_ms(conversation_id)
            waited = now - started
            if quiet_for >= self._burst_window_ms or waited >= self._burst_max_wait_ms:
                return
            await asyncio.sleep(min(self._burst_window_ms - quiet_for, self._burst_max_wait_ms - waited) / 1000)

    async def _reply(self, message: IncomingMessage, pending: list[Turn], ready: "_Prepared", lap: "_Laps") -> None:
        t = self._transcripts
        newest = pending[-1]
        answers = [turn.turn_id for turn in pending]
        together = replace(
            message, message_id=newest.turn_id, text="\n".join(turn.text for turn in pending), sent_at=newest.at
        )
        reply_id = new_id()
        # Opened while the prompt is assembled and the model starts: the typing indicator shows at once.
        opening = asyncio.create_task(
            self._delivery.open_stream(
                message.reply_to,
                delivery_id=reply_id,
                user_id=message.user_id,
                conversation_id=message.conversation_id,
                in_reply_to=together.message_id,
                answers=answers,
            )
        )
        safety, memories = ready.safety, ready.memories
        try:
            if len(pending) > 1:
                memories = await self._recall(together)
                for turn in pending:
                    if turn.turn_id != message.message_id:  # idempotent: each message has one shared assessment
                        other = await fail_safe.assess(
                            self._safety, replace(message, message_id=turn.turn_id, text=turn.text)
                        )
                        safety = _merge(safety, other)
            context = ReplyContext(
                message=together,
                local_time=_local_time(together),
                since_last_message_s=_since_last_user_turn(ready.history, pending[0].at),
                memories=tuple(memories),
                safety=safety,
                recent_turns=tuple(ready.history),
                persona=ready.persona,
                answers=tuple(answers),
            )
            request = build_request(context, token_budget=self._token_budget)
            lap("context")
            stream = await opening
        except BaseException:
            opening.cancel()
            raise
        # A reply to a crisis, a minor, a goodbye or anything risky reaches the user only after safety has
        # reviewed all of it; other replies stream as written and the reviewed text replaces them.
        live = not (safety.crisis or safety.review_before_sending or message.user_is_minor)
        parts: list[str] = []
        unsent = ""
        last_sent = 0.0
        try:
            async for delta in self._engine.stream(request):
                if not parts:
                    lap("first_token")
                    metrics.TIME_TO_FIRST_TOKEN.observe(lap.elapsed_s)
                parts.append(delta)
                unsent += delta
                # The first token goes out at once; later ones are sent together every coalesce interval,
                # which spares the gateway and the clients a frame per token at no cost a reader notices.
                if live and time.monotonic() - last_sent >= self._coalesce_s:
                    await stream.send(unsent)
                    unsent, last_sent = "", time.monotonic()
            if live and unsent:
                await stream.send(unsent)
            draft = "".join(parts).strip()
            if not draft:
                raise RuntimeError("the engine returned no text")
            text = await fail_safe.review(self._safety, together, draft, safety)
            # It did not reach the user: the stored reply carries it, first, where the reply says the number is
            # ("the number is at the top of the message I sent") and where someone opening the app sees it first.
            if safety.crisis_support_text:
                text = f"{safety.crisis_support_text}\n\n{text}"
        except BaseException:
            await stream.abort()
            raise
        # Plans are noted once the draft is written (off the time to first token) and before the reply is stored
        # (a retry notes them again, idempotently), with the whole burst's assessment: one sensitive message
        # blocks all of it.
        await self._note_plans(message, pending, safety)
        reply = Turn(reply_id, "companion", text, datetime.now(UTC), in_reply_to=together.message_id)
        stored = await t.add_burst_reply(message.user_id, message.conversation_id, reply, answers)
        if stored.turn_id != reply_id:  # another run stored first (a lease that expired): its reply stands
            await stream.abort()
            await self._deliver(together, stored)
            metrics.reply_ended(ReplyOutcome.SUPERSEDED)
            return
        connections = await stream.finish(stored.text)
        log.info(
            "reply_composed",
            engine=self._engine.name,
            answers=len(answers),
            memories=len(memories),
            crisis=safety.crisis,
            reply_chars=len(stored.text),
            connections=connections,
            laps_ms=lap.laps,
        )
        if connections > 0:
            await t.mark_delivered(message.user_id, message.conversation_id, stored.turn_id)
        metrics.reply_ended(ReplyOutcome.SENT if connections > 0 else ReplyOutcome.STORED)

    async def _note_plans(self, message: IncomingMessage, pending: list[Turn], safety: SafetyView) -> None:
        """Notes the dated plans of the messages a reply answers, unless any of them was sensitive (or could not
        be assessed): no check-in ever follows a message at risk, nor one sent in the same breath as it."""
        if self._plans is None:
            return
        if safety.sensitive or safety is fail_safe.UNASSESSED:
            log.info("plans_not_noted_sensitive", messages=len(pending))
            return
        for turn in pending:
            said = replace(message, message_id=turn.turn_id, text=turn.text, sent_at=turn.at)
            try:
                await self._plans.note(said, _local_time(said))
            except Exception as error:  # noqa: BLE001 - a missed follow-up must not cost the reply
                log.warning("plan_not_noted", error_type=type(error).__name__)

    async def _persona(self, user_id: str, conversation_id: str) -> Persona:
        card = await self._personas.get(user_id, conversation_id)
        if card is None:
            return DEFAULT_PERSONA
        return parse_card(json.dumps(card))

    async def _recall(self, message: IncomingMessage) -> list[RecalledMemory]:
        try:
            return await self._memory.recall(message)
        except Exception as error:  # noqa: BLE001 - a reply without memories beats no reply
            log.warning("recall_failed", error_type=type(error).__name__)
            return []

    async def _deliver(self, message: IncomingMessage, reply: Turn) -> None:
        try:
            connections = await self._delivery.deliver(
                message.reply_to,
                delivery_id=reply.turn_id,
                user_id=message.user_id,
                conversation_id=message.conversation_id,
                in_reply_to=reply.in_reply_to or message.message_id,
                text=reply.text,
            )
        except Exception as error:  # noqa: BLE001 - the reply is stored; the client gets it on reconnect
            log.warning("reply_undelivered", error_type=type(error).__name__)
            return
        if connections > 0:
            await self._transcripts.mark_delivered(message.user_id, message.conversation_id, reply.turn_id)

    async def notify_failure(self, message: IncomingMessage) -> None:
        """Tells the user a message could not be answered (it went to the dead-letter stream)."""
        notice = Turn(new_id(), "companion", FAILURE_NOTICE, datetime.now(UTC), in_reply_to=message.message_id)
        # The notice answers the message (the user is asked to send it again): no later burst gathers it.
        stored = await self._transcripts.add_burst_reply(
            message.user_id, message.conversation_id, notice, [message.message_id]
        )
        connections = await self._delivery.deliver(
            message.reply_to,
            delivery_id=stored.turn_id,
            user_id=message.user_id,
            conversation_id=message.conversation_id,
            in_reply_to=message.message_id,
            text=stored.text,
            failure=stored.text == FAILURE_NOTICE,
        )
        if connections > 0:
            await self._transcripts.mark_delivered(message.user_id, message.conversation_id, stored.turn_id)
        metrics.reply_ended(ReplyOutcome.FAILURE_NOTICE)

    async def history(self, user_id: str, conversation_id: str, limit: int, after_id: str = "") -> list[Turn]:
        limit = max(1, min(limit or 50, 200))
        if after_id:
            return await self._transcripts.after(user_id, conversation_id, after_id, limit)
        return await self._transcripts.recent(user_id, conversation_id, limit)

    async def take_undelivered(self, user_id: str, limit: int) -> list[Turn]:
        """What no client of the user has received (replies made while away, check-ins); delivered from now."""
        return await self._transcripts.take_undelivered(user_id, max(1, min(limit or 100, 500)))

    async def set_persona(self, user_id: str, conversation_id: str, card_json: str) -> dict[str, Any]:
        """Validates and stores a Character Card for one conversation; raises InvalidCard with a reason."""
        persona = parse_card(card_json)
        card = to_card(persona, persona.spec)
        await self._personas.put(user_id, conversation_id, card)
        return card

    async def get_persona(self, user_id: str, conversation_id: str, spec: str) -> tuple[dict[str, Any], bool]:
        card = await self._personas.get(user_id, conversation_id)
        persona = DEFAULT_PERSONA if card is None else parse_card(json.dumps(card))
        return to_card(persona, spec), card is not None


@dataclass(frozen=True)
class _Prepared:
    """What was gathered for a reply before its conversation's lease was taken."""

    safety: SafetyView
    memories: list[RecalledMemory]
    persona: Persona
    history: list[Turn]


class _Laps:
    """Milliseconds spent in each step of answering, for the logs (where a reply's latency goes)."""

    def __init__(self) -> None:
        self.laps: dict[str, float] = {}
        self._started = self._last = time.perf_counter()

    def __call__(self, name: str) -> None:
        now = time.perf_counter()
        self.laps[name] = round((now - self._last) * 1000, 2)
        self._last = now

    @property
    def elapsed_s(self) -> float:
        """Seconds since the message was taken up."""
        return time.perf_counter() - self._started


def _merge(first: SafetyView, second: SafetyView) -> SafetyView:
    if first is fail_safe.UNASSESSED or second is fail_safe.UNASSESSED:
        return fail_safe.UNASSESSED  # one unassessed message puts the whole burst under the fail-safe policy
    guidance = " ".join(g for g in dict.fromkeys((first.guidance, second.guidance)) if g)
    support = "\n\n".join(t for t in dict.fromkeys((first.crisis_support_text, second.crisis_support_text)) if t)
    return SafetyView(
        crisis=first.crisis or second.crisis,
        guidance=guidance,
        review_before_sending=first.review_before_sending or second.review_before_sending,
        crisis_support_text=support,
        sensitive=first.sensitive or second.sensitive,  # one sensitive message makes the whole burst so
        risk_to_self=any(view.crisis and view.risk_to_self for view in (first, second))
        or not (first.crisis or second.crisis),
        goodbye_after_sensitive=first.goodbye_after_sensitive or second.goodbye_after_sensitive,
        after_sensitive=first.after_sensitive or second.after_sensitive,
        someone_at_risk=first.someone_at_risk or second.someone_at_risk,
        someone_in_danger=first.someone_in_danger or second.someone_in_danger,
        imminent=first.imminent or second.imminent,
    )


def _ms_since(at: datetime | None) -> float | None:
    return None if at is None else round((datetime.now(UTC) - at).total_seconds() * 1000, 2)


def _now_ms() -> int:
    return int(time.time() * 1000)


def _local_time(message: IncomingMessage) -> datetime:
    try:
        zone = ZoneInfo(message.time_zone) if message.time_zone else UTC
    except (ZoneInfoNotFoundError, ValueError):
        zone = UTC
    return message.sent_at.astimezone(zone)


def _since_last_user_turn(history: list[Turn], sent_at: datetime) -> float | None:
    previous = [turn for turn in history if turn.role == "user"]
    if not previous:
        return None
    return max(0.0, (sent_at - previous[-1].at).total_seconds())
