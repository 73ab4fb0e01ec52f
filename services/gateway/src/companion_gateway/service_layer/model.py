from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class SendMessage:
    user_id: str
    conversation_id: str
    client_message_id: str
    text: str
    sent_at: datetime | None
    time_zone: str
    locale: str
    user_is_minor: bool = False


@dataclass(frozen=True)
class AcceptedMessage:
    event_id: str
    message_id: str
    client_message_id: str
    user_id: str
    conversation_id: str
    text: str
    sent_at: datetime
    received_at: datetime
    time_zone: str
    locale: str
    reply_to: str
    user_is_minor: bool


@dataclass(frozen=True)
class Acceptance:
    message_id: str
    conversation_id: str
    duplicate: bool
