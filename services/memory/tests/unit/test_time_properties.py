"""Property-based tests of time expressions ("yesterday", "in 3 weeks", "on 2026-12-24"): any text, any
reference time and any time zone name (known, unknown or garbage) give a well-formed period or None, never an
exception (a message's text must never stop ingestion or recall), and the plain relative ones resolve to the
day they name in the user's zone."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from companion_memory.domain.time_expressions import Period, Tense, find_period

FAST = settings(max_examples=200, deadline=2000, suppress_health_check=[HealthCheck.too_slow])

_ZONES = ["UTC", "Europe/Lisbon", "America/New_York", "Asia/Tokyo", "Pacific/Kiritimati", "Pacific/Pago_Pago"]
zones = st.sampled_from(_ZONES) | st.text(max_size=30)
tenses = st.sampled_from([None, "past", "future", "present"])
# Now, give or take a century: the messages this reads are written in their own present.
references = st.datetimes(min_value=datetime(1950, 1, 1), max_value=datetime(2150, 1, 1), timezones=st.just(UTC))
# Text that is mostly time words, so that the patterns are exercised, with arbitrary text in between.
_WORDS = [
    "yesterday", "today", "tomorrow", "tonight", "last", "next", "this", "on", "in", "during", "the", "of",
    "ago", "day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "friday", "monday",
    "may", "december", "sept", "summer", "winter", "a", "few", "couple of", "day before", "after", "i", "didn't",
    "0", "1", "12", "31", "29", "2026", "1999", "9999", "0001", "99999999999999", "1st", "22nd", "-", ",",
]  # fmt: skip
time_texts = st.lists(st.sampled_from(_WORDS) | st.text(max_size=12), max_size=12).map(" ".join)
texts = time_texts | st.text(max_size=200)


def _well_formed(period: Period, text: str) -> None:
    assert period.start.tzinfo is not None
    assert period.end.tzinfo is not None
    assert period.start < period.end
    assert period.first_day <= period.last_day
    assert period.phrase
    assert period.phrase in text.lower()
    assert period.describe()


@FAST
@given(texts, references, zones, tenses)
@example("we married on 0001-01-01", datetime(2026, 11, 27, tzinfo=UTC), "Asia/Tokyo", "past")
@example("the deadline is 9999-12-31", datetime(2026, 11, 27, tzinfo=UTC), "America/New_York", None)
@example("in 99999999999999 days", datetime(2026, 11, 27, tzinfo=UTC), "UTC", "future")
@example("99999999999999 weeks ago", datetime(2026, 11, 27, tzinfo=UTC), "UTC", "past")
@example("on 31 february", datetime(2026, 11, 27, tzinfo=UTC), "UTC", "past")
def test_any_text_gives_a_well_formed_period_or_none(
    text: str, reference: datetime, time_zone: str, tense: Tense | None
) -> None:
    period = find_period(text, reference, time_zone, tense)
    if period is not None:
        _well_formed(period, text)


@FAST
@given(references, st.sampled_from(_ZONES), tenses, st.sampled_from([("yesterday", -1), ("today", 0), ("tomorrow", 1)]))
def test_yesterday_today_and_tomorrow_are_days_of_the_users_zone(
    reference: datetime, time_zone: str, tense: Tense | None, word_offset: tuple[str, int]
) -> None:
    word, offset = word_offset
    period = find_period(f"what happened {word}", reference, time_zone, tense)
    assert period is not None
    day = reference.astimezone(ZoneInfo(time_zone)).date() + timedelta(days=offset)
    assert period.first_day == period.last_day == day
    # A day is 23 to 25 hours long (daylight saving time), and starts at the user's midnight.
    assert timedelta(hours=22) <= period.end - period.start <= timedelta(hours=26)
    assert period.start.astimezone(ZoneInfo(time_zone)).date() == day


@FAST
@given(references, st.sampled_from(_ZONES), st.integers(min_value=1, max_value=3000))
def test_so_many_days_ago_and_in_so_many_days(reference: datetime, time_zone: str, days: int) -> None:
    today = reference.astimezone(ZoneInfo(time_zone)).date()
    ago = find_period(f"i did it {days} days ago", reference, time_zone, "past")
    ahead = find_period(f"i will do it in {days} days", reference, time_zone, "future")
    assert ago is not None
    assert ahead is not None
    assert ago.first_day == today - timedelta(days=days)
    assert ahead.first_day == today + timedelta(days=days)


@FAST
@given(references, zones, tenses, st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_an_iso_date_is_that_day_or_none_at_the_ends_of_the_calendar(
    reference: datetime, time_zone: str, tense: Tense | None, day: date
) -> None:
    period = find_period(f"it was on {day.isoformat()}", reference, time_zone, tense)
    if day.year in (1, 9999):  # a day whose bounds fall outside what a datetime holds is no period
        assert period is None or period.first_day == day
        return
    assert period is not None
    assert period.first_day == period.last_day == day


@FAST
@given(references, st.sampled_from(_ZONES), tenses, st.sampled_from(["monday", "friday", "sunday"]))
def test_last_weekday_falls_within_a_week_and_next_within_eight_days(
    reference: datetime, time_zone: str, tense: Tense | None, weekday: str
) -> None:
    today = reference.astimezone(ZoneInfo(time_zone)).date()
    last = find_period(f"last {weekday}", reference, time_zone, tense)
    following = find_period(f"next {weekday}", reference, time_zone, tense)
    assert last is not None
    assert following is not None
    assert 1 <= (today - last.first_day).days <= 7
    # (the day after tomorrow at the soonest: "next monday" said on a sunday is the week after, not tomorrow)
    assert 2 <= (following.first_day - today).days <= 8
    assert last.first_day.strftime("%A").lower() == following.first_day.strftime("%A").lower() == weekday
