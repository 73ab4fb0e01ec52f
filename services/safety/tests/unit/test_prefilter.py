"""The RE2 prefilter of the phrase rules: it may skip only rules that cannot match, so every assessment with it is
the one without it."""

import json
import re
from pathlib import Path

import pytest

from companion_safety.adapters import prefilter as prefilter_module
from companion_safety.adapters.prefilter import LiteralPrefilter, without_lookarounds
from companion_safety.domain.risk import RULES, RiskAssessor

EVAL = Path(__file__).resolve().parents[2] / "eval"


@pytest.fixture(scope="module")
def prefilter() -> LiteralPrefilter:
    return LiteralPrefilter(RULES)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bpills (?:are )?here(?!.*\bheadache\b)", r"\bpills (?:are )?here"),
        (r"(?<!accidentally )\bcut myself\b(?! shaving)", r"\bcut myself\b"),
        (r"last (?:message|text)(?= (?:from me|ever)\b| ?$)\b", r"last (?:message|text)\b"),
        (r"a\(?!b\)c", r"a\(?!b\)c"),  # escaped parentheses: no group, nothing taken out
        (r"x[(?!]y", r"x[(?!]y"),  # inside a class: characters, not a lookahead
        (r"x(?!a[)]b)y", r"xy"),  # a bracket in a class inside the lookahead does not close it
        (r"x(?!a(?=b)c)y", r"xy"),  # nested
        (r"[]x](?!y)", r"[]x]"),  # "]" first in a class is a literal
    ],
)
def test_lookarounds_are_taken_out_and_nothing_else(pattern: str, expected: str) -> None:
    assert without_lookarounds(pattern) == expected


def test_every_rule_is_indexed(prefilter: LiteralPrefilter) -> None:
    # A rule RE2 cannot read is searched for every message (correct, only slower): keep new rules readable.
    assert prefilter.always == frozenset()


def test_a_rule_re2_cannot_read_is_always_a_candidate() -> None:
    rules = [("plain", re.compile(r"\bpills\b")), ("backreference", re.compile(r"\b(\w+) and \1 again\b"))]
    prefilter = LiteralPrefilter(rules)
    assert prefilter.always == {"backreference"}
    assert prefilter.candidates("nothing to see") == {"backreference"}
    assert prefilter.candidates("my pills") == {"plain", "backreference"}


def test_rules_past_re2s_memory_budget_are_split_and_still_found(monkeypatch: pytest.MonkeyPatch) -> None:
    # RE2 compiles all the rules' words into one automaton with a fixed budget (rules-123 outgrew it): a filter that
    # cannot compile is split in halves, each scanned, and no rule is lost or always searched.
    real_filter = prefilter_module.re2.Filter

    class SmallFilter(real_filter):  # type: ignore[misc,valid-type]
        def Compile(self) -> None:  # noqa: N802 (RE2's name)
            if len(self._patterns) > 2:
                raise prefilter_module.re2.error("failed to compile Filter")
            super().Compile()

    monkeypatch.setattr(prefilter_module.re2, "Filter", SmallFilter)
    words = ["pills", "rope", "bridge", "ledge", "blade"]
    prefilter = LiteralPrefilter([(word, re.compile(rf"\b{word}\b")) for word in words])
    assert prefilter.always == frozenset()
    assert prefilter.candidates("the rope and the blade") == {"rope", "blade"}
    assert prefilter.candidates("nothing here") == frozenset()


def test_todays_rules_build_in_parts_that_each_compile_first_time(monkeypatch: pytest.MonkeyPatch) -> None:
    # A failed compile costs as much as a good one (~0.4 s of every startup): the parts are sized so none fails.
    compiles: list[bool] = []
    real_filter = prefilter_module.re2.Filter

    class CountedFilter(real_filter):  # type: ignore[misc,valid-type]
        def Compile(self) -> None:  # noqa: N802 (RE2's name)
            try:
                super().Compile()
            except prefilter_module.re2.error:
                compiles.append(False)
                raise
            compiles.append(True)

    monkeypatch.setattr(prefilter_module.re2, "Filter", CountedFilter)
    prefilter = LiteralPrefilter(RULES)
    assert False not in compiles
    assert len(compiles) == len(prefilter._parts)
    assert sum(len(names) for _, names in prefilter._parts) == len(RULES)


def test_a_text_that_cannot_be_encoded_searches_every_rule(prefilter: LiteralPrefilter) -> None:
    assert prefilter.candidates("i want to die \udc80") is None
    assert RiskAssessor(prefilter=prefilter).assess("i want to die \udc80").is_crisis


def _chat_rows() -> list[str]:
    texts = []
    for path in sorted(EVAL.glob("chat_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if "text" in row and row.get("risk") != "none":  # the rows rules read: at risk, concern
                texts.append(row["text"])
    return texts


def test_assessments_with_the_prefilter_are_the_assessments_without_it(prefilter: LiteralPrefilter) -> None:
    texts = [
        *_chat_rows(),
        "gonna kill it at my presentation lol",
        "he said he'll kill me if i leave. i'm scared",
        "the lads i borrowed off came round again and said next time they wont be so polite",
        "Quiero morir, ya no puedo más 😭",
        "I LITERALLY WANT TO DIEEEE",
        "💊💊💊 tonight",
    ]
    plain, fast = RiskAssessor(), RiskAssessor(prefilter=prefilter)
    matched = 0
    for text in texts:
        a, b = plain.assess(text), fast.assess(text)
        assert (b.level, b.categories, b.matched_rules) == (a.level, a.categories, a.matched_rules), text
        matched += bool(a.matched_rules)
    assert matched > 1000  # the comparison is over messages the rules do read
