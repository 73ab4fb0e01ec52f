"""Stream entry point: every user message is remembered, off the reply path."""

from datetime import UTC

from companion.v1.events_pb2 import MessageEvent
from companion_common.streams import EventHandler, PoisonEvent
from companion_memory.domain.model import Message
from companion_memory.domain.time_expressions import is_known_zone
from companion_memory.service_layer.services import MemoryService


def make_handler(service: MemoryService) -> EventHandler:
    async def handle(event: MessageEvent) -> None:
        said_at = event.sent_at if event.HasField("sent_at") else event.received_at
        try:
            message = Message(
                user_id=event.user_id,
                conversation_id=event.conversation_id,
                message_id=event.message_id,
                text=event.text,
                said_at=said_at.ToDatetime(tzinfo=UTC),
                # The gateway checks zones; an odd one must not cost the memory, so it is read as UTC.
                time_zone=event.time_zone if is_known_zone(event.time_zone) else "",
            )
            await service.remember(message)
        except (ValueError, OverflowError) as error:  # InvalidInput, or a timestamp out of range
            raise PoisonEvent(str(error)) from error

    return handle
