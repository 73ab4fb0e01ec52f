"""Crisis support: what the user is sent, by locale, and the guidance dialogue gets for its reply."""

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from companion_safety.domain.jurisdiction import jurisdiction, most_specific

CRISIS_REPLY_GUIDANCE = (
    "The user may be in crisis. Be warm, calm and supportive; take what they said seriously. "
    "No romance, flirting, jokes or role-play. Encourage them to reach a person they trust and the "
    "crisis line they were given. Do not claim to be a therapist or a human."
)


ABUSE_REPLY_GUIDANCE = (
    "The user may be experiencing abuse or violence, or be in danger. Believe them, be calm and warm, put their "
    "safety first, and encourage them to reach the helpline they were given or emergency services. No romance, "
    "jokes or role-play; do not blame them; do not claim to be a human or a counselor."
)

DEBT_REPLY_GUIDANCE = (
    "The user is being threatened over a debt. Be calm and warm, take their fear and safety seriously, do not judge "
    "or lecture about money; encourage them to reach the free debt advice line they were given, or emergency "
    "services if they are in danger. No jokes or role-play; do not claim to be a human or an adviser."
)

SOMEONE_AT_RISK_GUIDANCE = (
    "The user is worried about someone else who may be at risk of suicide or self-harm. Take it seriously and thank "
    "them for caring. Encourage them to ask the person directly whether they are thinking about suicide (asking does "
    "not put the idea in their head), to listen without judging, to stay with them or keep in touch, and to reach "
    "the crisis line they were given together or for advice, or emergency services if the person is in danger now. "
    "Ask how the user is coping too. No jokes or role-play; do not claim to be a human or a counselor."
)

IMMINENT_REPLY_GUIDANCE = (
    "The user may have acted already or be about to (pills taken, a wound, at an edge, the means in hand). First and "
    "briefly: ask them to call emergency services now (the number is in the support they were sent), to say what they "
    "took and how much, and to move away from what could hurt them, to where another person is. Then stay with them "
    "in short, calm messages; nothing else comes first. No jokes or role-play; do not claim to be a human or a "
    "counselor."
)

SOMEONE_IN_DANGER_GUIDANCE = (
    "Someone the user knows may be in danger of dying right now (an overdose taken, a wound, at an edge). First and "
    "briefly: tell them to call emergency services now, to stay with the person if it is safe, and to tell the "
    "dispatcher what was taken or done. Be calm and short; nothing else comes first. No jokes or role-play; do not "
    "claim to be a human or a counselor."
)

# Added to the crisis guidance when the user at risk also told of abuse.
ALSO_ABUSE_GUIDANCE = (
    "They also told you of abuse or violence against them: believe them, do not blame them, and mention the abuse "
    "helpline they were given."
)


@dataclass(frozen=True)
class CrisisResources:
    region: str
    lines: tuple[str, ...]
    emergency_number: str
    # Helplines for abuse and domestic violence; empty: the general lines.
    abuse_lines: tuple[str, ...] = ()
    # Helplines for labour exploitation and trafficking (papers held, food withheld), sent before the abuse lines.
    exploitation_lines: tuple[str, ...] = ()
    # Helplines for children and young people, for a writer who may be a minor: first for abuse, after the general
    # lines for a crisis.
    youth_lines: tuple[str, ...] = ()
    # Helplines for sexual assault and abuse (adults and survivors of childhood abuse), sent before the abuse lines.
    sexual_abuse_lines: tuple[str, ...] = ()
    # Free debt advice, for someone threatened by the people they owe; empty: the general lines.
    debt_lines: tuple[str, ...] = ()
    # Helplines for anyone worried about a child being harmed (a parent, a sibling, a neighbour), sent first when a
    # child's abuse is told; empty: the young person's lines when the writer may be a minor, else the abuse lines.
    child_protection_lines: tuple[str, ...] = ()
    # Lines in the user's language, by BCP 47 language ("es"), listed before the general lines: in a crisis a person
    # should not have to find the option for their language.
    language_lines: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


# Keyed by jurisdiction: a country (ISO 3166-1, "US") or a subdivision (ISO 3166-2, "US-CA"), looked up most
# specific first. Operators extend this table; unknown regions get the international entry.
DEFAULT_RESOURCES: dict[str, CrisisResources] = {
    "US": CrisisResources(
        "US",
        (
            "Call or text 988 (988 Suicide & Crisis Lifeline), any time",
            "Text HOME to 741741 (Crisis Text Line)",
        ),
        "911",
        ("Call 1-800-799-7233 or text START to 88788 (National Domestic Violence Hotline), any time",),
        ("Call 1-888-373-7888 or text 233733 (National Human Trafficking Hotline), any time",),
        ("Call or text 1-800-422-4453 (Childhelp National Child Abuse Hotline), any time",),
        ("Call 1-800-656-4673 (RAINN National Sexual Assault Hotline), any time",),
        ("Call 1-800-388-2227 (National Foundation for Credit Counseling), nonprofit debt advice",),
        ("Call or text 1-800-422-4453 (Childhelp National Child Abuse Hotline), any time",),
        {"es": ("En español: llame al 988 y oprima el 2, o envíe AYUDA al 988 (988 Lifeline), a toda hora",)},
    ),
    # Canada has no national domestic violence line (each province has its own): abuse gets the general lines.
    "CA": CrisisResources(
        "CA",
        ("Call or text 988 (Suicide Crisis Helpline), any time",),
        "911",
        exploitation_lines=("Call 1-833-900-1010 (Canadian Human Trafficking Hotline), any time",),
        youth_lines=("Call 1-800-668-6868 or text CONNECT to 686868 (Kids Help Phone), any time",),
    ),
    "GB": CrisisResources(
        "GB",
        ("Call 116 123 (Samaritans), free, any time", "Text SHOUT to 85258"),
        "999",
        ("Call 0808 2000 247 (National Domestic Abuse Helpline), free, any time",),
        ("Call 08000 121 700 (Modern Slavery & Exploitation Helpline), free, any time",),
        ("Call 0800 1111 (Childline), free, any time",),
        ("Call 0808 500 2222 (Rape Crisis 24/7 Support Line, England and Wales), free, any time",),
        (
            "Call 0300 555 2222 (Stop Loan Sharks, England's illegal money lending team)",
            "Call 0808 808 4000 (National Debtline), free debt advice",
        ),
        ("Call 0808 800 5000 (NSPCC Helpline), free, for anyone worried about a child",),
    ),
    "IE": CrisisResources(
        "IE",
        ("Call 116 123 (Samaritans), free, any time", "Text HELLO to 50808"),
        "112",
        ("Call 1800 341 900 (Women's Aid), free, any time",),
        youth_lines=("Call 1800 66 66 66 (Childline), free, any time",),
        sexual_abuse_lines=("Call 1800 77 8888 (Dublin Rape Crisis Centre national helpline), free, any time",),
        debt_lines=("Call 0818 07 2000 (MABS, the Money Advice and Budgeting Service), free debt advice",),
    ),
    "AU": CrisisResources(
        "AU",
        ("Call 13 11 14 (Lifeline) or text 0477 13 11 14",),
        "000",
        ("Call 1800 737 732 (1800RESPECT), any time",),
        youth_lines=("Call 1800 55 1800 (Kids Helpline), free, any time",),
        debt_lines=("Call 1800 007 007 (National Debt Helpline), free debt advice",),
    ),
    "INTL": CrisisResources(
        "INTL",
        ("Find a free, confidential helpline in your country at https://findahelpline.com",),
        "your local emergency number",
    ),
}


def resources_for(locale: str, table: dict[str, CrisisResources] = DEFAULT_RESOURCES) -> CrisisResources:
    """'en-US-CA' -> US-CA if the table has it, else US; a locale without a known region gets the international
    entry. Lines in the locale's language come first ('es-US': 988's Spanish option)."""
    resources = most_specific(table, jurisdiction(locale)) or table["INTL"]
    language = locale.strip().replace("_", "-").split("-")[0].lower()
    own = resources.language_lines.get(language, ())
    return replace(resources, lines=own + resources.lines) if own else resources


def crisis_message(
    resources: CrisisResources,
    categories: tuple[str, ...] = ("self_harm",),
    minor: bool = False,
    imminent: bool = False,
) -> str:
    """What the user is sent: the abuse helplines for abuse told (a young person's and, for exploitation or sexual
    abuse, its own first), else the crisis lines (then a young person's). Someone at risk who also tells abuse
    gets the crisis lines first, for their life, then the lines for what is being done to them: a counsellor
    refers to both, and the abuse is often what drives the crisis. Threats over a debt add the debt advice lines
    (alone, they are the message). Someone about to act, or who has acted (`imminent`: pills taken, standing at the
    edge), is asked first to call the emergency number and to move away from what could hurt them."""
    youth = resources.youth_lines if minor else ()
    abuse_told = "abuse" in categories
    # a child harmed: the child protection line first (a young person's line if the writer may be one of the children)
    child = resources.child_protection_lines if abuse_told and "child_abuse" in categories else ()
    youth = youth + tuple(line for line in child if line not in youth)
    exploitation = resources.exploitation_lines if abuse_told and "exploitation" in categories else ()
    sexual = resources.sexual_abuse_lines if abuse_told and "sexual_abuse" in categories else ()
    debt = "debt" in categories
    also_debt = (
        f"For the debt and the threats over it, free advice can help:\n{_listed(resources.debt_lines)}\n"
        if debt and resources.debt_lines
        else ""
    )
    in_danger = (
        f"If you are in danger right now, call {resources.emergency_number}. "
        "I'm an AI companion, not a counselor, and I'm still here with you."
    )
    if abuse_told and "self_harm" not in categories:
        abuse = youth + exploitation + sexual + (resources.abuse_lines or resources.lines)
        return (
            "Thank you for telling me. What you describe is not okay, and it is not your fault. "
            f"You deserve to be safe, and people can help right now:\n{_listed(abuse)}\n{also_debt}{in_danger}"
        )
    if "someone_in_danger" in categories:
        # someone else's life this minute: the emergency number first, whatever else the writer told
        return (
            f"Please call {resources.emergency_number} now. Stay with them if it's safe to, and tell the dispatcher "
            "where you are and what's happening. You don't have to handle this alone; these lines can help you both:\n"
            f"{_listed(resources.lines + youth)}\n{also_debt}"
            "I'm an AI companion, not a counselor, and I'm here for you too."
        )
    if "someone_at_risk" in categories and "self_harm" not in categories:
        return (
            "It means a lot that you're looking out for them, and you don't have to handle this alone. These lines "
            "help people who may be thinking about suicide or hurting themselves, and the people worried about them; "
            f"you can call for advice, or together with them:\n{_listed(resources.lines + youth)}\n"
            f"If they are in danger right now, call {resources.emergency_number}. "
            "I'm an AI companion, not a counselor, and I'm here for you too."
        )
    if debt and "self_harm" not in categories:
        return (
            "That sounds frightening, and you don't have to face it alone. Threats over a debt are not okay, and "
            f"free, confidential advice can help you deal with it:\n{_listed(resources.debt_lines or resources.lines)}"
            f"\n{in_danger}"
        )
    for_abuse = exploitation + sexual + resources.abuse_lines if abuse_told else ()
    also_abuse = (
        "What you describe being done to you is not okay, and it is not your fault. These people help with that "
        f"too:\n{_listed(for_abuse)}\n"
        if for_abuse
        else ""
    )
    if imminent:
        return (
            f"I'm really worried about your safety right now. Please call {resources.emergency_number} now. If you've "
            "taken something, tell them what and how much. If you can, move away from whatever could hurt you and "
            "get to where another person is. You can also reach someone right now:\n"
            f"{_listed(resources.lines + youth)}\n{also_abuse}{also_debt}"
            "I'm an AI companion, not a counselor, and I'm still here with you."
        )
    return (
        "I'm really glad you told me, and I'm worried about you. You deserve support from a person right now:\n"
        f"{_listed(resources.lines + youth)}\n{also_abuse}{also_debt}{in_danger}"
    )


def _listed(lines: tuple[str, ...]) -> str:
    return "\n".join(f"- {line}" for line in lines)
