"""A message read after the user's recent ones: raised to a crisis when an earlier message within the window was at
risk and this one carries it over (a farewell, a deed, a yes, a burden, means, or the detector still leaning);
never a request for space, a joke, or an ordinary message."""

import pytest

from companion_safety.domain.context import CONTEXT_BAR, CONTEXT_RULE, in_context, may_need_context
from companion_safety.domain.risk import SELF_HARM, RiskAssessment, RiskLevel


def _assessed(probability: float, level: RiskLevel = RiskLevel.NONE) -> RiskAssessment:
    return RiskAssessment(level, (), scores={"meaning_crisis": probability})


def test_a_leaning_message_after_one_at_risk_is_read_as_at_risk() -> None:
    read = in_context(_assessed(CONTEXT_BAR + 0.01), "i just feel so heavy", [RiskLevel.PLAN])
    assert read.level == RiskLevel.IDEATION
    assert read.categories[0] == SELF_HARM
    assert CONTEXT_RULE in read.matched_rules
    assert f"{CONTEXT_RULE}.leaning" in read.matched_rules


@pytest.mark.parametrize(
    ("text", "earlier", "level", "cue"),
    [
        ("thanks for everything. bye", RiskLevel.IDEATION, RiskLevel.PLAN, "farewell"),
        ("you've been a good friend to me. take care", RiskLevel.IDEATION, RiskLevel.PLAN, "farewell"),
        ("ok its done", RiskLevel.PLAN, RiskLevel.IMMINENT, "done"),
        ("took them", RiskLevel.IDEATION, RiskLevel.IMMINENT, "done"),
        ("ok done", RiskLevel.PLAN, RiskLevel.IMMINENT, "done"),
        ("ok. going now", RiskLevel.PLAN, RiskLevel.IMMINENT, "done"),
        ("feeling so sleepy already", RiskLevel.IMMINENT, RiskLevel.IMMINENT, "done"),
        ("so thats that. everything's set up", RiskLevel.IDEATION, RiskLevel.IMMINENT, "done"),
        ("see ya. it was nice knowing you", RiskLevel.PLAN, RiskLevel.PLAN, "farewell"),
        ("im asking for real", RiskLevel.IDEATION, RiskLevel.IDEATION, "yes"),
        ("i do", RiskLevel.IDEATION, RiskLevel.IDEATION, "yes"),
        ("i know it sounds crazy but its true", RiskLevel.IDEATION, RiskLevel.IDEATION, "yes"),
        ("yeah i do", RiskLevel.IDEATION, RiskLevel.IDEATION, "yes"),
        ("yep friday", RiskLevel.PLAN, RiskLevel.PLAN, "yes"),
        ("not joking", RiskLevel.IMMINENT, RiskLevel.IMMINENT, "yes"),
        ("not joking btw", RiskLevel.PLAN, RiskLevel.PLAN, "yes"),
        ("they'd honestly be better off", RiskLevel.IDEATION, RiskLevel.IDEATION, "burden"),
        ("my nan's morphine is still in the drawer", RiskLevel.IDEATION, RiskLevel.PLAN, "means"),
        ("the bridge near work has a long drop", RiskLevel.IDEATION, RiskLevel.PLAN, "means"),
        ("no im not", RiskLevel.IDEATION, RiskLevel.IDEATION, "not_safe"),
        ("nope not safe", RiskLevel.PLAN, RiskLevel.PLAN, "not_safe"),
        ("nope", RiskLevel.IDEATION, RiskLevel.IDEATION, "not_safe"),
        ("idk", RiskLevel.PLAN, RiskLevel.PLAN, "not_safe"),
        ("not okay at all", RiskLevel.IDEATION, RiskLevel.IDEATION, "not_safe"),
        ("what does it matter", RiskLevel.IDEATION, RiskLevel.IDEATION, "hopeless"),
        ("nobody can help me", RiskLevel.PLAN, RiskLevel.PLAN, "hopeless"),
        ("too late", RiskLevel.IDEATION, RiskLevel.IMMINENT, "done"),
        # help not called after pills taken: the danger has not passed, whatever else is said
        ("no i haven't called", RiskLevel.IMMINENT, RiskLevel.IMMINENT, "no_help"),
        ("not ringing anyone, i feel fine now", RiskLevel.IMMINENT, RiskLevel.IMMINENT, "no_help"),
        ("i don't want an ambulance", RiskLevel.IMMINENT, RiskLevel.IMMINENT, "no_help"),
        ("cant call, phone's nearly dead", RiskLevel.PLAN, RiskLevel.PLAN, "no_help"),
    ],
)
def test_a_message_that_carries_an_earlier_risk_over_is_read_as_at_risk(
    text: str, earlier: RiskLevel, level: RiskLevel, cue: str
) -> None:
    alone = _assessed(0.05)
    assert may_need_context(alone, text)
    read = in_context(alone, text, [RiskLevel.NONE, earlier])
    assert read.level == level
    assert f"{CONTEXT_RULE}.{cue}" in read.matched_rules


def test_without_an_earlier_message_at_risk_nothing_changes() -> None:
    alone = _assessed(0.9, RiskLevel.CONCERN)
    assert in_context(alone, "thanks for everything. bye", []) == alone
    assert in_context(alone, "thanks for everything. bye", [RiskLevel.CONCERN]) == alone


@pytest.mark.parametrize(
    "text",
    [
        "what should i cook tonight",
        "ok unrelated but did you see the match",
        "yeah anyway whats for dinner",
        "i flushed the pills down the toilet",
        "feeling a bit better now, the rope was for climbing class",
        "lol jk i meant in the game",
        "yes lol",
        "no, what time is the game on?",
        "no im fine now, feeling better",
        "no lol",
        "its not ok to say that",
    ],
)
def test_an_ordinary_or_settling_message_after_one_at_risk_stays_as_it_was(text: str) -> None:
    alone = _assessed(0.05)
    assert in_context(alone, text, [RiskLevel.IMMINENT]) == alone


def test_a_farewell_is_carried_over_even_when_the_person_says_they_are_fine() -> None:
    # Sudden calm before a goodbye is a warning sign a counsellor would not let pass.
    read = in_context(_assessed(0.05), "im fine now. thanks for everything, goodbye", [RiskLevel.IDEATION])
    assert read.level == RiskLevel.PLAN


def test_a_long_message_is_more_than_a_yes() -> None:
    text = "yes i went to the shops and bought some bread and milk for the week"
    assert in_context(_assessed(0.05), text, [RiskLevel.IDEATION]).level == RiskLevel.NONE


def test_a_request_for_space_is_left_to_the_pause_flow() -> None:
    for text in ("I need some space", "leave me alone for a bit. bye"):
        space = _assessed(0.99)
        assert in_context(space, text, [RiskLevel.IDEATION]) == space
        assert not may_need_context(space, text)


def test_a_message_already_at_risk_is_not_read_again() -> None:
    plan = _assessed(0.99, RiskLevel.PLAN)
    assert not may_need_context(plan, "i have the rope")
    assert in_context(plan, "i have the rope", [RiskLevel.IDEATION]) == plan


def test_without_the_detector_over_meaning_the_words_still_carry_a_risk_over() -> None:
    rules_only = RiskAssessment(RiskLevel.NONE, ())
    assert in_context(rules_only, "ok its done", [RiskLevel.IMMINENT]).level == RiskLevel.IMMINENT
    assert in_context(rules_only, "i just feel so heavy", [RiskLevel.IMMINENT]) == rules_only


@pytest.mark.parametrize(
    "text", ["I have a job interview tomorrow", "i am making pasta tonight", "i know a good film", "i did the dishes"]
)
def test_a_message_that_only_starts_like_a_yes_is_not_one(text: str) -> None:
    assert in_context(_assessed(0.05), text, [RiskLevel.IDEATION]).level == RiskLevel.NONE


@pytest.mark.parametrize(
    "text", ["its time for dinner", "im ready for the party", "on my way to work", "i had them for lunch"]
)
def test_an_everyday_deed_is_not_one_told_after_risk(text: str) -> None:
    assert in_context(_assessed(0.05), text, [RiskLevel.IDEATION]).level == RiskLevel.NONE


@pytest.mark.parametrize(
    "text",
    ["haven't called my mum back about sunday", "i need to call the bank tomorrow", "ok i called 911, they're coming"],
)
def test_calls_about_other_things_or_help_called_carry_nothing_over(text: str) -> None:
    alone = _assessed(0.05)
    assert in_context(alone, text, [RiskLevel.IMMINENT]) == alone
