"""Stream entry point: every user message is remembered, off the reply path."""

import asyncio
import time
from datetime import UTC

from companion.v1.events_pb2 import MessageEvent
from companion_common.erasure import ErasureStep
from companion_common.streams import EventHandler, PoisonEvent
from companion_memory.domain.model import Message
from companion_memory.domain.time_expressions import is_known_zone
from companion_memory.service_layer.services import MemoryService


def make_handler(service: MemoryService, settle_ms: int = 0, erasure: ErasureStep | None = None) -> EventHandler:
    """``settle_ms``: a message is remembered once it is this old. Its reply is being prepared at the same moment
    (recall, safety, the prompt), and on a small machine extraction and embedding would take CPU from it; an older
    message (a backlog) is remembered at once."""

    async def handle(event: MessageEvent) -> None:
        if event.HasField("account_erasure"):  # the user's memories and ingestion records, in one transaction
            if erasure is None:
                raise PoisonEvent("this consumer cannot erase accounts")
            await erasure.run(event, service.forget_all)
            return
        if settle_ms > 0 and event.HasField("received_at"):
            age_s = time.time() - event.received_at.ToDatetime(tzinfo=UTC).timestamp()
            await asyncio.sleep(max(0.0, settle_ms / 1000 - age_s))
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
                locale=event.locale,
                reply_to=event.reply_to,
                user_is_minor=event.user_is_minor,
            )
            await service.remember(message)
        except (ValueError, OverflowError) as error:  # InvalidInput, or a timestamp out of range
            raise PoisonEvent(str(error)) from error

    return handle
