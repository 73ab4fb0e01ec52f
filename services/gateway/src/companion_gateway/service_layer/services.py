"""Use cases of the gateway: accept a message, read history, push what the services deliver."""

from datetime import UTC, datetime
from typing import Any, Protocol

import structlog

from companion_common.ids import new_id
from companion_gateway.domain import messages
from companion_gateway.domain.conversations import scoped_conversation_id
from companion_gateway.service_layer.model import Acceptance, AcceptedMessage, SendMessage

log = structlog.stdlib.get_logger(__name__)


class Unavailable(Exception):
    """A dependency (Redis, the stream, dialogue) cannot be reached; the client may retry."""


class State(Protocol):
    async def legacy_owner_of(self, conversation_id: str) -> str | None: ...
    async def accept_client_message(self, user_id: str, client_message_id: str, message_id: str) -> str | None: ...
    async def forget_client_message(self, user_id: str, client_message_id: str) -> None: ...


class Publisher(Protocol):
    async def publish(self, message: AcceptedMessage) -> None: ...


class History(Protocol):
    async def history(self, user_id: str, conversation_id: str, limit: int, after_id: str) -> list[dict[str, Any]]: ...


class ErasureGuard(Protocol):
    async def check_not_erasing(self, user_id: str) -> None: ...


class GatewayService:
    def __init__(
        self,
        state: State,
        publisher: Publisher,
        dialogue: History,
        *,
        reply_to: str,
        max_chars: int,
        erasures: ErasureGuard | None = None,
    ) -> None:
        self._erasures = erasures
        self._state = state
        self._publisher = publisher
        self._dialogue = dialogue
        self._reply_to = reply_to
        self._max_chars = max_chars

    async def send_message(self, command: SendMessage) -> Acceptance:
        """Accepts a message once per client message id and publishes it; raises Rejected on bad input."""
        messages.check_conversation_id(command.conversation_id)
        messages.check_text(command.text, self._max_chars)
        messages.check_time_zone(command.time_zone)
        if self._erasures is not None:  # an account being erased takes no new message (AccountErasing: a Rejected)
            try:
                await self._erasures.check_not_erasing(command.user_id)
            except messages.Rejected:
                raise
            except Exception as error:
                raise Unavailable("state store unavailable") from error
        conversation_id = await self.conversation_for(command.user_id, command.conversation_id)
        try:
            message_id = new_id()
            first = await self._state.accept_client_message(command.user_id, command.client_message_id, message_id)
        except Exception as error:
            raise Unavailable("state store unavailable") from error
        if first is not None:
            return Acceptance(first, command.conversation_id, duplicate=True)
        received_at = datetime.now(UTC)
        accepted = AcceptedMessage(
            event_id=new_id(),
            message_id=message_id,
            client_message_id=command.client_message_id,
            user_id=command.user_id,
            conversation_id=conversation_id,
            text=command.text,
            sent_at=command.sent_at or received_at,
            received_at=received_at,
            time_zone=command.time_zone,
            locale=command.locale,
            reply_to=self._reply_to,
            user_is_minor=command.user_is_minor,
        )
        try:
            await self._publisher.publish(accepted)
        except Exception as error:
            log.error("publish_failed", error_type=type(error).__name__, error=str(error)[:200])
            await self._forget_quietly(command)
            raise Unavailable("message stream unavailable") from error
        log.info(
            "message_accepted",
            message_id=message_id,
            event_id=accepted.event_id,
            conversation_id=conversation_id,
            text_chars=len(command.text),
        )
        return Acceptance(message_id, command.conversation_id, duplicate=False)

    async def _forget_quietly(self, command: SendMessage) -> None:
        try:
            await self._state.forget_client_message(command.user_id, command.client_message_id)
        except Exception:  # noqa: BLE001 - the key expires on its own
            log.warning("idempotency_key_left_behind")

    async def conversation_for(self, user_id: str, conversation_id: str) -> str:
        """The id the services keep for the user's conversation ``conversation_id`` (checked here): the user's
        own namespace, so no other user can reach or block it. A conversation the user claimed before ids were
        scoped keeps its id (its owner key is read, never written any more)."""
        messages.check_conversation_id(conversation_id)
        try:
            legacy_owner = await self._state.legacy_owner_of(conversation_id)
        except Exception as error:
            raise Unavailable("state store unavailable") from error
        return conversation_id if legacy_owner == user_id else scoped_conversation_id(user_id, conversation_id)

    async def history(self, user_id: str, conversation_id: str, limit: int, after_id: str) -> list[dict[str, Any]]:
        """The user's conversation, oldest first; empty for a conversation without messages yet."""
        stored_id = await self.conversation_for(user_id, conversation_id)
        try:
            return await self._dialogue.history(user_id, stored_id, limit, after_id)
        except Exception as error:
            raise Unavailable("history unavailable") from error
