"""What every gRPC interceptor here (metrics, tracing, the service token) needs of grpc's aio API.

Client side: an aio channel files each interceptor under the first kind of call it is an instance of, so one
piece of logic needs four interceptor objects, one per kind. Server side: a method handler carries one behaviour
of four kinds, and wrapping it means replacing that one.
"""

from collections.abc import Awaitable, Callable
from typing import Any

import grpc

# (continuation, client_call_details, request or request iterator) -> the call, as grpc's interceptors take them.
ClientIntercept = Callable[[Any, Any, Any], Awaitable[Any]]


# grpc ships no types (its base classes are Any to mypy).
class _UnaryUnary(grpc.aio.UnaryUnaryClientInterceptor):  # type: ignore[misc]
    def __init__(self, intercept: ClientIntercept) -> None:
        self._intercept = intercept

    async def intercept_unary_unary(self, continuation: Any, client_call_details: Any, request: Any) -> Any:
        return await self._intercept(continuation, client_call_details, request)


class _UnaryStream(grpc.aio.UnaryStreamClientInterceptor):  # type: ignore[misc]
    def __init__(self, intercept: ClientIntercept) -> None:
        self._intercept = intercept

    async def intercept_unary_stream(self, continuation: Any, client_call_details: Any, request: Any) -> Any:
        return await self._intercept(continuation, client_call_details, request)


class _StreamUnary(grpc.aio.StreamUnaryClientInterceptor):  # type: ignore[misc]
    def __init__(self, intercept: ClientIntercept) -> None:
        self._intercept = intercept

    async def intercept_stream_unary(self, continuation: Any, client_call_details: Any, request_iterator: Any) -> Any:
        return await self._intercept(continuation, client_call_details, request_iterator)


class _StreamStream(grpc.aio.StreamStreamClientInterceptor):  # type: ignore[misc]
    def __init__(self, intercept: ClientIntercept) -> None:
        self._intercept = intercept

    async def intercept_stream_stream(self, continuation: Any, client_call_details: Any, request_iterator: Any) -> Any:
        return await self._intercept(continuation, client_call_details, request_iterator)


def for_every_call_kind(intercept: ClientIntercept) -> list[Any]:
    """Interceptors for an aio channel that run ``intercept`` on every call, of each of the four kinds."""
    return [_UnaryUnary(intercept), _UnaryStream(intercept), _StreamUnary(intercept), _StreamStream(intercept)]


Wrap = Callable[[Callable[..., Any]], Callable[..., Any]]


def wrap_behaviour(handler: grpc.RpcMethodHandler, unary_response: Wrap, streaming_response: Wrap) -> Any:
    """The handler with its behaviour wrapped: by ``unary_response`` for methods that answer once (unary-unary,
    stream-unary), by ``streaming_response`` for those that stream their answer."""
    if handler.unary_unary is not None:
        return handler._replace(unary_unary=unary_response(handler.unary_unary))
    if handler.stream_unary is not None:
        return handler._replace(stream_unary=unary_response(handler.stream_unary))
    if handler.unary_stream is not None:
        return handler._replace(unary_stream=streaming_response(handler.unary_stream))
    if handler.stream_stream is not None:
        return handler._replace(stream_stream=streaming_response(handler.stream_stream))
    return handler
