"""Time-sortable identifiers for messages, events and deliveries."""

from ulid import ULID


def new_id() -> str:
    """A ULID as 26 Crockford base32 characters: sorts by creation time, unique without coordination."""
    return str(ULID())
