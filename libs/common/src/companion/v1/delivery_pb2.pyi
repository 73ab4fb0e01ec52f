import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class OutboundKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    OUTBOUND_KIND_UNSPECIFIED: _ClassVar[OutboundKind]
    OUTBOUND_KIND_REPLY: _ClassVar[OutboundKind]
    OUTBOUND_KIND_CRISIS_SUPPORT: _ClassVar[OutboundKind]
    OUTBOUND_KIND_NOTICE: _ClassVar[OutboundKind]
    OUTBOUND_KIND_FAILURE: _ClassVar[OutboundKind]
    OUTBOUND_KIND_CHECK_IN: _ClassVar[OutboundKind]
OUTBOUND_KIND_UNSPECIFIED: OutboundKind
OUTBOUND_KIND_REPLY: OutboundKind
OUTBOUND_KIND_CRISIS_SUPPORT: OutboundKind
OUTBOUND_KIND_NOTICE: OutboundKind
OUTBOUND_KIND_FAILURE: OutboundKind
OUTBOUND_KIND_CHECK_IN: OutboundKind

class Outbound(_message.Message):
    __slots__ = ("delivery_id", "user_id", "conversation_id", "in_reply_to", "kind", "text", "created_at", "source", "answers")
    DELIVERY_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    CONVERSATION_ID_FIELD_NUMBER: _ClassVar[int]
    IN_REPLY_TO_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    ANSWERS_FIELD_NUMBER: _ClassVar[int]
    delivery_id: str
    user_id: str
    conversation_id: str
    in_reply_to: str
    kind: OutboundKind
    text: str
    created_at: _timestamp_pb2.Timestamp
    source: str
    answers: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, delivery_id: _Optional[str] = ..., user_id: _Optional[str] = ..., conversation_id: _Optional[str] = ..., in_reply_to: _Optional[str] = ..., kind: _Optional[_Union[OutboundKind, str]] = ..., text: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., source: _Optional[str] = ..., answers: _Optional[_Iterable[str]] = ...) -> None: ...

class DeliverRequest(_message.Message):
    __slots__ = ("outbound",)
    OUTBOUND_FIELD_NUMBER: _ClassVar[int]
    outbound: Outbound
    def __init__(self, outbound: _Optional[_Union[Outbound, _Mapping]] = ...) -> None: ...

class DeliverResponse(_message.Message):
    __slots__ = ("connections",)
    CONNECTIONS_FIELD_NUMBER: _ClassVar[int]
    connections: int
    def __init__(self, connections: _Optional[int] = ...) -> None: ...

class ReplyFrame(_message.Message):
    __slots__ = ("header", "seq", "delta", "final", "text")
    HEADER_FIELD_NUMBER: _ClassVar[int]
    SEQ_FIELD_NUMBER: _ClassVar[int]
    DELTA_FIELD_NUMBER: _ClassVar[int]
    FINAL_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    header: Outbound
    seq: int
    delta: str
    final: bool
    text: str
    def __init__(self, header: _Optional[_Union[Outbound, _Mapping]] = ..., seq: _Optional[int] = ..., delta: _Optional[str] = ..., final: _Optional[bool] = ..., text: _Optional[str] = ...) -> None: ...
