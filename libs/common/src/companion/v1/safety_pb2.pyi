from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable
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
    __slots__ = ("message_id", "risk_level", "categories", "crisis_support_sent", "reply_guidance")
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    RISK_LEVEL_FIELD_NUMBER: _ClassVar[int]
    CATEGORIES_FIELD_NUMBER: _ClassVar[int]
    CRISIS_SUPPORT_SENT_FIELD_NUMBER: _ClassVar[int]
    REPLY_GUIDANCE_FIELD_NUMBER: _ClassVar[int]
    message_id: str
    risk_level: RiskLevel
    categories: _containers.RepeatedScalarFieldContainer[str]
    crisis_support_sent: bool
    reply_guidance: str
    def __init__(self, message_id: _Optional[str] = ..., risk_level: _Optional[_Union[RiskLevel, str]] = ..., categories: _Optional[_Iterable[str]] = ..., crisis_support_sent: _Optional[bool] = ..., reply_guidance: _Optional[str] = ...) -> None: ...

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
