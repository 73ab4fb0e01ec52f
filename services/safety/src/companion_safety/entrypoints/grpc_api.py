"""gRPC entry point: translates between protobuf and the service layer."""

import grpc

from companion.v1 import safety_pb2, safety_pb2_grpc
from companion_safety.service_layer.model import MessageToAssess
from companion_safety.service_layer.services import InvalidInput, SafetyService, reply_guidance


class SafetyServicer(safety_pb2_grpc.SafetyServicer):
    def __init__(self, service: SafetyService) -> None:
        self._service = service

    async def AssessMessage(  # noqa: N802 - gRPC method name
        self, request: safety_pb2.AssessMessageRequest, context: grpc.aio.ServicerContext
    ) -> safety_pb2.Assessment:
        message = MessageToAssess(
            user_id=request.user_id,
            conversation_id=request.conversation_id,
            message_id=request.message_id,
            text=request.text,
            locale=request.locale,
            reply_to=request.reply_to,
            user_is_minor=request.user_is_minor,
        )
        try:
            stored = await self._service.assess_message(message)
        except InvalidInput as error:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(error))
        return safety_pb2.Assessment(
            message_id=stored.message_id,
            risk_level=f"RISK_LEVEL_{stored.risk.level.name}",
            categories=list(stored.risk.categories),
            crisis_support_sent=stored.crisis_support_sent,
            reply_guidance=reply_guidance(stored, request.locale),
        )

    async def ReviewReply(  # noqa: N802 - gRPC method name
        self, request: safety_pb2.ReviewReplyRequest, context: grpc.aio.ServicerContext
    ) -> safety_pb2.ReviewReplyResponse:
        result = self._service.review_reply(request.reply_text)
        verdict = safety_pb2.REVIEW_VERDICT_ALLOW if result.allowed else safety_pb2.REVIEW_VERDICT_REPLACE
        return safety_pb2.ReviewReplyResponse(verdict=verdict, reply_text=result.text, reasons=list(result.reasons))
