"""Stream entry point: every user message gets a reply; a dead-lettered one gets a failure notice."""

from datetime import UTC

from companion.v1.events_pb2 import MessageEvent
from companion_common.erasure import ErasureStep
from companion_common.streams import DeadLetterHook, EventHandler
from companion_dialogue.domain.model import IncomingMessage
from companion_dialogue.service_layer.account import AccountService
from companion_dialogue.service_layer.services import DialogueService


def to_message(event: MessageEvent) -> IncomingMessage:
    sent_at = event.sent_at if event.HasField("sent_at") else event.received_at
    return IncomingMessage(
        event_id=event.event_id,
        message_id=event.message_id,
        user_id=event.user_id,
        conversation_id=event.conversation_id,
        text=event.text,
        sent_at=sent_at.ToDatetime(tzinfo=UTC),
        time_zone=event.time_zone,
        locale=event.locale,
        reply_to=event.reply_to,
        user_is_minor=event.user_is_minor,
        received_at=event.received_at.ToDatetime(tzinfo=UTC) if event.HasField("received_at") else None,
    )


def make_handler(service: DialogueService, account: AccountService, erasure: ErasureStep) -> EventHandler:
    async def handle(event: MessageEvent) -> None:
        if event.HasField("account_erasure"):
            await erasure.run(event, account.erase)
            return
        await service.answer(to_message(event))

    return handle


def make_dead_letter_hook(service: DialogueService) -> DeadLetterHook:
    async def on_dead_letter(event: MessageEvent, reason: str) -> None:
        if event.HasField("account_erasure"):  # no message to fail; the user sees the erasure unconfirmed
            return
        await service.notify_failure(to_message(event))

    return on_dead_letter
