"""gRPC clients for the services dialogue talks to: memory, safety and the gateway's delivery."""

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import grpc
import structlog
from google.protobuf.timestamp_pb2 import Timestamp

from companion.v1 import delivery_pb2, delivery_pb2_grpc, memory_pb2, memory_pb2_grpc, safety_pb2, safety_pb2_grpc
from companion_common.grpc_serving import Channels
from companion_dialogue.domain.followups import ContactDecision, in_quiet_hours
from companion_dialogue.domain.model import IncomingMessage, RecalledMemory, SafetyView

log = structlog.stdlib.get_logger(__name__)

_CRISIS_LEVEL = safety_pb2.RISK_LEVEL_IDEATION
_IMMINENT_LEVEL = safety_pb2.RISK_LEVEL_IMMINENT
# Concern or above is always sensitive (safety.proto Assessment.sensitive): checked here too, so that a safety
# service older than the field still keeps plans and check-ins away from a message at risk.
_SENSITIVE_LEVEL = safety_pb2.RISK_LEVEL_CONCERN


class GrpcMemory:
    """Recalls what is relevant to a message and never sensitive: memory leaves out memories below
    ``min_relevance`` and those of sensitive messages (include_sensitive false), and any that still comes back
    flagged sensitive is dropped here too. No engine is ever given a sensitive memory to quote."""

    def __init__(
        self,
        channels: Channels,
        address: str,
        timeout_s: float,
        limit: int,
        token_budget: int,
        min_relevance: float = 0.0,
    ) -> None:
        self._stub = memory_pb2_grpc.MemoryStub(channels.get(address))
        self._timeout_s = timeout_s
        self._limit = limit
        self._token_budget = token_budget
        self._min_relevance = min_relevance

    async def recall(self, message: IncomingMessage) -> list[RecalledMemory]:
        response = await self._stub.Recall(
            memory_pb2.RecallRequest(
                user_id=message.user_id,
                query=message.text,
                limit=self._limit,
                token_budget=self._token_budget,
                exclude_message_ids=[message.message_id],
                min_relevance=self._min_relevance,
                include_sensitive=False,
            ),
            timeout=self._timeout_s,
        )
        kept = [
            RecalledMemory(m.text, m.said_at.ToDatetime(tzinfo=UTC), m.relevance, m.subject, m.kind)
            for m in response.memories
            if not m.sensitive
        ]
        if len(kept) < len(response.memories):
            log.warning("sensitive_memories_dropped", count=len(response.memories) - len(kept))
        return kept


class GrpcSafety:
    def __init__(self, channels: Channels, address: str, timeout_s: float) -> None:
        self._stub = safety_pb2_grpc.SafetyStub(channels.get(address))
        self._timeout_s = timeout_s

    async def assess(self, message: IncomingMessage) -> SafetyView:
        assessment = await self._stub.AssessMessage(
            safety_pb2.AssessMessageRequest(
                user_id=message.user_id,
                conversation_id=message.conversation_id,
                message_id=message.message_id,
                text=message.text,
                locale=message.locale,
                reply_to=message.reply_to,
                user_is_minor=message.user_is_minor,
            ),
            timeout=self._timeout_s,
        )
        risk_to_self = "self_harm" in assessment.categories or not assessment.categories
        return SafetyView(
            crisis=assessment.risk_level >= _CRISIS_LEVEL,
            guidance=assessment.reply_guidance,
            review_before_sending=assessment.review_before_sending,
            crisis_support_text=assessment.crisis_support_text,
            sensitive=assessment.sensitive or assessment.risk_level >= _SENSITIVE_LEVEL,
            risk_to_self=risk_to_self,
            goodbye_after_sensitive=assessment.goodbye_after_sensitive,
            after_sensitive=assessment.after_sensitive,
            someone_at_risk="someone_at_risk" in assessment.categories,
            someone_in_danger="someone_in_danger" in assessment.categories,
            imminent=assessment.risk_level >= _IMMINENT_LEVEL and risk_to_self,
        )

    async def review(self, message: IncomingMessage, reply_text: str) -> str:
        response = await self._stub.ReviewReply(
            safety_pb2.ReviewReplyRequest(
                user_id=message.user_id,
                conversation_id=message.conversation_id,
                in_reply_to=message.message_id,
                user_text=message.text,
                reply_text=reply_text,
                user_is_minor=message.user_is_minor,
            ),
            timeout=self._timeout_s,
        )
        return str(response.reply_text)


class GrpcDelivery:
    def __init__(self, channels: Channels, timeout_s: float, stream_timeout_s: float = 120.0) -> None:
        self._channels = channels
        self._timeout_s = timeout_s
        self._stream_timeout_s = stream_timeout_s

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
    ) -> int:
        kind = delivery_pb2.OUTBOUND_KIND_REPLY
        if failure:
            kind = delivery_pb2.OUTBOUND_KIND_FAILURE
        elif check_in:
            kind = delivery_pb2.OUTBOUND_KIND_CHECK_IN
        outbound = _outbound(delivery_id, user_id, conversation_id, in_reply_to, kind, text)
        stub = delivery_pb2_grpc.DeliveryStub(self._channels.get(address))
        response = await stub.Deliver(delivery_pb2.DeliverRequest(outbound=outbound), timeout=self._timeout_s)
        return int(response.connections)

    async def open_stream(
        self,
        address: str,
        *,
        delivery_id: str,
        user_id: str,
        conversation_id: str,
        in_reply_to: str,
        answers: list[str],
    ) -> "GrpcReplyStream":
        header = _outbound(delivery_id, user_id, conversation_id, in_reply_to, delivery_pb2.OUTBOUND_KIND_REPLY, "")
        header.answers.extend(answers)
        stub = delivery_pb2_grpc.DeliveryStub(self._channels.get(address))
        stream = GrpcReplyStream(stub.DeliverStream(timeout=self._stream_timeout_s))
        await stream.write(delivery_pb2.ReplyFrame(header=header, seq=0))
        return stream


class GrpcReplyStream:
    """One DeliverStream call. Failures are logged and swallowed: the reply is stored either way, and a
    client that missed it gets it at its next connection."""

    def __init__(self, call: Any) -> None:
        self._call = call
        self._seq = 0
        self._broken = False

    async def write(self, frame: delivery_pb2.ReplyFrame) -> None:
        if self._broken:
            return
        try:
            await self._call.write(frame)
        except Exception as error:  # noqa: BLE001 - see the class docstring
            self._broken = True
            log.warning("reply_stream_broken", error_type=type(error).__name__)

    async def send(self, delta: str) -> None:
        self._seq += 1
        await self.write(delivery_pb2.ReplyFrame(seq=self._seq, delta=delta))

    async def finish(self, text: str) -> int:
        self._seq += 1
        await self.write(delivery_pb2.ReplyFrame(seq=self._seq, final=True, text=text))
        if self._broken:
            self._call.cancel()
            return 0
        try:
            await self._call.done_writing()
            response = await self._call
        except Exception as error:  # noqa: BLE001 - see the class docstring
            log.warning("reply_stream_broken", error_type=type(error).__name__)
            return 0
        return int(response.connections)

    async def abort(self) -> None:
        self._call.cancel()


def _outbound(
    delivery_id: str, user_id: str, conversation_id: str, in_reply_to: str, kind: int, text: str
) -> delivery_pb2.Outbound:
    created_at = Timestamp()
    created_at.FromDatetime(datetime.now(UTC))
    return delivery_pb2.Outbound(
        delivery_id=delivery_id,
        user_id=user_id,
        conversation_id=conversation_id,
        in_reply_to=in_reply_to,
        kind=kind,  # type: ignore[arg-type]
        text=text,
        created_at=created_at,
        source="dialogue",
    )


class QuietHoursPolicy:
    """The built-in contact rule: never between quiet_start and quiet_end o'clock in the user's time zone."""

    def __init__(self, quiet_start: int, quiet_end: int) -> None:
        self._start = quiet_start
        self._end = quiet_end

    async def may_contact(self, user_id: str, time_zone: str, now: datetime) -> ContactDecision:
        try:
            zone = ZoneInfo(time_zone) if time_zone else UTC
        except (ZoneInfoNotFoundError, ValueError):
            zone = UTC
        if in_quiet_hours(now.astimezone(zone), self._start, self._end):
            return ContactDecision(False, "quiet_hours")
        return ContactDecision(True)


class SafetyContactPolicy:
    """Asks safety ``MayContact`` (the user's pause, quiet hours, and "at_risk" while a recent message was
    sensitive) after the built-in quiet hours, passing on safety's reason (a check-in held back as "at_risk" is
    dropped). A safety service too old to know the call (UNIMPLEMENTED) leaves the built-in quiet hours alone to
    decide. Safety unreachable means no: a check-in can wait, an unwanted one cannot be taken back."""

    def __init__(self, channels: Channels, address: str, timeout_s: float, fallback: QuietHoursPolicy) -> None:
        self._stub = safety_pb2_grpc.SafetyStub(channels.get(address))
        self._timeout_s = timeout_s
        self._fallback = fallback

    async def may_contact(self, user_id: str, time_zone: str, now: datetime) -> ContactDecision:
        built_in = await self._fallback.may_contact(user_id, time_zone, now)
        if not built_in.allowed:
            return built_in
        try:
            response = await self._stub.MayContact(
                safety_pb2.MayContactRequest(user_id=user_id), timeout=self._timeout_s
            )
        except grpc.aio.AioRpcError as error:
            if error.code() == grpc.StatusCode.UNIMPLEMENTED:
                return built_in
            log.warning("contact_check_failed", code=error.code().name)
            return ContactDecision(False, "safety_unreachable")
        return ContactDecision(bool(response.allowed), "" if response.allowed else str(response.reason))
