"""Conversation ids as clients see them and as the services store them. Pure: no I/O.

A client picks its own conversation ids ("chat-me"), and two users may pick the same one. Each user therefore
has a namespace of their own: the services see ``<client id>.<tag of the user>``, where the tag is a hash of
the user id. Dialogue, memory and safety key rows by (user_id, conversation_id) already, but dialogue's
conversation lease and burst window in Redis are keyed by conversation id alone: the scoped id keeps two users
on "chat-me" apart there too. A client id cannot contain '.', so a scoped id never equals a client id, and
the gateway turns scoped ids back into the client's id on the way out.
"""

import hashlib

_SEPARATOR = "."
_TAG_CHARS = 24  # 96 bits of SHA-256 of the user id


def user_tag(user_id: str) -> str:
    return hashlib.sha256(user_id.encode("utf-8")).hexdigest()[:_TAG_CHARS]


def scoped_conversation_id(user_id: str, conversation_id: str) -> str:
    """The id the services keep for the user's conversation ``conversation_id`` (a valid client id)."""
    return f"{conversation_id}{_SEPARATOR}{user_tag(user_id)}"


def client_conversation_id(user_id: str, stored_id: str) -> str:
    """The id the user knows for a conversation the services name ``stored_id``; ids that are not scoped to
    this user (conversations claimed before ids were scoped) are the client's own already."""
    head, separator, tag = stored_id.rpartition(_SEPARATOR)
    return head if separator and tag == user_tag(user_id) else stored_id
