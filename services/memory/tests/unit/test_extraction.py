from datetime import UTC, date, datetime

import pytest

from companion_memory.domain.extraction import extract
from companion_memory.domain.model import Message
from companion_memory.domain.time_expressions import find_period

SAID = datetime(2026, 11, 27, 15, 0, tzinfo=UTC)  # a Friday


def _extract(text: str, tz: str = "") -> list[tuple[str, str, str, str]]:
    ids = iter(range(100))
    memories = extract(Message("u", "c", "m1", text, SAID, tz), lambda: str(next(ids)))
    assert all(m.source_message_ids == ("m1",) and m.said_at == SAID for m in memories)
    return [(m.kind, m.subject, m.attribute, m.value) for m in memories]


def test_people_and_what_is_said_about_them_are_attributed_to_them() -> None:
    assert _extract("My sister's name is Maya and she lives in Porto.") == [
        ("episode", "user", "", ""),
        ("person", "sister", "name", "Maya"),
        ("place", "sister", "lives_in", "Porto"),
    ]


def test_facts_and_preferences_of_the_user() -> None:
    found = _extract("I work as a nurse at Santa Maria. My favourite food is sushi. I'm from Sweden.")
    assert ("fact", "user", "job", "nurse") in found
    assert ("fact", "user", "employer", "Santa Maria") in found
    assert ("preference", "user", "favorite:food", "sushi") in found
    assert ("place", "user", "from", "Sweden") in found


def test_plans_and_past_events_carry_their_resolved_dates() -> None:
    ids = iter(range(100))
    memories = extract(
        Message("u", "c", "m1", "I'm seeing the dentist next Tuesday. Yesterday I ran a 10k!", SAID),
        lambda: str(next(ids)),
    )
    by_kind = {m.kind: m for m in memories}
    assert "1 December 2026" in by_kind["plan"].text
    assert "26 November 2026" in by_kind["event"].text
    assert by_kind["event"].valid_from == datetime(2026, 11, 26, tzinfo=UTC)


def test_small_talk_is_kept_only_as_the_episode() -> None:
    assert _extract("Haha, good one! How have you been?") == [("episode", "user", "", "")]


def test_blank_messages_yield_nothing() -> None:
    assert extract(Message("u", "c", "m", " \n ", SAID), lambda: "x") == []


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        ("yesterday", date(2026, 11, 26), date(2026, 11, 26)),
        ("next tuesday", date(2026, 12, 1), date(2026, 12, 1)),
        ("last tuesday", date(2026, 11, 24), date(2026, 11, 24)),
        ("last weekend", date(2026, 11, 21), date(2026, 11, 22)),
        ("last week", date(2026, 11, 16), date(2026, 11, 22)),
        ("last summer", date(2026, 6, 1), date(2026, 8, 31)),
        ("next summer", date(2027, 6, 1), date(2027, 8, 31)),
        ("last month", date(2026, 10, 1), date(2026, 10, 31)),
        ("two days ago", date(2026, 11, 25), date(2026, 11, 25)),
        ("on 5 May 2023", date(2023, 5, 5), date(2023, 5, 5)),
        ("in March", date(2026, 3, 1), date(2026, 3, 31)),
    ],
)
def test_time_expressions_resolve_against_the_message_time(phrase: str, first: date, last: date) -> None:
    period = find_period(f"we talked about it {phrase}", SAID)
    assert period is not None
    assert (period.first_day, period.last_day) == (first, last)


def test_time_zone_decides_what_yesterday_is() -> None:
    late_evening_in_la = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)  # 27 Nov, 18:00 in Los Angeles
    period = find_period("yesterday", late_evening_in_la, "America/Los_Angeles")
    assert period is not None
    assert period.first_day == date(2026, 11, 26)


def test_malformed_dates_are_not_dates() -> None:
    assert find_period("on 31 February 2026", SAID) is None
    assert find_period("nothing to see here", SAID) is None
