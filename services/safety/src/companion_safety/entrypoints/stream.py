"""Stream entry point: every user message is assessed as soon as it arrives, without waiting for dialogue,
then counted for wellbeing (AI notices, pause requests in words, nudges)."""

from datetime import UTC, datetime

from companion.v1.events_pb2 import MessageEvent
from companion_common.erasure import ErasureStep
from companion_common.streams import EventHandler, PoisonEvent
from companion_safety.service_layer.account import AccountService
from companion_safety.service_layer.model import MessageObserved, MessageToAssess
from companion_safety.service_layer.services import InvalidInput, SafetyService
from companion_safety.service_layer.wellbeing import WellbeingService


def make_handler(
    service: SafetyService,
    wellbeing: WellbeingService,
    account: AccountService | None = None,
    erasure: ErasureStep | None = None,
) -> EventHandler:
    async def handle(event: MessageEvent) -> None:
        if event.HasField("account_erasure"):
            if account is None or erasure is None:
                raise PoisonEvent("this consumer cannot erase accounts")
            await erasure.run(event, account.erase)
            return
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
            stored = await service.assess_message(message)
        except InvalidInput as error:
            raise PoisonEvent(str(error)) from error
        stamp = event.sent_at if event.HasField("sent_at") else event.received_at
        sent_at = stamp.ToDatetime(tzinfo=UTC) if stamp.seconds else datetime.now(UTC)
        await wellbeing.observe(
            MessageObserved(
                user_id=event.user_id,
                conversation_id=event.conversation_id,
                message_id=event.message_id,
                text=event.text,
                sent_at=sent_at,
                time_zone=event.time_zone,
                locale=event.locale,
                reply_to=event.reply_to,
                user_is_minor=event.user_is_minor,
                crisis=stored.risk.is_crisis,
                minor_signal=stored.risk.minor_signal,
            )
        )

    return handle
