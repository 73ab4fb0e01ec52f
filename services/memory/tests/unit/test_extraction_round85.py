"""Round 85 (fresh_144-145, spent): paraphrases of what a new user's first messages lost, rules alone (and two
wrong owners of the fact tagger's, `domain/tagged.py`)."""

from collections.abc import Callable

from companion_memory.domain.extraction import Found

# the fixture `said` (conftest.py): the rules' memories of a text, but the episode
Said = Callable[[str], list[tuple[str, str, str, str, str]]]
# the fixture `tagger_reads` (conftest.py): the tagger's findings for made-up probabilities
TaggerReads = Callable[..., list[Found]]


def _texts(said: Said, text: str, subject: str) -> list[str]:
    return [line for _, who, _, _, line in said(text) if who == subject]


def test_a_baby_had_by_someone_just_named_is_theirs_in_the_taggers_reading(tagger_reads: TaggerReads) -> None:
    found = tagger_reads(
        "My old roommate from college, Selam, finally had a baby girl named Hana!",
        {"roommate": "B-R", "Selam": "B-O", "baby": "B-R", "girl": "I-R", "Hana": "B-O"},
        names=frozenset({"Selam", "Hana"}),
    )
    assert ("roommate's daughter", "Hana") in [(f.subject, f.value) for f in found]
    assert not [f for f in found if f.subject == "daughter"]


def test_spanish_parents_are_the_parents_not_the_dad(tagger_reads: TaggerReads) -> None:
    found = tagger_reads("I study in Lima. Mis padres live in Arequipa.", {"padres": "B-R", "Arequipa": "B-O"})
    assert [(f.subject, f.value) for f in found] == [("parents", "Arequipa")]


def test_spanish_parents_are_the_parents_in_the_rules(said: Said) -> None:
    memories = said("mis papás still live in Cuenca, where I grew up")
    assert ("place", "parents", "lives_in", "Cuenca", "My parents live in Cuenca.") in memories
    assert not [m for m in memories if m[1] == "dad"]


def test_a_favourite_of_someone_elses_making_is_the_users(tagger_reads: TaggerReads) -> None:
    found = tagger_reads("favourite dessert is my nans trifle, no contest", {"nans": "B-R", "trifle": "B-O"})
    assert [(f.subject, f.value) for f in found] == [("user", "trifle")]


def test_a_flag_ends_a_clause(said: Said) -> None:
    memories = said("now I teach maths in Leeds 🇬🇧 my sister still lives in Lyon and calls every week")
    assert ("place", "sister", "lives_in", "Lyon", "My sister lives in Lyon.") in memories
    assert not [m for m in memories if m[1] == "user" and m[2] == "lives_in"]


def test_where_one_was_raised_is_a_home_of_before(said: Said) -> None:
    memories = said("born in Mombasa, raised mainly in Doha 🇶🇦 my cousin still lives in Doha")
    assert not [m for m in memories if m[1] == "user" and m[2] == "lives_in"]
    assert ("place", "user", "from", "Tromsø", "I am from Tromsø.") in said("raised mostly in Tromsø")
    assert ("place", "user", "from", "Chiang Rai", "I am from Chiang Rai.") in said(
        "I grew up further north in Chiang Rai, now in Bangkok"
    )


def test_a_name_someone_wanted_for_a_pet_is_not_its_name(said: Said) -> None:
    memories = said("My husband wanted to name the dog Captain, I said no, so she is Pepper.")
    assert not [m for m in memories if m[3] == "Captain"]
    assert ("person", "cat", "name", "Possum", "My cat's name is Possum.") in said("The cat Possum sleeps all day.")


def test_a_spouse_married_to_who_is_something(said: Said) -> None:
    memories = said("I'm 41, married to Rui, who is a welder on an oil rig so he is away a lot")
    assert ("person", "husband", "name", "Rui", "My husband's name is Rui.") in memories
    assert ("fact", "husband", "job", "welder", "My husband is a welder.") in memories
    # which of a husband or a wife unsaid: no guess at "partner"
    assert not _texts(said, "Married to Fionnuala, who's a secondary school headteacher", "partner")


def test_someone_named_who_is_something(said: Said) -> None:
    memories = said("my boyfriend Callum, who's a junior doctor, works nights")
    assert ("fact", "boyfriend", "job", "junior doctor", "My boyfriend is a junior doctor.") in memories
    assert ("fact", "sister", "job", "nurse", "My sister is a nurse.") in said("my sister Maya who is a nurse in Leeds")


def test_spouses_in_french_german_and_portuguese_words(said: Said) -> None:
    assert ("person", "wife", "name", "Sandrine", "My wife's name is Sandrine.") in said(
        "Ma femme Sandrine and I live in Nantes"
    )
    memories = said("Mein Mann Jürgen is a pilot")
    assert ("person", "husband", "name", "Jürgen", "My husband's name is Jürgen.") in memories
    assert ("fact", "husband", "job", "pilot", "My husband is a pilot.") in memories
    assert ("person", "wife", "name", "Beatriz", "My wife's name is Beatriz.") in said("minha mulher Beatriz is a chef")
    assert not [m for m in said("Frau Schmidt is my neighbour") if m[1] in ("wife", "husband")]


def test_a_labelled_spouse_with_a_science_job(said: Said) -> None:
    memories = said("Wife: Ingrid, hydrologist. Kids: Liv (6).")
    assert ("fact", "wife", "job", "hydrologist", "My wife is a hydrologist.") in memories


def test_a_child_called_by_their_age_in_words(said: Said) -> None:
    memories = said("we have a three year old called Ines and a dog")
    assert ("person", "child", "name", "Ines", "My child's name is Ines.") in memories


def test_pets_named_after_a_breed_or_a_description(said: Said) -> None:
    assert ("person", "dog", "name", "Bruno", "My dog's name is Bruno.") in said("We lost our old Alsatian, Bruno.")
    memories = said("we have a very grumpy Persian longhair cat called Mochi")
    assert ("person", "cat", "name", "Mochi", "My cat's name is Mochi.") in memories
    # (someone's pet, told of after them, is still theirs)
    memories = said("my flatmate Tomasz has a gecko called Kevin")
    assert ("person", "flatmate's gecko", "name", "Kevin", "My flatmate's gecko's name is Kevin.") in memories
    assert not [m for m in said("my neighbour Aled walks his beagle at dawn, her name is Pip") if m[1] == "dog"]


def test_former_homes_after_years_there(said: Said) -> None:
    memories = said("now living in Dresden after nine years in Mainz")
    assert ("place", "user", "lives_in", "Dresden", "I live in Dresden.") in memories
    assert any(m[1] == "user" and m[4] == "I used to live in Mainz." for m in memories)
    assert any(m[4] == "I used to live in Boston." for m in said("left boston after 8 yrs, now in Denver"))
    assert not [m for m in said("I left Google after 6 years") if m[0] == "place"]
    memories = said("moved to dublin in march, before that i was living in são paulo my whole life")
    assert ("place", "user", "lives_in", "Dublin", "I live in Dublin.") in memories
    assert not [m for m in memories if m[2] == "lives_in" and m[3] == "São Paulo"]


def test_homes_in_lower_case_with_accents_and_homes_shared(said: Said) -> None:
    assert ("place", "user", "lives_in", "Kraków", "I live in Kraków.") in said("living in kraków these days")
    assert ("place", "user", "lives_in", "Kisumu", "I live in Kisumu.") in said("home base is a small flat in Kisumu")
    assert ("place", "user", "lives_in", "Hastings", "I live in Hastings.") in said(
        "we rent a tiny bungalow in Hastings"
    )


def test_an_employer_with_the_small_words_of_its_name(said: Said) -> None:
    memories = said("Architect at Politecnico di Torino")
    assert ("fact", "user", "employer", "Politecnico di Torino", "I work at Politecnico di Torino.") in memories


def test_each_liking_of_a_list(said: Said) -> None:
    texts = _texts(said, "fave drink is chai, favourite film is Heat, and hate cold weather", "user")
    assert texts == ["My favourite drink is chai.", "My favourite film is Heat.", "I hate cold weather."]
    texts = _texts(said, "I hate mushrooms, olives and coriander", "user")
    assert texts == ["I hate mushrooms.", "I hate olives.", "I hate coriander."]
    assert _texts(said, "love storm chasing, Runzas and Husker football", "user") == [
        "I love storm chasing.",
        "I love Runzas.",
        "I love Husker football.",
    ]
    # not a comment after the liking, nor a list without "and"
    assert _texts(said, "I love hiking, it is great and all", "user") == ["I love hiking."]
    assert _texts(said, "I can't stand okra, slimy mess", "user") == ["I can't stand okra."]


def test_a_comfort_book_or_movie(said: Said) -> None:
    assert _texts(said, "my comfort book is Matilda", "user") == ["Matilda is my comfort book."]


def test_a_lab_at_work_is_no_labrador(said: Said) -> None:
    memories = said("Our lab is relocating to the new chemistry wing on the 3rd")
    assert not [m for m in memories if m[1] == "dog"]
    assert [m for m in memories if m[1] == "user" and "chemistry wing" in m[4]]
