"""Review of the companion's own replies before they reach the user. Pure: no I/O."""

import re
from dataclasses import dataclass

_CLAIMS_HUMAN = re.compile(
    r"\b(?:i'?m|i am) (?:a |an )?(?:real |actual )?(?:human|person|man|woman|girl|guy)\b"
    r"|\bi'?m not (?:an? )?(?:ai|bot|robot|program|machine)\b",
    re.IGNORECASE,
)
_NEGATED = re.compile(r"\b(?:not|never|n't) (?:a |an )?(?:real |actual )?(?:human|person)\b", re.IGNORECASE)

HONEST_AI_REPLY = "I'm an AI companion, not a human, but I'm really here for our conversations."


@dataclass(frozen=True)
class ReplyReview:
    allowed: bool
    text: str
    reasons: tuple[str, ...] = ()


def review_reply(reply: str) -> ReplyReview:
    text = reply.replace("\u2019", "'")
    if _CLAIMS_HUMAN.search(text) and not _NEGATED.search(text):
        return ReplyReview(False, HONEST_AI_REPLY, ("claims_to_be_human",))
    return ReplyReview(True, reply)
