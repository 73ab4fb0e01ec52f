from dataclasses import dataclass

from companion_safety.domain.risk import RiskAssessment


@dataclass(frozen=True)
class MessageToAssess:
    user_id: str
    conversation_id: str
    message_id: str
    text: str
    locale: str
    reply_to: str
    user_is_minor: bool = False


@dataclass(frozen=True)
class StoredAssessment:
    message_id: str
    risk: RiskAssessment
    crisis_support_sent: bool
