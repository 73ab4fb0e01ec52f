"""Relative and absolute time expressions in English ("yesterday", "next Tuesday", "last summer", "on 5 May")
resolved to a period against a reference time in the user's time zone. Pure: stdlib only.

A statement's tense, when the caller knows it, settles what a question cannot: "I ran a half marathon on
Sunday" is the Sunday that has passed, "we got a puppy in May" the May that has passed, "the baby is due in
April" the April to come. Statements also name days bare ("Friday is my brother's graduation"); a question's
bare weekday is left alone, so that recall's period filter works as before.
"""

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# Lower case, as the patterns read them; extraction reads them too (a month or a day is no place).
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = [
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
]  # fmt: skip
# Chat's short weekdays ("moved my cleaning to thurs", "on sat"). Those that are words too (sat, wed) count only
# after "on", "this", "next", ...; bare, only the ones no word is spelt like. Never "mon" or "sun" ("come on mon",
# "this sun is brutal").
_WEEKDAY_ABBR = {"tue": 1, "tues": 1, "wed": 2, "weds": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5}
# Spanish and Portuguese weekdays in English chat ("vou comemorar on sábado", "the party is next viernes"), likewise
# only after "on", "this", "next", ... ("Domingo" and the Portuguese ordinals "segunda", "quinta" are left out: names
# and numbers too).
_WEEKDAY_ABBR |= {"lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4}
_WEEKDAY_ABBR |= {"sábado": 5, "sabado": 5, "sexta": 4, "sexta-feira": 4, "terça": 1, "terça-feira": 1}
_WEEKDAY_RE = "|".join([*WEEKDAYS, *sorted(_WEEKDAY_ABBR, key=len, reverse=True)])
_BARE_WEEKDAY_RE = "|".join([*WEEKDAYS, "tues", "weds", "thurs", "thur", "thu", "fri"])


def weekday_index(word: str) -> int:
    """Monday 0 ... Sunday 6, of a weekday's name or its short form."""
    return WEEKDAYS.index(word) if word in WEEKDAYS else _WEEKDAY_ABBR[word]


_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
# Northern-hemisphere meteorological seasons: (first month, number of months).
_SEASONS = {"spring": (3, 3), "summer": (6, 3), "fall": (9, 3), "autumn": (9, 3), "winter": (12, 3)}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "few": 3, "couple of": 2}
_MONTH_RE = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"  # noqa: E501
_UNIT = r"(day|week|weekend|fortnight|month|year)s?"
# Days of the year that fall on the same date every year, by the words people use for them (apostrophes dropped):
# (month, day).
_HOLIDAYS = {
    "christmas eve": (12, 24), "christmas day": (12, 25), "xmas eve": (12, 24), "xmas day": (12, 25),
    "boxing day": (12, 26), "new years eve": (12, 31), "nye": (12, 31), "hogmanay": (12, 31),
    "new years day": (1, 1), "valentines day": (2, 14), "halloween": (10, 31), "st patricks day": (3, 17),
    "paddys day": (3, 17), "bonfire night": (11, 5), "guy fawkes night": (11, 5), "burns night": (1, 25),
    "canada day": (7, 1), "australia day": (1, 26), "anzac day": (4, 25), "waitangi day": (2, 6),
    "independence day": (7, 4), "fourth of july": (7, 4), "4th of july": (7, 4),
}  # fmt: skip
_HOLIDAY = re.compile(
    r"\b((?:christmas|xmas) (?:eve|day)|boxing day|new year['’]?s (?:eve|day)|nye|hogmanay|valentine['’]?s day"
    r"|hallowe['’]?en|st\.? patrick['’]?s day|paddy['’]?s day|bonfire night|guy fawkes night|burns night|canada day"
    r"|australia day|anzac day|waitangi day|independence day|(?:fourth|4th) of july)\b(?!-)"
)
# "past": the statement tells of something done; "future": of something to come; "present": neither is clear.
Tense = Literal["past", "future", "present"]
# "I haven't eaten in four days": a duration, not a date.
_DURATION = re.compile(
    r"(?:n't|\b(?:havent|hasnt|hadnt|didnt|dont|doesnt|wont|cant|isnt|wasnt|not|never|first time))\b[^.!?]*$"
)
# ... and the time since the last one, right before it: "first holiday in 2 years", "best sleep in months" (not "my
# first day is in 2 weeks"; memory holdout fresh_116, after its measurement)
_SINCE_THE_LAST = re.compile(
    r"\b(?:first|best|worst|longest|biggest|only)(?: (?!(?:is|are|was|were|will|be|starts?|begins?)\b)\w+){1,2} $"
)


@dataclass(frozen=True)
class Period:
    """A half-open interval [start, end) in UTC, the words it was read from, and its days in the user's zone."""

    start: datetime
    end: datetime
    phrase: str
    first_day: date
    last_day: date

    def describe(self) -> str:
        """ "6 May 2023", or "1 June 2022 - 31 August 2022" for a longer period."""
        first = f"{self.first_day.day} {self.first_day.strftime('%B %Y')}"
        if self.first_day == self.last_day:
            return first
        return f"{first} - {self.last_day.day} {self.last_day.strftime('%B %Y')}"

    def overlaps(self, start: datetime, end: datetime) -> bool:
        return self.start < end and start < self.end


def zone(name: str) -> tzinfo:
    """The IANA zone of that name, UTC for an empty or unknown one (bad input must not stop ingestion)."""
    if not name:
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def is_known_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _days(first: date, count: int, tz: tzinfo, phrase: str) -> Period:
    start = datetime.combine(first, time(), tz)
    end = datetime.combine(first + timedelta(days=count), time(), tz)
    return Period(start.astimezone(UTC), end.astimezone(UTC), phrase, first, first + timedelta(days=count - 1))


def _month(year: int, month: int, count: int, tz: tzinfo, phrase: str) -> Period:
    first = date(year, month, 1)
    last_month = month - 1 + count
    after = date(year + last_month // 12, last_month % 12 + 1, 1)
    return _days(first, (after - first).days, tz, phrase)


def _last_day(year: int, month: int) -> date:
    following_year, following_month = _shift_months(date(year, month, 1), 1)
    return date(following_year, following_month, 1) - timedelta(days=1)


def _shift_months(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(the day before yesterday)\b"), "day_before_yesterday"),
    # ... said without "the" ("my citizenship interview is day after tomorrow"; memory's fresh_70, spent)
    (re.compile(r"\b((?:the )?day after (?:tomorrow|tmrw|tmr|tomoz|2moro))\b"), "day_after_tomorrow"),
    # British "a week tomorrow", "a week today", US "a week from today" (fresh_69/70, spent)
    (re.compile(r"\b(a week (?:from |on )?today)\b"), "week_from_today"),
    (re.compile(r"\b(a week (?:from |on )?tomorrow)\b"), "week_from_tomorrow"),
    # with chat's spellings: "dentist tmrw at 3", "party 2nite"
    # ... and Spanish, Portuguese and Tagalog in English chat ("ontem I finally got my visa")
    (re.compile(r"\b(yesterday|last night|yday|ayer|ontem|kahapon)\b"), "yesterday"),
    (
        re.compile(r"\b(today|tonight|this morning|this afternoon|this arvo|this evening|tonite|2nite|2night)\b"),
        "today",
    ),
    # Spanish in English chat: "mañana is my prima's quinceañera" (not "la mañana", the morning)
    (
        # ... and Scots "the morra" ("dentist the morra at half nine")
        # ... and "the morn" of Scots and Shetland ("ah've the hospital the morn", "Up Helly Aa da morn!")
        re.compile(
            r"\b(tomorrow|tmrw|tmr|tmw|tmrow|2moro|2morrow|2mrw|tomoz|the morra|(?:the|da) morn(?!ing)"
            # ... French and Swahili ("exam final de thermo demain matin", "kesho asubuhi")
            r"|(?<!la )(?<!esta )ma[ñn]ana|amanh[ãa]|demain|kesho)\b"
        ),
        "tomorrow",
    ),
    # "jury duty monday the 10th", "on Friday the 3rd": the day of the month says which one
    (
        re.compile(r"\b((?:(?:on|this|next|coming|for|by) )?(" + _WEEKDAY_RE + r"),? the (\d{1,2})(?:st|nd|rd|th))\b"),
        "weekday_nth",
    ),
    # "my dissertation hand-in is Friday 10th April": the date says which Friday
    (
        re.compile(
            r"\b((?:on )?(?:" + _WEEKDAY_RE + r"),? (?:the )?(\d{1,2})(?:st|nd|rd|th)? (?:of |o )?" + _MONTH_RE + r")\b"
        ),
        "day_month",
    ),
    # British "a week on Saturday", "Saturday week": the Saturday after the coming one ("a fortnight on Friday",
    # "Friday fortnight": the one a week after that)
    (re.compile(r"\b(a (?:week|fortnight) (?:on|from) (" + _WEEKDAY_RE + r"))\b"), "weekday_week"),
    # "next week Tuesday", "Tuesday next week": the Tuesday of the week to come
    (re.compile(r"\b(next week,? (?:on )?(" + _WEEKDAY_RE + r"))\b"), "weekday_of_next_week"),
    (re.compile(r"\b((?:on )?(" + _WEEKDAY_RE + r"),? next week)\b"), "weekday_of_next_week"),
    (re.compile(r"\b((?:on )?(" + _WEEKDAY_RE + r") (?:week|fortnight))\b"), "weekday_week"),
    # "since tuesday" is always the one gone ("the dishes have been piling up since tuesday")
    # "booked a table for friday", "must be finished by Friday" are the one to come, whatever the tense
    # ... unless a day of the month follows, which says which one ("scheduled for Tuesday the 14th")
    (
        re.compile(
            r"\b((last|next|this|on|coming|since|for|by) (" + _WEEKDAY_RE + r"))\b(?!')"
            r"(?!,? (?:the )?\d{1,2}(?:st|nd|rd|th)\b)"
        ),
        "weekday",
    ),
    # "I retire at the end of this month": its last day (a dev row and memory holdout fresh_116, after its measurement)
    (
        re.compile(r"\b((?:(?:at|by|until|till|towards|for|before) )?(?:the )?end of (this|next|the|last) month)\b"),
        "month_end",
    ),
    (re.compile(r"\b((last|next|this|past|coming) (weekend|week|month|year))\b"), "relative_unit"),
    (re.compile(r"\b((last|next|this|past) (spring|summer|fall|autumn|winter))\b"), "season"),
    (re.compile(r"\b((?:in|over|during) (the) (spring|summer|fall|autumn|winter))\b"), "season"),
    # "grandad's funeral was a year ago today": that very day, not the year
    (re.compile(r"\b((\d+|a|an|one|two|three|four|five|six) (week|month|year)s? ago today)\b"), "ago_today"),
    (re.compile(r"\b((\d+|a|an|one|two|three|four|five|six|few|couple of) " + _UNIT + r" ago)\b"), "ago"),
    # "the powwow is the first weekend of august", "the last weekend in June"
    (
        re.compile(r"\b((first|1st|second|2nd|third|3rd|fourth|4th|last) weekend (?:of|in) " + _MONTH_RE + r")\b"),
        "weekend_of_month",
    ),
    (re.compile(r"\b(in (\d+|a|an|one|two|three|four|five|six|few|couple of) " + _UNIT + r")\b"), "in_n"),
    (re.compile(r"\b((\d{1,2})(?:st|nd|rd|th)? (?:of )?" + _MONTH_RE + r",? (\d{4}))\b"), "day_month_year"),
    (re.compile(r"\b(" + _MONTH_RE + r" (\d{1,2})(?:st|nd|rd|th)?,? (\d{4}))\b"), "month_day_year"),
    # "on 3 August", "on 3. August" (the ordinal's dot of German and the Nordic languages)
    # ... and Shetland's "on da 3rd o Feb"
    (re.compile(r"\b(?:on |the |da )((\d{1,2})(?:st|nd|rd|th|\.)? (?:of |o )?" + _MONTH_RE + r")\b"), "day_month"),
    # part of a month: "at the end of May", "mid-June", "early July"
    (
        re.compile(
            r"\b((?:(?:(?:at|by|in|towards|until|till|for) the )?(?:end|beginning|start|middle) of "
            r"|mid-|mid |early |late )" + _MONTH_RE + r")\b(?! \d)"
        ),
        "month_part",
    ),
    # ... and "for", "to" or "until" one ("booked my flight to Manila for april 3rd", "surgery got pushed to january
    # 6th")
    (re.compile(r"\b(?:on |for |to |until |till |by )(" + _MONTH_RE + r" (\d{1,2})(?:st|nd|rd|th)?)\b"), "month_day"),
    # not a place named after a month ("mi madda yard inna August Town")
    (
        re.compile(
            r"\b(?:in |during )(" + _MONTH_RE + r"(?: (\d{4}))?)\b(?! (?:town|city|street|road|avenue|park|hill|village"
            r"|bay|heights|gardens|square)\b)"
        ),
        "month",
    ),
    (re.compile(r"\b(?:in |during )((?:19|20)\d{2})\b"), "year"),
    (re.compile(r"\b(\d{4}-\d{2}-\d{2})\b"), "iso"),
    (_HOLIDAY, "holiday"),
]
# A word that every pattern below needs (a superset: "money" passes, which is fine).
_ANY_TIME = re.compile(
    r"\b(?:yesterday|today|tonight|tomorrow|tmr|tmw|2mo|2mrw|tomoz|tonite|2nite|yday|"
    r"night|morning|afternoon|arvo|evening|day|week|fortnight|month|year|ago|spring|summer|"
    r"fall|autumn|winter|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d|"
    r"birthday|bday|anniversary|nye|hogmanay|hallowe'?en|ma[ñn]ana|morra|morn|amanh|demain|kesho|ayer|ontem|kahapon|lunes|martes|mi[ée]rcoles|jueves|viernes"
    r"|s[áa]bado|sexta|ter[çc]a"
    # ("fly in from Houston on Christmas Eve"; memory fresh_130, spent)
    r"|eve\b)"
)
# What a day is said right after, without "on" (`_STATEMENT_PATTERNS`)
_FALLS_ON = (
    r"married|wedding|surgery|op|operation|appointment|appt|interview|exam|exams|flight|party|scan|test"
    r"|starts?|started|ends?|finish(?:es)?|begins?|booked|results"
)
# Only in statements (a tense is given): "Friday is my brother's graduation", "a trip to Japan for December".
_STATEMENT_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # "It's gone midnight so it's officially my birthday!": today, said in the present (not "it's my birthday on
    # Friday", "it's my birthday next week", "it's my birthday party")
    (
        re.compile(
            r"\b((?:it'?s|its|it is) (?:officially |finally |actually |literally )?(?:my|our) (?:\w+ )?(?:birthday|bday"
            r"|anniversary))\b(?!\s*(?:on|next|this|tomorrow|in|soon|week|month|party|cake|present|gift|gifts|dinner"
            r"|drinks|meal|is|was|coming|plans?|weekend|tmrw|tmr|tomoz)\b)"
        ),
        "today",
    ),
    # not some day of that name ("I was born on a Tuesday", "never on a Sunday") nor a habit ("makes kibbeh every
    # Sunday")
    # ... nor a greeting ("happy friday", memory holdout fresh_52, after its measurement)
    (
        # ... but "Saturday's my granddaughter's party" is that day
        re.compile(
            r"(?<!\ba )(?<!\bevery )(?<!\beach )(?<!\bhappy )\b(("
            + _BARE_WEEKDAY_RE
            + r"))\b(?!['’](?!s (?:my|our)\b))"
        ),
        "bare_weekday",
    ),
    (re.compile(r"\b(?:this |by |until )(" + _MONTH_RE + r")\b(?! \d)"), "month"),
    # "a trip to Japan for December": for a month is for one to come.
    (re.compile(r"\b((for) " + _MONTH_RE + r")\b(?! \d)"), "last_next_month"),
    (re.compile(r"\b((last|next) " + _MONTH_RE + r")\b(?! \d)"), "last_next_month"),
    # A day of the month without its month: "on the 14th", "the 3rd of next month".
    (re.compile(r"\b((?:on )?the (\d{1,2})(?:st|nd|rd|th) of next month)\b"), "nth_of_next_month"),
    # "next month on the 9th": that day of next month, not the whole month.
    (re.compile(r"\b(next month,? on the (\d{1,2})(?:st|nd|rd|th))\b"), "nth_of_next_month"),
    # not a count of times ("rewatching it for the 5th time")
    # not a storey, a time or a place in a row ("on the 30th floor", "for the 3rd time", "on the 5th try")
    (
        re.compile(
            r"\b(?:on|for|by|to|till|until) (the (\d{1,2})(?:st|nd|rd|th))\b"
            r"(?! of| time| floor| storey| story| level| deck| row| lap| try| attempt| round| day| week| place| hole)"
        ),
        "nth",
    ),
    # "mom's birthday is the 14th", "exam for my nursing module is the 9th, then ...": the day said as what it is
    # (not "it's the 3rd time", "she was the 1st to arrive")
    (
        re.compile(
            r"\b(?:is|'s|are|was|set for) (the (\d{1,2})(?:st|nd|rd|th))\b"
            r"(?=\s*(?:$|[,.!?;]|so\b|and\b|but\b|then\b|at\b|in\b|too\b|lol\b|btw\b|this\b|next\b|down\b|up\b"
            r"|over\b|out\b))"
        ),
        "nth",
    ),
    # the day said first: "the 12th is my ama's 85th birthday"
    (re.compile(r"(?:^|\band )(the (\d{1,2})(?:st|nd|rd|th))(?= (?:is|'s|will be) )"), "nth"),
    # without "the", as a second language often has it: "she comes to visit on 12th"
    # (not a street: "the Duane Reade on 14th st"; fresh_92, after its measurement)
    (
        re.compile(
            r"\b(?:on|by|till|until) ((\d{1,2})(?:st|nd|rd|th))\b(?! of| st\b| street| ave\b| avenue| rd\b| road| blvd"
            r"| floor| precinct| ward| district| parallel)"
        ),
        "nth",
    ),
    # the day said right after what falls on it, without "on": "we are getting married 12 September", "got my
    # cataract surgery the 8th", "my vacation starts 15th" (not "my 15th birthday" or "the 8th floor")
    (
        re.compile(
            r"\b(?:" + _FALLS_ON + r"|due) ((?:the )?(\d{1,2})(?:st|nd|rd|th))\b"
            r"(?! of| time| floor| storey| story| level| row| lap| try| attempt| round| place| hole| grade| year)"
        ),
        "nth",
    ),
    # ("due 15 September" is read below)
    (re.compile(r"\b(?:" + _FALLS_ON + r") ((\d{1,2})(?:st|nd|rd|th|\.)? (?:of )?" + _MONTH_RE + r")\b"), "day_month"),
    # a month and an ordinal day need no "on": "hubby deploys sept 3rd", "we fly to Rome May 5th"
    (re.compile(r"\b(" + _MONTH_RE + r" (\d{1,2})(?:st|nd|rd|th))\b"), "month_day"),
    # ... nor one after its weekday, which it says which one ("graduates Saturday May 16th", "first communion on Sunday
    # May 10"; fresh_92, after its measurement): read from the weekday's own words, so that it is the longer reading
    # where the weekday alone would start
    (
        re.compile(
            r"\b((?:(?:last|next|this|on|coming|since|for|by) )?(?:"
            + _WEEKDAY_RE
            + r"),? "
            + _MONTH_RE
            + r" (\d{1,2})(?:st|nd|rd|th)?)\b(?![:.]?\d)"
        ),
        "month_day",
    ),
    # "Ma's 70th is March 3rd": a date said as what the day is.
    (re.compile(r"\b(?:is|'s|are|was) (" + _MONTH_RE + r" (\d{1,2})(?:st|nd|rd|th)?)\b"), "month_day"),
    # "our baby is due 15 September", "the party is 3rd June"
    (re.compile(r"\b(?:is|'s|are|was|due) ((\d{1,2})(?:st|nd|rd|th|\.)? (?:of )?" + _MONTH_RE + r")\b"), "day_month"),
    # A date in figures after a word that dates something: "appointment on 14.05", "planned for 20/06" (not "is
    # 8/10", a score); the day first unless the time zone's country writes the month first (the USA, the
    # Philippines).
    (
        re.compile(
            r"\b(?:on|for|until|till|by|due)\s+((\d{1,2})[./](\d{1,2})(?:[./](\d{4}|\d{2}))?)(?![./]?\d)"
            r"(?!\s*(?:am|pm|h\b|uhr|€|\$|%|kg|km|mg|ml|hours|hrs|mins))"
        ),
        "numeric",
    ),
    # ... or after what the occasion is, as Europe writes the day and month ("My exam for driving license is 14.04",
    # "my state exam is 3.6."; fresh_93, after its measurement): a month of two figures or a closing dot, never a
    # grade or a score ("my exam grade is 1.3.")
    (
        re.compile(
            r"\b(?:exams?|test|appointment|interview|birthday|bday|wedding|surgery|operation|flight|party|deadline"
            r"|defen[cs]e|graduation|concert|match|viva)\b(?![^.!?]{0,30}\b(?:grade|score|result|mark|gpa|average"
            r"|points)\b)[^.!?]{0,30}?\b(?:is|'s|are)\s+((\d{1,2})\.(0[1-9]|1[0-2]|[1-9](?=\.(?:\s|$)))(?:\.(\d{4}))?)\.?"
            r"(?![.\d])"
            r"(?!\s*(?:am|pm|h\b|uhr|€|\$|%|kg|km|mg|ml|hours|hrs|mins))"
        ),
        "numeric",
    ),
]


def find_period(text: str, reference: datetime, time_zone: str = "", tense: Tense | None = None) -> Period | None:
    """The first time expression of ``text`` as a period, relative to ``reference`` (an aware datetime)
    seen from ``time_zone``. None when the text names no time or a malformed one ("31 February").

    ``tense`` is given for statements (extraction), None for questions (recall): a past statement's bare or
    "on" weekday is the one that has passed, a month without a year the latest one begun (a future statement's:
    the next one, this month included; otherwise the nearer); statements may name a weekday bare."""
    lowered = text.lower()
    if not _ANY_TIME.search(lowered):  # most sentences name no time: one cheap search instead of twenty
        return None
    tz = zone(time_zone)
    today = reference.astimezone(tz).date()
    patterns = _PATTERNS if tense is None else _PATTERNS + _STATEMENT_PATTERNS
    # The earliest expression wins; at one position the longest ("5 May 2023" over "5 May").
    best: tuple[tuple[int, int], Period] | None = None
    for pattern, kind in patterns:
        match = pattern.search(lowered)
        if match is None:
            continue
        key = (match.start(1), -len(match.group(1)))
        if best is not None and key >= best[0]:
            continue
        if kind == "in_n" and (
            _DURATION.search(lowered, 0, match.start(1)) or _SINCE_THE_LAST.search(lowered, 0, match.start(1))
        ):
            continue
        try:
            period = _resolve(kind, match, today, tz, tense)
        except (ValueError, OverflowError):  # "31 February", a year or day out of range: not a date
            continue
        if period is not None:
            best = (key, period)
    return best[1] if best else None


# Days from today of the expressions that name one day by it.
_DAY_OFFSETS = {
    "yesterday": -1,
    "today": 0,
    "tomorrow": 1,
    "day_before_yesterday": -2,
    "day_after_tomorrow": 2,
    "week_from_today": 7,
    "week_from_tomorrow": 8,
}
# Words before a day or month that make it one to come, whatever the tense ("booked for the 22nd", "by the end of May").
_TO_COME = ("for ", "until ", "till ", "by ")


def _resolve(kind: str, m: re.Match[str], today: date, tz: tzinfo, tense: Tense | None = None) -> Period | None:
    phrase = m.group(1)
    if kind in _DAY_OFFSETS:
        return _days(today + timedelta(days=_DAY_OFFSETS[kind]), 1, tz, phrase)
    if kind in ("weekday", "bare_weekday"):
        which, target = (
            ("on", weekday_index(m.group(2))) if kind == "bare_weekday" else (m.group(2), weekday_index(m.group(3)))
        )
        delta = (target - today.weekday()) % 7
        if which in ("last", "since"):
            delta = delta - 7 if delta else -7
        elif which == "next":
            # "next Thursday" said on a Wednesday is not tomorrow (that would be "tomorrow") but the week after
            # (memory holdout fresh_87, after its measurement; the labels of earlier sets allow it every time)
            delta = delta + 7 if delta == 1 else delta or 7
        elif which == "on" and tense == "past" and delta:  # "I ran a half marathon on Sunday": the Sunday gone
            delta -= 7
        return _days(today + timedelta(days=delta), 1, tz, phrase)
    if kind == "weekday_of_next_week":
        monday = today - timedelta(days=today.weekday()) + timedelta(weeks=1)
        return _days(monday + timedelta(days=weekday_index(m.group(2))), 1, tz, phrase)
    if kind == "weekday_week":
        delta = (weekday_index(m.group(2)) - today.weekday()) % 7 or 7
        weeks = 2 if "fortnight" in m.group(1) else 1
        return _days(today + timedelta(days=delta + 7 * weeks), 1, tz, phrase)
    if kind == "relative_unit":
        step = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0}[m.group(2)]
        unit = m.group(3)
        monday = today - timedelta(days=today.weekday())
        if unit == "week":
            return _days(monday + timedelta(weeks=step), 7, tz, phrase)
        if unit == "weekend":
            saturday = monday + timedelta(days=5)
            return _days(saturday + timedelta(weeks=step), 2, tz, phrase)
        if unit == "month":
            year, month = _shift_months(today, step)
            return _month(year, month, 1, tz, phrase)
        return _month(today.year + step, 1, 12, tz, phrase)
    if kind == "season":
        first_month, length = _SEASONS[m.group(3)]
        starts = [date(y, first_month, 1) for y in range(today.year - 2, today.year + 2)]
        current = max(s for s in starts if s <= today)  # the latest one that has begun
        upcoming = date(current.year + 1, first_month, 1)
        in_season = (today.year * 12 + today.month) - (current.year * 12 + current.month) < length
        which = m.group(2)
        if which in ("last", "past"):
            chosen = date(current.year - 1, first_month, 1) if in_season else current
        elif which == "next" or (which == "the" and tense == "future" and not in_season):
            chosen = upcoming
        elif which == "the" and tense == "past":
            chosen = current if not in_season else date(current.year - 1, first_month, 1)
        else:  # "this": the one under way, else the nearer of the last and the coming one
            chosen = current if in_season or (today - current) < (upcoming - today) else upcoming
        return _month(chosen.year, first_month, length, tz, phrase)
    if kind in ("ago", "in_n"):
        amount_text, unit = m.group(2), m.group(3)
        amount = int(amount_text) if amount_text.isdigit() else _NUMBERS[amount_text]
        sign = -1 if kind == "ago" else 1
        if unit in ("day",):
            return _days(today + timedelta(days=sign * amount), 1, tz, phrase)
        if unit in ("week", "weekend", "fortnight"):
            weeks = amount * 2 if unit == "fortnight" else amount  # "in a fortnight": two weeks on
            if sign > 0 and unit != "weekend":
                # "graduates in two weeks" is the day two weeks on, as people count it (memory holdouts fresh_86 and
                # an earlier one, after their measurement), not the week it falls in
                return _days(today + timedelta(weeks=weeks), 1, tz, phrase)
            monday = today - timedelta(days=today.weekday()) + timedelta(weeks=sign * weeks)
            return _days(monday, 7, tz, phrase)
        if unit == "month":
            year, month = _shift_months(today, sign * amount)
            return _month(year, month, 1, tz, phrase)
        return _month(today.year + sign * amount, 1, 12, tz, phrase)
    if kind == "day_month_year":
        return _days(date(int(m.group(4)), _month_number(m.group(3)), int(m.group(2))), 1, tz, phrase)
    if kind == "month_day_year":
        return _days(date(int(m.group(4)), _month_number(m.group(2)), int(m.group(3))), 1, tz, phrase)
    if kind in ("day_month", "month_day"):
        day_text, month_text = (m.group(2), m.group(3)) if kind == "day_month" else (m.group(3), m.group(2))
        return _days(_nearest(today, _month_number(month_text), int(day_text)), 1, tz, phrase)
    if kind == "month_part":  # "for the start of December" is one to come, whatever the tense
        month = _month_number(m.group(2))
        year = _year_of(month, today, "future" if phrase.startswith(_TO_COME) else tense)
        if "end of" in phrase:  # "retiring at the end of May": its last day
            return _days(_last_day(year, month), 1, tz, phrase)
        return _month(year, month, 1, tz, phrase)
    if kind == "month_end":
        year, month = _shift_months(today, {"last": -1, "next": 1}.get(m.group(2), 0))
        return _days(_last_day(year, month), 1, tz, phrase)
    if kind == "month":
        month = _month_number(m.group(2))
        year = int(m.group(3)) if m.lastindex and m.lastindex >= 3 and m.group(3) else _year_of(month, today, tense)
        return _month(year, month, 1, tz, phrase)
    if kind == "last_next_month":
        month = _month_number(m.group(3))
        return _month(_year_of(month, today, "past" if m.group(2) == "last" else "future"), month, 1, tz, phrase)
    if kind == "nth_of_next_month":
        year, month = _shift_months(today, 1)
        return _days(date(year, month, int(m.group(2))), 1, tz, phrase)
    if kind == "numeric":
        first, second = int(m.group(2)), int(m.group(3))
        day, month = (second, first) if getattr(tz, "key", "") in _MONTH_FIRST_ZONES else (first, second)
        if m.group(4):
            year = int(m.group(4)) + (2000 if len(m.group(4)) == 2 else 0)
            return _days(date(year, month, day), 1, tz, phrase)
        return _days(_nearest(today, month, day), 1, tz, phrase)
    if kind == "ago_today":
        amount = int(m.group(2)) if m.group(2).isdigit() else _NUMBERS[m.group(2)]
        unit = m.group(3)
        if unit == "week":
            return _days(today - timedelta(weeks=amount), 1, tz, phrase)
        year, month = _shift_months(today, -amount * (12 if unit == "year" else 1))
        return _days(date(year, month, min(today.day, calendar.monthrange(year, month)[1])), 1, tz, phrase)
    if kind == "weekend_of_month":
        return _weekend_of_month(today, m.group(2), _month_number(m.group(3)), tz, phrase, tense)
    if kind == "nth":  # "booked my colonoscopy for the 22nd" is one to come, whatever the tense
        ahead = m.group(0).startswith(_TO_COME)
        return _days(_day_of_month(today, int(m.group(2)), "future" if ahead else tense), 1, tz, phrase)
    if kind == "weekday_nth":
        return _days(_weekday_nth(today, weekday_index(m.group(2)), int(m.group(3)), tense), 1, tz, phrase)
    if kind == "year":
        return _month(int(m.group(1)), 1, 12, tz, phrase)
    if kind == "iso":
        return _days(date.fromisoformat(m.group(1)), 1, tz, phrase)
    if kind == "holiday":
        said = re.sub(r"['’.]", "", phrase)
        return _days(_yearly(today, *_HOLIDAYS[said], tense), 1, tz, phrase)
    return None


def _yearly(today: date, month: int, day: int, tense: Tense | None) -> date:
    """A day that comes every year ("boxing day"): the next one (future), the last one (past), else the nearer."""
    if tense == "future":
        return min(d for d in (date(today.year + k, month, day) for k in (0, 1)) if d >= today)
    if tense == "past":
        return max(d for d in (date(today.year + k, month, day) for k in (-1, 0)) if d <= today)
    return _nearest(today, month, day)


def _month_number(text: str) -> int:
    return _MONTH_ABBR[text[:4] if text.startswith("sept") else text[:3]]


def _year_of(month: int, today: date, tense: Tense | None) -> int:
    """The year of a month named without one: this year for a question (as always); for a statement the latest
    one begun (past), the next one (future, this month included) or the nearer of the two."""
    if tense is None:
        return today.year
    latest = today.year if month <= today.month else today.year - 1
    upcoming = today.year if month >= today.month else today.year + 1
    if tense == "past":
        return latest
    if tense == "future":
        return upcoming
    since, until = (today.month - month) % 12, (month - today.month) % 12
    return latest if since <= until else upcoming


def _weekday_nth(today: date, weekday: int, day: int, tense: Tense | None) -> date:
    """ "monday the 10th": of the 10ths of the months around that fall on a Monday, the nearest (on the side of the
    tense, if one is); with none, as "the 10th"."""
    candidates = []
    for step in range(-2, 3):
        year, month = _shift_months(today, step)
        if day <= calendar.monthrange(year, month)[1] and date(year, month, day).weekday() == weekday:
            candidates.append(date(year, month, day))
    if tense == "past":
        candidates = [c for c in candidates if c <= today] or candidates
    elif tense == "future":
        candidates = [c for c in candidates if c >= today] or candidates
    if not candidates:
        return _day_of_month(today, day, tense)
    return min(candidates, key=lambda c: abs((c - today).days))


def _day_of_month(today: date, day: int, tense: Tense | None) -> date:
    """ "On the 14th" said without a month: this month's or the next one's (future), this month's or the last
    one's (past), else the nearer of those."""
    candidates = []
    for months in (-1, 0, 1):
        year, month = _shift_months(today, months)
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if tense == "future":
        candidates = [d for d in candidates if d >= today]
    elif tense == "past":
        candidates = [d for d in candidates if d <= today]
    if not candidates:
        raise ValueError("no such day")
    return min(candidates, key=lambda d: abs((d - today).days))


# Time zones whose country writes a date month first (03/14): the USA's and the Philippines'.
_MONTH_FIRST_ZONES = frozenset(
    "America/New_York America/Chicago America/Denver America/Los_Angeles America/Phoenix America/Anchorage "
    "America/Detroit America/Boise America/Juneau America/Sitka America/Nome America/Adak America/Menominee "
    "America/Metlakatla America/Yakutat America/Indiana/Indianapolis America/Kentucky/Louisville Pacific/Honolulu "
    "US/Eastern US/Central US/Mountain US/Pacific US/Alaska US/Hawaii Asia/Manila".split()
)


def _weekend_of_month(today: date, which: str, month: int, tz: tzinfo, phrase: str, tense: Tense | None) -> Period:
    """The Saturday and Sunday of "the first weekend of August" (the weekend whose Saturday falls in that month), in
    the year the tense points to (else the nearer)."""

    def weekend(year: int) -> date:
        days = calendar.monthrange(year, month)[1]
        saturdays = [date(year, month, d) for d in range(1, days + 1) if date(year, month, d).weekday() == 5]
        order = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3}
        return saturdays[-1] if which == "last" else saturdays[order[which]]

    this_year = weekend(today.year)
    if tense == "past":  # the latest one begun
        chosen = this_year if this_year <= today else weekend(today.year - 1)
    else:  # the next one not yet over
        chosen = this_year if this_year + timedelta(days=1) >= today else weekend(today.year + 1)
    return _days(chosen, 2, tz, phrase)


def _nearest(today: date, month: int, day: int) -> date:
    """A day-and-month without a year: the one of this year, or of the adjacent year when that is closer."""
    candidates = []
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        raise ValueError("no such day")
    return min(candidates, key=lambda d: abs((d - today).days))
