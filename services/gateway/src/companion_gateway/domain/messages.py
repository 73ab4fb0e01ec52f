"""Rules for what a client may send. Pure: no I/O."""

import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

CONVERSATION_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
CLIENT_MESSAGE_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,128}$")
# BCP 47, extensions included: "en-US", "en-US-u-sd-uswa" (Washington: some laws are per state).
LOCALE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$")


class Rejected(ValueError):
    """A request that breaks a rule; the message says which, for the client."""


def check_conversation_id(conversation_id: str) -> None:
    if not CONVERSATION_ID.match(conversation_id):
        raise Rejected("conversation_id must be 1-64 letters, digits, '-' or '_'")


def check_text(text: str, max_chars: int) -> str:
    if "\x00" in text:
        raise Rejected("text must not contain NUL characters")
    if not text.strip():
        raise Rejected("text must not be empty")
    if len(text) > max_chars:
        raise Rejected(f"text must be at most {max_chars} characters")
    return text


def check_time_zone(time_zone: str) -> str:
    try:
        ZoneInfo(time_zone)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise Rejected(f"unknown time zone {time_zone[:64]!r}") from error
    return time_zone
