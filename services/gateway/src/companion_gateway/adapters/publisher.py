"""Publishes accepted messages to the Redis stream as MessageEvents (FastStream)."""

from datetime import datetime

from google.protobuf.timestamp_pb2 import Timestamp

from companion.v1.account_pb2 import AccountErasure
from companion.v1.events_pb2 import MessageEvent
from companion_common.settings import StreamSettings
from companion_common.streams import create_broker, publish_event
from companion_gateway.service_layer.model import AcceptedMessage


def _timestamp(value) -> Timestamp:  # type: ignore[no-untyped-def]
    stamp = Timestamp()
    stamp.FromDatetime(value)
    return stamp


class StreamPublisher:
    def __init__(self, streams: StreamSettings) -> None:
        self._streams = streams
        self._broker = create_broker(streams)

    async def connect(self) -> None:
        await self._broker.connect()

    async def close(self) -> None:
        await self._broker.stop()

    async def publish_erasure(self, user_id: str, erasure_id: str, event_id: str, requested_at: datetime) -> None:
        """The account event on the user's partition, behind their earlier messages (see events.proto)."""
        erasure = AccountErasure(erasure_id=erasure_id, requested_at=_timestamp(requested_at))
        await publish_event(
            self._broker, self._streams, MessageEvent(event_id=event_id, user_id=user_id, account_erasure=erasure)
        )

    async def publish(self, message: AcceptedMessage) -> None:
        event = MessageEvent(
            event_id=message.event_id,
            message_id=message.message_id,
            client_message_id=message.client_message_id,
            user_id=message.user_id,
            conversation_id=message.conversation_id,
            text=message.text,
            sent_at=_timestamp(message.sent_at),
            received_at=_timestamp(message.received_at),
            time_zone=message.time_zone,
            locale=message.locale,
            reply_to=message.reply_to,
            user_is_minor=message.user_is_minor,
        )
        await publish_event(self._broker, self._streams, event)
