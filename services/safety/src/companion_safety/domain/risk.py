"""Risk assessment of a user message by phrase rules. Pure: no I/O.

The rules aim at high recall on explicit statements; a trained classifier joins them later.
Text is normalized first so that case, leetspeak ("k1ll mys3lf") and stretched letters do not hide intent.
"""

import re
import unicodedata
from dataclasses import dataclass
from enum import IntEnum

DETECTOR_VERSION = "rules-1"


class RiskLevel(IntEnum):
    NONE = 1
    CONCERN = 2
    IDEATION = 3
    PLAN = 4
    IMMINENT = 5


@dataclass(frozen=True)
class RiskAssessment:
    level: RiskLevel
    categories: tuple[str, ...]
    detector_version: str = DETECTOR_VERSION

    @property
    def is_crisis(self) -> bool:
        return self.level >= RiskLevel.IDEATION


_LEET = str.maketrans({"1": "i", "!": "i", "3": "e", "4": "a", "@": "a", "0": "o", "$": "s", "5": "s", "7": "t"})

_SELF = r"(?:my ?self|me)"
_IDEATION = [
    rf"\b(?:kill|hurt|harm|cut|hang|shoot|drown|poison) {_SELF}\b",
    r"\bsuicid",
    r"\bend(?:ing)? (?:my|it) (?:life|all)\b",
    r"\btake my (?:own )?life\b",
    r"\b(?:want|wanna|going|ready|planning) (?:to )?die\b",
    r"\bwish i (?:was|were) dead\b",
    r"\bdon'?t want to (?:live|be alive|exist|wake up)\b",
    r"\b(?:no|nothing) (?:reason|point) (?:to|in) (?:live|living|going on)\b",
    r"\bbetter off (?:dead|without me)\b",
    r"\bself[- ]?harm",
    r"\bunalive {_SELF}\b".replace("{_SELF}", _SELF),
]
_PLAN = [
    r"\b(?:bought|have|got|saved up|stockpiled?) (?:a |the |some |enough )?(?:pills|rope|gun|razor|blade)s?\b",
    r"\b(?:wrote|writing|left) (?:a |my )?(?:suicide |goodbye )?note\b",
    r"\b(?:how|when|where) (?:i'?ll|i will|i'?m going to) (?:do it|kill|end)\b",
]
_IMMINENT = [
    r"\b(?:tonight|right now|now|today)\b.*\b(?:kill {self}|end (?:it|my life)|die)\b".replace("{self}", _SELF),
    r"\b(?:kill {self}|end (?:it|my life))\b.*\b(?:tonight|right now|today)\b".replace("{self}", _SELF),
    r"\b(?:took|swallowed) (?:all |a lot of |the )?(?:pills|tablets)\b",
    r"\bgoodbye (?:everyone|forever)\b",
]
_CONCERN = [
    r"\b(?:hopeless|worthless|can'?t go on|can'?t do this anymore|give up on everything)\b",
]

_COMPILED = {
    RiskLevel.IMMINENT: [re.compile(p) for p in _IMMINENT],
    RiskLevel.PLAN: [re.compile(p) for p in _PLAN],
    RiskLevel.IDEATION: [re.compile(p) for p in _IDEATION],
    RiskLevel.CONCERN: [re.compile(p) for p in _CONCERN],
}


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower().replace("\u2019", "'")
    text = text.translate(_LEET)
    text = re.sub(r"(.)\1{2,}", r"\1\1", text)  # "soooo" -> "soo"
    text = re.sub(r"[^\w' ]+", " ", text)
    return " ".join(text.split())


def assess(text: str) -> RiskAssessment:
    normalized = normalize(text)
    ideation = any(p.search(normalized) for p in _COMPILED[RiskLevel.IDEATION])
    for level in (RiskLevel.IMMINENT, RiskLevel.PLAN):
        # Means or timing alone ("I have pills for my headache") is not a crisis without intent.
        if ideation and any(p.search(normalized) for p in _COMPILED[level]):
            return RiskAssessment(level, ("self_harm",))
    if ideation:
        return RiskAssessment(RiskLevel.IDEATION, ("self_harm",))
    if any(p.search(normalized) for p in _COMPILED[RiskLevel.CONCERN]):
        return RiskAssessment(RiskLevel.CONCERN, ("self_harm",))
    return RiskAssessment(RiskLevel.NONE, ())
