"""Bad input over gRPC gets a clear status code and stores nothing."""

from collections.abc import AsyncIterator

import grpc
import pytest
from google.protobuf.timestamp_pb2 import Timestamp

from companion.v1 import memory_pb2, memory_pb2_grpc
from companion_common.grpc_serving import GrpcServer
from companion_devtools.containers import free_port
from companion_memory.entrypoints.grpc_api import MemoryServicer
from companion_memory.service_layer.services import MemoryService

pytestmark = pytest.mark.integration


@pytest.fixture
async def stub(service: MemoryService) -> AsyncIterator[memory_pb2_grpc.MemoryStub]:
    address = f"127.0.0.1:{free_port()}"
    servicer = MemoryServicer(service)
    server = GrpcServer(address, lambda s: memory_pb2_grpc.add_MemoryServicer_to_server(servicer, s))
    await server.start()
    async with grpc.aio.insecure_channel(address) as channel:
        yield memory_pb2_grpc.MemoryStub(channel)
    await server.stop(0)


def _at(seconds: int = 1_780_000_000) -> Timestamp:
    return Timestamp(seconds=seconds)


@pytest.mark.parametrize(
    "request_",
    [
        memory_pb2.RememberRequest(user_id="g1", message_id="m1", text="", said_at=_at()),
        memory_pb2.RememberRequest(user_id="g1", message_id="m1", text="x" * 5000, said_at=_at()),
        memory_pb2.RememberRequest(user_id="", message_id="m1", text="hello", said_at=_at()),
        memory_pb2.RememberRequest(user_id="g1", message_id="m1", text="hello"),
        memory_pb2.RememberRequest(user_id="g1", message_id="m1", text="hello", said_at=_at(-99_999_999_999)),
        memory_pb2.RememberRequest(user_id="g1", message_id="m1", text="hello", said_at=_at(), time_zone="No/Where"),
    ],
)
async def test_bad_remember_requests_are_invalid_arguments(
    stub: memory_pb2_grpc.MemoryStub, request_: memory_pb2.RememberRequest
) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as raised:
        await stub.Remember(request_)
    assert raised.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    listed = await stub.ListMemories(memory_pb2.ListMemoriesRequest(user_id="g1"))
    assert list(listed.memories) == []


async def test_bad_recall_and_forget_requests(stub: memory_pb2_grpc.MemoryStub) -> None:
    for request in (
        memory_pb2.RecallRequest(user_id="g2", query="x", token_budget=-1),
        memory_pb2.RecallRequest(user_id="", query="x"),
        memory_pb2.RecallRequest(user_id="g2", query="x" * 5000),
    ):
        with pytest.raises(grpc.aio.AioRpcError) as raised:
            await stub.Recall(request)
        assert raised.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    with pytest.raises(grpc.aio.AioRpcError) as raised:
        await stub.ForgetMemory(memory_pb2.ForgetMemoryRequest(user_id="g2", memory_id="nope"))
    assert raised.value.code() == grpc.StatusCode.NOT_FOUND


async def test_remember_then_recall_and_export_over_grpc(stub: memory_pb2_grpc.MemoryStub) -> None:
    told = memory_pb2.RememberRequest(
        user_id="g3", conversation_id="c", message_id="m1", text="I adopted a cat named Miso.", said_at=_at()
    )
    ids = (await stub.Remember(told)).memory_ids
    recalled = await stub.Recall(memory_pb2.RecallRequest(user_id="g3", query="my cat", token_budget=100))
    exported = await stub.ExportMemories(memory_pb2.ExportMemoriesRequest(user_id="g3"))

    assert recalled.memories[0].source_message_ids == ["m1"]
    assert recalled.memories[0].said_at == _at()
    assert exported.count == len(ids)
    assert '"Miso' in exported.json or "Miso" in exported.json
