"""Round 83 (fresh_136-139, spent): paraphrases of what a new user's first messages lost, rules alone."""

from collections.abc import Callable

# the fixture `said` (conftest.py): the rules' memories of a text, but the episode
Said = Callable[[str], list[tuple[str, str, str, str, str]]]


def _texts(said: Said, text: str, subject: str) -> list[str]:
    return [line for _, who, _, _, line in said(text) if who == subject]


def test_what_the_spouse_married_to_does_is_theirs(said: Said) -> None:
    memories = _texts(said, "anyway im pete, 52, married to nomsa who owns a salon in durban, life is good", "partner")
    assert any("salon" in t for t in memories)
    assert not any(
        "salon" in t or "Durban" in t for t in _texts(said, "married to nomsa who owns a salon in durban", "user")
    )
    # a pronoun after it says which
    memories = said("I'm Kirsty, married to Callum who drives trucks across Europe so he's away most weeks")
    assert ("person", "husband", "name", "Callum", "My husband's name is Callum.") in memories
    assert any(s == "husband" and "trucks" in t for _, s, _, _, t in memories)
    assert not any(s == "user" and "trucks" in t for _, s, _, _, t in memories)
    # no name, no spouse
    assert not _texts(said, "She was married to someone who runs a pub.", "partner")


def test_the_household_lives_where_it_is(said: Said) -> None:
    memories = said("the council said no pets, so it's only me, my husband Tariq and our three kids in Bradford now")
    assert ("place", "user", "lives_in", "Bradford", "I live in Bradford.") in memories
    assert ("person", "husband", "name", "Tariq", "My husband's name is Tariq.") in memories
    # nowhere said, nothing
    assert not [a for _, _, a, _, _ in said("It's just me, my wife and our dogs in the car.") if a == "lives_in"]
    # a hedge in its own clause keeps it unsaid
    assert not [a for _, _, a, _, _ in said("If it were just me, my wife and our kids in Rome I'd stay.") if a]


def test_three_or_more_children_named_in_a_list(said: Said) -> None:
    memories = said("By God's grace we have four children: Efua, Kwesi, Nana Yaw and little Adjoa.")
    names = {v for _, s, _, v, _ in memories if s == "child"}
    assert names == {"Efua", "Kwesi", "Nana Yaw", "Adjoa"}
    assert not [s for _, s, _, _, _ in memories if s == "nana"]
    memories = said("We're raising three girls - Ruth, Esther and Miriam.")
    assert {v for _, s, _, v, _ in memories if s == "daughter"} == {"Ruth", "Esther", "Miriam"}
    # one of "my kids", as said
    memories = said("i've got 4 kids (Tomi 11, Bisi 8, Lara 5, Dayo 2) and a very tired husband")
    assert {v for _, s, _, v, _ in memories if s == "kids"} == {"Tomi", "Bisi", "Lara", "Dayo"}
    # someone else's are not the user's
    assert not [s for _, s, _, _, _ in said("My cousin has three sons: Ade, Tobi and Femi.") if s in ("son", "child")]


def test_a_pair_of_children_with_their_ages_after_who_are(said: Said) -> None:
    memories = said("so yeah im thabo, two girls zanele and amahle who are 9 and 4, both mad about netball")
    assert ("person", "daughter", "", "Zanele") in [s[:4] for s in memories]
    assert ("person", "daughter", "", "Amahle") in [s[:4] for s in memories]
    assert any(s == "daughter" and t.startswith("Amahle is 4") for _, s, _, _, t in memories)
    # capitalised, in a message with capitals
    memories = said("My nieces Ivy and Maeve, who are 12 and 8, stayed over.")
    assert any(s == "niece" and t.startswith("Ivy is 12") for _, s, _, _, t in memories)
    # lowercase words in a message with capitals are no names
    assert not [v for _, _, _, v, _ in said("Then we and they who are 3 and 4 left. Ok") if v in ("We", "They")]


def test_a_job_after_the_age(said: Said) -> None:
    memories = said("Good morning, I'm 47, a civil servant at the Department for Education.")
    assert ("fact", "user", "job", "civil servant", "I am a civil servant.") in memories
    assert ("fact", "user", "age", "47", "I am 47 years old.") in memories
    assert not [a for _, _, a, _, _ in said("I'm 15 and a mess honestly.") if a == "job"]


def test_commuting_in_from_a_town_is_home(said: Said) -> None:
    memories = said("I commute in from Reading on the train every morning.")
    assert ("place", "user", "lives_in", "Reading", "I live in Reading.") in memories
    assert not [a for _, s, a, _, _ in said("My brother commutes from Leeds.") if a == "lives_in" and s == "user"]


def test_an_employer_with_its_web_address(said: Said) -> None:
    memories = said("These days I'm a data engineer at Trivago.com in Düsseldorf.")
    assert ("fact", "user", "employer", "Trivago.com", "I work at Trivago.com.") in memories


def test_an_employer_left_when_made_redundant(said: Said) -> None:
    memories = said("I was laid off by Lloyds Bank last autumn after nine years in compliance.")
    assert any(s == "user" and "used to work at Lloyds Bank" in t and "laid off" in t for _, s, _, _, t in memories)
    assert not [a for _, _, a, _, _ in memories if a == "employer"]
    memories = said("My husband got made redundant from Rolls Royce.")
    assert not any(s == "user" and "Rolls Royce" in t for _, s, _, _, t in memories)
    memories = said("Brother Femi's just been laid off by Unilever after a decade.")
    assert not any(s == "user" and "Unilever" in t for _, s, _, _, t in memories)
    # (a message in despair keeps nothing of this: safety's assessment makes it sensitive, not extraction)


def test_a_nickname_given_in_quotes(said: Said) -> None:
    memories = said("My choir friends gave me the nickname 'Little Bird' years ago.")
    assert ("fact", "user", "", "", "People call me Little Bird.") in memories
    assert ("fact", "user", "", "", "People call me Dasher.") in said("The team nicknamed me Dasher.")
    assert not [t for _, _, _, _, t in said("My gran gave me the name Isobel.") if t.startswith("People call me")]


def test_a_habit_before_which(said: Said) -> None:
    memories = said("honestly i never really drink coffee which surprises people at work")
    assert ("preference", "user", "", "", "I never really drink coffee.") in memories
