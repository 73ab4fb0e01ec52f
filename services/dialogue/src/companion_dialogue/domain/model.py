"""What dialogue works with. Pure: no I/O, no frameworks, no proto types."""

from dataclasses import dataclass, field
from datetime import datetime

from companion_dialogue.domain.persona import DEFAULT_PERSONA, Persona


@dataclass(frozen=True)
class IncomingMessage:
    event_id: str
    message_id: str
    user_id: str
    conversation_id: str
    text: str
    sent_at: datetime
    time_zone: str
    locale: str
    reply_to: str
    user_is_minor: bool = False
    # Gateway clock when it accepted the message.
    received_at: datetime | None = None


@dataclass(frozen=True)
class RecalledMemory:
    text: str
    said_at: datetime
    # How likely it answers the message, 0-1 (memory's calibrated relevance; 0 from a memory service that
    # does not compute it yet).
    relevance: float = 0.0
    # Whom it is about: "user", or a person as the user calls them ("sister"); "" when unknown.
    subject: str = ""
    # "episode", "fact", "preference", ...
    kind: str = ""


@dataclass(frozen=True)
class SafetyView:
    """What safety said about the message, as dialogue needs it."""

    crisis: bool = False
    guidance: str = ""
    # No part of the reply may be shown before safety has reviewed all of it (no streaming).
    review_before_sending: bool = False
    # Crisis support that did not reach the user; the stored reply must carry it.
    crisis_support_text: str = ""
    # The message tells of risk (concern or above) or of self-harm, suicide or abuse: nothing is derived from
    # it (no plan, no check-in).
    sensitive: bool = False
    # In a crisis, whether the risk is the user's own (self-harm, suicide) rather than danger from others alone
    # (violence against them, threats over a debt), whose reply must not speak of hurting themselves.
    risk_to_self: bool = True
    # A goodbye minutes after one of the user's sensitive messages ("ok goodnight" after an abuse disclosure): the
    # reply is a gentle goodbye, never a cheerful sign-off.
    goodbye_after_sensitive: bool = False
    # Any other message minutes after a sensitive one ("ok" after "i want to die"): the reply stays gentle, no small
    # talk or cheer.
    after_sensitive: bool = False
    # The user told of someone else at risk of suicide or self-harm ("my friend told me she wants to die"): the
    # reply tells how to help them; safety has sent the crisis lines for it.
    someone_at_risk: bool = False
    # ... in danger this minute ("my roommate took a bunch of pills and won't wake up"): the reply says first to call
    # emergency services (safety sent the number).
    someone_in_danger: bool = False
    # The user's own act under way or done (imminent: "i just took all my pills", standing at the edge): the reply
    # asks first for the emergency call, before anything else.
    imminent: bool = False


@dataclass(frozen=True)
class Turn:
    turn_id: str
    role: str  # "user" | "companion"
    text: str
    at: datetime
    in_reply_to: str = ""
    conversation_id: str = ""


@dataclass(frozen=True)
class ReplyContext:
    message: IncomingMessage
    local_time: datetime
    since_last_message_s: float | None
    memories: tuple[RecalledMemory, ...] = ()
    safety: SafetyView = field(default_factory=SafetyView)
    recent_turns: tuple[Turn, ...] = ()
    persona: Persona = DEFAULT_PERSONA
    # The user messages this reply answers, oldest first: several when a burst is answered at once.
    answers: tuple[str, ...] = ()


@dataclass(frozen=True)
class ChatMessage:
    role: str  # "system" | "user" | "assistant"
    content: str


@dataclass(frozen=True)
class ChatRequest:
    """What an engine sees: the prompt as chat messages, plus the context it was built from."""

    messages: tuple[ChatMessage, ...]
    context: ReplyContext
