from dataclasses import dataclass
from datetime import date, datetime, time

from companion_safety.domain.risk import ABUSE, SELF_HARM, RiskAssessment, RiskLevel
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


# Categories that make a message sensitive whatever its level (suicide is reported as self_harm).
SENSITIVE_CATEGORIES = frozenset({SELF_HARM, ABUSE})


def is_sensitive(risk: RiskAssessment) -> bool:
    """Whether a message tells of risk to the user or of self-harm, suicide or abuse (``Assessment.sensitive``).

    Use it wherever something could be derived from a message: nothing is (no fact, plan, dated event or
    check-in), what memory keeps of it is flagged, and while any of a user's recent messages was sensitive
    nothing proactive is sent (``MayContact`` reason "at_risk"). True at concern or above, or when a rule found
    self_harm or abuse (an abuse disclosure needs care whatever level it was given). A self_harm or abuse
    category that only the classifier saw, below the score at which it raises the level, does not count: the
    detector records those for the audit trail only (risk.CONFIDENT_CATEGORY_SCORE), and counted they made
    60 of LoCoMo's 2,080 everyday turns sensitive ("What kind of books you got in your library?"), each one
    costing the user their facts, their check-ins and three days of "at_risk".
    """
    if risk.level >= RiskLevel.CONCERN:
        return True
    found = SENSITIVE_CATEGORIES.intersection(risk.categories)
    return any(rule.startswith(f"{category}.") for rule in risk.matched_rules for category in found)


@dataclass(frozen=True)
class StoredAssessment:
    message_id: str
    risk: RiskAssessment
    crisis_support_sent: bool

    @property
    def sensitive(self) -> bool:
        return is_sensitive(self.risk)


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


@dataclass(frozen=True)
class AfterSensitive:
    """A message below the crisis level, within CONTEXT_WINDOW of one of the user's sensitive messages: a goodbye
    then gets a gentle goodbye, and any other message not sensitive itself a gentle reply ("ok" minutes after "i
    want to die" is no moment for "That's interesting! What happened next?")."""

    goodbye: bool = False
    other: bool = False
