"""Use cases of the dialogue service: answer a message, show history, tell a user a message failed."""

from datetime import UTC, datetime
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import structlog

from companion_common.ids import new_id
from companion_dialogue.domain.model import (
    ChatRequest,
    IncomingMessage,
    RecalledMemory,
    ReplyContext,
    SafetyView,
    Turn,
)
from companion_dialogue.domain.prompt import build_request
from companion_dialogue.service_layer import fail_safe

log = structlog.stdlib.get_logger(__name__)

FAILURE_NOTICE = "Sorry, I couldn't answer your last message just now. Could you send it again?"


class Transcripts(Protocol):
    async def add_user_turn(
        self, user_id: str, conversation_id: str, message_id: str, text: str, at: datetime
    ) -> None: ...
    async def reply_to(self, user_id: str, conversation_id: str, message_id: str) -> tuple[Turn, bool] | None: ...
    async def add_reply(self, user_id: str, conversation_id: str, reply: Turn) -> Turn: ...
    async def mark_delivered(self, user_id: str, conversation_id: str, turn_id: str) -> None: ...
    async def recent(
        self, user_id: str, conversation_id: str, limit: int, before_id: str | None = None
    ) -> list[Turn]: ...
    async def after(self, user_id: str, conversation_id: str, after_id: str, limit: int) -> list[Turn]: ...


class Memory(Protocol):
    async def recall(self, message: IncomingMessage) -> list[RecalledMemory]: ...


class Safety(Protocol):
    async def assess(self, message: IncomingMessage) -> SafetyView: ...
    async def review(self, message: IncomingMessage, reply_text: str) -> str: ...


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
    ) -> None: ...


class Engine(Protocol):
    name: str

    async def complete(self, request: ChatRequest) -> str: ...
    async def aclose(self) -> None: ...


class DialogueService:
    def __init__(
        self,
        transcripts: Transcripts,
        memory: Memory,
        safety: Safety,
        delivery: Delivery,
        engine: Engine,
        *,
        recent_turns: int,
    ) -> None:
        self._transcripts = transcripts
        self._memory = memory
        self._safety = safety
        self._delivery = delivery
        self._engine = engine
        self._recent_turns = recent_turns

    async def answer(self, message: IncomingMessage) -> None:
        """Replies to a user message exactly once, however often the message is delivered to us."""
        t = self._transcripts
        existing = await t.reply_to(message.user_id, message.conversation_id, message.message_id)
        if existing is not None:
            reply, delivered = existing
            if not delivered:
                await self._deliver(message, reply)
            return
        history = await t.recent(
            message.user_id, message.conversation_id, self._recent_turns, before_id=message.message_id
        )
        await t.add_user_turn(
            message.user_id, message.conversation_id, message.message_id, message.text, message.sent_at
        )
        # Safety first; when it cannot be reached, the written fail-safe policy applies (fail_safe.py).
        safety = await fail_safe.assess(self._safety, message)
        memories = await self._recall(message)
        context = ReplyContext(
            message=message,
            local_time=_local_time(message),
            since_last_message_s=_since_last_user_turn(history, message),
            memories=tuple(memories),
            safety=safety,
            recent_turns=tuple(history),
        )
        draft = await self._engine.complete(build_request(context))
        text = await fail_safe.review(self._safety, message, draft, safety)
        reply = Turn(new_id(), "companion", text, datetime.now(UTC), in_reply_to=message.message_id)
        stored = await t.add_reply(message.user_id, message.conversation_id, reply)
        log.info(
            "reply_composed",
            engine=self._engine.name,
            memories=len(memories),
            crisis=safety.crisis,
            reply_chars=len(stored.text),
        )
        await self._deliver(message, stored)

    async def _recall(self, message: IncomingMessage) -> list[RecalledMemory]:
        try:
            return await self._memory.recall(message)
        except Exception as error:  # noqa: BLE001 - a reply without memories beats no reply
            log.warning("recall_failed", error_type=type(error).__name__)
            return []

    async def _deliver(self, message: IncomingMessage, reply: Turn) -> None:
        try:
            await self._delivery.deliver(
                message.reply_to,
                delivery_id=reply.turn_id,
                user_id=message.user_id,
                conversation_id=message.conversation_id,
                in_reply_to=message.message_id,
                text=reply.text,
            )
        except Exception as error:  # noqa: BLE001 - the reply is stored; the client gets it from history
            log.warning("reply_undelivered", error_type=type(error).__name__)
            return
        await self._transcripts.mark_delivered(message.user_id, message.conversation_id, reply.turn_id)

    async def notify_failure(self, message: IncomingMessage) -> None:
        """Tells the user a message could not be answered (it went to the dead-letter stream)."""
        notice = Turn(new_id(), "companion", FAILURE_NOTICE, datetime.now(UTC), in_reply_to=message.message_id)
        stored = await self._transcripts.add_reply(message.user_id, message.conversation_id, notice)
        await self._delivery.deliver(
            message.reply_to,
            delivery_id=stored.turn_id,
            user_id=message.user_id,
            conversation_id=message.conversation_id,
            in_reply_to=message.message_id,
            text=stored.text,
            failure=stored.text == FAILURE_NOTICE,
        )
        await self._transcripts.mark_delivered(message.user_id, message.conversation_id, stored.turn_id)

    async def history(self, user_id: str, conversation_id: str, limit: int, after_id: str = "") -> list[Turn]:
        limit = max(1, min(limit or 50, 200))
        if after_id:
            return await self._transcripts.after(user_id, conversation_id, after_id, limit)
        return await self._transcripts.recent(user_id, conversation_id, limit)


def _local_time(message: IncomingMessage) -> datetime:
    try:
        zone = ZoneInfo(message.time_zone) if message.time_zone else UTC
    except (ZoneInfoNotFoundError, ValueError):
        zone = UTC
    return message.sent_at.astimezone(zone)


def _since_last_user_turn(history: list[Turn], message: IncomingMessage) -> float | None:
    previous = [turn for turn in history if turn.role == "user"]
    if not previous:
        return None
    return max(0.0, (message.sent_at - previous[-1].at).total_seconds())
