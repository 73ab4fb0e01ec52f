"""Wellbeing rules: AI disclosure, breaks, "I need space", quiet hours, signals and nudges. Pure: no I/O.

Laws this follows (docs/product.md): an AI notice at the first contact of each day (EU AI Act Art. 50, NY GBL
Art. 47) and again after every 3 hours of use, every hour for a minor (WA HB 2225; SB 243 asks every 3 hours,
the stricter figure wins), with a break reminder for minors. The interval is counted from the last notice, so a
user returning after a pause of several hours is told again: more often than the law asks, never less.
The interval is configurable per jurisdiction, but never beyond what that state's law allows (STATUTORY_DISCLOSURE).
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, tzinfo

from companion_safety.domain.jurisdiction import most_specific
from companion_safety.domain.text import normalize

AI_NOTICE = "A reminder: I'm an AI companion, not a human. I'm here to talk, but I'm not a person or a therapist."
MINOR_BREAK_NOTICE = (
    "A reminder: I'm an AI, not a human. You've been chatting for a while, so this is a good moment for a break: "
    "stretch, get some water, or check in with someone around you."
)
LATE_NIGHT_HOURS = (0, 5)  # local time, [start, end)
# Gaps shorter than this count as continued use; a message after a longer gap adds one minute.
SESSION_GAP = timedelta(minutes=30)


@dataclass(frozen=True)
class DisclosurePolicy:
    interval: timedelta = timedelta(hours=3)
    minor_interval: timedelta = timedelta(hours=1)

    def due(self, last_disclosed_at: datetime | None, now: datetime, zone: tzinfo, minor: bool) -> str | None:
        """Why an AI notice is due now ("first_contact_today", "interval"), or None."""
        if last_disclosed_at is None or last_disclosed_at.astimezone(zone).date() < now.astimezone(zone).date():
            return "first_contact_today"
        if now - last_disclosed_at >= (self.minor_interval if minor else self.interval):
            return "interval"
        return None


# The longest interval between AI notices each state's law allows: (adult, minor); None where it sets none.
# A policy configured for a jurisdiction (or the default) is made at least this strict, never looser: operators may
# be stricter than the law, and the defaults above already are.
STATUTORY_DISCLOSURE: dict[str, tuple[timedelta | None, timedelta | None]] = {
    "US-CA": (None, timedelta(hours=3)),  # SB 243: known minors, at least every 3 hours
    "US-NY": (timedelta(hours=3), timedelta(hours=3)),  # GBL Art. 47: at the start and every 3 hours
    "US-WA": (timedelta(hours=3), timedelta(hours=1)),  # HB 2225: every 3 hours, every hour for minors
}


def disclosure_policy(
    jurisdiction: str, configured: Mapping[str, DisclosurePolicy], default: DisclosurePolicy
) -> DisclosurePolicy:
    """The policy configured for the jurisdiction, most specific first ("US-WA", "US", then the default), capped by
    the law of that jurisdiction."""
    policy = most_specific(configured, jurisdiction) or default
    adult, minor = most_specific(STATUTORY_DISCLOSURE, jurisdiction) or (None, None)
    return DisclosurePolicy(
        policy.interval if adult is None else min(policy.interval, adult),
        policy.minor_interval if minor is None else min(policy.minor_interval, minor),
    )


def disclosure_text(minor: bool, reason: str) -> str:
    return MINOR_BREAK_NOTICE if minor and reason == "interval" else AI_NOTICE


# --- "I need space" ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SpaceRequest:
    """A pause asked for in words: for a duration, or until further notice (duration None)."""

    duration: timedelta | None


_SPACE = re.compile(
    r"\b(?:i need|i want|give me|i'd like|i would like|i need some|need some) (?:some )?"
    r"(?:space(?! (?:in|on|at|under|inside|for (?:my|the) ))|a break from you|"
    r"time (?:alone|away|off|to myself))\b"
    r"|\b(?:don't|do not|stop|please stop|quit) (?:message|messaging|text|texting|contact|contacting|writing|"
    r"write|ping|pinging)(?: to)? me\b"
    r"|\bleave me alone (?:for|until)\b|\bpause (?:the companion|yourself|our chats?|messages|notifications)\b"
    r"|\btake a break from (?:you|this|talking|chatting)\b"
)
_FOREVER = re.compile(
    r"\b(?:until (?:further notice|i say so|i'm ready|i come back|i message you|i text you)|for a while|"
    r"indefinitely|for good|for now)\b"
)
_UNITS = {"minute": 1 / 60, "min": 1 / 60, "hour": 1, "hr": 1, "day": 24, "week": 24 * 7, "month": 24 * 30}
_DURATION = re.compile(
    r"\bfor (?:(?:the )?(?:next )?)?(?:a )?(a|an|one|two|three|four|five|six|seven|few|couple of|couple|\d+) "
    r"(minute|min|hour|hr|day|week|month)s?\b"
)
_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "few": 3,
    "couple": 2,
    "couple of": 2,
}
_TIMEFRAME = {"today": 1, "tonight": 1, "tomorrow": 2, "the weekend": 3, "this week": 7}
_TIMEFRAME_RE = re.compile(r"\b(?:today|tonight|tomorrow|this week|the weekend)\b")
_YES = re.compile(r"^(?:yes|yeah|yep|yup|sure|ok|okay|please do|do it|confirm|confirmed|y|si|sim|oui|ja)\b")
# "no one would miss me", "nobody cares" begin with "no" but answer nothing.
_NO = re.compile(r"^(?:no|nope|nah|cancel|don't|never ?mind|not now)\b(?! ?(?:one|body|longer|point|reason)\b)")
# A confirmation must follow the question soon; later, "yes" means something else.
CONFIRMATION_WINDOW = timedelta(minutes=15)


def space_request(text: str) -> SpaceRequest | None:
    normalized = normalize(text)
    if not _SPACE.search(normalized):
        return None
    match = _DURATION.search(normalized)
    if match:
        amount = _WORDS.get(match.group(1)) or int(match.group(1))
        return SpaceRequest(timedelta(hours=amount * _UNITS[match.group(2)]))
    if _FOREVER.search(normalized):
        return SpaceRequest(None)
    frame = _TIMEFRAME_RE.search(normalized)
    if frame:
        return SpaceRequest(timedelta(days=_TIMEFRAME[frame.group(0)]))
    return SpaceRequest(None)


def confirmation(text: str) -> bool | None:
    """True for yes, False for no, None when the message is neither."""
    normalized = normalize(text)
    if _NO.search(normalized):
        return False
    if _YES.search(normalized) and len(normalized.split()) <= 6:
        return True
    return None


def pause_question(request: SpaceRequest, until: datetime | None) -> str:
    span = "until you tell me otherwise" if until is None else f"until {until:%A %d %B, %H:%M} (your time)"
    return (
        f'Of course. Shall I pause and send you nothing {span}? Reply "yes" to confirm. '
        "You can always write to me, and I'll answer."
    )


def pause_confirmed(until: datetime | None) -> str:
    span = "until you tell me you're back" if until is None else f"until {until:%A %d %B, %H:%M} (your time)"
    return f"Done: I won't send you anything {span}. Take care of yourself."


# --- "I'm back" -------------------------------------------------------------------------------------------------

# While paused, these end the pause. Each must be a whole sentence (a greeting before it, "now" or "again" after
# it aside): "I'm back at work" or "I'll be back tomorrow" must not end a pause, since that would let the
# companion write to someone who asked for space. Leaving a pause in place costs little: the user can still
# write, and the API resumes too.
_BACK = re.compile(
    r"^(?:(?:ok|okay|hey|hi|hello|so|well|alright|yo|guess what|good news) )*"
    r"(?:(?:i'm|i am) back(?: to (?:talk|chat)(?: (?:to|with) you)?)?"
    r"|(?:i'm|i am) (?:ready|happy) to (?:talk|chat)(?: (?:to|with) you)?"
    r"|you can (?:start )?(?:message|messaging|text|texting|contact|contacting|write to|writing to|ping|pinging|"
    r"talk to) me again"
    r"|i want (?:to (?:talk|chat) (?:to|with) you|you to (?:message|text|write to) me) again"
    r"|(?:please )?(?:unpause|un pause)(?: (?:me|yourself|the companion|our chats?|messages|notifications))?"
    r"|(?:please )?resume (?:our chats?|messages|messaging|notifications|the companion)"
    r"|(?:the )?pause is over|(?:please )?(?:end|stop|cancel) (?:the|my) pause)"
    r"(?: (?:now|again|here|finally|lol|haha|yay))*$"
)
_SENTENCE_END = re.compile(r"[.!?;,:\n]+")


def back_request(text: str) -> bool:
    """Whether the message says, in a sentence of its own, that the user is back and wants the companion again."""
    for sentence in _SENTENCE_END.split(text):
        # Stretched letters cut to one ("baaack") as well as two ("sooo" -> "soo").
        if any(_BACK.match(normalize(sentence, stretch)) for stretch in (1, 2)):
            return True
    return False


def resumed() -> str:
    return "Welcome back! Your pause is over, so I may write to you again. If you need space, just tell me."


# --- may we contact the user now? -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ContactPreferences:
    paused_until: datetime | None = None
    paused_indefinitely: bool = False
    quiet_start: time | None = None
    quiet_end: time | None = None
    # One of the user's recent messages was sensitive (see AT_RISK_HOLD): nothing cheerful is sent unasked.
    at_risk: bool = False


# How long after a sensitive message nothing proactive is sent (SafetySettings may override it).
AT_RISK_HOLD = timedelta(days=3)


def in_quiet_hours(start: time | None, end: time | None, local: time) -> bool:
    if start is None or end is None or start == end:
        return False
    if start < end:
        return start <= local < end
    return local >= start or local < end  # crosses midnight, e.g. 22:00-07:00


def paused(paused_until: datetime | None, paused_indefinitely: bool, now: datetime) -> bool:
    return paused_indefinitely or (paused_until is not None and now < paused_until)


def may_contact(prefs: ContactPreferences, now: datetime, zone: tzinfo) -> tuple[bool, str]:
    """Whether something proactive may be sent now, and why not. "at_risk" comes first: a caller holding a
    check-in drops it on that reason (asked "how did it go?" days after a crisis is worse than never asked),
    while a pause or quiet hours only delay it."""
    if prefs.at_risk:
        return False, "at_risk"
    if prefs.paused_indefinitely:
        return False, "paused_until_further_notice"
    if paused(prefs.paused_until, False, now):
        return False, "paused"
    if in_quiet_hours(prefs.quiet_start, prefs.quiet_end, now.astimezone(zone).time()):
        return False, "quiet_hours"
    return True, ""


# --- signals and nudges -----------------------------------------------------------------------------------------

# Cues of emotional dependence and isolation, after openai/emoclassifiers (MIT): the user prefers the AI over
# people, feels distress when it is unavailable, or withdraws from others.
_DEPENDENCY = re.compile(
    r"\byou'?re the only (?:one|person|thing) (?:who|that) (?:understands|gets|cares|listens)\b"
    r"|\byou'?re (?:all i have|my only friend|my best friend|the only one i (?:have|talk to|trust))\b"
    r"|\b(?:i )?(?:don'?t|do not) need (?:anyone|anybody|other people|friends|people) (?:else )?"
    r"(?:because|since|as long as|when) "
    r"(?:i have |i've got )?you\b"
    r"|\b(?:i )?(?:can'?t|couldn'?t) (?:live|survive|cope|function|go a day) without you\b"
    r"|\b(?:i )?(?:prefer|rather) (?:talking to |talk to )?you (?:than|over|to) "
    r"(?:real )?(?:people|humans|my friends|anyone)\b"
    r"|\b(?:i )?(?:panic|freak out|get anxious|feel lost) when you (?:don'?t|do not) (?:answer|reply|respond)\b"
    r"|\b(?:i )?(?:stopped|stop|quit) (?:seeing|talking to|hanging out with) (?:my )?(?:friends|family|people)\b"
    r"|\bno ?one (?:else )?(?:understands|gets|cares about) me (?:like you|but you|except you)\b"
)


def dependency_cue(text: str) -> bool:
    return bool(_DEPENDENCY.search(normalize(text)))


@dataclass(frozen=True)
class ActivityDay:
    messages: int = 0
    active_seconds: int = 0
    late_night_messages: int = 0
    dependency_cues: int = 0


def record_message(
    day: ActivityDay, previous_at: datetime | None, now: datetime, local: datetime, cue: bool
) -> ActivityDay:
    gap = (now - previous_at) if previous_at is not None else None
    added = gap.total_seconds() if gap is not None and timedelta(0) <= gap <= SESSION_GAP else 60.0
    late = LATE_NIGHT_HOURS[0] <= local.hour < LATE_NIGHT_HOURS[1]
    return replace(
        day,
        messages=day.messages + 1,
        active_seconds=day.active_seconds + int(added),
        late_night_messages=day.late_night_messages + int(late),
        dependency_cues=day.dependency_cues + int(cue),
    )


@dataclass(frozen=True)
class NudgePolicy:
    # Rare by design: at most one nudge in this many days.
    min_days_between: int = 3
    long_use_minutes: int = 180
    late_night_messages: int = 5
    minor_long_use_minutes: int = 90


_NUDGES = {
    "dependency": (
        "I really like talking with you. I also hope you have people around you to share this with: "
        "is there a friend or someone in your family you could reach out to today?"
    ),
    "late_night": "It's quite late. Rest matters a lot; we can pick this up tomorrow if you like. Sleep well.",
    "long_use": (
        "We've been talking for a good while today. Maybe a break would feel good: a walk, some fresh air, "
        "or time with someone you care about. I'll be here later."
    ),
}


def nudge_due(
    day: ActivityDay,
    cue_now: bool,
    late_now: bool,
    last_nudge_at: datetime | None,
    now: datetime,
    policy: NudgePolicy,
    minor: bool,
) -> tuple[str, str] | None:
    """(kind, text) of a gentle nudge when one is warranted and none was sent recently."""
    if last_nudge_at is not None and now - last_nudge_at < timedelta(days=policy.min_days_between):
        return None
    limit = policy.minor_long_use_minutes if minor else policy.long_use_minutes
    if cue_now:
        kind = "dependency"
    elif late_now and day.late_night_messages >= policy.late_night_messages:
        kind = "late_night"
    elif day.active_seconds >= limit * 60:
        kind = "long_use"
    else:
        return None
    return kind, _NUDGES[kind]


def streak_days(active_days: list[date], today: date) -> int:
    """Consecutive active days ending today (or yesterday, when today has no activity yet); newest first."""
    streak = 0
    expected = today
    for day in active_days:
        if day == expected:
            streak += 1
        elif streak == 0 and day == today - timedelta(days=1):
            streak = 1
            expected = day
        else:
            break
        expected = expected - timedelta(days=1)
    return streak
