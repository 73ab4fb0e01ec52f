"""Round 89 (fresh_154-157, spent): paraphrases of what a new user's first messages got wrong, rules alone (a
sibling's children raised by the user, two children adopted, someone else's job said after the user's)."""

from collections.abc import Callable

# the fixture `said` (conftest.py): the rules' memories of a text, but the episode
Said = Callable[[str], list[tuple[str, str, str, str, str]]]


def _people(said: Said, text: str) -> set[tuple[str, str]]:
    return {(m[1], m[3]) for m in said(text) if m[0] == "person"}


def test_a_siblings_children_named_are_nieces_or_nephews(said: Said) -> None:
    people = _people(said, "Since March we've been looking after my brother's daughters Ama and Efua in Kumasi.")
    assert {("niece", "Ama"), ("niece", "Efua")} <= people
    assert not [p for p in people if p[0] == "brother"]
    people = _people(said, "I'm now legal guardian of my late brother's sons, Rafael and Tomás.")
    assert {("nephew", "Rafael"), ("nephew", "Tomás")} <= people
    assert not [p for p in people if p[0].startswith("brother")]


def test_two_children_adopted_are_the_users_own(said: Said) -> None:
    found = said("we adopted two brothers, Kwame and Yaw, in 2021 and it's been chaos since.")
    people = {(m[1], m[3]) for m in found if m[0] == "person"}
    assert {("son", "Kwame"), ("son", "Yaw")} <= people
    assert not [p for p in people if p[0] == "brother"]
    assert "I have two brothers." not in [m[4] for m in found]
    people = _people(said, "My wife and I adopted two sisters this spring, Noor and Leila.")
    assert {("daughter", "Noor"), ("daughter", "Leila")} <= people
    assert not [p for p in people if p[0] == "sister"]
    # sisters of one's own stay sisters
    assert ("sister", "Noor") in _people(said, "my two sisters, Noor and Leila, live in Oslo.")


def test_someone_named_being_something_is_not_the_users_job(said: Said) -> None:
    found = said("I live in Ghent with my husband Pieter. I'm a bookkeeper and Pieter is a paramedic at AZ Sint-Jan.")
    facts = {(m[1], m[3]) for m in found if m[0] == "fact"}
    assert ("user", "bookkeeper") in facts
    assert ("husband", "paramedic") in facts
    assert not [f for f in facts if f[0] == "user" and f[1] in ("paramedic", "AZ Sint-Jan")]
    found = said("I'm a teacher, Omar is an electrician at the docks.")
    assert not [m for m in found if m[1] == "user" and m[2] == "employer"]
