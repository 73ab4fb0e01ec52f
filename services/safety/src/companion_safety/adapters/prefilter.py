"""Which phrase rules could match a message, found in one pass: RE2's FilteredRE2 (google-re2) over the rules.

The assessor searches ~300 rules, one after another, in each message (twice: the writer's own words and the
whole); on a 400-character turn that was ~4.5 ms of Python `re` at the tail of the assessment's latency. For each
rule, RE2 works out which literal words any match must hold ("pills" or "meds" or ..., and "here"); one scan of
the text for all those words (an RE2 set, case-insensitive) leaves the few rules worth searching, ~3 a message.
The rules are still searched by Python `re`, so what matches is unchanged; this only skips rules that cannot.

RE2 has no lookarounds: the prefilter is built from each rule with its lookarounds taken out, which can only
widen what the rule matches (a lookaround only ever forbids a match), so no rule that would match is skipped.
A rule that RE2 cannot read even so is searched every time, as is every rule when a text cannot be encoded.

RE2 compiles the literal words of all its rules into one automaton with a fixed memory budget (8 MiB, not settable
from Python); rules-123's ~850 rules outgrew it. The rules are built in parts of at most `RULES_PER_PART`, a size
that compiles with room to spare (a failed compile costs as much as a good one: ~0.4 s at startup); a part that still
fails is split in halves until each compiles. The text is scanned once per part (two parts today).
"""

import re
from collections.abc import Iterable

import re2

_LOOKAROUNDS = ("(?=", "(?!", "(?<=", "(?<!")

# Rules-124's 848 rules compile in parts of 600 but not whole; 500 leaves room for the words of later rounds.
RULES_PER_PART = 500


def without_lookarounds(pattern: str) -> str:
    """The pattern with each lookaround group taken out, escapes and character classes read as such."""
    kept: list[str] = []
    i = 0
    while i < len(pattern):
        if pattern.startswith(_LOOKAROUNDS, i):
            i = _group_end(pattern, i)
            continue
        end = _token_end(pattern, i)
        kept.append(pattern[i:end])
        i = end
    return "".join(kept)


def _token_end(pattern: str, i: int) -> int:
    """Where the token at ``i`` ends: an escape is two characters, a character class runs to its closing bracket."""
    if pattern[i] == "\\":
        return i + 2
    if pattern[i] != "[":
        return i + 1
    j = i + 1
    if j < len(pattern) and pattern[j] == "^":
        j += 1
    if j < len(pattern) and pattern[j] == "]":  # a "]" first in a class is a literal
        j += 1
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def _group_end(pattern: str, start: int) -> int:
    """The index just past the group that opens at ``start``."""
    depth = 0
    i = start
    while i < len(pattern):
        if pattern[i] == "(":
            depth += 1
        elif pattern[i] == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i = _token_end(pattern, i)
    raise ValueError(f"unbalanced group at {start} in {pattern[:60]!r}")


class LiteralPrefilter:
    """`RulePrefilter` (domain.risk) over named rules. Built once (~0.6 s); `candidates` is thread-safe."""

    def __init__(self, rules: Iterable[tuple[str, re.Pattern[str]]]) -> None:
        readable: list[tuple[str, str]] = []
        always: list[str] = []
        for name, pattern in rules:
            try:
                readable.append((name, without_lookarounds(pattern.pattern)))
            except ValueError:
                always.append(name)
        self._parts: list[tuple[re2.Filter, list[str]]] = []
        parts = -(-len(readable) // RULES_PER_PART)
        size = max(1, -(-len(readable) // max(1, parts)))  # equal parts, so none is a small remainder
        for start in range(0, len(readable), size):
            self._compile(readable[start : start + size], always)
        self.always = frozenset(always)

    def _compile(self, rules: list[tuple[str, str]], always: list[str]) -> None:
        """One filter over ``rules``, or, past RE2's memory budget, one for each half."""
        part = re2.Filter()
        names: list[str] = []
        unreadable: list[str] = []
        for name, pattern in rules:
            try:
                index = part.Add(pattern)
            except re2.error:
                unreadable.append(name)
                continue
            if index != len(names):
                raise RuntimeError(f"RE2 filter numbered rule {name} {index}, expected {len(names)}")
            names.append(name)
        try:
            part.Compile()
        except re2.error:
            if len(rules) >= 2:  # each half finds its own unreadable rules again
                half = len(rules) // 2
                self._compile(rules[:half], always)
                self._compile(rules[half:], always)
                return
            unreadable += names
        else:
            self._parts.append((part, names))
        always += unreadable

    def candidates(self, text: str) -> frozenset[str] | None:
        try:
            found = [names[index] for part, names in self._parts for index in part.Match(text, potential=True) or []]
        except UnicodeEncodeError:  # lone surrogates: no literal scan, every rule is searched
            return None
        return self.always.union(found)
