"""Round 87 (fresh_150-153, spent): paraphrases of what a new user's first messages lost or got wrong, rules alone
(a fiancé(e)'s family as in-laws, a partner's pet under its kind)."""

from collections.abc import Callable

# the fixture `said` (conftest.py): the rules' memories of a text, but the episode
Said = Callable[[str], list[tuple[str, str, str, str, str]]]


def _names(said: Said, text: str) -> set[tuple[str, str]]:
    return {(m[1], m[3]) for m in said(text) if m[0] == "person"}


def test_a_fiances_siblings_are_in_laws(said: Said) -> None:
    names = _names(said, "Engaged since May! My fiancée Oona is Finnish, and her brother Aatu is our best man.")
    assert ("brother-in-law", "Aatu") in names
    assert not [n for n in names if n[0] == "fiancée's brother"]
    names = _names(said, "my fiance Rohan's little sister Tara is designing the invitations for us")
    assert ("sister-in-law", "Tara") in names


def test_a_fiances_parents_are_in_laws(said: Said) -> None:
    names = _names(said, "Wedding prep is wild. My fiancé Tomás lives in Lima. His mum, Rocío, already bought a hat.")
    assert ("mother-in-law", "Rocío") in names
    names = _names(said, "We get married in the autumn. My fiancée Greta is lovely. Her father Ulf keeps bees.")
    assert ("father-in-law", "Ulf") in names
    # a boyfriend's family stays his (they are not engaged)
    assert ("boyfriend's sister", "Maja") in _names(said, "my boyfriend Emil is a baker and his sister Maja is 16")


def test_a_partners_pet_is_kept_under_its_kind(said: Said) -> None:
    memories = said("My husband Idris owns a beagle named Pudding and I have a lazy old tabby called Mango.")
    assert ("person", "dog", "name", "Pudding", "My husband's dog's name is Pudding.") in memories
    assert not [m for m in memories if m[1] == "husband's dog"]
    memories = said("It's me, my girlfriend Zoe, her budgie Kiwi (who bites everyone but her), and our two goldfish.")
    assert ("budgie", "Kiwi") in {(m[1], m[3]) for m in memories if m[0] == "person"}
    assert not [m for m in memories if m[1] == "girlfriend's budgie"]
    # someone else's pet stays theirs
    assert ("neighbour's dog", "Rufus") in _names(said, "My neighbour has a spaniel called Rufus who barks all night.")
