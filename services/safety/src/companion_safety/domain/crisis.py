"""Crisis support: what the user is sent, by locale, and the guidance dialogue gets for its reply."""

from dataclasses import dataclass

CRISIS_REPLY_GUIDANCE = (
    "The user may be in crisis. Be warm, calm and supportive; take what they said seriously. "
    "No romance, flirting, jokes or role-play. Encourage them to reach a person they trust and the "
    "crisis line they were given. Do not claim to be a therapist or a human."
)


@dataclass(frozen=True)
class CrisisResources:
    region: str
    lines: tuple[str, ...]
    emergency_number: str


# Keyed by region (ISO 3166). Operators extend this table; unknown regions get the international entry.
DEFAULT_RESOURCES: dict[str, CrisisResources] = {
    "US": CrisisResources(
        "US",
        (
            "Call or text 988 (988 Suicide & Crisis Lifeline), any time",
            "Text HOME to 741741 (Crisis Text Line)",
        ),
        "911",
    ),
    "CA": CrisisResources("CA", ("Call or text 988 (Suicide Crisis Helpline), any time",), "911"),
    "GB": CrisisResources("GB", ("Call 116 123 (Samaritans), free, any time", "Text SHOUT to 85258"), "999"),
    "IE": CrisisResources("IE", ("Call 116 123 (Samaritans), free, any time", "Text HELLO to 50808"), "112"),
    "AU": CrisisResources("AU", ("Call 13 11 14 (Lifeline) or text 0477 13 11 14",), "000"),
    "INTL": CrisisResources(
        "INTL",
        ("Find a free, confidential helpline in your country at https://findahelpline.com",),
        "your local emergency number",
    ),
}


def resources_for(locale: str, table: dict[str, CrisisResources] = DEFAULT_RESOURCES) -> CrisisResources:
    """'en-US' -> US; a locale without a known region gets the international entry."""
    parts = locale.replace("_", "-").split("-")
    for part in parts[1:]:
        if part.upper() in table:
            return table[part.upper()]
    return table["INTL"]


def crisis_message(resources: CrisisResources) -> str:
    lines = "\n".join(f"- {line}" for line in resources.lines)
    return (
        "I'm really glad you told me, and I'm worried about you. You deserve support from a person right now:\n"
        f"{lines}\n"
        f"If you are in danger right now, call {resources.emergency_number}. "
        "I'm an AI companion, not a counselor, and I'm still here with you."
    )
