"""Reading a message after the ones before it: "thanks for everything. bye" or "ok its done" is harmless alone and
alarming minutes after "i can't do this anymore".

A message below the crisis bar on its own is read as at risk (ideation: crisis support) when the detector over
meaning still leans towards a crisis (its probability at least CONTEXT_BAR) and one of the user's messages within
CONTEXT_WINDOW was itself at risk. Only earlier assessments are read (their levels), never earlier text. What is
never raised: a request for space (the pause flow answers it), and a message the detector finds plainly
ordinary, so that someone at risk an hour ago who now talks about dinner is not alarmed at.
"""

from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta

from companion_safety.domain import wellbeing
from companion_safety.domain.risk import SELF_HARM, RiskAssessment, RiskLevel

CONTEXT_WINDOW = timedelta(minutes=30)
# Chosen on services/safety/eval/chat_context_dev.jsonl (see its README), never on the context holdout.
CONTEXT_BAR = 0.5
CONTEXT_RULE = "context.after_risk"


def may_need_context(assessment: RiskAssessment, text: str, bar: float = CONTEXT_BAR) -> bool:
    """Whether the earlier messages could change this assessment (so that the common case reads nothing more)."""
    probability = assessment.scores.get("meaning_crisis")
    return (
        assessment.level < RiskLevel.IDEATION
        and probability is not None
        and probability >= bar
        and wellbeing.space_request(text) is None
    )


def in_context(
    assessment: RiskAssessment, text: str, earlier_levels: Sequence[RiskLevel], bar: float = CONTEXT_BAR
) -> RiskAssessment:
    """The assessment of a message given the levels of the user's messages within CONTEXT_WINDOW before it."""
    if not may_need_context(assessment, text, bar) or not any(level >= RiskLevel.IDEATION for level in earlier_levels):
        return assessment
    categories = assessment.categories if SELF_HARM in assessment.categories else (SELF_HARM, *assessment.categories)
    return replace(
        assessment,
        level=RiskLevel.IDEATION,
        categories=categories,
        matched_rules=(*assessment.matched_rules, CONTEXT_RULE),
    )
