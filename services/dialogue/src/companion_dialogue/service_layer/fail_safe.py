"""What dialogue does when the safety service cannot be reached: the written fail-safe policy.

Policy (issue 4):
1. No reply the safety service has not reviewed is ever kept or sent as the answer. Every model draft goes
   through ReviewReply; when that call fails for any reason (unreachable, deadline, error), the draft is dropped
   and the holding reply below replaces it. One limit, by design: a reply that safety's assessment allowed to
   stream (an adult, no risk, not a goodbye: ``review_before_sending`` false) is shown as it is written, and
   the reviewed or holding text replaces it when it is complete. Nothing streams when assessment failed.
2. When AssessMessage fails, the message is treated as possibly a crisis: we cannot know it is not one. The
   user gets a fixed, pre-written holding reply that is safe for anyone to read and carries crisis resources
   that work everywhere (988 in the US, findahelpline.com elsewhere, the local emergency number), and asks
   them to send the message again later. The model's draft is not sent, even if review works again.
3. When AssessMessage worked but ReviewReply fails, the user gets the holding reply too: with the crisis
   resources if the message was a crisis, a plain "try again" otherwise.
4. The message counts as answered (stored once, like any reply): the stream consumer does not retry it, so
   a safety outage never turns into silence or into a reply minutes later out of context. The failures are
   logged (type only, never text) so that operators see the outage.
Why not retry until safety returns: a person in crisis must hear back at once, and resources we can always
give; why not reply unchecked: an unreviewed reply is the one harm this service exists to prevent.
"""

from typing import Protocol

import structlog

from companion_dialogue.domain.model import IncomingMessage, SafetyView

log = structlog.stdlib.get_logger(__name__)

HOLDING_REPLY_WITH_RESOURCES = (
    "I can't answer properly right now, sorry. If you're going through something hard or thinking about "
    "hurting yourself, please reach out now: in the US call or text 988 (or text HOME to 741741); elsewhere "
    "find a free helpline at https://findahelpline.com, and in danger call your local emergency number. "
    "Please send me your message again in a little while."
)
HOLDING_REPLY = "Sorry, I can't answer properly right now. Please send me your message again in a little while."

# Returned when assessment failed: supportive guidance for any draft, and a marker that review must not pass it.
# Sensitive too: nothing is derived from a message that may be a crisis (no plan, no check-in).
UNASSESSED = SafetyView(
    crisis=True,
    review_before_sending=True,
    sensitive=True,
    guidance="Safety could not assess this message: be calm and supportive, no romance or role-play.",
)


class Safety(Protocol):
    async def assess(self, message: IncomingMessage) -> SafetyView: ...
    async def review(self, message: IncomingMessage, reply_text: str) -> str: ...


async def assess(safety: Safety, message: IncomingMessage) -> SafetyView:
    try:
        return await safety.assess(message)
    except Exception as error:  # noqa: BLE001 - any failure means "not assessed": the policy above applies
        log.error("safety_assess_failed_fail_safe", error_type=type(error).__name__)
        return UNASSESSED


async def review(safety: Safety, message: IncomingMessage, draft: str, view: SafetyView) -> str:
    if view is UNASSESSED:
        return HOLDING_REPLY_WITH_RESOURCES
    try:
        return await safety.review(message, draft)
    except Exception as error:  # noqa: BLE001 - an unreviewed draft is never sent
        log.error("safety_review_failed_fail_safe", error_type=type(error).__name__)
        return HOLDING_REPLY_WITH_RESOURCES if view.crisis else HOLDING_REPLY
