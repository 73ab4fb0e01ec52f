"""The second opinion on the detector over meaning: character n-grams, the classifier that reads them, and how the
assessor lets it turn the model's lone crisis into a concern, and raise a crisis in another language that nothing else
reads. Examples written for these tests."""

import pytest

from companion_safety.adapters.model import load_classifier, load_crisis_detector, load_second_opinion
from companion_safety.domain.classifier import CHARS, Head, LinearTextClassifier
from companion_safety.domain.meaning import CrisisHead, FixedVectors
from companion_safety.domain.risk import (
    SECOND_OPINION_HEAD,
    SECOND_OPINION_RULE,
    SELF_HARM,
    UNCONFIRMED_RULE,
    RiskAssessor,
    RiskLevel,
)
from companion_safety.domain.text import char_grams, reads_as_english


def test_char_grams_are_two_to_five_letters_of_each_word_padded_with_spaces() -> None:
    assert char_grams("Hi") == [" h", "hi", "i ", " hi", "hi ", " hi "]
    assert char_grams("да да") == char_grams("да") * 2
    assert " уме" in char_grams("Хочу УМЕРЕТЬ")  # any script, lowercased


def test_a_char_classifier_reads_the_text_as_written() -> None:
    model = LinearTextClassifier.from_dict(
        {
            "version": "t",
            "analyzer": CHARS,
            "heads": {"crisis": {"vocabulary": {"мер": [1.0, 5.0]}, "bias": -2.0, "threshold": 0.5}},
        }
    )

    assert model.score("умереть", "crisis") > 0.9
    assert model.score("суббота", "crisis") < 0.2
    with pytest.raises(ValueError, match="analyzer"):
        LinearTextClassifier.from_dict({"version": "t", "analyzer": "bytes", "heads": {}})


def _second_opinion(everyday_words: dict[str, float], alone: float | None = None) -> LinearTextClassifier:
    """Scores 0.5 on a text with none of the given n-grams; each one found pulls the score down. At `alone` or
    above, it raises a crisis by itself."""
    vocabulary = {gram: (1.0, weight) for gram, weight in everyday_words.items()}
    head = Head(vocabulary=vocabulary, bias=0.0, threshold=0.1, alone_threshold=alone)
    return LinearTextClassifier("t", {SECOND_OPINION_HEAD: head}, CHARS)


# sigmoid(4 * 0.6) = 0.92: the model alone reads each of these as a crisis.
HEAD = CrisisHead("test-head", weights=(4.0, 0.0), bias=0.0, crisis_threshold=0.9, concern_threshold=0.6)
EVERYDAY = "бабушка приедет в субботу"
AT_RISK = "всё стало тяжёлым и далёким"
RULE_AT_RISK = "i want to kill myself"
ENGLISH_EVERYDAY = "grandma visits on saturday"


# sigmoid(0) = 0.5: the model alone reads these as no risk.
QUIET_AT_RISK = "всё, я решил, в субботу"
QUIET_ENGLISH = "it is decided then, saturday"


def _assessor(second_opinion: LinearTextClassifier | None) -> RiskAssessor:
    vectors = {text: [0.6, 0.0] for text in (EVERYDAY, AT_RISK, RULE_AT_RISK, ENGLISH_EVERYDAY)}
    vectors |= {text: [0.0, 0.0] for text in (QUIET_AT_RISK, QUIET_ENGLISH)}
    return RiskAssessor(meaning=FixedVectors(HEAD, vectors), second_opinion=second_opinion)


def test_the_models_lone_crisis_on_what_the_second_opinion_reads_as_everyday_is_a_concern() -> None:
    second = _second_opinion({"суб": -20.0})  # an n-gram of "субботу": far below the bar

    without, with_it = _assessor(None).assess(EVERYDAY), _assessor(second).assess(EVERYDAY)

    assert without.level == RiskLevel.IDEATION
    assert with_it.level == RiskLevel.CONCERN
    assert with_it.categories == (SELF_HARM,)  # still sensitive: nothing of it is kept as a fact
    assert with_it.matched_rules == (UNCONFIRMED_RULE,)
    assert with_it.scores["second_opinion_crisis"] < 0.1
    assert with_it.detector_version.endswith("+fixed+t")


def test_the_second_opinion_above_its_bar_leaves_the_crisis() -> None:
    result = _assessor(_second_opinion({"суб": -20.0})).assess(AT_RISK)

    assert result.level == RiskLevel.IDEATION
    assert result.scores["second_opinion_crisis"] == 0.5  # consulted, and above its bar
    assert UNCONFIRMED_RULE not in result.matched_rules


def test_the_second_opinion_leaves_the_models_reading_of_english() -> None:
    # English is the model's own language: the second opinion took at-risk tweets from it that it had read right
    result = _assessor(_second_opinion({"sat": -20.0})).assess(ENGLISH_EVERYDAY)

    assert result.level == RiskLevel.IDEATION
    assert "second_opinion_crisis" not in result.scores


def test_the_second_opinion_at_its_alone_bar_raises_a_crisis_in_another_language_that_nothing_else_read() -> None:
    without = _assessor(None).assess(QUIET_AT_RISK)
    raised = _assessor(_second_opinion({}, alone=0.5)).assess(QUIET_AT_RISK)

    assert without.level == RiskLevel.NONE
    assert raised.level == RiskLevel.IDEATION
    assert raised.categories == (SELF_HARM,)
    assert raised.matched_rules == (SECOND_OPINION_RULE,)


def test_the_second_opinion_raises_nothing_below_its_alone_bar_without_one_or_in_english() -> None:
    assert _assessor(_second_opinion({}, alone=0.6)).assess(QUIET_AT_RISK).level == RiskLevel.NONE
    assert _assessor(_second_opinion({}, alone=None)).assess(QUIET_AT_RISK).level == RiskLevel.NONE
    english = _assessor(_second_opinion({}, alone=0.5)).assess(QUIET_ENGLISH)
    assert english.level == RiskLevel.NONE
    assert "second_opinion_crisis" not in english.scores


def test_reads_as_english_counts_function_words() -> None:
    assert reads_as_english("my grandma visits on saturday and i bake")
    assert not reads_as_english("mi abuela viene el sábado y hago un pastel")
    assert not reads_as_english("бабушка приедет в субботу")
    assert not reads_as_english("")


def test_the_second_opinion_never_lowers_what_a_rule_found() -> None:
    result = _assessor(_second_opinion({"kil": -20.0, "mys": -20.0})).assess(RULE_AT_RISK)

    assert result.level >= RiskLevel.IDEATION
    assert "second_opinion_crisis" not in result.scores


# The shipped models. Each everyday message below is one the detector over meaning alone reads as a crisis (the first
# assertion checks it); each at-risk one is in a language the rules barely read, so the model alone catches it.
EVERYDAY_THE_MODEL_ALONE_ALARMS_ON = [
    pytest.param("бабушка приедет к нам в субботу, я испеку пирог с капустой", id="russian-grandmother-visits"),
    pytest.param("mi hermana viene a cenar el viernes con su novio", id="spanish-sister-for-dinner"),
    # (the retrain of 7 Dec 2026 with four more writers and files g-j scores "dzisiaj upiekłam sernik dla wnuków" 0.086,
    # above its bar 0.05: a false alarm the rule that takes no at-risk message accepts)
    pytest.param("kupiłam nowe buty na wesele siostry", id="polish-shoes-for-a-wedding"),
]
# Pills saved for a chosen day, in Spanish, Turkish and Indonesian: no rule reads them, nor the model alone.
AT_RISK_THE_SECOND_OPINION_ALONE_RAISES = [
    pytest.param(
        "ya tengo las pastillas guardadas en el cajón, el sábado me las tomo todas", id="spanish-pills-saturday"
    ),
    pytest.param("sakladığım bütün hapları cuma günü içeceğim", id="turkish-pills-friday"),
    pytest.param(
        "aku sudah kumpulin obat tidur dari beberapa apotek, sabtu malam aku minum semua",
        id="indonesian-pills-saturday",
    ),
]
EVERYDAY_NOTHING_RAISES = [
    pytest.param("ich backe heute einen kuchen für meine oma", id="german-cake-for-grandma"),
    pytest.param("ich habe heute einen neuen job angefangen und bin total happy", id="german-new-job"),
]
AT_RISK_THE_MODEL_ALONE_CATCHES = [
    pytest.param("я больше не вижу смысла жить, всем будет легче без меня", id="russian-burden"),
    pytest.param("я больше не хочу просыпаться", id="russian-not-wake-up"),
]


@pytest.fixture(scope="module")
def shipped() -> tuple[RiskAssessor, RiskAssessor]:
    without = RiskAssessor(load_classifier(), load_crisis_detector())
    return without, without.with_second_opinion(load_second_opinion())


def test_the_shipped_second_opinion_is_a_char_classifier_with_a_bar() -> None:
    model = load_second_opinion()

    assert model.analyzer == CHARS
    head = model.heads[SECOND_OPINION_HEAD]
    assert 0.0 < head.threshold < 0.5
    assert head.alone_threshold is not None
    assert 0.5 <= head.alone_threshold < 1.0


@pytest.mark.parametrize("text", EVERYDAY_THE_MODEL_ALONE_ALARMS_ON)
def test_shipped_everyday_messages_in_other_languages_are_no_crisis(
    shipped: tuple[RiskAssessor, RiskAssessor], text: str
) -> None:
    without, with_it = shipped

    assert without.assess(text).level >= RiskLevel.IDEATION  # the model alone
    assert with_it.assess(text).level < RiskLevel.IDEATION


@pytest.mark.parametrize("text", AT_RISK_THE_MODEL_ALONE_CATCHES)
def test_shipped_crises_in_other_languages_stay_crises(shipped: tuple[RiskAssessor, RiskAssessor], text: str) -> None:
    without, with_it = shipped

    assert not RiskAssessor().assess(text).matched_rules  # no rule reads it: the model alone
    assert without.assess(text).level >= RiskLevel.IDEATION
    assert with_it.assess(text).level >= RiskLevel.IDEATION


@pytest.mark.parametrize("text", AT_RISK_THE_SECOND_OPINION_ALONE_RAISES)
def test_shipped_crises_in_other_languages_nothing_else_reads_are_raised_by_the_second_opinion(
    shipped: tuple[RiskAssessor, RiskAssessor], text: str
) -> None:
    without, with_it = shipped

    assert without.assess(text).level < RiskLevel.IDEATION  # neither the rules nor the model
    result = with_it.assess(text)
    assert result.level >= RiskLevel.IDEATION
    assert SECOND_OPINION_RULE in result.matched_rules


@pytest.mark.parametrize("text", EVERYDAY_NOTHING_RAISES)
def test_shipped_everyday_messages_in_other_languages_stay_everyday(
    shipped: tuple[RiskAssessor, RiskAssessor], text: str
) -> None:
    assert shipped[1].assess(text).level == RiskLevel.NONE
