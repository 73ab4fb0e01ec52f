"""Use cases of the safety service."""

import asyncio
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractAsyncContextManager
from datetime import UTC, date, datetime, timedelta
from typing import Protocol

import structlog

from companion_common.ids import new_id
from companion_safety import metrics
from companion_safety.domain import context, crisis, review, wellbeing
from companion_safety.domain.risk import SEXUAL, RiskAssessment, RiskAssessor, RiskLevel, with_moderation
from companion_safety.metrics import CrisisSupportMissed
from companion_safety.service_layer.model import AfterSensitive, MessageToAssess, StoredAssessment

log = structlog.stdlib.get_logger(__name__)


class InvalidInput(ValueError):
    pass


class AuditTransaction(Protocol):
    async def get(self, user_id: str, message_id: str) -> StoredAssessment | None: ...

    async def recent_levels(self, user_id: str, within: timedelta) -> list[RiskLevel]:
        """Risk levels of the user's sensitive messages assessed within ``within`` (newest first)."""
        ...

    async def save(self, user_id: str, conversation_id: str, stored: StoredAssessment) -> None: ...

    async def record_crisis_referral(
        self, user_id: str, intervention_id: str, message_id: str, region: str, delivered: bool, day: date
    ) -> None: ...


class Audit(Protocol):
    def locked(self, user_id: str, message_id: str) -> AbstractAsyncContextManager[AuditTransaction]: ...


class Delivery(Protocol):
    async def send_crisis_support(
        self, address: str, *, delivery_id: str, user_id: str, conversation_id: str, in_reply_to: str, text: str
    ) -> int: ...


class Moderation(Protocol):
    version: str

    async def categories(self, text: str) -> set[str]: ...


class SafetyService:
    def __init__(
        self,
        audit: Audit,
        delivery: Delivery,
        assessor: RiskAssessor,
        resources: dict[str, crisis.CrisisResources] | None = None,
        moderation: Moderation | None = None,
    ) -> None:
        self._moderation = moderation
        self._audit = audit
        self._delivery = delivery
        self._assessor = assessor
        self._resources = resources or crisis.DEFAULT_RESOURCES
        # The detectors run a model (~10 ms of CPU a message): off the event loop, one message at a time, so gRPC
        # calls and the stream consumer stay responsive and two cores are not oversubscribed.
        self._assessing = ThreadPoolExecutor(max_workers=1, thread_name_prefix="assessor")

    def close(self) -> None:
        self._assessing.shutdown(wait=False, cancel_futures=True)

    async def warm_up(self) -> None:
        """Runs the detectors once on the assessing thread (its tokenizer, the model's first run) before the
        service reports healthy: cold, the first message took longer than dialogue waits for an assessment."""
        await asyncio.get_running_loop().run_in_executor(self._assessing, self._assessor.assess, "hi, how are you?")

    async def assess_message(self, message: MessageToAssess) -> StoredAssessment:
        """Assesses once per message; at ideation or above, crisis support goes out before this returns."""
        if not message.user_id or not message.message_id:
            raise InvalidInput("user_id and message_id are required")
        async with self._audit.locked(message.user_id, message.message_id) as tx:
            existing = await tx.get(message.user_id, message.message_id)
            if existing is not None:
                return existing
            assessment = await self._assess(message.text)
            if (cue := context.cue(assessment, message.text)) is not None:  # read after the user's recent messages
                earlier = await tx.recent_levels(message.user_id, context.CONTEXT_WINDOW)
                assessment = context.carried_over(assessment, cue, earlier)
            sent = False
            if assessment.needs_support:
                minor = _may_be_minor(message, assessment)
                sent = await self._send_crisis_support(tx, message, assessment, minor)
            stored = StoredAssessment(message.message_id, assessment, sent)
            await tx.save(message.user_id, message.conversation_id, stored)
        metrics.assessed(assessment.level)
        log.info(
            "message_assessed",
            risk_level=assessment.level.name,
            categories=list(assessment.categories),
            detector=assessment.detector_version,
            crisis_support_sent=sent,
        )
        return stored

    async def _assess(self, text: str) -> RiskAssessment:
        assessment = await asyncio.get_running_loop().run_in_executor(self._assessing, self._assessor.assess, text)
        if self._moderation is None or not text.strip():
            return assessment
        try:
            flagged = await self._moderation.categories(text)
        except Exception as error:  # noqa: BLE001 - an optional signal: the local detectors still decide
            log.warning("moderation_unavailable", error_type=type(error).__name__)
            return assessment
        return with_moderation(assessment, flagged, self._moderation.version)

    async def _send_crisis_support(
        self, tx: AuditTransaction, message: MessageToAssess, risk: RiskAssessment, minor: bool
    ) -> bool:
        resources = crisis.resources_for(message.locale, self._resources)
        delivery_id = new_id()
        delivered = False
        missed = CrisisSupportMissed.NO_ROUTE
        if message.reply_to:
            try:
                connections = await self._delivery.send_crisis_support(
                    message.reply_to,
                    delivery_id=delivery_id,
                    user_id=message.user_id,
                    conversation_id=message.conversation_id,
                    in_reply_to=message.message_id,
                    text=_support_text(resources, risk, minor),
                )
                # Nobody connected: dialogue's stored reply carries it instead (crisis_support_text).
                delivered = connections > 0
                missed = CrisisSupportMissed.NO_CONNECTION
            except Exception as error:  # noqa: BLE001 - dialogue then carries the resources in its reply
                log.error("crisis_support_undelivered", error_type=type(error).__name__)
                missed = CrisisSupportMissed.DELIVERY_FAILED
        metrics.crisis_support(delivered, missed)
        await tx.record_crisis_referral(
            message.user_id, delivery_id, message.message_id, resources.region, delivered, datetime.now(UTC).date()
        )
        return delivered

    async def review_reply(
        self,
        reply_text: str,
        user_text: str = "",
        user_is_minor: bool = False,
        *,
        user_id: str = "",
        in_reply_to: str = "",
    ) -> review.ReplyReview:
        """Reviews a draft reply against the message it answers, as safety assessed it: a message at risk that the
        rules alone would not see (the learned detector, the conversation before it) keeps its crisis reply."""
        stored = None
        after_sensitive = False
        if user_id and in_reply_to:
            async with self._audit.locked(user_id, in_reply_to) as audit:
                stored = await audit.get(user_id, in_reply_to)
                if review.says_goodbye(user_text):
                    after_sensitive = bool(await audit.recent_levels(user_id, context.CONTEXT_WINDOW))
        at_risk = stored is not None and stored.risk.level >= RiskLevel.IDEATION
        result = review.review_reply(
            reply_text, user_text, user_is_minor, user_at_risk=at_risk, after_sensitive=after_sensitive
        )
        if not result.allowed:
            log.info("reply_replaced", reasons=list(result.reasons))
        return result

    async def after_sensitive(self, stored: StoredAssessment, message: MessageToAssess) -> AfterSensitive:
        """Whether the message, below the crisis level, follows one of the user's sensitive messages within
        CONTEXT_WINDOW ("ok goodnight" minutes after an abuse disclosure, "ok" after "i want to die"): its reply must
        be gentle, never a cheerful sign-off or small talk (see safety.proto). One read of the audit, none in a
        crisis."""
        if stored.risk.needs_support:
            return AfterSensitive()
        async with self._audit.locked(message.user_id, message.message_id) as audit:
            if not await audit.recent_levels(message.user_id, context.CONTEXT_WINDOW):
                return AfterSensitive()
        goodbye = review.says_goodbye(message.text)
        # a sensitive message is answered as one already; its own record is among the recent ones
        return AfterSensitive(goodbye=goodbye, other=not goodbye and not stored.sensitive)

    def review_before_sending(self, stored: StoredAssessment, message: MessageToAssess) -> bool:
        """Whether the reply must be reviewed whole before any of it is shown (see safety.proto)."""
        risky = stored.risk.level > RiskLevel.NONE  # a category the classifier alone saw, weakly, is not enough
        return risky or message.user_is_minor or review.says_goodbye(message.text)

    def undelivered_crisis_support(self, stored: StoredAssessment, message: MessageToAssess) -> str:
        """The crisis support dialogue must carry in its reply because it did not reach the user ("" if none)."""
        if not stored.risk.needs_support or stored.crisis_support_sent:
            return ""
        resources = crisis.resources_for(message.locale, self._resources)
        minor = _may_be_minor(message, stored.risk)
        return _support_text(resources, stored.risk, minor)

    def reply_guidance(
        self, stored: StoredAssessment, message: MessageToAssess, after: AfterSensitive | None = None
    ) -> str:
        """Instructions for dialogue's reply: crisis, a minor, a request for space, a goodbye after a sensitive
        message."""
        parts = []
        if stored.risk.needs_support:
            supported = stored.risk.support_categories
            if "someone_in_danger" in supported:
                parts.append(crisis.SOMEONE_IN_DANGER_GUIDANCE)
            at_risk = "self_harm" in supported or not ({"abuse", "debt", "someone_at_risk"} & set(supported))
            if at_risk:
                parts.append(crisis.CRISIS_REPLY_GUIDANCE)
                if stored.risk.level >= RiskLevel.IMMINENT:  # the number first: "ya me tomé todas las pastillas"
                    parts.append(crisis.IMMINENT_REPLY_GUIDANCE)
                if "abuse" in supported:
                    parts.append(crisis.ALSO_ABUSE_GUIDANCE)
            elif "abuse" in supported:
                parts.append(crisis.ABUSE_REPLY_GUIDANCE)
            elif "debt" in supported:
                parts.append(crisis.DEBT_REPLY_GUIDANCE)
            else:
                parts.append(crisis.SOMEONE_AT_RISK_GUIDANCE)
            if not stored.crisis_support_sent:
                parts.append("Crisis resources could not be sent separately; they are added to your reply.")
        if _may_be_minor(message, stored.risk):
            parts.append(MINOR_GUIDANCE)
            if SEXUAL in stored.risk.categories:
                parts.append("The message is sexual: decline kindly and change the subject.")
        if wellbeing.space_request(message.text) is not None:
            parts.append(SPACE_GUIDANCE)
        if after is not None:
            if after.goodbye:
                parts.append(GENTLE_GOODBYE_GUIDANCE)
            if after.other:
                parts.append(AFTER_SENSITIVE_GUIDANCE)
        return " ".join(parts)


def _support_text(resources: crisis.CrisisResources, risk: RiskAssessment, minor: bool) -> str:
    """The support sent for an assessment: what it is about, and whether the act is under way (imminent)."""
    return crisis.crisis_message(resources, risk.support_categories, minor, risk.level >= RiskLevel.IMMINENT)


def _may_be_minor(message: MessageToAssess, risk: RiskAssessment) -> bool:
    """The account says the user is a minor, or the message does ("I'm 15")."""
    return message.user_is_minor or risk.minor_signal


MINOR_GUIDANCE = (
    "The user may be a minor: no romance, flirting or sexual content of any kind, keep replies age-appropriate, "
    "and encourage breaks and time with friends and family."
)
SPACE_GUIDANCE = (
    "The user is asking for space; a pause confirmation was sent to them. Reply briefly and warmly, "
    "respect it, and do not ask them to stay."
)
AFTER_SENSITIVE_GUIDANCE = (
    "Minutes ago the user told you something painful or of risk to themselves. Stay gentle and warm: no cheer, no "
    "jokes, no small talk; ask how they are now, and let them lead. Do not repeat what they told you unless they do."
)
GENTLE_GOODBYE_GUIDANCE = (
    "The user is saying goodbye minutes after telling you something painful. Say goodbye gently: thank them for "
    "trusting you, remind them that support is there if they need someone before you talk again, and say you are "
    "here whenever they want to talk. No cheerful sign-off, no jokes, and do not ask them to stay."
)
