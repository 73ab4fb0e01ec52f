"""Dated plans the user mentions ("a job interview on Tuesday") and the check-in that follows them.

Dialogue finds plans itself in the messages it answers, with a few plain patterns, so that follow-ups work
without a model. Memory's dated-event API (issue 3) can later feed the same ``Plan`` through a port.
"""

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_WHEN = (
    r"(?P<when>tomorrow|today|tonight|(?:this |next |on )?(?:" + "|".join(_WEEKDAYS) + r")"
    r"|on (?:the )?\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:" + "|".join(_MONTHS) + r")"
    r"|on (?:" + "|".join(_MONTHS) + r") \d{1,2}(?:st|nd|rd|th)?"
    r"|on \d{4}-\d{2}-\d{2})"
)
_PLAN = re.compile(
    r"\b(?:i have|i've got|i got|i'm having|i am having|there's|my)\s+(?:a |an |the |my )?"
    r"(?P<what>[a-z][a-z' -]{2,40}?)\s+(?:is |will be |coming up |)" + _WHEN + r"\b",
    re.IGNORECASE,
)
# A check-in goes out the day after the event, late morning in the user's time zone.
CHECK_IN_HOUR = 10

# The "what" must name an event ("job interview", "party"). These say nothing of one, and in the messages that
# matter they announce the opposite of a plan to ask about: "i have a plan for saturday. i am going to end it.",
# "my last day is on friday, then nobody has to deal with me".
_VAGUE = frozenset(
    {
        "plan",
        "plans",
        "last day",
        "final day",
        "last night",
        "last time",
        "day",
        "big day",
        "date set",
        "time",
        "thing",
        "something",
        "nothing",
        "everything",
        "it",
        "end",
        "goodbye",
        "way out",
    }
)
_TRAILING = re.compile(r"\s+(?:for|on|at|in|of|to|with|by|this|next|that)$")
# Words no event name holds: a "what" with them is a clause ("have to go on friday"), not a noun phrase.
# A "what" with a verb of its own tells of something done, not an event: "my nan passed away on Tuesday" would
# be asked about as "How did your nan passed away go?", "my dog died on monday" likewise; "my dad has surgery on
# friday" is no event's name either (a missed check-in costs little).
_NOT_IN_AN_EVENT = frozenset(
    # ("do" stays: "my leaving do is on friday")
    "i me you to going gonna be am is are will no has have had was were been did does got gets went died dies dead"
    " passed away lost killed".split()
)
_THEIR_OCCASION = re.compile(
    r"([a-z]+(?:-in-law)?) (?:has|is having|has got|'s got|'s having) (?:a |an |the |his |her |their )?([a-z][a-z' -]+)"
)
# Someone's health: a quieter word than "Hey!" the day after ("How did your dad's surgery go?").
_HEALTH = re.compile(
    r"\b(?:surgery|operation|op|chemo|chemotherapy|radiotherapy|scan|biopsy|results|treatment|procedure|transplant"
    r"|dialysis|mri|ct|x-ray|appointment|check-?up|consultation)\b"
)
_DONE = re.compile(r"\b\w{3,}(?<!e)ed\b")  # "passed", "crashed", "cancelled"; not "need", "speed", "bed"
# A second line behind safety's assessment (dialogue notes no plan from a sensitive message at all): a message
# with any of these words yields no plan, whatever else it says. A missed "how did it go?" costs little; a
# cheerful one after a goodbye is the harm this prevents, so the list errs wide ("dying to see" loses a check-in);
# but a die-hard fan is no risk (found in a user check: "my husband is a die-hard RCB fan" was answered as heavy).
_RISK_WORDS = re.compile(
    r"\b(?:end (?:it|it all|things|my life|everything|myself)|kill(?:ing)? myself|kms|suicid\w*|die(?!-hard)|dying|dead"
    r"|overdose|pills|hang myself|noose|jump off|goodbye|nobody (?:has|will have|would have) to"
    r"|no one (?:has|will have|would have) to|won'?t be (?:around|here)|not be (?:around|here)|burden"
    r"|better off without me|miss me|hurt myself|cut myself|self.?harm|the point of|last day(?! (?:at|of) )"
    r"|(?:cut|cutting|burn(?:ed|t|ing)?) my (?:wrists?|arms?|legs?|thighs?))\b",
    re.IGNORECASE,
)

# Harm said as meant to someone ("I'm going to kill my husband tomorrow, he ate my cake"): a joke or a threat, never an
# event to ask about after ("How did your husband go?"); not "kill it at my presentation", "kill my exam".
_HARM_TO_SOMEONE = re.compile(
    r"\b(?:kill|murder|strangle|throttle|stab|shoot|hurt|punch|slap|smack|beat up|batter)\b (?:him|her|them|you"
    r"|someone|somebody|everyone|(?:my|our|the|me) (?:husband|hubby|wife|partner|boyfriend|girlfriend|bf|gf|brother"
    r"|bro|sister|sis|son|daughter|kids?|children|mum|mom|mam|dad|boss|manager|roommate|flatmate|housemate"
    r"|neighbou?r|cousin|friend|bestie|ex|fianc[eé]e?|in-laws|(?:mother|father|sister|brother)-in-law|teacher|coach"
    r"|dog|cat))\b",
    re.IGNORECASE,
)

AT_RISK = "at_risk"


@dataclass(frozen=True)
class ContactDecision:
    """May the companion write first now, and if not, why (safety's MayContact reasons: "paused",
    "quiet_hours", "at_risk", ...)."""

    allowed: bool
    reason: str = ""

    @property
    def drop(self) -> bool:
        """A check-in held back because the user is at risk is dropped, never sent later: "how did it go?" days
        after a crisis is worse than never asked. Other reasons only delay it."""
        return not self.allowed and self.reason == AT_RISK


@dataclass(frozen=True)
class Plan:
    what: str  # "job interview"
    on: date


def _resolve(when: str, today: date) -> date | None:
    when = when.lower().strip()
    if when in ("today", "tonight"):
        return today
    if when == "tomorrow":
        return today + timedelta(days=1)
    words = when.split()
    if words[-1] in _WEEKDAYS:
        ahead = (_WEEKDAYS.index(words[-1]) - today.weekday()) % 7 or 7
        if words[0] == "next" and ahead < 7:
            ahead += 7 if ahead <= 2 else 0
        return today + timedelta(days=ahead)
    iso = re.search(r"\d{4}-\d{2}-\d{2}", when)
    if iso:
        try:
            return date.fromisoformat(iso.group(0))
        except ValueError:
            return None
    day = int(re.search(r"\d{1,2}", when).group(0))  # type: ignore[union-attr]
    month = next(i + 1 for i, name in enumerate(_MONTHS) if name in when)
    try:
        candidate = date(today.year, month, day)
    except ValueError:
        return None
    return candidate if candidate >= today else date(today.year + 1, month, day)


def mentions_risk(text: str) -> bool:
    """Whether the text holds words of risk (see _RISK_WORDS): a guard for what safety may have missed."""
    return _RISK_WORDS.search(text) is not None


def _event(what: str) -> str | None:
    """The event a plan names, or None when the words name none ("plan for", "last day", "to go")."""
    what = _TRAILING.sub("", what.strip().lower())
    # "my dad has surgery on friday", "my mum is having her scan tomorrow": the dad's surgery, the mum's scan
    if theirs := _THEIR_OCCASION.fullmatch(what):
        what = f"{theirs.group(1)}'s {theirs.group(2)}"
    if what in _VAGUE or not what or _NOT_IN_AN_EVENT.intersection(what.split()) or _DONE.search(what):
        return None
    return what


def find_plan(text: str, local_now: datetime) -> Plan | None:
    """The first dated event in a message, its date resolved against the user's local date. None when the
    message speaks of risk (see _RISK_WORDS) or of harm meant to someone, or the "what" is no event noun phrase."""
    if mentions_risk(text) or _HARM_TO_SOMEONE.search(text):
        return None
    match = _PLAN.search(text)
    if match is None:
        return None
    what = _event(match.group("what"))
    on = _resolve(match.group("when"), local_now.date())
    if what is None or on is None or on >= date.max:  # the last day of the calendar has no day after to ask on
        return None
    return Plan(what, on)


def check_in_due(plan: Plan, local_now: datetime) -> datetime:
    """When to ask how it went: the day after, at CHECK_IN_HOUR, in the user's time zone."""
    return datetime.combine(plan.on + timedelta(days=1), time(CHECK_IN_HOUR), tzinfo=local_now.tzinfo)


# A goodbye to someone who died: no cheerful "how did it go?" after it, a gentle word on how the user is.
_MOURNING = re.compile(
    r"\b(?:funeral|burial|memorial|cremation|wake|vigil|shiva|requiem|inquest|celebration of life|nine nights"
    r"|graveside|interment|repast)\b",
    re.IGNORECASE,
)


def check_in_text(what: str) -> str:
    someones = re.search(r"['’]s\b", what) is not None  # "grandad's funeral", "dad's surgery"
    if _MOURNING.search(what):
        whose = "your" if someones else "the"  # "your grandad's funeral", "the funeral"
        return f"I've been thinking of you since {whose} {what}. How are you holding up?"
    if _HEALTH.search(what) and someones:  # someone else's surgery: no cheer
        return f"I was thinking of you. How did your {what} go?"
    return f"Hey! I was thinking of you. How did your {what} go?"


def in_quiet_hours(local_time: datetime, start_hour: int, end_hour: int) -> bool:
    """Quiet hours may wrap midnight (21 -> 9); start == end means none."""
    hour = local_time.hour
    if start_hour == end_hour:
        return False
    if start_hour < end_hour:
        return start_hour <= hour < end_hour
    return hour >= start_hour or hour < end_hour
