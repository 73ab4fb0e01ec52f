from datetime import UTC, datetime

from companion_memory.domain.model import Memory, Message, content_hash, extract, fit_budget


def _memory(text: str) -> Memory:
    return Memory("id", "u", "episode", text, datetime(2026, 1, 1, tzinfo=UTC), ("m",), content_hash(text))


def test_a_message_becomes_an_episode_with_provenance() -> None:
    said_at = datetime(2026, 5, 8, 13, 56, tzinfo=UTC)
    memories = extract(Message("u1", "c1", "m1", "  My sister's name is  Maya. ", said_at), lambda: "mem-1")
    assert [(m.kind, m.text, m.source_message_ids, m.said_at) for m in memories] == [
        ("episode", "My sister's name is Maya.", ("m1",), said_at)
    ]


def test_blank_messages_yield_nothing() -> None:
    assert extract(Message("u1", "c1", "m1", " \n ", datetime.now(UTC)), lambda: "x") == []


def test_content_identity_ignores_case_and_spacing() -> None:
    assert content_hash("I live in  Porto") == content_hash("i live in porto")
    assert content_hash("I live in Porto") != content_hash("I live in Lisbon")


def test_recall_fits_the_token_budget_in_rank_order() -> None:
    memories = [_memory("a" * 40), _memory("b" * 40), _memory("c" * 8)]
    assert [m.text[0] for m in fit_budget(memories, 15)] == ["a", "c"]
    assert [m.text[0] for m in fit_budget(memories, 20)] == ["a", "b"]
    assert [m.text[0] for m in fit_budget(memories, 0)] == ["a", "b", "c"]
