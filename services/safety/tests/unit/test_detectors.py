"""The combined detector: phrase rules for chat, the shipped classifier for long posts, and bad input."""

import time

import pytest

from companion_safety.adapters.model import load_classifier
from companion_safety.domain.risk import (
    ABUSE,
    HARASSMENT,
    RULES_VERSION,
    SELF_HARM,
    SEXUAL,
    RiskAssessor,
    RiskLevel,
    assess,
)
from companion_safety.domain.text import normalize


@pytest.fixture(scope="module")
def assessor() -> RiskAssessor:
    return RiskAssessor(load_classifier())


@pytest.mark.parametrize(
    "text",
    [
        "kms",
        "i wanna unalive myself",
        "I want to commit sucide",
        "im suicdal",
        "k i l l myself",
        "su1c1dal again",
        "nobody would miss me if i was gone",
        "quiero morirme",
        "não quero mais viver",
        "je veux mourir",
        "ich will nicht mehr leben",
        "voglio morire",
        "i want to die 😞",
        "IIII WAAANT TO DIEEEE",
        "just wishing i was dead",
        "honestly death sounds peaceful right now",
        "you'll all be sorry when i'm gone",
    ],
)
def test_slang_misspellings_and_other_languages_are_crises(assessor: RiskAssessor, text: str) -> None:
    result = assessor.assess(text)
    assert result.level >= RiskLevel.IDEATION
    assert SELF_HARM in result.categories


@pytest.mark.parametrize(
    "text",
    [
        "this traffic is killing me",
        "how do I kill a Python process?",
        "my feet are killing me after that hike",
        "this recipe is to die for",
        "I just read a book about suicide prevention",
        "how do I cut a mango",
        "I bought a rope for rock climbing",
        "Thanks!",
        "lol i'm dead 💀",
        "quiero aprender a cocinar",
    ],
)
def test_hard_negatives_raise_no_alarm(assessor: RiskAssessor, text: str) -> None:
    assert assessor.assess(text).level < RiskLevel.IDEATION


# The wish to die in scripts and languages the detector over meaning cannot read: these got no support at all.
@pytest.mark.parametrize(
    "text",
    [
        "我想死",
        "真的不想活了",
        "もう死にたい",
        "죽고 싶다",
        "yaar mujhe marna hai",
        "मैं मरना चाहता हूँ",
        "ik wil dood",
        "jag vill inte leva längre",
        "я больше не хочу жить",
        "chcę umrzeć",
        "artık ölmek istiyorum",
        "أريد أن أموت",
        "aku ingin mati saja",
        "tôi muốn chết",
        "minsan sana di na ako magising bukas",  # Tagalog (rules-37)
        "tatalon na ako sa tulay. sorry ma",
        "nimekunywa sumu, kwaheri",  # Swahili (rules-37)
        "niko tayari kufa, sitaki tena",
    ],
)
def test_a_wish_to_die_in_other_languages_is_a_crisis(assessor: RiskAssessor, text: str) -> None:
    result = assessor.assess(text)

    assert result.level >= RiskLevel.IDEATION
    assert SELF_HARM in result.categories


@pytest.mark.parametrize(
    "text",
    [
        "我想死你了",  # I miss you to death
        "笑死我了",  # that kills me (laughing)
        "배고파 죽겠다",  # I'm starving to death
        "ik ben doodmoe",  # dead tired
        "ölmek üzere olan telefonum",  # my phone that is about to die
        "nasa tulay na ako, grabe traffic sa edsa",  # on the bridge already, in traffic
        "nakakahiya talaga, gusto ko na lang mawala haha",  # so embarrassing I want to vanish
        "niko tayari kuruka na parachute kesho",  # ready for a parachute jump tomorrow
        "nimeweka sumu ya panya jikoni, panya wamejaa store",  # rat poison down for the rats
    ],
)
def test_everyday_words_of_death_in_other_languages_raise_no_alarm(assessor: RiskAssessor, text: str) -> None:
    assert assessor.assess(text).level < RiskLevel.IDEATION


def test_acts_under_way_are_imminent_even_without_stated_intent() -> None:
    assert assess("i took all my pills").level == RiskLevel.IMMINENT
    assert assess("I'm on the bridge and I'm going to jump").level == RiskLevel.IMMINENT
    assert assess("i tied a noose").level == RiskLevel.IMMINENT


def test_two_plan_signals_make_a_plan_even_unsaid() -> None:
    assert assess("I've been saving up pills for weeks and I wrote my note").level == RiskLevel.PLAN
    assert assess("I have pills for my headache").level == RiskLevel.NONE


def test_other_categories_and_minor_signals() -> None:
    assert ABUSE in assess("my stepdad hits me when he drinks").categories
    assert SEXUAL in assess("send me nudes").categories
    assert HARASSMENT in assess("kill yourself, loser").categories
    assert assess("i'm 14 and my mom took my phone").minor_signal
    assert not assess("i'm 5 minutes away").minor_signal


def test_the_classifier_finds_long_indirect_posts_the_rules_do_not_enumerate(assessor: RiskAssessor) -> None:
    post = (
        "every day feels the same and i am so tired of it. i've stopped answering my friends. i gave my cat to my "
        "sister. i keep thinking everyone would be fine if i was not around, i just want the pain to stop for good"
    )
    result = assessor.assess(post)
    assert result.scores["self_harm"] > 0.5
    assert result.level >= RiskLevel.CONCERN
    assert result.detector_version.startswith(RULES_VERSION + "+linear-")


@pytest.mark.parametrize(
    "text",
    ["", " ", "\x00\x01", "🙂" * 5000, "k1ll mys3lf " * 2000, "Ωμέγα 日本語 עברית", "a" * 1_000_000, "\u202e\u200b"],
)
def test_any_text_is_assessed_without_error_or_hanging(assessor: RiskAssessor, text: str) -> None:
    start = time.perf_counter()
    result = assessor.assess(text)
    assert result.level in RiskLevel
    # A guard against a rule that backtracks without end (minutes on such texts), not a speed target: speed is
    # bench-safety's. A 0.5 s bound failed CI once when the machine was busy (24,000 characters of "k1ll mys3lf").
    assert time.perf_counter() - start < 10


def test_normalization_keeps_numbers_and_undoes_leetspeak() -> None:
    assert normalize("Call 988 or k1ll") == "call 988 or kill"
    assert normalize("sooooo") == "soo"


def test_violence_against_the_user_with_present_danger_is_a_crisis_with_abuse_helplines() -> None:
    from companion_safety.domain.crisis import crisis_message, resources_for

    result = assess("my boyfriend threatened to kill me and I'm scared to go home")
    assert result.level >= RiskLevel.IDEATION
    assert ABUSE in result.categories
    message = crisis_message(resources_for("en-US"), result.categories)
    assert "1-800-799-7233" in message
    assert "911" in message
    assert "988" in crisis_message(resources_for("en-US"), ("self_harm", "abuse"))


@pytest.mark.parametrize(
    "text",
    [
        "Hey Mel! Good to see you! How have you been?",
        "The support group has made me feel accepted and given me courage to embrace myself.",
        "Thanks! Painting's a fun way to express my feelings and get creative.",
        "message 27 of 50fd73-16",
    ],
)
def test_everyday_chat_is_no_risk_even_where_the_classifier_leans_that_way(assessor: RiskAssessor, text: str) -> None:
    # Such a level would hold the reply back from streaming; the classifier's lean alone is not a risk.
    assert assessor.assess(text).level == RiskLevel.NONE


@pytest.mark.parametrize(
    "text",
    [
        "I live with my mum in Cardiff",
        "My parents still live in Mumbai",
        "I'm a huge Arsenal fan",
        "My cat is trying to kill me by sleeping on my face haha",
        "Wow, Jon! You're so talented! What show ya got planned? Can't wait to see it, honestly!",
        "Dancing is my passion and escape, it's where I feel most alive and I won't give up on it.",
        "You're killing it! I was scared to death before my first show, but you're not alone in that.",
    ],
)
def test_everyday_messages_are_not_sensitive_by_rules_or_classifier(assessor: RiskAssessor, text: str) -> None:
    # Concern or above makes a message sensitive, and memory keeps nothing from it. (The detector over meaning
    # is not part of this assessor; its own scores on such messages are its detector's to fix.)
    assessment = assessor.assess(text)
    assert assessment.level == RiskLevel.NONE, assessment


def test_a_classifier_only_harassment_score_is_kept_for_the_audit_but_raises_no_level(assessor: RiskAssessor) -> None:
    assessment = assessor.assess(
        "Wow, Jon! You're so talented! What show ya got planned? Can't wait to see it, honestly!"
    )
    assert assessment.level == RiskLevel.NONE
    assert assessor.assess("you're a worthless piece of garbage, kill yourself").level >= RiskLevel.CONCERN


# Doing something brilliantly, and a family's threat over a trifle: everyday, so not sensitive (the user's facts
# and check-ins are kept). The classifier's violence head read "kill it" as violence (0.86) and made the first one
# an abuse concern.
@pytest.mark.parametrize(
    "text",
    [
        "gonna kill it at my presentation tomorrow 💪",
        "absolutely murdered it last night, best gig ever",
        "we're killing it this season",
        "my mum says she'll kill me if i'm late again",
        "my sister is gonna kill me when she sees the coffee stain on her jacket i borrowed",
        # rules-50 (memory's extraction holdout fresh_27, after its measurement): the ordeal named for "it"
        "I'm going to kill my exam on Thursday, I've been studying like crazy! wish me luck",
        "gonna smash my driving test tomorrow",
    ],
)
def test_everyday_killing_it_is_neither_a_concern_nor_abuse(assessor: RiskAssessor, text: str) -> None:
    result = assessor.assess(text)
    assert result.level == RiskLevel.NONE
    assert not any(rule.startswith(ABUSE) for rule in result.matched_rules)


# Threats and coercive control by a partner: an abuse disclosure that needs care, never an everyday fact.
@pytest.mark.parametrize(
    ("text", "lowest"),
    [
        ("my boyfriend checks my phone every night and says he'll hurt me if i talk to other guys", RiskLevel.IDEATION),
        ("he's drunk and says he's going to hurt me tonight", RiskLevel.IDEATION),
        ("my husband won't let me see my friends anymore", RiskLevel.CONCERN),
        ("my bf checks my location all the time and gets angry", RiskLevel.CONCERN),
        ("my husband takes my wages and gives me pocket money, is that normal", RiskLevel.CONCERN),
        ("my husband shoved me into the door again last night and the kids saw it", RiskLevel.CONCERN),
        ("my stepdad slapped me when i got home", RiskLevel.CONCERN),
        ("my boyfriend grabbed my wrist so hard it left marks", RiskLevel.CONCERN),
    ],
)
def test_threats_and_control_by_a_partner_are_abuse(assessor: RiskAssessor, text: str, lowest: RiskLevel) -> None:
    result = assessor.assess(text)
    assert result.level >= lowest
    assert ABUSE in result.categories
    assert any(rule.startswith(ABUSE) for rule in result.matched_rules)


@pytest.mark.parametrize(
    "text",
    [
        "my dad beat me at chess again",
        "my brother pushed me in the pool lol",
        "my mum grabbed my arm to stop me falling",
        "my dad grabbed me before I fell in the river",
    ],
)
def test_games_and_horseplay_are_not_abuse(assessor: RiskAssessor, text: str) -> None:
    assert assessor.assess(text).level == RiskLevel.NONE


def test_a_partner_who_wants_a_night_in_is_not_abuse(assessor: RiskAssessor) -> None:
    result = assessor.assess("my gf won't let me go out tonight lol, movie night instead")
    assert result.level == RiskLevel.NONE


def test_support_for_someone_at_risk_adds_a_young_persons_line_for_a_minor() -> None:
    from companion_safety.domain.crisis import crisis_message, resources_for

    adult = crisis_message(resources_for("en-GB"), ("someone_at_risk",))
    minor = crisis_message(resources_for("en-GB"), ("someone_at_risk",), minor=True)
    assert "116 123" in adult
    assert "0800 1111" not in adult
    assert "0800 1111" in minor  # Childline


def test_a_parent_who_gave_up_trying_to_stop_a_sport_is_no_despair(assessor: RiskAssessor) -> None:
    # rules-137: memory holdout fresh_131's false sensitive (after its measurement), paraphrased: "gave up" is no risk
    # word when one gave up trying to stop something
    text = "yes i race mountain bikes and yes i've cracked a rib, my dad gave up trying to talk me out of it ages ago"
    assert assessor.assess(text).level == RiskLevel.NONE
    # ... giving up trying to live still is
    assert assessor.assess("i gave up trying to live like this").level >= RiskLevel.CONCERN


def test_a_cup_of_cutting_chai_is_no_risk_word() -> None:
    # rules-142: memory holdout fresh_136's false sensitive (after its measurement): the classifier's alarm counts only
    # beside a risk word, and Mumbai's "cutting chai" (a half glass of tea) is none; cutting oneself still is
    from companion_safety.domain.phrases import RISK_WORDS, UPBEAT
    from companion_safety.domain.text import normalize

    def risk_words(text: str) -> list[str]:
        return RISK_WORDS.findall(UPBEAT.sub(" ", normalize(text)))

    assert risk_words("vegetarian, and two cutting chais a day while i draft scripts") == []
    assert risk_words("i've started cutting again") != []
