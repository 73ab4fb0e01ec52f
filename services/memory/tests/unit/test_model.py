from dataclasses import replace
from datetime import UTC, datetime, timedelta

from companion_memory.domain.model import Memory, content_hash
from companion_memory.domain.ranking import drop_redundant, fit_budget, fuse
from companion_memory.domain.updates import Insert, Strengthen, Supersede, decide

NOW = datetime(2026, 5, 8, tzinfo=UTC)


def _memory(text: str, memory_id: str = "id", sources: tuple[str, ...] = ("m",), **kw: object) -> Memory:
    return Memory(memory_id, "u", "episode", text, NOW, sources, content_hash(text), **kw)  # type: ignore[arg-type]


def test_content_identity_ignores_case_spacing_and_end_punctuation() -> None:
    assert content_hash("I live in  Porto") == content_hash("i live in porto!")
    assert content_hash("I live in Porto") != content_hash("I live in Lisbon")


def test_recall_fits_the_token_budget_in_rank_order() -> None:
    memories = [_memory("a" * 40), _memory("b" * 40), _memory("c" * 8)]
    assert [m.text[0] for m in fit_budget(memories, 15)] == ["a", "c"]
    assert [m.text[0] for m in fit_budget(memories, 20)] == ["a", "b"]
    assert [m.text[0] for m in fit_budget(memories, 0)] == ["a", "b", "c"]


def test_fusion_rewards_memories_found_by_both_words_and_meaning() -> None:
    a, b, c = _memory("a", "A"), _memory("b", "B"), _memory("c", "C")
    fused = fuse([[a, b], [c, b]], NOW)
    assert fused[0].memory_id == "B"


def test_a_message_read_into_many_memories_does_not_push_other_messages_down() -> None:
    # m1 was read into an episode and two facts, which the word search ranks first; m2's episode comes next there
    # and first by meaning: m2's rank by words is its message's (second), not its memory's (fourth)
    episode, fact, other_fact = (_memory(t, t, ("m1",)) for t in ("E1", "F1", "G1"))
    second, third = _memory("X", "X", ("m2",)), _memory("Y", "Y", ("m3",))
    fused = fuse([[episode, fact, other_fact, second], [second, third, episode]], NOW)
    assert fused[0].memory_id == "X"


def test_recency_breaks_ties_between_equally_relevant_memories() -> None:
    old = replace(_memory("old", "OLD"), said_at=NOW - timedelta(days=400))
    new = _memory("new", "NEW")
    assert [m.memory_id for m in fuse([[old], [new]], NOW)] == ["NEW", "OLD"]


def test_an_episode_of_a_message_already_told_is_dropped_as_redundant() -> None:
    fact = replace(_memory("My sister is called Maya.", "F", ("m1",)), kind="person")
    episode = _memory("My sister's name is Maya.", "E", ("m1",))
    other = _memory("I live in Porto.", "O", ("m2",))
    assert [m.memory_id for m in drop_redundant([fact, episode, other])] == ["F", "O"]
    # and what was read from an episode ranked above it says nothing more
    assert [m.memory_id for m in drop_redundant([episode, fact, other])] == ["E", "O"]


def test_two_facts_of_one_message_are_both_kept() -> None:
    where = replace(_memory("My bro works in Leeds.", "W", ("m1",)), kind="fact")
    job = replace(_memory("My bro is a plumber.", "J", ("m1",)), kind="fact")
    episode = _memory("My bro works as a plumber in Leeds.", "E", ("m1",))
    assert [m.memory_id for m in drop_redundant([where, job, episode])] == ["W", "J"]


def test_update_decisions() -> None:
    porto = _memory("I live in Porto.", "P", attribute="lives_in", value="Porto")
    lisbon = _memory("I live in Lisbon.", "L", attribute="lives_in", value="Lisbon")
    again = _memory("I'm living in porto.", "P2", attribute="lives_in", value="porto")
    assert decide(lisbon, porto, None, 0.0) == Supersede(porto)
    assert decide(again, porto, None, 0.0) == Strengthen(porto)
    hike = Memory("H", "u", "preference", "I love hiking.", NOW, ("m",), "h")
    hike2 = Memory("H2", "u", "preference", "I really love hiking.", NOW, ("m",), "h2")
    assert decide(hike2, None, hike, 0.95) == Strengthen(hike)
    assert decide(hike2, None, hike, 0.5) == Insert()


def test_a_second_name_for_a_cousin_is_a_second_cousin_but_a_new_name_for_a_husband_replaces_his() -> None:
    def named(subject: str, name: str) -> Memory:
        said = _memory(f"My {subject}'s name is {name}.", name, attribute="name", value=name, subject=subject)
        return replace(said, kind="person")

    toto, asfandyar = named("cousin", "Totò"), named("cousin", "Asfandyar")
    assert decide(asfandyar, toto, None, 0.0) == Insert()
    assert decide(named("cousin", "TOTÒ"), toto, None, 0.0) == Strengthen(toto)
    assert decide(named("boyfriend's brother", "Jamie"), named("boyfriend's brother", "Sam"), None, 0.0) == Insert()
    sam = named("husband", "Sam")
    assert decide(named("husband", "Samuel"), sam, None, 0.0) == Supersede(sam)
