"""Sensitive messages and relevance against a real PostgreSQL + pgvector: the flag's round trip (store, list,
export, gRPC), Recall's filtering, and migration 0004 on a database that already holds memories."""

import json
import shutil
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

import grpc
import pytest
from google.protobuf.timestamp_pb2 import Timestamp
from psycopg import AsyncConnection

from companion.v1 import memory_pb2, memory_pb2_grpc
from companion_common.grpc_serving import GrpcServer
from companion_common.postgres import apply_migrations
from companion_devtools.containers import free_port
from companion_memory.bootstrap import migrate
from companion_memory.domain.model import EPISODE, Message
from companion_memory.entrypoints.grpc_api import MemoryServicer
from companion_memory.service_layer.services import MemoryService

pytestmark = pytest.mark.integration

T0 = datetime(2026, 11, 29, 21, 0, tzinfo=UTC)


def _user() -> str:
    return f"s-{uuid.uuid4().hex[:8]}"


def _message(user: str, text: str, at: datetime = T0) -> Message:
    return Message(user, "c1", f"m-{uuid.uuid4().hex[:10]}", text, at, "UTC", "en-US", "127.0.0.1:1", False)


async def test_a_sensitive_message_is_kept_only_as_a_flagged_episode(service: MemoryService) -> None:
    user = _user()
    await service.remember(_message(user, "I want to kill myself. I have a plan for Saturday."))

    [kept] = await service.export(user)
    listed = (await service.list_memories(user, 50, "")).memories
    assert (kept.kind, kept.sensitive, kept.valid_from) == (EPISODE, True, None)
    assert [(m.memory_id, m.sensitive) for m in listed] == [(kept.memory_id, True)]


async def test_safety_down_keeps_only_the_episode_flagged_and_nothing_twice(
    service: MemoryService, safety: Any
) -> None:
    user = _user()
    safety.down = True
    message = _message(user, "My sister Maya moved to Porto last week.")
    await service.remember(message)
    safety.down = False
    assert await service.remember(message) == []  # a re-delivery once safety is back changes nothing

    [kept] = await service.export(user)
    assert (kept.kind, kept.sensitive) == (EPISODE, True)


async def test_recall_leaves_sensitive_memories_out_unless_asked(service: MemoryService, safety: Any) -> None:
    user = _user()
    await service.remember(_message(user, "I want to hurt myself with my dog's leash."))
    await service.remember(_message(user, "My dog's name is Rex.", T0 + timedelta(minutes=1)))

    plain = await service.recall(user, "my dog", limit=10, token_budget=0)
    asked = await service.recall(user, "my dog", limit=10, token_budget=0, include_sensitive=True)

    assert plain
    assert not any(m.sensitive for m in plain)
    assert not any("hurt" in m.text for m in plain)
    assert any(m.sensitive and "hurt" in m.text for m in asked)


async def test_the_same_words_said_harmlessly_and_sensitively_stay_two_memories(
    service: MemoryService, safety: Any
) -> None:
    user = _user()
    text = "I can't do this anymore"
    await service.remember(_message(user, text))
    safety.down = True  # the second time, it cannot be assessed: the flag must not be lost in a merge
    await service.remember(_message(user, text, T0 + timedelta(hours=1)))

    flags = sorted((m.sensitive, m.strength) for m in await service.export(user))
    assert flags == [(False, 1), (True, 1)]
    assert [m.sensitive for m in await service.recall(user, text, limit=10, token_budget=0)] == [False]


async def test_relevance_is_a_probability_and_min_relevance_filters(service: MemoryService) -> None:
    user = _user()
    await service.remember(_message(user, "My dog's name is Rex."))
    await service.remember(_message(user, "The quarterly tax forms are due in April.", T0 + timedelta(minutes=1)))

    everything = await service.recall(user, "my dog's name is Rex", limit=10, token_budget=0)
    assert everything
    assert all(0.0 <= m.relevance <= 1.0 for m in everything)
    best = max(m.relevance for m in everything)
    assert "Rex" in everything[0].text
    assert everything[0].relevance == best

    kept = await service.recall(user, "my dog's name is Rex", limit=10, token_budget=0, min_relevance=best)
    assert [m.memory_id for m in kept] == [everything[0].memory_id]
    assert await service.recall(user, "my dog's name is Rex", limit=10, token_budget=0, min_relevance=1.0) == []


@pytest.fixture
async def stub(service: MemoryService) -> AsyncIterator[memory_pb2_grpc.MemoryStub]:
    address = f"127.0.0.1:{free_port()}"
    servicer = MemoryServicer(service)
    server = GrpcServer(address, lambda s: memory_pb2_grpc.add_MemoryServicer_to_server(servicer, s))
    await server.start()
    async with grpc.aio.insecure_channel(address) as channel:
        yield memory_pb2_grpc.MemoryStub(channel)
    await server.stop(0)


async def test_the_flag_and_relevance_travel_over_grpc(stub: memory_pb2_grpc.MemoryStub, safety: Any) -> None:
    user = _user()
    said_at = Timestamp(seconds=1_780_000_000)
    told = memory_pb2.RememberRequest(
        user_id=user,
        conversation_id="c",
        message_id="m1",
        text="I want to kill myself",
        said_at=said_at,
        locale="en-GB",
        reply_to="127.0.0.1:7",
        user_is_minor=True,
    )
    await stub.Remember(told)
    listed = await stub.ListMemories(memory_pb2.ListMemoriesRequest(user_id=user))
    exported = json.loads((await stub.ExportMemories(memory_pb2.ExportMemoriesRequest(user_id=user))).json)
    hidden = await stub.Recall(memory_pb2.RecallRequest(user_id=user, query="kill myself"))
    shown = await stub.Recall(memory_pb2.RecallRequest(user_id=user, query="kill myself", include_sensitive=True))

    asked = safety.asked[-1]
    assert (asked.locale, asked.reply_to, asked.user_is_minor) == ("en-GB", "127.0.0.1:7", True)
    assert [m.sensitive for m in listed.memories] == [True]
    assert [m["sensitive"] for m in exported["memories"]] == [True]
    assert list(hidden.memories) == []
    assert [m.sensitive for m in shown.memories] == [True]
    assert 0.0 < shown.memories[0].relevance <= 1.0


def _migrations_before_0004(into: Path) -> Path:
    with as_file(files("companion_memory.adapters") / "migrations") as source:
        for sql in sorted(Path(source).glob("000[1-3]_*.sql")):
            shutil.copy(sql, into / sql.name)
    return into


async def test_migration_0004_flags_existing_memories_as_not_sensitive(database_url: str, tmp_path: Path) -> None:
    """A database migrated before 0004, holding a memory, gets the column with false for what it holds."""
    database = f"mig_{uuid.uuid4().hex[:8]}"
    async with await AsyncConnection.connect(database_url, autocommit=True) as admin:
        await admin.execute(f"CREATE DATABASE {database}")  # a generated name, not input
    url = database_url.rsplit("/", 1)[0] + f"/{database}"
    await apply_migrations(url, _migrations_before_0004(tmp_path), service="memory")
    async with await AsyncConnection.connect(url, autocommit=True) as conn:
        await conn.execute(
            "INSERT INTO memories (user_id, memory_id, kind, text, said_at, source_message_ids, content_hash) "
            "VALUES ('u', 'old', 'episode', 'I love hiking', now(), ARRAY['m1'], 'h')"
        )
    await migrate(url)
    async with await AsyncConnection.connect(url) as conn:
        cursor = await conn.execute("SELECT sensitive FROM memories WHERE memory_id = 'old'")
        assert await cursor.fetchall() == [(False,)]
