"""Round 90 (fresh_158-161, spent): paraphrases of what a new user's first messages got wrong, rules alone (two
names said before whose children they are, a pet after a child's name, someone met called "a girl", what one of
the user's family takes the user for, the job of someone the user dated)."""

from collections.abc import Callable

# the fixture `said` (conftest.py): the rules' memories of a text, but the episode
Said = Callable[[str], list[tuple[str, str, str, str, str]]]


def _people(said: Said, text: str) -> set[tuple[str, str]]:
    return {(m[1], m[3]) for m in said(text) if m[0] == "person"}


def test_two_names_said_as_our_children_are_the_children(said: Said) -> None:
    people = _people(said, "Quick intro: Tendai is my wife, Rudo and Farai are our children (7 and 3).")
    assert ("wife", "Tendai") in people
    assert {("children", "Rudo"), ("children", "Farai")} <= people
    assert not [p for p in people if p[0] == "wife" and p[1] in ("Rudo", "Farai")]
    people = _people(said, "Marta and Ines are my girls, and Pavel is my partner.")
    assert {("daughter", "Marta"), ("daughter", "Ines")} <= people


def test_a_pet_named_after_a_child_is_no_child(said: Said) -> None:
    people = _people(said, "There's my wife Aiko, our son Riku, who is 6, and Kuma, a corgi who barks at everything.")
    assert ("son", "Riku") in people
    assert not [p for p in people if p[1] == "Kuma" and p[0] == "son"]
    people = _people(said, "our daughter Leni and Pip, our grumpy old cat.")
    assert ("daughter", "Leni") in people
    assert ("daughter", "Pip") not in people


def test_someone_met_called_a_girl_or_boy_is_no_newborn(said: Said) -> None:
    found = said("Had lunch yesterday with a girl called Sofia from the climbing gym. She's a dentist.")
    assert not [m for m in found if m[1] == "baby"]
    found = said("went on a second date with a boy called Marcus, he teaches maths.")
    assert not [m for m in found if m[1] == "baby"]
    # "she" after her is her, not someone of the user's said before
    found = said("my mum keeps asking about my love life. been seeing a woman named Priya, she's a nurse at Guy's.")
    assert not [m for m in found if m[1] in ("mum", "baby", "user") and m[3] == "nurse"]
    # a birth said still names the newborn
    assert ("niece", "Imogen") in _people(said, "My sister had a girl called Imogen on Sunday!")


def test_what_family_takes_the_user_for_is_not_a_fact(said: Said) -> None:
    found = said("I live in Wakefield, where my nan still believes I'm a solicitor.")
    assert ("user", "lives_in", "Wakefield") in {(m[1], m[2], m[3]) for m in found}
    assert not [m for m in found if m[1] == "user" and m[2] == "job"]
    found = said("my dad thinks that I am a pharmacist but I'm a chemist.")
    jobs = {m[3] for m in found if m[1] == "user" and m[2] == "job"}
    assert "pharmacist" not in jobs


def test_the_job_of_someone_dated_is_not_the_users(said: Said) -> None:
    found = said("The first man I went out with was a steward for Qantas, so he was never around.")
    assert not [m for m in found if m[1] == "user" and m[2] in ("job", "employer")]
    found = said("the woman I'm dating is a vet at the Leith clinic.")
    assert not [m for m in found if m[1] == "user" and m[2] in ("job", "employer")]
