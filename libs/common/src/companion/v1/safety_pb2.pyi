import datetime

from companion.v1 import account_pb2 as _account_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class RiskLevel(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    RISK_LEVEL_UNSPECIFIED: _ClassVar[RiskLevel]
    RISK_LEVEL_NONE: _ClassVar[RiskLevel]
    RISK_LEVEL_CONCERN: _ClassVar[RiskLevel]
    RISK_LEVEL_IDEATION: _ClassVar[RiskLevel]
    RISK_LEVEL_PLAN: _ClassVar[RiskLevel]
    RISK_LEVEL_IMMINENT: _ClassVar[RiskLevel]

class ReviewVerdict(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    REVIEW_VERDICT_UNSPECIFIED: _ClassVar[ReviewVerdict]
    REVIEW_VERDICT_ALLOW: _ClassVar[ReviewVerdict]
    REVIEW_VERDICT_REPLACE: _ClassVar[ReviewVerdict]
RISK_LEVEL_UNSPECIFIED: RiskLevel
RISK_LEVEL_NONE: RiskLevel
RISK_LEVEL_CONCERN: RiskLevel
RISK_LEVEL_IDEATION: RiskLevel
RISK_LEVEL_PLAN: RiskLevel
RISK_LEVEL_IMMINENT: RiskLevel
REVIEW_VERDICT_UNSPECIFIED: ReviewVerdict
REVIEW_VERDICT_ALLOW: ReviewVerdict
REVIEW_VERDICT_REPLACE: ReviewVerdict

class AssessMessageRequest(_message.Message):
    __slots__ = ("user_id", "conversation_id", "message_id", "text", "locale", "reply_to", "user_is_minor")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    CONVERSATION_ID_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    LOCALE_FIELD_NUMBER: _ClassVar[int]
    REPLY_TO_FIELD_NUMBER: _ClassVar[int]
    USER_IS_MINOR_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    conversation_id: str
    message_id: str
    text: str
    locale: str
    reply_to: str
    user_is_minor: bool
    def __init__(self, user_id: _Optional[str] = ..., conversation_id: _Optional[str] = ..., message_id: _Optional[str] = ..., text: _Optional[str] = ..., locale: _Optional[str] = ..., reply_to: _Optional[str] = ..., user_is_minor: _Optional[bool] = ...) -> None: ...

class Assessment(_message.Message):
    __slots__ = ("message_id", "risk_level", "categories", "crisis_support_sent", "reply_guidance", "review_before_sending", "crisis_support_text", "sensitive", "goodbye_after_sensitive", "after_sensitive")
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    RISK_LEVEL_FIELD_NUMBER: _ClassVar[int]
    CATEGORIES_FIELD_NUMBER: _ClassVar[int]
    CRISIS_SUPPORT_SENT_FIELD_NUMBER: _ClassVar[int]
    REPLY_GUIDANCE_FIELD_NUMBER: _ClassVar[int]
    REVIEW_BEFORE_SENDING_FIELD_NUMBER: _ClassVar[int]
    CRISIS_SUPPORT_TEXT_FIELD_NUMBER: _ClassVar[int]
    SENSITIVE_FIELD_NUMBER: _ClassVar[int]
    GOODBYE_AFTER_SENSITIVE_FIELD_NUMBER: _ClassVar[int]
    AFTER_SENSITIVE_FIELD_NUMBER: _ClassVar[int]
    message_id: str
    risk_level: RiskLevel
    categories: _containers.RepeatedScalarFieldContainer[str]
    crisis_support_sent: bool
    reply_guidance: str
    review_before_sending: bool
    crisis_support_text: str
    sensitive: bool
    goodbye_after_sensitive: bool
    after_sensitive: bool
    def __init__(self, message_id: _Optional[str] = ..., risk_level: _Optional[_Union[RiskLevel, str]] = ..., categories: _Optional[_Iterable[str]] = ..., crisis_support_sent: _Optional[bool] = ..., reply_guidance: _Optional[str] = ..., review_before_sending: _Optional[bool] = ..., crisis_support_text: _Optional[str] = ..., sensitive: _Optional[bool] = ..., goodbye_after_sensitive: _Optional[bool] = ..., after_sensitive: _Optional[bool] = ...) -> None: ...

class ReviewReplyRequest(_message.Message):
    __slots__ = ("user_id", "conversation_id", "in_reply_to", "user_text", "reply_text", "user_is_minor")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    CONVERSATION_ID_FIELD_NUMBER: _ClassVar[int]
    IN_REPLY_TO_FIELD_NUMBER: _ClassVar[int]
    USER_TEXT_FIELD_NUMBER: _ClassVar[int]
    REPLY_TEXT_FIELD_NUMBER: _ClassVar[int]
    USER_IS_MINOR_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    conversation_id: str
    in_reply_to: str
    user_text: str
    reply_text: str
    user_is_minor: bool
    def __init__(self, user_id: _Optional[str] = ..., conversation_id: _Optional[str] = ..., in_reply_to: _Optional[str] = ..., user_text: _Optional[str] = ..., reply_text: _Optional[str] = ..., user_is_minor: _Optional[bool] = ...) -> None: ...

class ReviewReplyResponse(_message.Message):
    __slots__ = ("verdict", "reply_text", "reasons")
    VERDICT_FIELD_NUMBER: _ClassVar[int]
    REPLY_TEXT_FIELD_NUMBER: _ClassVar[int]
    REASONS_FIELD_NUMBER: _ClassVar[int]
    verdict: ReviewVerdict
    reply_text: str
    reasons: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, verdict: _Optional[_Union[ReviewVerdict, str]] = ..., reply_text: _Optional[str] = ..., reasons: _Optional[_Iterable[str]] = ...) -> None: ...

class MayContactRequest(_message.Message):
    __slots__ = ("user_id",)
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    def __init__(self, user_id: _Optional[str] = ...) -> None: ...

class MayContactResponse(_message.Message):
    __slots__ = ("allowed", "reason")
    ALLOWED_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    allowed: bool
    reason: str
    def __init__(self, allowed: _Optional[bool] = ..., reason: _Optional[str] = ...) -> None: ...

class PauseRequest(_message.Message):
    __slots__ = ("user_id", "until")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    UNTIL_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    until: _timestamp_pb2.Timestamp
    def __init__(self, user_id: _Optional[str] = ..., until: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ResumeRequest(_message.Message):
    __slots__ = ("user_id",)
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    def __init__(self, user_id: _Optional[str] = ...) -> None: ...

class SetQuietHoursRequest(_message.Message):
    __slots__ = ("user_id", "start", "end", "time_zone")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    START_FIELD_NUMBER: _ClassVar[int]
    END_FIELD_NUMBER: _ClassVar[int]
    TIME_ZONE_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    start: str
    end: str
    time_zone: str
    def __init__(self, user_id: _Optional[str] = ..., start: _Optional[str] = ..., end: _Optional[str] = ..., time_zone: _Optional[str] = ...) -> None: ...

class WellbeingSettings(_message.Message):
    __slots__ = ("paused", "paused_until", "paused_indefinitely", "quiet_start", "quiet_end", "time_zone")
    PAUSED_FIELD_NUMBER: _ClassVar[int]
    PAUSED_UNTIL_FIELD_NUMBER: _ClassVar[int]
    PAUSED_INDEFINITELY_FIELD_NUMBER: _ClassVar[int]
    QUIET_START_FIELD_NUMBER: _ClassVar[int]
    QUIET_END_FIELD_NUMBER: _ClassVar[int]
    TIME_ZONE_FIELD_NUMBER: _ClassVar[int]
    paused: bool
    paused_until: _timestamp_pb2.Timestamp
    paused_indefinitely: bool
    quiet_start: str
    quiet_end: str
    time_zone: str
    def __init__(self, paused: _Optional[bool] = ..., paused_until: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., paused_indefinitely: _Optional[bool] = ..., quiet_start: _Optional[str] = ..., quiet_end: _Optional[str] = ..., time_zone: _Optional[str] = ...) -> None: ...

class GetWellbeingRequest(_message.Message):
    __slots__ = ("user_id", "days")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    DAYS_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    days: int
    def __init__(self, user_id: _Optional[str] = ..., days: _Optional[int] = ...) -> None: ...

class WellbeingDay(_message.Message):
    __slots__ = ("day", "messages", "active_minutes", "late_night_messages", "dependency_cues")
    DAY_FIELD_NUMBER: _ClassVar[int]
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_MINUTES_FIELD_NUMBER: _ClassVar[int]
    LATE_NIGHT_MESSAGES_FIELD_NUMBER: _ClassVar[int]
    DEPENDENCY_CUES_FIELD_NUMBER: _ClassVar[int]
    day: str
    messages: int
    active_minutes: int
    late_night_messages: int
    dependency_cues: int
    def __init__(self, day: _Optional[str] = ..., messages: _Optional[int] = ..., active_minutes: _Optional[int] = ..., late_night_messages: _Optional[int] = ..., dependency_cues: _Optional[int] = ...) -> None: ...

class WellbeingSummary(_message.Message):
    __slots__ = ("settings", "days", "streak_days", "minutes_today", "last_disclosed_at", "last_nudge_at")
    SETTINGS_FIELD_NUMBER: _ClassVar[int]
    DAYS_FIELD_NUMBER: _ClassVar[int]
    STREAK_DAYS_FIELD_NUMBER: _ClassVar[int]
    MINUTES_TODAY_FIELD_NUMBER: _ClassVar[int]
    LAST_DISCLOSED_AT_FIELD_NUMBER: _ClassVar[int]
    LAST_NUDGE_AT_FIELD_NUMBER: _ClassVar[int]
    settings: WellbeingSettings
    days: _containers.RepeatedCompositeFieldContainer[WellbeingDay]
    streak_days: int
    minutes_today: int
    last_disclosed_at: _timestamp_pb2.Timestamp
    last_nudge_at: _timestamp_pb2.Timestamp
    def __init__(self, settings: _Optional[_Union[WellbeingSettings, _Mapping]] = ..., days: _Optional[_Iterable[_Union[WellbeingDay, _Mapping]]] = ..., streak_days: _Optional[int] = ..., minutes_today: _Optional[int] = ..., last_disclosed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., last_nudge_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ReferralReportRequest(_message.Message):
    __slots__ = ("year",)
    YEAR_FIELD_NUMBER: _ClassVar[int]
    year: int
    def __init__(self, year: _Optional[int] = ...) -> None: ...

class ReferralReport(_message.Message):
    __slots__ = ("year", "total", "by_region", "by_month")
    class ByRegionEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: int
        def __init__(self, key: _Optional[str] = ..., value: _Optional[int] = ...) -> None: ...
    class ByMonthEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: int
        def __init__(self, key: _Optional[str] = ..., value: _Optional[int] = ...) -> None: ...
    YEAR_FIELD_NUMBER: _ClassVar[int]
    TOTAL_FIELD_NUMBER: _ClassVar[int]
    BY_REGION_FIELD_NUMBER: _ClassVar[int]
    BY_MONTH_FIELD_NUMBER: _ClassVar[int]
    year: int
    total: int
    by_region: _containers.ScalarMap[str, int]
    by_month: _containers.ScalarMap[str, int]
    def __init__(self, year: _Optional[int] = ..., total: _Optional[int] = ..., by_region: _Optional[_Mapping[str, int]] = ..., by_month: _Optional[_Mapping[str, int]] = ...) -> None: ...

class TakeUndeliveredNoticesRequest(_message.Message):
    __slots__ = ("user_id", "limit")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    limit: int
    def __init__(self, user_id: _Optional[str] = ..., limit: _Optional[int] = ...) -> None: ...

class UndeliveredNotice(_message.Message):
    __slots__ = ("delivery_id", "conversation_id", "in_reply_to", "kind", "text", "created_at")
    DELIVERY_ID_FIELD_NUMBER: _ClassVar[int]
    CONVERSATION_ID_FIELD_NUMBER: _ClassVar[int]
    IN_REPLY_TO_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    delivery_id: str
    conversation_id: str
    in_reply_to: str
    kind: str
    text: str
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, delivery_id: _Optional[str] = ..., conversation_id: _Optional[str] = ..., in_reply_to: _Optional[str] = ..., kind: _Optional[str] = ..., text: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class TakeUndeliveredNoticesResponse(_message.Message):
    __slots__ = ("notices",)
    NOTICES_FIELD_NUMBER: _ClassVar[int]
    notices: _containers.RepeatedCompositeFieldContainer[UndeliveredNotice]
    def __init__(self, notices: _Optional[_Iterable[_Union[UndeliveredNotice, _Mapping]]] = ...) -> None: ...
