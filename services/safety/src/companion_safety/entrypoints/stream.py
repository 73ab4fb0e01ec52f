"""Stream entry point: every user message is assessed as soon as it arrives, without waiting for dialogue."""

from companion.v1.events_pb2 import MessageEvent
from companion_common.streams import EventHandler, PoisonEvent
from companion_safety.service_layer.model import MessageToAssess
from companion_safety.service_layer.services import InvalidInput, SafetyService


def make_handler(service: SafetyService) -> EventHandler:
    async def handle(event: MessageEvent) -> None:
        message = MessageToAssess(
            user_id=event.user_id,
            conversation_id=event.conversation_id,
            message_id=event.message_id,
            text=event.text,
            locale=event.locale,
            reply_to=event.reply_to,
            user_is_minor=event.user_is_minor,
        )
        try:
            await service.assess_message(message)
        except InvalidInput as error:
            raise PoisonEvent(str(error)) from error

    return handle
