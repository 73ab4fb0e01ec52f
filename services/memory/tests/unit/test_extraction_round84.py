"""Round 84 (fresh_142-143, spent): paraphrases of what a new user's first messages lost, rules alone."""

from collections.abc import Callable

# the fixture `said` (conftest.py): the rules' memories of a text, but the episode
Said = Callable[[str], list[tuple[str, str, str, str, str]]]


def _people(said: Said, text: str) -> set[tuple[str, str]]:
    return {(subject, value) for kind, subject, _, value, _ in said(text) if kind == "person"}


def _texts(said: Said, text: str, subject: str) -> list[str]:
    return [line for _, who, _, _, line in said(text) if who == subject]


def test_a_named_pair_of_kids_or_children_keeps_the_word_said(said: Said) -> None:
    people = _people(said, "Our kids Tomás and Ines are thrilled about the snow.")
    assert people == {("kids", "Tomás"), ("kids", "Ines")}
    people = _people(said, "yesterday my children Oskar and Hanne started nursery")
    assert people == {("children", "Oskar"), ("children", "Hanne")}


def test_twin_girls_or_two_girls_are_daughters(said: Said) -> None:
    assert _people(said, "We bake every Sunday with our twin girls, Maja and Kinga.") == {
        ("daughter", "Maja"),
        ("daughter", "Kinga"),
    }
    assert ("daughter", "Edie") in _people(said, "I have my two girls Edie and Flo this weekend")
    # "my girls" may be friends: as said
    assert ("daughter", "Jess") not in _people(said, "drinks with my girls Jess and Tara tonight")


def test_a_baby_had_by_the_relative_just_named_is_theirs(said: Said) -> None:
    people = _people(said, "My sister Hafsa picked me up. She has just had a baby girl, Noor!")
    assert ("niece", "Noor") in people
    assert ("daughter", "Noor") not in people
    memories = said("My cousin Dev phoned earlier. He's just had a baby boy, Arjun.")
    assert not any(kind == "person" and subject == "son" for kind, subject, *_ in memories)
    assert any(subject == "cousin" and "Arjun" in text for _, subject, _, _, text in memories)
    # a partner's baby is the user's own
    assert ("son", "Felix") in _people(said, "My wife Carla is exhausted. She just had a baby boy, Felix.")


def test_a_part_taken_outside_work_is_kept_with_where(said: Said) -> None:
    cases = [
        ("on Fridays I help run the tuck shop at our Methodist church", "Methodist church"),
        ("i do the breakfast run with the sally army on mondays", "breakfast run"),
        ("I chair the fundraising committee at the mosque", "fundraising committee"),
        ("Retired, and still volunteering with the Red Cross in Leeds.", "Red Cross"),
        ("I also do the books for our local gurdwara", "gurdwara"),
        ("I serve as a deacon at St Paul's, which keeps me busy", "deacon"),
    ]
    for text, words in cases:
        assert any(words in t for t in _texts(said, text, "user")), (text, said(text))
    # no place of worship or charity, or not the user's: nothing
    assert not _texts(said, "I do think the church has changed", "user")
    assert not any("committee" in t for t in _texts(said, "My dad chairs the committee at church", "user"))
    assert not any("committee" in t for t in _texts(said, "If I chair the committee again I'll scream", "user"))


def test_a_volunteer_shop_with_a_place_after_it(said: Said) -> None:
    said = _texts(said, "In Lyon I volunteer at the Emmaus charity shop near the old station.", "user")
    assert any("Emmaus charity shop" in t for t in said)


def test_the_smaller_place_of_the_home_is_kept(said: Said) -> None:
    cases = [
        ("ahora vivo en Bogotá, en Chapinero", "Chapinero"),
        ("I reside in Accra, in the Osu area, with my mother.", "Osu"),
        ("Home is Lisbon, in Alfama, though I work in Porto.", "Alfama"),
        ("We live in Lagos, in Ikoyi, close to my office.", "Ikoyi"),
        ("I live in Doha now, in staff housing in Al Sadd", "Al Sadd"),
        ("we live in a tiny village called Mousehole in Cornwall", "Cornwall"),
    ]
    for text, part in cases:
        homes = [v for kind, s, a, v, _ in said(text) if s == "user" and a == "lives_in"]
        assert homes, (text, said(text))
        assert part in homes[0], (text, said(text))
    # a month after the comma is when, not where
    homes = [v for _, s, a, v, _ in said("I live in Leeds, in June we go to Spain") if s == "user" and a == "lives_in"]
    assert homes == ["Leeds"]


def test_where_the_user_was_born_and_raised_or_has_roots(said: Said) -> None:
    assert ("place", "user", "from", "Bolton") in [s[:4] for s in said("born and bred right here in Bolton, love")]
    memories = said("I live in Mombasa though my roots are in Nyeri.")
    assert ("place", "user", "from", "Nyeri") in [s[:4] for s in memories]
    assert not any(s[1] == "user" and s[2] == "lives_in" and s[3] == "Nyeri" for s in memories)
    assert not any(s[2] == "from" for s in said("my roots are showing, need a dye"))


def test_a_home_kept_after_a_split(said: Said) -> None:
    memories = said("We divorced in spring and I kept the flat in Coventry; she went to Derby.")
    assert ("place", "user", "lives_in", "Coventry") in [s[:4] for s in memories]


def test_families_where_they_live(said: Said) -> None:
    memories = said("We moved from Lima to Calgary last year and my wife's parents live with us now.")
    assert ("place", "wife's parents", "lives_in", "Calgary") in [s[:4] for s in memories]
    memories = said("We bought a bigger place in Leeds so my parents can live with us.")
    assert not any(s[1] == "parents" and s[2] == "lives_in" for s in memories)
    memories = said("My cousin is staying with us this week. I live in Hull.")
    assert not any(s[1] == "cousin" and s[2] == "lives_in" for s in memories)
    memories = said("I moved to Perth with my husband. His whole family is in Durban, which is hard.")
    assert ("place", "husband's family", "lives_in", "Durban") in [s[:4] for s in memories]
    people = _people(said, "My girlfriend Sol moved in last month. I babysit for Sol's son Teo on Fridays.")
    assert ("girlfriend's son", "Teo") in people


def test_jobs_become_and_working_for_oneself(said: Said) -> None:
    memories = said("I'm an electrician turned project manager, and I'm 51.")
    assert ("fact", "user", "job", "project manager") in [s[:4] for s in memories]
    assert any(s[1] == "user" and "used to be an electrician" in s[4] for s in memories)
    assert any("self-employed" in t for t in _texts(said, "I have been self-employed for a decade now.", "user"))
    assert not any("self-employed" in t for t in _texts(said, "I'm not self-employed anymore.", "user"))


def test_a_pet_named_first_and_a_choice_over_another(said: Said) -> None:
    assert ("dog", "Biscuit") in _people(said, "And then there's Biscuit, our very greedy old dog.")
    said = _texts(said, "Honestly, Bosch over Ryobi any day.", "user")
    assert any("Bosch over Ryobi" in t for t in said)
