"""Wellbeing rules: AI notices, "I need space", quiet hours, nudges, streaks."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from companion_safety.domain.wellbeing import (
    ActivityDay,
    ContactPreferences,
    DisclosurePolicy,
    NudgePolicy,
    back_request,
    confirmation,
    dependency_cue,
    may_contact,
    nudge_due,
    record_message,
    space_request,
    streak_days,
)

NOW = datetime(2026, 11, 27, 15, 0, tzinfo=UTC)
LISBON = ZoneInfo("Europe/Lisbon")


def test_ai_notice_at_first_contact_of_the_day_then_every_3_hours_or_every_hour_for_a_minor() -> None:
    policy = DisclosurePolicy()
    assert policy.due(None, NOW, LISBON, minor=False) == "first_contact_today"
    assert policy.due(NOW - timedelta(days=1), NOW, LISBON, minor=False) == "first_contact_today"
    assert policy.due(NOW - timedelta(hours=2), NOW, LISBON, minor=False) is None
    assert policy.due(NOW - timedelta(hours=3), NOW, LISBON, minor=False) == "interval"
    assert policy.due(NOW - timedelta(hours=1), NOW, LISBON, minor=True) == "interval"


def test_a_new_local_day_counts_in_the_users_time_zone() -> None:
    tokyo = ZoneInfo("Asia/Tokyo")  # 14:30 UTC is 23:30 in Tokyo; 15:05 UTC is 00:05 the next day
    assert DisclosurePolicy().due(NOW - timedelta(minutes=30), NOW + timedelta(minutes=5), tokyo, False) == (
        "first_contact_today"
    )


def test_space_requests_in_plain_words() -> None:
    assert space_request("I need some space for a few days").duration == timedelta(days=3)  # type: ignore[union-attr]
    assert space_request("please stop messaging me until I say so").duration is None  # type: ignore[union-attr]
    assert space_request("give me space for 2 hours").duration == timedelta(hours=2)  # type: ignore[union-attr]
    assert space_request("I need space in my closet") is None
    assert space_request("how are you?") is None


def test_confirmation_is_yes_no_or_neither() -> None:
    assert confirmation("yes please") is True
    assert confirmation("no, never mind") is False
    assert confirmation("what do you mean?") is None
    assert confirmation("no one would even miss me") is None
    assert confirmation("no point anymore") is None


@pytest.mark.parametrize(
    "text",
    [
        "I'm back",
        "i'm back!",
        "hey, I'm ready to talk again",
        "you can message me again",
        "unpause",
        "ok I'm back now",
        "Im baaack!!",
        "u can text me again",
        "okay im back. how was your day?",  # the sentence that says so is enough
        "please resume our chats",
        "the pause is over",
    ],
)
def test_back_in_plain_words(text: str) -> None:
    assert back_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "my back hurts",
        "I'll be back tomorrow",
        "I'm back at work",  # back somewhere else, not back to the companion
        "back to square one",
        "I'm back to square one",
        "I'm back from the doctor",
        "I'm not back",
        "are you back?",
        "I'm ready to talk about my mom",
        "I'm ready to talk to my dad again",
        "you can message me tomorrow",
        "my resume is ready",
        "how are you?",
    ],
)
def test_not_back(text: str) -> None:
    assert not back_request(text)


def test_quiet_hours_across_midnight_and_pauses() -> None:
    quiet = ContactPreferences(quiet_start=time(22), quiet_end=time(7))
    assert may_contact(quiet, datetime(2026, 11, 27, 23, 30, tzinfo=UTC), UTC) == (False, "quiet_hours")
    assert may_contact(quiet, datetime(2026, 11, 27, 6, 59, tzinfo=UTC), UTC) == (False, "quiet_hours")
    assert may_contact(quiet, datetime(2026, 11, 27, 12, 0, tzinfo=UTC), UTC) == (True, "")
    assert may_contact(ContactPreferences(paused_indefinitely=True), NOW, UTC)[0] is False
    assert may_contact(ContactPreferences(paused_until=NOW + timedelta(hours=1)), NOW, UTC) == (False, "paused")
    assert may_contact(ContactPreferences(paused_until=NOW - timedelta(hours=1)), NOW, UTC) == (True, "")


def test_at_risk_comes_before_any_other_reason() -> None:
    # A caller drops a held check-in on "at_risk" and only delays it on the others: it must win.
    everything = ContactPreferences(paused_indefinitely=True, quiet_start=time(0), quiet_end=time(23), at_risk=True)
    assert may_contact(everything, NOW, UTC) == (False, "at_risk")
    assert may_contact(ContactPreferences(at_risk=True), NOW, UTC) == (False, "at_risk")


def test_activity_counts_continued_use_and_late_nights() -> None:
    day = record_message(ActivityDay(), None, NOW, NOW.replace(hour=2), cue=False)
    day = record_message(day, NOW, NOW + timedelta(minutes=10), NOW.replace(hour=2, minute=10), cue=True)
    day = record_message(day, NOW + timedelta(minutes=10), NOW + timedelta(hours=3), NOW.replace(hour=17), False)
    assert day == ActivityDay(messages=3, active_seconds=60 + 600 + 60, late_night_messages=2, dependency_cues=1)


def test_nudges_are_rare_and_gentle() -> None:
    policy = NudgePolicy()
    heavy = ActivityDay(messages=300, active_seconds=4 * 3600)
    assert nudge_due(heavy, False, False, None, NOW, policy, minor=False)[0] == "long_use"  # type: ignore[index]
    assert nudge_due(heavy, False, False, NOW - timedelta(days=1), NOW, policy, minor=False) is None
    assert nudge_due(ActivityDay(active_seconds=100 * 60), False, False, None, NOW, policy, minor=True) is not None
    assert nudge_due(ActivityDay(active_seconds=100 * 60), False, False, None, NOW, policy, minor=False) is None
    assert dependency_cue("you're the only one who understands me")
    assert not dependency_cue("you're the only one who remembers my birthday lol")


def test_streak_counts_consecutive_days() -> None:
    today = date(2026, 11, 27)
    days = [today - timedelta(days=n) for n in (0, 1, 2, 4)]
    assert streak_days(days, today) == 3
    assert streak_days(days[1:], today) == 2  # nothing yet today: the streak is still alive
    assert streak_days([today - timedelta(days=3)], today) == 0
