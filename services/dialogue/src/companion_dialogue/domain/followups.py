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


def find_plan(text: str, local_now: datetime) -> Plan | None:
    """The first dated plan in a message, its date resolved against the user's local date."""
    match = _PLAN.search(text)
    if match is None:
        return None
    on = _resolve(match.group("when"), local_now.date())
    if on is None:
        return None
    return Plan(match.group("what").strip().lower(), on)


def check_in_due(plan: Plan, local_now: datetime) -> datetime:
    """When to ask how it went: the day after, at CHECK_IN_HOUR, in the user's time zone."""
    return datetime.combine(plan.on + timedelta(days=1), time(CHECK_IN_HOUR), tzinfo=local_now.tzinfo)


def check_in_text(what: str) -> str:
    return f"Hey! I was thinking of you. How did your {what} go?"


def in_quiet_hours(local_time: datetime, start_hour: int, end_hour: int) -> bool:
    """Quiet hours may wrap midnight (21 -> 9); start == end means none."""
    hour = local_time.hour
    if start_hour == end_hour:
        return False
    if start_hour < end_hour:
        return start_hour <= hour < end_hour
    return hour >= start_hour or hour < end_hour
