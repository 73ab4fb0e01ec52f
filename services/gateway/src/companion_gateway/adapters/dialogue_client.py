"""Conversation history, from the dialogue service (gRPC)."""

from typing import Any

from companion.v1 import dialogue_pb2, dialogue_pb2_grpc
from companion_common.grpc_serving import Channels

_ROLES = {dialogue_pb2.ROLE_USER: "user", dialogue_pb2.ROLE_COMPANION: "companion"}


class GrpcDialogue:
    def __init__(self, channels: Channels, address: str, timeout_s: float) -> None:
        self._stub = dialogue_pb2_grpc.DialogueStub(channels.get(address))
        self._timeout_s = timeout_s

    async def history(self, user_id: str, conversation_id: str, limit: int, after_id: str) -> list[dict[str, Any]]:
        response = await self._stub.GetHistory(
            dialogue_pb2.GetHistoryRequest(
                user_id=user_id, conversation_id=conversation_id, limit=limit, after_id=after_id
            ),
            timeout=self._timeout_s,
        )
        return [_turn(turn) for turn in response.turns]

    async def take_undelivered(self, user_id: str, limit: int = 100) -> list[dict[str, Any]]:
        response = await self._stub.TakeUndelivered(
            dialogue_pb2.TakeUndeliveredRequest(user_id=user_id, limit=limit), timeout=self._timeout_s
        )
        return [{**_turn(turn), "conversation_id": turn.conversation_id} for turn in response.turns]

    async def set_persona(self, user_id: str, conversation_id: str, card_json: str) -> str:
        response = await self._stub.SetPersona(
            dialogue_pb2.SetPersonaRequest(user_id=user_id, conversation_id=conversation_id, card_json=card_json),
            timeout=self._timeout_s,
        )
        return str(response.card_json)

    async def get_persona(self, user_id: str, conversation_id: str, spec: str) -> tuple[str, bool]:
        response = await self._stub.GetPersona(
            dialogue_pb2.GetPersonaRequest(user_id=user_id, conversation_id=conversation_id, spec=spec),
            timeout=self._timeout_s,
        )
        return str(response.card_json), bool(response.custom)


def _turn(turn: dialogue_pb2.Turn) -> dict[str, Any]:
    return {
        "id": turn.turn_id,
        "role": _ROLES.get(turn.role, "unknown"),
        "text": turn.text,
        "at": turn.at.ToDatetime().isoformat() + "Z",
        "in_reply_to": turn.in_reply_to or None,
    }
