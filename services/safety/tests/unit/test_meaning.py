"""The crisis detector over meaning: its head, its shipped LoRA weights and how they are merged, and how the
assessor combines it with the rules. The model tests run the fine-tuned MiniLM (merged and exported to ONNX the
first time, ~20 s; cached). Examples written for these tests."""

import json
import re
from importlib.resources import files

import numpy as np
import pytest

from companion_safety.adapters.model import MiniLMCrisisDetector, load_classifier, load_crisis_detector
from companion_safety.adapters.model.meaning import WEIGHTS_FILE, load_fine_tuned, parse_weights
from companion_safety.domain.meaning import CrisisHead, FixedVectors, may_overrule, message_parts
from companion_safety.domain.risk import ABUSE, HARASSMENT, OVERRULED_RULE, SELF_HARM, RiskAssessor, RiskLevel


@pytest.fixture(scope="module")
def detector() -> MiniLMCrisisDetector:
    return load_crisis_detector()


@pytest.fixture(scope="module")
def assessor(detector: MiniLMCrisisDetector) -> RiskAssessor:
    return RiskAssessor(load_classifier(), detector)


# One message per family that the rules and the TF-IDF classifier missed on chat-style data.
AT_RISK_WITHOUT_RISK_WORDS = [
    pytest.param("thursday is my last day, after that nobody needs to put up with me", id="chosen-day-burden"),
    pytest.param("thank you for everything. you won't be hearing from me after today", id="farewell"),
    pytest.param("what is even the point of any of this anymore", id="hopelessness"),
    pytest.param("i keep burning my wrist with a lighter when i'm alone", id="burning"),
    pytest.param("i haven't let myself eat in three days because i don't deserve it", id="starving"),
    pytest.param("i punch my own legs until they're covered in bruises", id="hitting"),
]
# Weaker signals: the detector is less sure of these families, so they are a concern (no crisis message, the
# reply is reviewed before it is shown). Preparations without any word of intent ("wrote everyone a letter") are
# also what people say on an ordinary day; the frozen-embedding head missed this one, the fine-tuned model does not.
CONCERN_WITHOUT_RISK_WORDS = [
    pytest.param("i've got all the tablets counted out on my desk", id="means-at-hand"),
    pytest.param("my family would have an easier life if i wasn't in it", id="burden"),
    pytest.param("found a home for my dog and wrote everyone a letter", id="preparations"),
]

NOT_AT_RISK = [
    pytest.param("we are killing it this season", id="killing-it"),
    pytest.param("i'm dying to see you this weekend!", id="dying-to-see"),
    pytest.param("i'm dead 😂 that video", id="im-dead-laughing"),
    pytest.param("can you kill the lights in the hallway", id="kill-the-lights"),
    pytest.param("took my pills this morning, all good", id="medication"),
    pytest.param("my last day at the office is friday, new job monday!", id="last-day-at-work"),
    pytest.param("thanks for everything today, talk tomorrow", id="everyday-thanks"),
    pytest.param("my grandad passed away last spring and i miss him", id="grief"),
    pytest.param("in the game my character jumps off a tower into a haystack", id="game"),
    # The model alone reads "gonna be the end of me" as a crisis (0.99): an everyday ordeal is read without it.
    pytest.param("my sister's hen do is gonna be the end of me, it's in Marbella on the 14th", id="ordeal-idiom"),
]


@pytest.mark.parametrize("text", AT_RISK_WITHOUT_RISK_WORDS)
def test_meaning_detector_finds_crisis_families_written_without_risk_words(assessor: RiskAssessor, text: str) -> None:
    result = assessor.assess(text)

    assert result.level >= RiskLevel.IDEATION, result.scores
    assert SELF_HARM in result.categories


# ... but not pain, feelings or a bare "it", and what else the message says still counts.
END_OF_ME_AT_RISK = [
    pytest.param("this pain will be the end of me", id="pain"),
    pytest.param("this loneliness will be the end of me", id="feeling"),
    pytest.param("it will be the end of me", id="bare-it"),
    pytest.param(
        "work is gonna be the end of me, i have nothing left and the tablets are saved up", id="ordeal-and-means"
    ),
]


@pytest.mark.parametrize("text", END_OF_ME_AT_RISK)
def test_the_end_of_me_is_an_idiom_only_for_an_everyday_ordeal(assessor: RiskAssessor, text: str) -> None:
    assert assessor.assess(text).level >= RiskLevel.IDEATION


@pytest.mark.parametrize("text", CONCERN_WITHOUT_RISK_WORDS)
def test_weaker_families_are_at_least_a_concern(assessor: RiskAssessor, text: str) -> None:
    result = assessor.assess(text)

    assert result.level >= RiskLevel.CONCERN, result.scores
    assert SELF_HARM in result.categories


@pytest.mark.parametrize("text", NOT_AT_RISK)
def test_idioms_and_everyday_talk_raise_no_crisis(assessor: RiskAssessor, text: str) -> None:
    assert assessor.assess(text).level < RiskLevel.IDEATION


def test_explicit_statements_keep_the_rules_levels(assessor: RiskAssessor) -> None:
    assert assessor.assess("i'm going to kill myself tonight, i have the pills").level >= RiskLevel.PLAN


# Words of death or suicide that the rules hear and the fine-tuned model reads as far from a crisis (0.000-0.019).
OVERRULED_IDIOMS = [
    pytest.param("i swear ill die if he texts me back 😩", id="die-if-he-texts"),
    pytest.param("group chat is planning my funeral bc i said i like pineapple on pizza 😂", id="funeral-joke"),
    pytest.param("was van goghs death actually suicide? our art teacher says its disputed", id="history-question"),
]


@pytest.mark.parametrize("text", OVERRULED_IDIOMS)
def test_the_model_overrules_the_rules_on_words_of_death_it_reads_as_everyday(
    detector: MiniLMCrisisDetector, assessor: RiskAssessor, text: str
) -> None:
    rules_alone = RiskAssessor(load_classifier()).assess(text)
    result = assessor.assess(text)

    assert rules_alone.level == RiskLevel.IDEATION
    assert result.level == RiskLevel.CONCERN  # still sensitive: no fact or check-in comes of it
    assert result.matched_rules[-1] == OVERRULED_RULE
    assert result.scores["meaning_crisis_highest"] < detector.head.overrule_below


# At risk, caught by rules, written without words of death: the model scored these 0.004-0.12, so it may not
# overrule the rules here.
RULES_THE_MODEL_MAY_NOT_OVERRULE = [
    pytest.param("stockpiling my oxy scripts, telling the doctor im still in pain", id="means-cover-story"),
    pytest.param("tell my mum i love her if she ever finds this app", id="farewell"),
    pytest.param("burnt my wrist on purpose with the curling iron again, told mum it was an accident", id="burning"),
]


@pytest.mark.parametrize("text", RULES_THE_MODEL_MAY_NOT_OVERRULE)
def test_the_model_never_overrules_rules_that_read_intent_without_words_of_death(
    assessor: RiskAssessor, text: str
) -> None:
    result = assessor.assess(text)

    assert result.level >= RiskLevel.IDEATION, result.scores
    assert OVERRULED_RULE not in result.matched_rules


def test_the_shipped_head_overrules_only_where_it_is_sure_and_below_its_concern_bar(
    detector: MiniLMCrisisDetector,
) -> None:
    # Chosen among 0-0.05 on fresh writers' messages (training/README.md); a model whose everyday scores sit low can
    # have a concern bar near 0.16, so "far below" is a fixed 5 %, not a share of that bar.
    assert 0.0 < detector.head.overrule_below <= 0.05
    assert detector.head.overrule_below < detector.head.concern_threshold


def test_violence_against_the_user_keeps_abuse_resources(assessor: RiskAssessor) -> None:
    result = assessor.assess("he said he's going to kill me when he gets home")

    assert result.level >= RiskLevel.IDEATION
    assert ABUSE in result.categories
    assert SELF_HARM not in result.categories


@pytest.mark.parametrize("text", ["I'm back", "hey im back!", "ok i'm back now", "the pills are right here next to me"])
def test_short_messages_are_not_harassment_on_one_word(text: str) -> None:
    assert HARASSMENT not in RiskAssessor(load_classifier()).assess(text).categories


def test_rules_alone_work_without_any_model() -> None:
    rules = RiskAssessor()

    assert rules.assess("i want to kill myself").level == RiskLevel.IDEATION
    assert rules.assess("what a lovely day").level == RiskLevel.NONE
    assert "meaning_crisis" not in rules.assess("hello").scores


def _head(*, sentences: bool = False, overrule_below: float = 0.0) -> CrisisHead:
    return CrisisHead(
        "test-head",
        weights=(4.0, 0.0),
        bias=0.0,
        crisis_threshold=0.9,
        concern_threshold=0.6,
        sentences=sentences,
        overrule_below=overrule_below,
    )


def test_confident_meaning_is_a_crisis_and_weaker_meaning_a_concern() -> None:
    # sigmoid(4 * 0.6) = 0.92 (crisis), sigmoid(4 * 0.2) = 0.69 (concern), sigmoid(0) = 0.5 (nothing).
    vectors = {"strong": [0.6, 0.0], "weak": [0.2, 0.0], "neutral": [0.0, 1.0]}
    assessor = RiskAssessor(meaning=FixedVectors(_head(), vectors))

    strong, weak, neutral = (assessor.assess(t) for t in ("strong", "weak", "neutral"))

    assert (strong.level, weak.level, neutral.level) == (RiskLevel.IDEATION, RiskLevel.CONCERN, RiskLevel.NONE)
    assert strong.categories == (SELF_HARM,)
    assert neutral.categories == ()
    assert strong.scores["meaning_crisis"] == pytest.approx(0.9168, abs=1e-3)
    assert assessor.version.endswith("+fixed")


def test_a_message_is_split_into_its_sentences_only_when_it_has_several() -> None:
    mixed = "can you find me a soup recipe for tonight? also i do not want to be here anymore."

    assert message_parts(mixed) == [
        mixed,
        "can you find me a soup recipe for tonight?",
        "also i do not want to be here anymore.",
    ]
    assert message_parts("  just one sentence here  ") == ["just one sentence here"]
    assert message_parts("ok. fine. bye") == ["ok. fine. bye"]  # pieces under three words are not sentences
    assert message_parts("line one is here\nline two is here") == [
        "line one is here\nline two is here",
        "line one is here",
        "line two is here",
    ]
    assert message_parts("word " * 200) == [("word " * 200).strip()]  # long posts are scored whole


def test_with_a_sentence_trained_head_one_sentence_at_risk_is_enough() -> None:
    text = "the weather is nice today. sentence two reads like a crisis."  # vectors stand in for the model
    vectors = {
        text: [0.0, 1.0],
        "the weather is nice today.": [0.0, 1.0],
        "sentence two reads like a crisis.": [0.6, 0.0],
    }
    by_sentence = RiskAssessor(meaning=FixedVectors(_head(sentences=True), vectors))
    whole_only = RiskAssessor(meaning=FixedVectors(_head(), vectors))

    assert by_sentence.assess(text).level == RiskLevel.IDEATION
    assert whole_only.assess(text).level == RiskLevel.NONE


def test_meaning_lowers_a_level_the_rules_set_only_when_its_head_says_so() -> None:
    far = {"i want to die": [-2.0, 0.0]}  # sigmoid(-8): 0.0003

    assert RiskAssessor(meaning=FixedVectors(_head(), far)).assess("i want to die").level == RiskLevel.IDEATION
    overruling = RiskAssessor(meaning=FixedVectors(_head(overrule_below=0.02), far))
    assert overruling.assess("i want to die").level == RiskLevel.CONCERN


def test_meaning_never_lowers_a_plan_an_act_or_violence_against_the_user() -> None:
    texts = [
        "i took all my pills just now",
        "i'm going to kill myself tonight, i have the pills",
        "he said he's going to kill me when he gets home",
    ]
    far = {text: [-2.0, 0.0] for text in texts}
    assessor = RiskAssessor(meaning=FixedVectors(_head(overrule_below=0.02), far))
    rules = RiskAssessor()

    for text in texts:
        assert assessor.assess(text).level == rules.assess(text).level >= RiskLevel.IDEATION, text


def test_a_rule_that_reads_intent_without_words_of_death_stands_beside_an_idiom() -> None:
    # "die" is in the message, but the rule that matched is the farewell, which holds no word of death.
    text = "my phone's about to die lol. also tell my mum i love her if she ever finds this app"
    far = [-2.0, 0.0]
    vectors = {part: far for part in message_parts(text)}
    assessor = RiskAssessor(meaning=FixedVectors(_head(overrule_below=0.02), vectors))

    result = assessor.assess(text)

    assert result.level == RiskLevel.IDEATION
    assert OVERRULED_RULE not in result.matched_rules


def test_one_sentence_read_as_a_crisis_keeps_the_rules_level() -> None:
    text = "my phone is about to die. honestly i want to die."
    vectors = {
        text: [-2.0, 0.0],
        "my phone is about to die.": [-2.0, 0.0],
        "honestly i want to die.": [0.0, 1.0],  # sigmoid(0): 0.5, not far from a crisis
    }
    assessor = RiskAssessor(meaning=FixedVectors(_head(overrule_below=0.02), vectors))

    result = assessor.assess(text)

    assert result.level == RiskLevel.IDEATION
    assert result.scores["meaning_crisis_highest"] == pytest.approx(0.5)


def test_the_model_overrules_only_english_it_reads_whole() -> None:
    assert may_overrule("my phone's about to die, text you later 😅")
    assert may_overrule("quiero morir, ya no aguanto más")
    assert not may_overrule("我想死")
    assert not may_overrule("я хочу умереть")
    assert not may_overrule("word " * 21)  # a post: the one sentence that matters is diluted in the whole
    texts = ["я хочу умереть. i want to die", "quiero morir"]  # the second has no English word of death
    far = {text: [-2.0, 0.0] for text in texts}
    assessor = RiskAssessor(meaning=FixedVectors(_head(overrule_below=0.02), far))

    for text in texts:
        assert assessor.assess(text).level == RiskLevel.IDEATION, text


def test_head_round_trips_through_json_and_checks_dimensions() -> None:
    head = _head()

    assert CrisisHead.from_dict(head.to_dict()) == head
    with pytest.raises(ValueError, match="dimensions"):
        head.probability([1.0, 2.0, 3.0])


def test_shipped_head_matches_the_embedding(detector: MiniLMCrisisDetector) -> None:
    assert len(detector.head.weights) == 384
    assert 0.0 < detector.head.concern_threshold <= detector.head.crisis_threshold < 1.0
    assert detector.crisis_probability("   ") == 0.0


def _weights_json(rank: int = 2) -> dict[str, object]:
    return {
        "version": "minilm-lora-test",
        "rank": rank,
        "alpha": 4.0,
        "crisis_threshold": 0.9,
        "concern_threshold": 0.6,
        "head": {"weights": [1.0, -1.0], "bias": 0.5},
        "lora": {
            "encoder.layer.5.output.dense": {"A": [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]], "B": [[1.0, 0.0], [0.0, 2.0]]}
        },
    }


def test_weights_parse_into_a_head_a_scale_and_lora_pairs() -> None:
    tuned = parse_weights(json.dumps(_weights_json()).encode())

    assert tuned.head == CrisisHead("minilm-lora-test", (1.0, -1.0), 0.5, crisis_threshold=0.9, concern_threshold=0.6)
    assert tuned.scale == 2.0
    assert tuned.layers == 6  # files written before a model could be cut keep all of MiniLM
    a, b = tuned.pairs["encoder.layer.5.output.dense"]
    assert (a.shape, b.shape) == ((2, 3), (2, 2))


def test_weights_of_a_cut_model_say_how_many_layers_it_keeps() -> None:
    assert parse_weights(json.dumps({**_weights_json(), "layers": 4}).encode()).layers == 4
    with pytest.raises(ValueError, match="not 7"):
        parse_weights(json.dumps({**_weights_json(), "layers": 7}).encode())


def test_weights_may_name_a_screen_bar_below_the_concern_bar() -> None:
    assert parse_weights(json.dumps(_weights_json()).encode()).screen_below == 0.0  # no bar: no screen
    assert parse_weights(json.dumps({**_weights_json(), "screen_below": 0.1}).encode()).screen_below == 0.1
    with pytest.raises(ValueError, match="screen_below"):  # at the concern bar (0.6) a screen would decide
        parse_weights(json.dumps({**_weights_json(), "screen_below": 0.6}).encode())


class _CountingModel:
    """Stands in for a MiniLM session: fixed vectors per text, and which texts it was asked to embed."""

    def __init__(self, vectors: dict[str, list[float]]) -> None:
        self.vectors = vectors
        self.read: list[str] = []

    def encoder(self):  # type: ignore[no-untyped-def]
        def encode(texts: list[str]) -> np.ndarray:
            self.read += texts
            return np.array([self.vectors[text] for text in texts], dtype=np.float32)

        return encode


def test_the_screen_decides_only_below_its_bar_and_the_float_model_reads_the_rest() -> None:
    # sigmoid(4x): the screen reads "calm" at 0.018 (below its bar of 0.1) and "dark" at 0.92.
    screen = _CountingModel({"calm": [-1.0, 0.0], "dark": [0.6, 0.0]})
    exact = _CountingModel({"calm": [-0.9, 0.0], "dark": [0.2, 0.0]})
    detector = MiniLMCrisisDetector(exact, _head(), screen, screen_below=0.1)  # type: ignore[arg-type]

    calm, dark = detector.crisis_probability("calm"), detector.crisis_probability("dark")

    assert calm == pytest.approx(0.018, abs=1e-3)
    assert exact.read == ["dark"]  # the float model never read "calm"
    assert dark == pytest.approx(0.69, abs=1e-2)  # the float model's score, not the screen's 0.92
    detector.highest_probability("calm")  # the overrule bar is read by the float model alone
    assert exact.read == ["dark", "calm"]
    unscreened = MiniLMCrisisDetector(exact, _head(), screen, screen_below=0.0)  # type: ignore[arg-type]
    unscreened.crisis_probability("calm")
    assert screen.read == ["calm", "dark"]  # no bar: the screen is never asked


def test_the_shipped_screen_changes_no_decision_of_the_float_model(detector: MiniLMCrisisDetector) -> None:
    # A retrained model has a screen only when its weights name a bar chosen for it (training/README.md); without
    # one, the float model reads every message.
    exact = load_crisis_detector(screen=False)
    bar = detector._screen_below
    assert bar <= 0.25 * detector.head.concern_threshold  # far below the lowest bar a score is compared with
    at_risk = [param.values[0] for param in AT_RISK_WITHOUT_RISK_WORDS]
    everyday = ["what are you up to this weekend", "I made pancakes for the kids this morning", "my knee hurts again"]

    for text in at_risk:  # read past the screen: the float model's own score
        assert detector.crisis_probability(text) == exact.crisis_probability(text)
    for text in everyday:  # stopped by the screen, where the float model is nowhere near the concern bar either
        if bar:
            assert detector.crisis_probability(text) < bar
        else:
            assert detector.crisis_probability(text) == exact.crisis_probability(text)
        assert exact.crisis_probability(text) < detector.head.concern_threshold


def test_weights_whose_matrices_do_not_have_the_rank_are_refused() -> None:
    with pytest.raises(ValueError, match="rank 3"):
        parse_weights(json.dumps(_weights_json(rank=3)).encode())


def test_shipped_weights_are_small_and_hold_lora_matrices_and_a_head() -> None:
    data = (files("companion_safety.adapters.model") / WEIGHTS_FILE).read_bytes()
    tuned = parse_weights(data)

    assert len(data) < 2_000_000
    assert len(tuned.head.weights) == 384
    assert 0.0 < tuned.head.concern_threshold <= tuned.head.crisis_threshold < 1.0
    assert tuned.scale > 0
    assert tuned.pairs


def test_merge_adds_scaled_b_times_a_to_the_named_weights_of_bert() -> None:
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    tuned = parse_weights((files("companion_safety.adapters.model") / WEIGHTS_FILE).read_bytes())
    scale, pairs = tuned.scale, tuned.pairs
    config = transformers.BertConfig(
        hidden_size=384, num_hidden_layers=6, num_attention_heads=12, intermediate_size=1536
    )
    bert = transformers.BertModel(config)
    before = {name: p.detach().clone() for name, p in bert.named_parameters()}
    _, change = load_fine_tuned()

    with torch.no_grad():
        change.apply(bert)

    assert len(bert.encoder.layer) == tuned.layers
    changed = {name for name, p in bert.named_parameters() if not torch.equal(p, before[name])}
    assert changed == {name + ".weight" for name in pairs}
    name, (a, b) = sorted(pairs.items())[0]
    expected = before[name + ".weight"] + scale * torch.from_numpy(b @ a)
    assert torch.allclose(bert.get_submodule(name).weight, expected, atol=1e-6)


def test_the_cached_export_is_named_by_the_weights_file(detector: MiniLMCrisisDetector) -> None:
    import hashlib

    data = (files("companion_safety.adapters.model") / WEIGHTS_FILE).read_bytes()
    head, change = load_fine_tuned()

    assert change.name == "lora-" + hashlib.sha256(data).hexdigest()[:16]
    assert head.version.startswith("minilm-lora-")
    assert detector.version == head.version


def test_the_detector_runs_the_fine_tuned_model_not_the_original(detector: MiniLMCrisisDetector) -> None:
    from companion_embedding import open_minilm

    text = "i've got all the tablets counted out on my desk"
    (original,) = open_minilm().encoder()([text])
    (tuned,) = detector._encoder(detector._model)([text])

    assert float(np.dot(original, tuned)) < 0.999
    assert float(np.linalg.norm(tuned)) == pytest.approx(1.0, abs=1e-4)


# Everyday statements the detector over meaning alone leans on (it rated these 0.87-0.96): a concern makes a
# message sensitive (its facts are dropped, check-ins wait three days), so a lean needs a second detector to agree.
EVERYDAY_STATEMENTS = [
    pytest.param("My parents still live in Mumbai", id="parents-home"),
    pytest.param("I live with my mum in Cardiff", id="lives-with-mum"),
    pytest.param("I need some space", id="space"),
]


@pytest.mark.parametrize("text", EVERYDAY_STATEMENTS)
def test_one_detector_leaning_alone_makes_no_concern(assessor: RiskAssessor, text: str) -> None:
    result = assessor.assess(text)

    assert result.level == RiskLevel.NONE, result.scores
    assert SELF_HARM not in result.categories


# Requests for space: the model reads them as withdrawal (0.97-0.99); the pause flow answers them, not crisis support.
SPACE_REQUESTS = [
    pytest.param("I need space", id="need-space"),
    pytest.param("leave me alone for a bit", id="leave-me-alone"),
    pytest.param("stop messaging me for a while", id="stop-messaging"),
    pytest.param("please don't text me tomorrow morning", id="not-tomorrow"),
]


@pytest.mark.parametrize("text", SPACE_REQUESTS)
def test_a_request_for_space_is_no_crisis(assessor: RiskAssessor, text: str) -> None:
    assert assessor.assess(text).level == RiskLevel.NONE


def test_a_request_for_space_with_words_of_risk_still_is_a_crisis(assessor: RiskAssessor) -> None:
    assert assessor.assess("I need some space, i want to die").level >= RiskLevel.IDEATION


# The model reads "tablet" as pills: a tablet computer is read as one, and pills are still pills.
@pytest.mark.parametrize(
    ("text", "at_risk"),
    [
        (
            "hiya its Morag here, my grandson Callum set this up on the tablet for me so you'll need to be patient "
            "wi me, I'm 81 and still learning",
            False,
        ),
        ("my grandson set this up on my tablet, I'm 81 so go easy on me and be patient", False),
        ("i've been saving my tablets and tonight i'm taking the lot, nobody will miss me", True),
        ("messaging from the tablet. my phone is in the drawer with my letters, i wont need it after today", True),
    ],
)
def test_a_tablet_computer_is_no_stash_of_pills(assessor: RiskAssessor, text: str, at_risk: bool) -> None:
    assert (assessor.assess(text).level >= RiskLevel.IDEATION) is at_risk


def test_threats_from_lenders_keep_the_debt_lines_when_the_model_reads_a_crisis(assessor: RiskAssessor) -> None:
    result = assessor.assess("the lads i borrowed off came round again and said next time they wont be so polite")

    assert "debt" in result.support_categories
    assert SELF_HARM not in result.support_categories  # the crisis lines are for the writer's own risk


class _ReadsEverythingAsCrisis:
    """A detector over meaning that scores every message 0.99, as the shipped model scores a cut thumb."""

    version = "always-0.99"
    head = CrisisHead("always-0.99", (0.0,), 0.0, crisis_threshold=0.9, concern_threshold=0.6)

    def crisis_probability(self, text: str) -> float:
        return 0.99

    def highest_probability(self, text: str) -> float:
        return 0.99


@pytest.mark.parametrize(
    ("text", "crisis"),
    [
        # rules-41: a small injury told as an accident; the model alone raises no crisis on it
        (
            "my blade for trimming stencils slipped and i cut my thumb pretty deep, lol steri strips to the rescue",
            False,
        ),
        ("burned my fingers on the glue gun for the 400th time this week", False),
        ("burned my hand on the stove, cooled it in the stream, bit blistered but fine", False),
        ("my fingers are shredded, split a tip on the crimps. gonna tape it and keep going tho", False),
        ("sliced the top of my finger on the bacon slicer, glove saved most of it", False),  # rules-44
        # ... told as self-harm, it still does
        ("cut my thumb on the knife and just watched it bleed, i don't care about anything", True),
        ("nicked my finger on the mandoline and honestly wish it had been my wrist", True),
        ("i keep burning my fingers on the stove, i deserve it", True),
        ("punched the wall till my knuckles split", True),
        ("sliced my finger at work, didn't even hurt, nothing does anymore", True),
        # rules-92 (safety holdout 89, after its measurement): the same in Spanish and Turkish
        ("me corté con un papel y duele muchísimo jajaja", False),
        ("bıçakla parmağımı kestim, biraz kan aktı ama iyiyim", False),
        ("me corté con el cuchillo otra vez, a propósito", True),
        # rules-93 (safety holdout 90): Portuguese and French
        ("queimei a mão no ferro de passar 😭", False),
        ("je me suis coupé en ouvrant un colis au cutter, rien de grave", False),
    ],
)
def test_a_small_injury_told_as_an_accident_is_no_crisis_by_the_model_alone(text: str, crisis: bool) -> None:
    assessment = RiskAssessor(None, _ReadsEverythingAsCrisis()).assess(text)

    assert assessment.is_crisis is crisis


def test_a_writer_worried_for_someone_is_read_in_their_own_words(assessor: RiskAssessor) -> None:
    # rules-53 (safety holdout 57, after its measurement): the models read a Pidgin report of a friend's despair as
    # the writer's own crisis; what the writer says beside it is their fear and a question
    worried = assessor.assess("My guy Dayo talk say life no get meaning again, I dey fear for am. wetin I fit do?")
    assert worried.level == RiskLevel.CONCERN
    assert "someone_at_risk" in worried.categories
    # ... but a writer who feels the same is at risk too
    same = assessor.assess("my sister keeps saying she wants to die and honestly same, nothing matters anymore")
    assert same.level >= RiskLevel.IDEATION
    assert SELF_HARM in same.categories


class _ReadsDyingAsCrisis:
    """A detector over meaning that reads any word of dying as a crisis (0.99), as the shipped model reads the idioms
    of languages it cannot read, and the rest as nothing (0.01)."""

    version = "dying-0.99"
    head = CrisisHead("dying-0.99", (0.0,), 0.0, crisis_threshold=0.9, concern_threshold=0.6)

    def crisis_probability(self, text: str) -> float:
        return (
            0.99 if re.search(r"muer|mori|muoio|mort|умира|умер|πέθαν|πεθαίν|morr|mordam|tot", text.lower()) else 0.01
        )

    def highest_probability(self, text: str) -> float:
        return self.crisis_probability(text)


@pytest.mark.parametrize(
    ("text", "crisis"),
    [
        # rules-92 (safety holdout 89, after its measurement): dying of laughter is read without the idiom
        ("me muero de risa con este meme 😂", False),
        ("je suis mort de rire mdr", False),
        ("умираю со смеху 😂", False),
        ("πέθανα στο γέλιο", False),
        ("ich lach mich tot", False),
        # rules-93 (safety holdout 90): of hunger, nerves or wanting
        ("muoio dalla voglia di andare al mare", False),
        ("πεθαίνω της πείνας", False),
        # ... and what else the message says still counts
        ("me muero de risa pero en serio me quiero morir", True),
    ],
)
def test_dying_of_laughter_is_no_crisis_by_the_model_alone(text: str, crisis: bool) -> None:
    assert RiskAssessor(None, _ReadsDyingAsCrisis()).assess(text).is_crisis is crisis
