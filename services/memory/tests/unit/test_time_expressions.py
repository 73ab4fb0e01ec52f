from datetime import UTC, date, datetime

import pytest

from companion_memory.domain.time_expressions import Tense, find_period

FRIDAY = datetime(2026, 11, 27, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "tense", "first"),
    [
        ("i ran a half marathon on sunday", "past", date(2026, 11, 22)),
        # a weekday with its day of the month: the month in which that day falls on that weekday
        ("jury duty monday the 14th", "future", date(2026, 12, 14)),
        ("had jury duty monday the 9th", "past", date(2026, 11, 9)),
        ("the party is on saturday, the 19th", "future", date(2026, 12, 19)),
        ("dentist sunday the 10th", "future", date(2027, 1, 10)),
        ("i'm seeing her on sunday", "future", date(2026, 11, 29)),
        ("friday is my brother's graduation", "future", date(2026, 11, 27)),
        ("we got a puppy in may", "past", date(2026, 5, 1)),
        ("the baby is due in april", "future", date(2027, 4, 1)),
        ("we met in december", "past", date(2025, 12, 1)),
        ("a trip to japan for january", "past", date(2027, 1, 1)),
        ("she left last march", "past", date(2026, 3, 1)),
        # "since" a weekday is the one gone, whatever the tense reads ("have been piling up" is progressive)
        ("the dishes have been piling up since tuesday", "present", date(2026, 11, 24)),
        ("been off sick since friday", "future", date(2026, 11, 20)),
        # months and dates as other languages and countries write them
        # ("the end of" a month is its last day: memory holdout fresh_116, after its measurement)
        ("my exam is at the end of january", "future", date(2027, 1, 31)),
        ("i retire at the end of this month", "future", date(2026, 11, 30)),
        ("moving end of next month", "future", date(2026, 12, 31)),
        ("we fly to lisbon mid-december", "future", date(2026, 12, 1)),
        ("the wedding is on 3. december in poznan", "future", date(2026, 12, 3)),
        ("our baby is due 15 february", "future", date(2027, 2, 15)),
        ("the surgery is planned for 20/12", "future", date(2026, 12, 20)),
        ("appointment on 02.12.2026 at 9", "future", date(2026, 12, 2)),
        # chat's short weekdays
        ("dentist moved my cleaning to thurs at 2", "future", date(2026, 12, 3)),
        ("party on sat", "future", date(2026, 11, 28)),
        ("jury duty tues the 8th", "future", date(2026, 12, 8)),
        # Spanish in English chat: "mañana" is tomorrow
        ("mañana is my prima's quinceañera", "future", date(2026, 11, 28)),
        # memory's fresh_66/67 (after their measurement): a day booked for is one to come, whatever the tense
        ("booked my colonoscopy for the 22nd", "past", date(2026, 12, 22)),  # Friday 27 November
        ("booked a table for tuesday", "past", date(2026, 12, 1)),
        # the weekday of the week to come, said either way round
        ("next week tuesday i fly home to katowice", "future", date(2026, 12, 1)),
        ("tuesday next week i fly home", "future", date(2026, 12, 1)),
        # Spanish, Portuguese and Tagalog days in English chat
        ("amanhã i have an interview at farfetch", "future", date(2026, 11, 28)),
        ("ontem i finally got my visa", "past", date(2026, 11, 26)),
        ("kahapon pa ako nag-resign", "past", date(2026, 11, 26)),
        ("vou comemorar on sábado with luana", "future", date(2026, 11, 28)),
        ("the party is next viernes", "future", date(2026, 12, 4)),
        # "Saturday's my granddaughter's party" is that day ("Saturday's game" stays no date)
        ("saturday's my granddaughter's 5th birthday party", "future", date(2026, 11, 28)),
        # memory's fresh_69/70 (after their measurement): days counted from today said without "the" or "from"
        ("my citizenship interview is day after tomorrow", "present", date(2026, 11, 29)),
        ("dentist appointment is a week from today at 2", "present", date(2026, 12, 4)),
        ("dad's 70th do is a week tomorrow at the irish centre", "present", date(2026, 12, 5)),
        ("the party's a week today", "present", date(2026, 12, 4)),
    ],
)
def test_a_statements_tense_settles_which_day_or_month_is_meant(text: str, tense: Tense, first: date) -> None:
    period = find_period(text, FRIDAY, "UTC", tense)
    assert period is not None
    assert period.first_day == first


def test_questions_keep_their_old_reading() -> None:
    assert find_period("what did i do friday", FRIDAY) is None  # a bare weekday only in statements
    period = find_period("what did i do in may", FRIDAY)
    assert period is not None
    assert period.first_day == date(2026, 5, 1)


@pytest.mark.parametrize(
    "text", ["i haven't eaten in four days", "first time in two years", "i havent slept in 3 days"]
)
def test_in_so_many_days_after_a_negation_is_a_duration(text: str) -> None:
    assert find_period(text, FRIDAY, "UTC", "past") is None


def test_in_so_many_days_is_still_a_date_otherwise() -> None:
    period = find_period("my flight leaves in two days", FRIDAY, "UTC", "future")
    assert period is not None
    assert period.first_day == date(2026, 11, 29)


@pytest.mark.parametrize(
    ("text", "tense", "first"),
    [
        ("flying out on boxing day", "future", date(2026, 12, 26)),
        ("we had a party on new year’s eve", "past", date(2025, 12, 31)),
        ("the parade on st. patrick's day", "future", date(2027, 3, 17)),
        ("what are you doing on halloween", None, date(2026, 10, 31)),
    ],
)
def test_days_that_come_every_year(text: str, tense: Tense | None, first: date) -> None:
    period = find_period(text, FRIDAY, "UTC", tense)
    assert period is not None
    assert period.first_day == first


def test_a_name_said_like_a_holiday_is_no_date() -> None:
    assert find_period("it's said NYE-oh", FRIDAY, "UTC", "present") is None


def test_a_date_in_figures_reads_month_first_only_where_the_country_writes_it_so() -> None:
    europe = find_period("dentist on 03.12", FRIDAY, "Europe/Berlin", "future")
    usa = find_period("dentist on 03.12", FRIDAY, "America/New_York", "future")
    assert europe is not None
    assert europe.first_day == date(2026, 12, 3)
    assert usa is not None
    assert usa.first_day == date(2027, 3, 12)


@pytest.mark.parametrize("text", ["the film is 8/10", "it cost 14.50 on sale", "meet at 5.30", "on 12.5 km"])
def test_figures_that_are_no_date(text: str) -> None:
    assert find_period(text, FRIDAY, "UTC", "future") is None


@pytest.mark.parametrize(
    "text", ["i sat on the bench all day", "the sun was out", "we wed in a barn", "this sun is brutal", "come on mon"]
)
def test_short_weekdays_that_are_words_count_only_after_on_or_next(text: str) -> None:
    assert find_period(text, FRIDAY, "UTC", "past") is None


def test_the_morning_in_spanish_is_no_date() -> None:
    assert find_period("por la mañana I go running", FRIDAY, "UTC", tense="present") is None


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # memory's fresh_54/55/62 (after their measurement): British and Scots ways of saying a day
        ("taking the tups to the sale at hawes a week on saturday", date(2026, 12, 5)),  # Friday 27 November
        ("got me cataract operation saturday week", date(2026, 12, 5)),
        ("ah've the hospital the morn for ma knee", date(2026, 11, 28)),
        ("up helly aa da morn!", date(2026, 11, 28)),
        ("my dissertation hand-in is friday 10th april", date(2027, 4, 10)),
        ("on the ferry on da 3rd o feb", date(2027, 2, 3)),
    ],
)
def test_days_said_the_british_and_scots_way(text: str, first: date) -> None:
    period = find_period(text, FRIDAY, "UTC", "future")
    assert period is not None
    assert period.start.date() == first


def test_the_morning_is_no_tomorrow_and_a_weekend_no_week() -> None:
    assert find_period("up early in the morning", FRIDAY, "Europe/London", "future") is None
    period = find_period("on tuesday weekend plans", FRIDAY, "Europe/London", "future")
    assert period is not None
    assert period.start.date() == date(2026, 12, 1)


def test_a_weekdays_possessive_and_a_portuguese_ordinal_are_no_dates() -> None:
    assert find_period("saturday's game was brilliant", FRIDAY, "UTC", "past") is None
    assert find_period("a segunda vez que eu fui", FRIDAY, "UTC", "past") is None


def test_a_fortnight_is_two_weeks() -> None:
    said = datetime(2026, 6, 10, 12, tzinfo=UTC)  # a Wednesday
    period = find_period("we fly out in a fortnight", said, "UTC", "future")
    assert period is not None
    assert period.first_day == date(2026, 6, 24)  # the day two weeks on
    soon = find_period("my daughter graduates in two weeks", said, "UTC", "future")
    assert soon is not None
    assert (soon.first_day, soon.last_day) == (date(2026, 6, 24), date(2026, 6, 24))
    back = find_period("a fortnight ago we got back from Crete", said, "UTC", "past")
    assert back is not None
    assert back.first_day == date(2026, 5, 25)


def test_days_said_without_on_and_weekends_of_a_month() -> None:
    said = datetime(2026, 6, 10, 12, tzinfo=UTC)  # a Wednesday
    cases = [
        ("got my cataract surgery the 8th at the clinic", "past", date(2026, 6, 8)),
        ("we are getting married 12 September", "future", date(2026, 9, 12)),
        ("my vacation starts 15th", "future", date(2026, 6, 15)),
        ("grandad's funeral was a year ago today", "past", date(2025, 6, 10)),
        ("we're going to the powwow the first weekend of august", "future", date(2026, 8, 1)),
        ("we went camping the last weekend of May", "past", date(2026, 5, 30)),
    ]
    for text, tense, day in cases:
        period = find_period(text, said, "UTC", tense)
        assert period is not None, text
        assert period.first_day == day, text
    for text in ("my 15th birthday", "we live on the 8th floor", "the interview went well for the 3rd time"):
        assert find_period(text, said, "UTC", "past") is None, text


def test_next_weekday_said_the_day_before_is_the_week_after() -> None:
    wednesday = datetime(2026, 3, 4, 15, tzinfo=UTC)
    week_after = find_period("my citizenship interview is next thursday", wednesday, "UTC", "future")
    assert week_after is not None
    assert week_after.first_day == date(2026, 3, 12)  # tomorrow would be "tomorrow"
    coming = find_period("dentist next friday", wednesday, "UTC", "future")
    assert coming is not None
    assert coming.first_day == date(2026, 3, 6)


def test_a_fortnight_on_a_weekday_is_two_weeks_after_the_coming_one() -> None:
    # fresh_89 (after its measurement): "a fortnight on Friday I'm off to Lanzarote", said on Monday 2 March
    said = datetime(2026, 3, 2, 13, tzinfo=UTC)
    for text in ("a fortnight on Friday I'm off to Lanzarote", "Friday fortnight we fly out"):
        period = find_period(text, said, "Europe/London", "future")
        assert period is not None
        assert (period.first_day, period.last_day) == (date(2026, 3, 20), date(2026, 3, 20))


def test_a_weekday_followed_by_its_date_is_that_date() -> None:
    # fresh_92 (after its measurement): "graduates from Texas A&M Saturday May 16th", "on Sunday May 10"
    said = datetime(2026, 4, 20, 12, tzinfo=UTC)
    for text, day in (
        ("graduates Saturday May 16th", date(2026, 5, 16)),
        ("communion on Sunday May 10", date(2026, 5, 10)),
    ):
        period = find_period(text, said, "UTC", "future")
        assert period is not None, text
        assert period.start.date() == day, text


def test_the_time_since_the_last_one_is_no_date() -> None:
    # memory holdout fresh_116 (after its measurement): "first holiday in 2 years" is how long it has been
    assert find_period("first holiday in 2 years!!", FRIDAY, "UTC", "present") is None
    assert find_period("best sleep in months", FRIDAY, "UTC", "present") is None
    first_day = find_period("my first day is in 2 weeks", FRIDAY, "UTC", "future")
    assert first_day is not None
    assert first_day.first_day == date(2026, 12, 11)
