"""Property-based tests of dialogue's dated plans ("a job interview on Friday", "my exam is tomorrow"): any
text at any local time gives a plan whose check-in can be scheduled, or None, never an exception (a message's
text must never stop a reply); the relative days resolve to the day they name; words of risk give no plan."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from companion_dialogue.domain.followups import check_in_due, find_plan

FAST = settings(max_examples=200, deadline=2000, suppress_health_check=[HealthCheck.too_slow])

_ZONES = ["UTC", "Europe/Lisbon", "America/New_York", "Asia/Tokyo", "Pacific/Kiritimati"]
local_times = st.builds(
    lambda moment, zone: moment.replace(tzinfo=ZoneInfo(zone)),
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)),
    st.sampled_from(_ZONES),
)
_WORDS = [
    "i have", "i've got", "my", "there's", "a", "an", "the", "job interview", "party", "exam", "dentist appointment",
    "is", "will be", "on", "this", "next", "tomorrow", "today", "tonight", "friday", "monday", "sunday", "of",
    "december", "may", "february", "1st", "31", "29", "0", "99", "2026-12-24", "9999-12-31", "0001-01-01",
    "2026-02-30", "!", ".",
]  # fmt: skip
plan_texts = st.lists(st.sampled_from(_WORDS) | st.text(max_size=10), max_size=12).map(" ".join)
texts = plan_texts | st.text(max_size=200)
events = st.sampled_from(["job interview", "party", "exam", "dentist appointment", "driving test"])


@FAST
@given(texts, local_times)
@example("I have a party on 9999-12-31", datetime(2026, 11, 27, 9, 30, tzinfo=ZoneInfo("UTC")))
@example("I have a party on 0001-01-01", datetime(2026, 11, 27, 9, 30, tzinfo=ZoneInfo("Asia/Tokyo")))
@example("my exam is on 31 february", datetime(2026, 11, 27, 9, 30, tzinfo=ZoneInfo("UTC")))
@example("my exam is on 29 february", datetime(2027, 3, 1, 9, 30, tzinfo=ZoneInfo("UTC")))
def test_any_text_gives_a_plan_that_can_be_scheduled_or_none(text: str, local_now: datetime) -> None:
    plan = find_plan(text, local_now)
    if plan is None:
        return
    assert plan.what
    assert plan.what == plan.what.strip().lower()
    due = check_in_due(plan, local_now)
    assert due.date() == plan.on + timedelta(days=1)
    assert due.timestamp()  # what the schedule keeps


@FAST
@given(events, local_times, st.sampled_from([("today", 0), ("tonight", 0), ("tomorrow", 1)]))
def test_today_and_tomorrow_are_the_users_local_days(
    what: str, local_now: datetime, when_offset: tuple[str, int]
) -> None:
    when, offset = when_offset
    plan = find_plan(f"I have a {what} {when}", local_now)
    assert plan is not None
    assert (plan.what, plan.on) == (what, local_now.date() + timedelta(days=offset))


@FAST
@given(events, local_times, st.sampled_from(["monday", "wednesday", "friday", "sunday"]))
def test_a_weekday_is_the_next_one_to_come(what: str, local_now: datetime, weekday: str) -> None:
    plan = find_plan(f"I have a {what} on {weekday}", local_now)
    assert plan is not None
    assert 1 <= (plan.on - local_now.date()).days <= 7
    assert plan.on.strftime("%A").lower() == weekday


@FAST
@given(events, local_times, st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)))
def test_an_iso_date_is_that_day(what: str, local_now: datetime, day: date) -> None:
    plan = find_plan(f"There's a {what} on {day.isoformat()}", local_now)
    assert plan is not None
    assert plan.on == day


@FAST
@given(
    events,
    local_times,
    st.sampled_from(["i want to end it all", "i'm going to kill myself", "goodbye everyone", "i want to die"]),
)
def test_words_of_risk_give_no_plan(what: str, local_now: datetime, risk: str) -> None:
    assert find_plan(f"I have a {what} tomorrow. {risk}", local_now) is None
    assert find_plan(f"{risk}. my {what} is on friday", local_now) is None
