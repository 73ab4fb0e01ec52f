"""Stream entry point: every user message is remembered, off the reply path."""

from datetime import UTC

from companion.v1.events_pb2 import MessageEvent
from companion_common.streams import EventHandler, PoisonEvent
from companion_memory.domain.model import InvalidInput, Message
from companion_memory.service_layer.services import MemoryService


def make_handler(service: MemoryService) -> EventHandler:
    async def handle(event: MessageEvent) -> None:
        said_at = event.sent_at if event.HasField("sent_at") else event.received_at
        message = Message(
            user_id=event.user_id,
            conversation_id=event.conversation_id,
            message_id=event.message_id,
            text=event.text,
            said_at=said_at.ToDatetime(tzinfo=UTC),
        )
        try:
            await service.remember(message)
        except InvalidInput as error:
            raise PoisonEvent(str(error)) from error

    return handle
