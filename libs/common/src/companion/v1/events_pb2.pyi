import datetime

from companion.v1 import account_pb2 as _account_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class MessageEvent(_message.Message):
    __slots__ = ("event_id", "message_id", "client_message_id", "user_id", "conversation_id", "text", "sent_at", "received_at", "time_zone", "locale", "reply_to", "user_is_minor", "account_erasure")
    EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    CONVERSATION_ID_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    SENT_AT_FIELD_NUMBER: _ClassVar[int]
    RECEIVED_AT_FIELD_NUMBER: _ClassVar[int]
    TIME_ZONE_FIELD_NUMBER: _ClassVar[int]
    LOCALE_FIELD_NUMBER: _ClassVar[int]
    REPLY_TO_FIELD_NUMBER: _ClassVar[int]
    USER_IS_MINOR_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_ERASURE_FIELD_NUMBER: _ClassVar[int]
    event_id: str
    message_id: str
    client_message_id: str
    user_id: str
    conversation_id: str
    text: str
    sent_at: _timestamp_pb2.Timestamp
    received_at: _timestamp_pb2.Timestamp
    time_zone: str
    locale: str
    reply_to: str
    user_is_minor: bool
    account_erasure: _account_pb2.AccountErasure
    def __init__(self, event_id: _Optional[str] = ..., message_id: _Optional[str] = ..., client_message_id: _Optional[str] = ..., user_id: _Optional[str] = ..., conversation_id: _Optional[str] = ..., text: _Optional[str] = ..., sent_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., received_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., time_zone: _Optional[str] = ..., locale: _Optional[str] = ..., reply_to: _Optional[str] = ..., user_is_minor: _Optional[bool] = ..., account_erasure: _Optional[_Union[_account_pb2.AccountErasure, _Mapping]] = ...) -> None: ...
