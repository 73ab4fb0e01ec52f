import pytest

from companion_safety.domain.crisis import crisis_message, resources_for
from companion_safety.domain.review import review_reply
from companion_safety.domain.risk import RiskLevel, assess


@pytest.mark.parametrize(
    "text",
    [
        "I want to kill myself",
        "i dont want to live anymore",
        "k1ll mys3lf",
        "I've been thinking about suicide a lot",
        "everyone would be better off without me",
        "I just want to end my life",
        "I wish I was dead",
        "I burned myself again last night, the marks are still there",
        "it's a form of self-injury, I know",
        "if I don't SH I stop eating",
        "I tried to OD last month",
        "it makes me want to kill everyone including myself",
        "goodnight forever, bye world",
    ],
)
def test_explicit_suicidal_statements_are_ideation_or_worse(text: str) -> None:
    assert assess(text).level >= RiskLevel.IDEATION
    assert assess(text).categories == ("self_harm",)


@pytest.mark.parametrize(
    "text",
    [
        "This traffic is killing me",
        "How do I kill a Python process?",
        "I could die of boredom in this meeting",
        "That joke killed me, I was dying of laughter",
        "I have pills for my headache",
        "Let's watch a movie tonight",
        "I burned myself on the stove making pancakes",
        "I stabbed myself by accident with a fork, ouch",
        "sh, the baby is sleeping",
        "my first attempt at sourdough was a disaster",
    ],
)
def test_everyday_hyperbole_and_technical_talk_are_not_crises(text: str) -> None:
    assert assess(text).level < RiskLevel.IDEATION


def test_intent_with_means_or_timing_raises_the_level() -> None:
    assert assess("I want to kill myself, I have pills saved up").level == RiskLevel.PLAN
    assert assess("I'm going to kill myself tonight").level == RiskLevel.IMMINENT


def test_crisis_resources_follow_the_users_region() -> None:
    us = crisis_message(resources_for("en-US"))
    assert "988" in us
    assert "741741" in us
    assert "116 123" in crisis_message(resources_for("en-GB"))
    assert "findahelpline.com" in crisis_message(resources_for("pt"))


def test_a_reply_claiming_to_be_human_is_replaced() -> None:
    claimed = review_reply("Of course I'm a real person, silly!")
    honest = review_reply("I'm not a human, but I'm here for you.")
    assert not claimed.allowed
    assert "AI" in claimed.text
    assert claimed.reasons == ("claims_to_be_human",)
    assert honest.allowed
