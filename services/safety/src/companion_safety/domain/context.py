"""Reading a message after the ones before it: "thanks for everything. bye", "yeah i do" or "ok its done" is
harmless alone and alarming minutes after "i can't do this anymore".

When one of the user's messages within CONTEXT_WINDOW was at risk (ideation or above), a message below the crisis
bar on its own is read as at risk if it
- is a farewell (a plan: a goodbye with intent) or tells a deed done or under way (imminent),
- says that help was not called or is not wanted ("no i haven't called", "i don't want an ambulance"),
- says yes to what was said before, or says in a few words that they are not safe or not ok, answers with a bare
  "no" or "i don't know", or that nothing can help (the earlier level carries over: nothing says the risk has
  passed), speaks of being a burden (ideation) or names means or a place (a plan),
- or the detector over meaning still leans towards a crisis (probability at least CONTEXT_BAR: ideation).
Only earlier assessments are read (their levels), never earlier text. Never raised: a request for space (the
pause flow answers it), a joke, game or story, and a message that names none of these, so that someone at risk
half an hour ago who now talks about dinner is not alarmed at. A yes, a burden, a means or a leaning score is not
carried over when the person says they feel better or safe or moves on to something else; a farewell or a deed
still is (sudden calm before a goodbye is itself a warning sign).
"""

from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta

from companion_safety.domain import phrases, wellbeing
from companion_safety.domain.risk import SELF_HARM, RiskAssessment, RiskLevel
from companion_safety.domain.text import normalize

CONTEXT_WINDOW = timedelta(minutes=30)
# Chosen on services/safety/eval/chat_context_dev.jsonl (see its README), never on a context holdout.
CONTEXT_BAR = 0.5
CONTEXT_RULE = "context.after_risk"
# A yes is a few words ("yeah i do", "yep friday"); a longer message says more than yes.
AFFIRMATION_WORDS = 8


# What in a message could carry an earlier risk over: its name (in the audit trail) and the level it implies
# (None: the earlier message's level).
Cue = tuple[str, RiskLevel | None]


def _cue(text: str, probability: float | None, bar: float) -> Cue | None:
    normalized = normalize(text)
    if wellbeing.space_request(text) is not None or phrases.AFTER_RISK_JOKE.search(normalized):
        return None
    if phrases.AFTER_RISK_DONE.search(normalized):
        return "done", RiskLevel.IMMINENT
    if phrases.AFTER_RISK_FAREWELL.search(normalized):
        return "farewell", RiskLevel.PLAN
    if phrases.AFTER_RISK_NO_HELP.search(normalized):
        return "no_help", None
    short = len(normalized.split()) <= AFFIRMATION_WORDS
    if short and phrases.AFTER_RISK_INSISTENCE.search(normalized):
        return "yes", None
    if phrases.AFTER_RISK_MOVED_ON.search(normalized):
        return None
    if short and phrases.AFTER_RISK_YES.search(normalized):
        return "yes", None
    if short and phrases.AFTER_RISK_NOT_SAFE.search(normalized):
        return "not_safe", None
    if short and phrases.AFTER_RISK_HOPELESS.search(normalized):
        return "hopeless", None
    if phrases.AFTER_RISK_BURDEN.search(normalized):
        return "burden", RiskLevel.IDEATION
    if phrases.AFTER_RISK_MEANS.search(normalized):
        return "means", RiskLevel.PLAN
    if probability is not None and probability >= bar:
        return "leaning", RiskLevel.IDEATION
    return None


def cue(assessment: RiskAssessment, text: str, bar: float = CONTEXT_BAR) -> Cue | None:
    """What could let the earlier messages change this assessment; None (the common case) when nothing could, so
    that nothing more is read."""
    if assessment.level >= RiskLevel.IDEATION:
        return None
    return _cue(text, assessment.scores.get("meaning_crisis"), bar)


def may_need_context(assessment: RiskAssessment, text: str, bar: float = CONTEXT_BAR) -> bool:
    """Whether the earlier messages could change this assessment."""
    return cue(assessment, text, bar) is not None


def carried_over(assessment: RiskAssessment, found: Cue, earlier_levels: Sequence[RiskLevel]) -> RiskAssessment:
    """The assessment of a message with this cue, given the levels of the user's messages within CONTEXT_WINDOW
    before it."""
    earlier = max(earlier_levels, default=RiskLevel.NONE)
    if earlier < RiskLevel.IDEATION:
        return assessment
    name, implied = found
    categories = assessment.categories if SELF_HARM in assessment.categories else (SELF_HARM, *assessment.categories)
    return replace(
        assessment,
        level=max(implied or earlier, RiskLevel.IDEATION),
        categories=categories,
        matched_rules=(*assessment.matched_rules, CONTEXT_RULE, f"{CONTEXT_RULE}.{name}"),
    )


def in_context(
    assessment: RiskAssessment, text: str, earlier_levels: Sequence[RiskLevel], bar: float = CONTEXT_BAR
) -> RiskAssessment:
    """The assessment of a message given the levels of the user's messages within CONTEXT_WINDOW before it."""
    if max(earlier_levels, default=RiskLevel.NONE) < RiskLevel.IDEATION:
        return assessment
    found = cue(assessment, text, bar)
    return assessment if found is None else carried_over(assessment, found, earlier_levels)
