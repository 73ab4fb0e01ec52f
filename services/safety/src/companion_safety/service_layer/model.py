from dataclasses import dataclass
from datetime import date, datetime, time

from companion_safety.domain.risk import RiskAssessment
from companion_safety.domain.wellbeing import ActivityDay


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


@dataclass(frozen=True)
class MessageObserved:
    """A user message as the stream delivers it: what wellbeing needs beyond the assessment."""

    user_id: str
    conversation_id: str
    message_id: str
    text: str
    sent_at: datetime
    time_zone: str
    locale: str
    reply_to: str
    user_is_minor: bool
    crisis: bool = False
    minor_signal: bool = False


@dataclass
class UserState:
    """Per-user wellbeing state, shared by all replicas through the store."""

    paused_until: datetime | None = None
    paused_indefinitely: bool = False
    quiet_start: time | None = None
    quiet_end: time | None = None
    time_zone: str = "UTC"
    pending_pause_until: datetime | None = None
    pending_pause_indefinite: bool = False
    pending_pause_expires: datetime | None = None
    last_disclosed_at: datetime | None = None
    last_nudge_at: datetime | None = None
    last_activity_at: datetime | None = None
    minor_signal_seen: bool = False


@dataclass(frozen=True)
class WellbeingSummary:
    state: UserState
    days: list[tuple[date, ActivityDay]]
    streak_days: int
    minutes_today: int


@dataclass(frozen=True)
class ReferralReport:
    year: int
    total: int
    by_region: dict[str, int]
    by_month: dict[str, int]
