"""A message read after the user's recent ones: raised to a crisis only when the detector leans towards one and
an earlier message within the window was itself at risk; never a request for space, never an ordinary message."""

from companion_safety.domain.context import CONTEXT_BAR, CONTEXT_RULE, in_context, may_need_context
from companion_safety.domain.risk import SELF_HARM, RiskAssessment, RiskLevel


def _assessed(probability: float, level: RiskLevel = RiskLevel.NONE) -> RiskAssessment:
    return RiskAssessment(level, (), scores={"meaning_crisis": probability})


def test_a_leaning_message_after_one_at_risk_is_read_as_at_risk() -> None:
    read = in_context(_assessed(CONTEXT_BAR + 0.01), "thanks for everything. bye", [RiskLevel.PLAN])
    assert read.level == RiskLevel.IDEATION
    assert read.categories[0] == SELF_HARM
    assert CONTEXT_RULE in read.matched_rules


def test_without_an_earlier_message_at_risk_nothing_changes() -> None:
    alone = _assessed(0.9, RiskLevel.CONCERN)
    assert in_context(alone, "thanks for everything. bye", []) == alone
    assert in_context(alone, "thanks for everything. bye", [RiskLevel.CONCERN]) == alone


def test_an_ordinary_message_after_one_at_risk_stays_ordinary() -> None:
    dinner = _assessed(CONTEXT_BAR - 0.01)
    assert in_context(dinner, "what should i cook tonight", [RiskLevel.IMMINENT]) == dinner
    assert not may_need_context(dinner, "what should i cook tonight")


def test_a_request_for_space_is_left_to_the_pause_flow() -> None:
    space = _assessed(0.99)
    assert in_context(space, "I need some space", [RiskLevel.IDEATION]) == space


def test_a_message_already_at_risk_is_not_read_again() -> None:
    plan = _assessed(0.99, RiskLevel.PLAN)
    assert not may_need_context(plan, "i have the rope")
    assert in_context(plan, "i have the rope", [RiskLevel.IDEATION]) == plan


def test_without_the_detector_over_meaning_nothing_is_read_in_context() -> None:
    rules_only = RiskAssessment(RiskLevel.NONE, ())
    assert in_context(rules_only, "ok its done", [RiskLevel.IMMINENT]) == rules_only
