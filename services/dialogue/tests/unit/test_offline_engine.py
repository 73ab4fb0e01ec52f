from datetime import UTC, datetime, timedelta

from companion_dialogue.domain.model import IncomingMessage, RecalledMemory, ReplyContext, SafetyView
from companion_dialogue.domain.offline_engine import reply, second_person
from companion_dialogue.domain.prompt import build_request

NOW = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)


def _context(text: str, **kwargs: object) -> ReplyContext:
    message = IncomingMessage("e1", "m1", "u1", "c1", text, NOW, "Europe/Lisbon", "en-US", "gw:1")
    defaults: dict[str, object] = {"local_time": NOW, "since_last_message_s": 60.0}
    return ReplyContext(message=message, **{**defaults, **kwargs})  # type: ignore[arg-type]


def test_a_recalled_memory_comes_back_in_the_users_words_turned_around() -> None:
    memory = RecalledMemory("My sister's name is Maya.", NOW - timedelta(days=3))
    text = reply(build_request(_context("What's my sister called?", memories=(memory,))))
    assert 'you told me on 24 November: "your sister\'s name is Maya"' in text


def test_a_crisis_gets_a_supportive_reply_whatever_else_is_known() -> None:
    memory = RecalledMemory("I love hiking", NOW)
    text = reply(build_request(_context("...", memories=(memory,), safety=SafetyView(crisis=True))))
    assert "reach out" in text
    assert "hiking" not in text


def test_replies_are_deterministic_and_greet_after_a_long_gap() -> None:
    first = reply(build_request(_context("hello", since_last_message_s=None)))
    assert first == reply(build_request(_context("hello", since_last_message_s=None)))
    assert first.startswith("Good morning!")
    assert not reply(build_request(_context("hello"))).startswith("Good")


def test_second_person_swaps_pronouns_only() -> None:
    assert second_person("I think my cat likes me") == "you think your cat likes you"


def test_the_prompt_carries_guidance_memories_and_local_time() -> None:
    memory = RecalledMemory("I moved to Lisbon", datetime(2026, 3, 1, tzinfo=UTC))
    request = build_request(_context("hi", memories=(memory,), safety=SafetyView(guidance="Be gentle.")))
    system = request.messages[0].content
    assert request.messages[0].role == "system"
    assert "Be gentle." in system
    assert "(2026-03-01) I moved to Lisbon" in system
    assert "Friday 27 November 2026, 09:30" in system
    assert request.messages[-1].content == "hi"
