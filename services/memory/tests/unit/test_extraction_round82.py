"""Round 82 (fresh_135, spent): paraphrases of what a new user's first messages lost, rules and tagger."""

from collections.abc import Callable
from datetime import UTC, datetime

from companion_memory.domain.extraction import Found, extract
from companion_memory.domain.model import Message

SAID_AT = datetime(2026, 5, 4, 10, tzinfo=UTC)
# the fixture `tagger_reads` (conftest.py): the tagger's findings for made-up probabilities
TaggerReads = Callable[..., list[Found]]


def _extract(text: str) -> list[tuple[str, str, str, str]]:
    ids = iter(range(1000))
    message = Message("u", "c", "m", text, SAID_AT, "Europe/London")
    return [(m.kind, m.subject, m.attribute, m.value) for m in extract(message, lambda: str(next(ids)))]


def test_the_user_as_a_parent_is_no_relation_of_theirs(tagger_reads: TaggerReads) -> None:
    text = "hiya, Shona here, dad to Finlay who's 8 and Isla who's 3"
    found = tagger_reads(text, {"dad": "B-R", "Isla": "B-O"}, names=frozenset({"Isla"}), said_at=SAID_AT)
    assert not [f for f in found if f.subject == "dad"]
    # "my mum" is still the user's mum
    found = tagger_reads(
        "my mum to be honest is Irene", {"mum": "B-R", "Irene": "B-O"}, names=frozenset({"Irene"}), said_at=SAID_AT
    )
    assert [(f.subject, f.value) for f in found] == [("mum", "Irene")]


def test_a_name_wished_well_is_not_the_users(tagger_reads: TaggerReads) -> None:
    text = "Congratulations to Priya and Dev on the new house!"
    assert tagger_reads(text, {"Priya": "B-U"}, said_at=SAID_AT) == []
    text = "Big party for the triplets. Happy 5th to Maxime and Lou!"
    assert tagger_reads(text, {"Maxime": "B-U"}, said_at=SAID_AT) == []


def test_a_relation_after_plus_is_the_next_one_told_of(tagger_reads: TaggerReads) -> None:
    text = "It's only me and Ama (7), plus my brother Kojo who rents the room downstairs."
    found = tagger_reads(text, {"Ama": "B-O", "brother": "B-R"}, names=frozenset({"Ama"}), said_at=SAID_AT)
    assert not [f for f in found if f.subject == "brother" and f.value == "Ama"]


def test_a_home_left_after_years_there_when_moving() -> None:
    said = _extract("We finally moved to a house in Utrecht after nine years in Rotterdam.")
    assert ("place", "user", "lives_in", "Utrecht") in said
    assert ("place", "user", "", "Rotterdam") in said
    assert ("place", "user", "lives_in", "Rotterdam") not in said
    # no move: not a home left
    assert not [m for m in _extract("After three years in Canada I love it here.") if m[0] == "place"]


def test_kin_of_kin_where_they_live() -> None:
    said = _extract("my wife comes from Braga and her parents still live there")
    assert ("place", "wife's parents", "lives_in", "Braga") in said
    assert ("place", "wife", "lives_in", "Braga") not in said
    said = _extract("I've been with my husband Tomas ten years. His family is in Brno, so we visit at Easter.")
    assert ("place", "husband's family", "lives_in", "Brno") in said
    said = _extract("Our son was born in March, and my husband's family is mostly in Accra.")
    assert ("place", "husband's family", "lives_in", "Accra") in said
    # a "his" that cannot be the wife's
    said = _extract("My wife Ana is lovely. His family is in Brno.")
    assert not [m for m in said if m[2] == "lives_in"]
