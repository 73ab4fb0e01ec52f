"""Character Cards round-trip; the prompt holds the persona, fills placeholders and keeps to its budget."""

import json
from datetime import UTC, datetime, timedelta

import pytest

from companion_dialogue.domain.model import IncomingMessage, RecalledMemory, ReplyContext, SafetyView, Turn
from companion_dialogue.domain.persona import DEFAULT_PERSONA, InvalidCard, parse_card, to_card
from companion_dialogue.domain.prompt import build_request

NOW = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)

V2_CARD = {
    "spec": "chara_card_v2",
    "spec_version": "2.0",
    "data": {
        "name": "Aria",
        "description": "{{char}} is a lighthouse keeper who writes letters to {{user}}.",
        "personality": "calm, wry",
        "scenario": "A stormy evening on the coast.",
        "first_mes": "Evening, {{user}}. The lamp is lit.",
        "mes_example": "<START>\n{{user}}: Hi\n{{char}}: The sea is loud tonight.",
        "creator_notes": "SECRET-CREATOR-NOTE: made for a contest",
        "system_prompt": "Stay in character as {{char}}. {{original}}",
        "post_history_instructions": "Answer in two sentences at most.",
        "alternate_greetings": ["Ahoy, {{user}}!"],
        "character_book": {
            "name": "coast lore",
            "entries": [
                {
                    "keys": ["lamp"],
                    "content": "The lamp was built in 1871.",
                    "enabled": True,
                    "insertion_order": 1,
                    "extensions": {"depth": 4},
                },
                {"keys": ["ghost"], "content": "GHOST-LORE", "enabled": True, "insertion_order": 2, "extensions": {}},
            ],
            "extensions": {},
        },
        "tags": ["sea"],
        "creator": "someone",
        "character_version": "1.2",
        "extensions": {"talkativeness": "0.6", "depth_prompt": {"prompt": "x", "depth": 4}, "my_app": {"k": [1, 2]}},
    },
}


def _context(text: str = "Is the lamp on?", **kwargs: object) -> ReplyContext:
    message = IncomingMessage("e1", "m1", "u1", "c1", text, NOW, "UTC", "en-US", "gw:1")
    defaults: dict[str, object] = {"local_time": NOW, "since_last_message_s": 60.0}
    return ReplyContext(message=message, **{**defaults, **kwargs})  # type: ignore[arg-type]


def test_a_v2_card_round_trips_with_every_key_it_had() -> None:
    persona = parse_card(json.dumps(V2_CARD))

    assert persona.name == "Aria"
    assert to_card(persona, "chara_card_v2") == V2_CARD


def test_a_v3_card_round_trips_and_a_v2_card_exports_as_v3() -> None:
    v3 = to_card(parse_card(json.dumps(V2_CARD)), "chara_card_v3")
    assert (v3["spec"], v3["spec_version"]) == ("chara_card_v3", "3.0")
    assert v3["data"]["group_only_greetings"] == []
    assert v3["data"]["extensions"]["my_app"] == {"k": [1, 2]}

    v3["data"]["assets"] = [{"type": "icon", "uri": "ccdefault:", "name": "main", "ext": "png"}]
    assert to_card(parse_card(json.dumps(v3)), "chara_card_v3") == v3


@pytest.mark.parametrize(
    "card",
    [
        "not json",
        json.dumps({"spec": "something_else", "data": {"name": "x"}}),
        json.dumps({"spec": "chara_card_v2", "data": {"name": ""}}),
        json.dumps({"spec": "chara_card_v2", "data": {"name": "x", "description": 3}}),
        json.dumps({"spec": "chara_card_v2", "data": {"name": "x", "alternate_greetings": "hi"}}),
    ],
)
def test_what_is_not_a_card_is_rejected_with_a_reason(card: str) -> None:
    with pytest.raises(InvalidCard):
        parse_card(card)


def test_the_prompt_holds_the_persona_with_placeholders_filled_and_never_the_creator_notes() -> None:
    persona = parse_card(json.dumps(V2_CARD))
    request = build_request(_context(persona=persona, recent_turns=()), user_name="Jo")
    text = "\n".join(m.content for m in request.messages)

    system = request.messages[0].content
    assert system.startswith("Stay in character as Aria. You are Aria, an AI companion talking with Jo.")
    assert "Aria is a lighthouse keeper who writes letters to Jo." in system
    assert "Aria's personality: calm, wry" in system
    assert "Scenario: A stormy evening on the coast." in system
    assert "The lamp was built in 1871." in system  # the message mentions the lamp
    assert "GHOST-LORE" not in text  # nobody mentioned a ghost
    assert "SECRET-CREATOR-NOTE" not in text
    assert "{{" not in text
    assert request.messages[1].content == "Evening, Jo. The lamp is lit."  # first message opens the conversation
    assert request.messages[-2].content == "Is the lamp on?"
    assert (request.messages[-1].role, request.messages[-1].content) == ("system", "Answer in two sentences at most.")


def test_the_budget_keeps_persona_guidance_time_and_message_and_drops_old_turns_first() -> None:
    turns = tuple(
        Turn(f"t{i:03}", "user" if i % 2 == 0 else "companion", f"turn number {i} " + "x" * 200, NOW)
        for i in range(100)
    )
    memory = RecalledMemory("I moved to Lisbon", NOW - timedelta(days=30))
    context = _context(recent_turns=turns, memories=(memory,), safety=SafetyView(guidance="Be gentle."))

    request = build_request(context, token_budget=1200)

    total = sum(len(m.content) // 4 + 1 + 4 for m in request.messages)
    assert total <= 1200
    system = request.messages[0].content
    assert "Be gentle." in system
    assert "(2026-10-28) I moved to Lisbon" in system
    assert "Friday 27 November 2026, 09:30" in system
    kept = [m.content for m in request.messages[1:-1]]
    assert 0 < len(kept) < 100
    assert kept[-1].startswith("turn number 99 ")  # the newest turns are the ones kept
    assert request.messages[-1].content == "Is the lamp on?"


def test_the_default_persona_is_an_ai_that_lets_people_go() -> None:
    system = build_request(_context()).messages[0].content
    assert DEFAULT_PERSONA.name in system
    assert "never claim to be human" in system
    assert "without guilt" in system


def test_a_v3_nickname_stands_for_char() -> None:
    card = {"spec": "chara_card_v3", "spec_version": "3.0", "data": {**V2_CARD["data"], "nickname": "Ari"}}  # type: ignore[dict-item]
    request = build_request(_context(persona=parse_card(json.dumps(card))), user_name="Jo")
    assert "Ari is a lighthouse keeper" in request.messages[0].content
