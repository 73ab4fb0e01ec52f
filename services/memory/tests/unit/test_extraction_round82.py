"""Round 82 (fresh_135, spent): paraphrases of what a new user's first messages lost, rules and tagger."""

import re
from datetime import UTC, datetime

from companion_memory.domain.extraction import Found, extract
from companion_memory.domain.model import Message
from companion_memory.domain.tagged import TAGS, Bars, spans_of, tagged_facts

SAID_AT = datetime(2026, 5, 4, 10, tzinfo=UTC)


def _extract(text: str) -> list[tuple[str, str, str, str]]:
    ids = iter(range(1000))
    message = Message("u", "c", "m", text, SAID_AT, "Europe/London")
    return [(m.kind, m.subject, m.attribute, m.value) for m in extract(message, lambda: str(next(ids)))]


def _one_hot(tag: str, sure: float = 0.9) -> list[float]:
    rest = (1 - sure) / (len(TAGS) - 1)
    return [sure if t == tag else rest for t in TAGS]


def _read(text: str, tagged: dict[str, str], names: frozenset[str] = frozenset()) -> list[Found]:
    """The tagger's findings for made-up probabilities: near-sure tags for ``tagged``'s words, else O."""
    offsets, tags, name_scores = [(0, 0)], [_one_hot("O")], [0.0]
    for match in re.finditer(r"\w+|[^\w\s]", text):
        offsets.append(match.span())
        tags.append(_one_hot(tagged.get(match.group(0), "O")))
        name_scores.append(0.9 if match.group(0) in names else 0.1)
    spans = spans_of(text, [*offsets, (0, 0)], [*tags, _one_hot("O")], [*name_scores, 0.0])
    return tagged_facts(text, spans, SAID_AT, "Europe/London", [], Bars())


def test_the_user_as_a_parent_is_no_relation_of_theirs() -> None:
    text = "hiya, Shona here, dad to Finlay who's 8 and Isla who's 3"
    found = _read(text, {"dad": "B-R", "Isla": "B-O"}, names=frozenset({"Isla"}))
    assert not [f for f in found if f.subject == "dad"]
    # "my mum" is still the user's mum
    found = _read("my mum to be honest is Irene", {"mum": "B-R", "Irene": "B-O"}, names=frozenset({"Irene"}))
    assert [(f.subject, f.value) for f in found] == [("mum", "Irene")]


def test_a_name_wished_well_is_not_the_users() -> None:
    text = "Congratulations to Priya and Dev on the new house!"
    assert _read(text, {"Priya": "B-U"}) == []
    text = "Big party for the triplets. Happy 5th to Maxime and Lou!"
    assert _read(text, {"Maxime": "B-U"}) == []


def test_a_relation_after_plus_is_the_next_one_told_of() -> None:
    text = "It's only me and Ama (7), plus my brother Kojo who rents the room downstairs."
    found = _read(text, {"Ama": "B-O", "brother": "B-R"}, names=frozenset({"Ama"}))
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
