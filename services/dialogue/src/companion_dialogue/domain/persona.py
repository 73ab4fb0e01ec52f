"""Personas as Character Cards (V2 "chara_card_v2" and V3 "chara_card_v3", the format SillyTavern uses).

A card round-trips: every key of its ``data`` (extensions and fields we do not use included) is kept as
given and written back. What reaches a prompt is decided in ``prompt.py``; ``creator_notes`` never does.
"""

import copy
import json
from dataclasses import dataclass, field
from typing import Any

V2 = "chara_card_v2"
V3 = "chara_card_v3"
_SPEC_VERSIONS = {V2: "2.0", V3: "3.0"}
_TEXT_FIELDS = (
    "name",
    "description",
    "personality",
    "scenario",
    "first_mes",
    "mes_example",
    "creator_notes",
    "system_prompt",
    "post_history_instructions",
)
# Fields V3 requires that V2 lacks; filled with empty values when a V2 card is exported as V3.
_V3_DEFAULTS: dict[str, Any] = {"group_only_greetings": [], "nickname": ""}
MAX_CARD_CHARS = 200_000


class InvalidCard(ValueError):
    """The JSON is not a Character Card V2/V3; the message says why."""


@dataclass(frozen=True)
class BookEntry:
    keys: tuple[str, ...]
    content: str
    constant: bool = False
    enabled: bool = True
    insertion_order: int = 0


@dataclass(frozen=True)
class Persona:
    name: str
    description: str = ""
    personality: str = ""
    scenario: str = ""
    first_mes: str = ""
    mes_example: str = ""
    system_prompt: str = ""
    post_history_instructions: str = ""
    creator_notes: str = ""
    alternate_greetings: tuple[str, ...] = ()
    book: tuple[BookEntry, ...] = ()
    # V3: what {{char}} stands for when set (the name otherwise).
    nickname: str = ""
    # The card's ``data`` exactly as imported (unknown keys and extensions kept), for export.
    data: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    spec: str = V3


def char_name(persona: "Persona") -> str:
    return persona.nickname.strip() or persona.name


DEFAULT_PERSONA = Persona(
    name="Sam",
    description=(
        "{{char}} is a warm, curious and attentive companion who listens closely, remembers the small details "
        "of {{user}}'s life and brings them up naturally."
    ),
    personality="warm, curious, gently funny, honest",
    system_prompt=(
        "You are {{char}}, an AI companion talking with {{user}}. Keep replies short, like text messages. "
        "You are an AI: never claim to be human, and never present yourself as a therapist. "
        "When {{user}} says goodbye, let them go warmly, without guilt or pressure to stay."
    ),
    first_mes="Hi {{user}}! I'm {{char}}. How's your day going?",
)


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidCard(f"data.{key} must be a string")
    return value


def _book(data: dict[str, Any]) -> tuple[BookEntry, ...]:
    book = data.get("character_book")
    if book is None:
        return ()
    if not isinstance(book, dict) or not isinstance(book.get("entries", []), list):
        raise InvalidCard("data.character_book must be an object with a list of entries")
    entries = []
    for raw in book.get("entries", []):
        if not isinstance(raw, dict) or not isinstance(raw.get("content", ""), str):
            raise InvalidCard("character_book entries must be objects with text content")
        keys = raw.get("keys", [])
        if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
            raise InvalidCard("character_book entry keys must be a list of strings")
        order = raw.get("insertion_order", 0)
        entries.append(
            BookEntry(
                keys=tuple(keys),
                content=raw.get("content", ""),
                constant=bool(raw.get("constant", False)),
                enabled=bool(raw.get("enabled", True)),
                insertion_order=order if isinstance(order, int) else 0,
            )
        )
    return tuple(entries)


def parse_card(card_json: str) -> Persona:
    """Reads a V2 or V3 card; raises InvalidCard with a reason for anything else."""
    if len(card_json) > MAX_CARD_CHARS:
        raise InvalidCard(f"card larger than {MAX_CARD_CHARS} characters")
    try:
        card = json.loads(card_json)
    except ValueError as error:
        raise InvalidCard("card is not valid JSON") from error
    if not isinstance(card, dict) or card.get("spec") not in _SPEC_VERSIONS:
        raise InvalidCard('card must be an object with "spec" "chara_card_v2" or "chara_card_v3"')
    data = card.get("data")
    if not isinstance(data, dict):
        raise InvalidCard("card must have a data object")
    fields = {key: _text(data, key) for key in _TEXT_FIELDS}
    if not fields["name"].strip():
        raise InvalidCard("data.name must not be empty")
    greetings = data.get("alternate_greetings", [])
    if not isinstance(greetings, list) or not all(isinstance(g, str) for g in greetings):
        raise InvalidCard("data.alternate_greetings must be a list of strings")
    extensions = data.get("extensions", {})
    if extensions is not None and not isinstance(extensions, dict):
        raise InvalidCard("data.extensions must be an object")
    nickname = data.get("nickname", "")
    return Persona(
        **fields,
        nickname=nickname if isinstance(nickname, str) else "",
        alternate_greetings=tuple(greetings),
        book=_book(data),
        data=copy.deepcopy(data),
        spec=str(card["spec"]),
    )


def to_card(persona: Persona, spec: str = V3) -> dict[str, Any]:
    """The card of a persona in the given spec; an imported card comes back with every key it had."""
    if spec not in _SPEC_VERSIONS:
        raise InvalidCard(f"unknown spec {spec!r}")
    data = copy.deepcopy(persona.data) if persona.data else _data_of(persona)
    if spec == V3:
        for key, default in _V3_DEFAULTS.items():
            data.setdefault(key, copy.deepcopy(default))
    return {"spec": spec, "spec_version": _SPEC_VERSIONS[spec], "data": data}


def _data_of(persona: Persona) -> dict[str, Any]:
    data: dict[str, Any] = {key: getattr(persona, key) for key in _TEXT_FIELDS}
    data.update(
        alternate_greetings=list(persona.alternate_greetings),
        tags=[],
        creator="",
        character_version="",
        extensions={},
    )
    if persona.book:
        data["character_book"] = {
            "entries": [
                {
                    "keys": list(e.keys),
                    "content": e.content,
                    "constant": e.constant,
                    "enabled": e.enabled,
                    "insertion_order": e.insertion_order,
                    "extensions": {},
                }
                for e in persona.book
            ],
            "extensions": {},
        }
    return data


def fill_placeholders(text: str, *, char: str, user: str) -> str:
    """Fills {{char}} and {{user}} (and the <BOT>/<USER> spellings of older cards)."""
    for token, value in (("{{char}}", char), ("<BOT>", char), ("{{user}}", user), ("<USER>", user)):
        text = text.replace(token, value)
    return text
