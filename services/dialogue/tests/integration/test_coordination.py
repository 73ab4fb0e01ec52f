"""The conversation lease and the check-in schedule against a real Redis."""

import asyncio

import pytest
from redis.asyncio import Redis

from companion_dialogue.adapters.coordination import LeaseBusy, RedisCoordination

pytestmark = pytest.mark.integration


async def test_one_holder_at_a_time_and_a_waiter_gets_the_lease_when_it_is_released(redis: Redis) -> None:
    first = RedisCoordination(redis, lease_ttl_ms=5_000, lease_wait_ms=2_000)
    second = RedisCoordination(redis, lease_ttl_ms=5_000, lease_wait_ms=2_000)
    order: list[str] = []

    async def hold(coordination: RedisCoordination, name: str, seconds: float) -> None:
        async with coordination.conversation_lease("c1"):
            order.append(f"{name} in")
            await asyncio.sleep(seconds)
            order.append(f"{name} out")

    await asyncio.gather(hold(first, "a", 0.3), hold(second, "b", 0.0))

    assert order in (["a in", "a out", "b in", "b out"], ["b in", "b out", "a in", "a out"])
    assert await redis.exists("companion:dialogue:{c1}:lease") == 0


async def test_a_replica_that_cannot_get_the_lease_in_time_gives_up_without_touching_it(redis: Redis) -> None:
    holder = RedisCoordination(redis, lease_ttl_ms=300, lease_wait_ms=100)
    impatient = RedisCoordination(redis, lease_ttl_ms=300, lease_wait_ms=100)
    async with holder.conversation_lease("c2"):
        with pytest.raises(LeaseBusy):
            async with impatient.conversation_lease("c2"):
                pytest.fail("two holders at once")
        await asyncio.sleep(0.5)  # longer than the TTL: renewal keeps the lease ours
        assert await redis.exists("companion:dialogue:{c2}:lease") == 1


async def test_a_due_check_in_is_claimed_by_one_replica_only(redis: Redis) -> None:
    a = RedisCoordination(redis, lease_ttl_ms=1_000, lease_wait_ms=100)
    b = RedisCoordination(redis, lease_ttl_ms=1_000, lease_wait_ms=100)
    await a.schedule("user|m1", 100.0)
    await a.schedule("user|m2", 500.0)

    assert await a.due(200.0, 10) == ["user|m1"]
    claims = await asyncio.gather(a.claim("user|m1", 200.0, 1_000.0), b.claim("user|m1", 200.0, 1_000.0))
    assert sorted(claims) == [False, True]
    assert await b.due(200.0, 10) == []  # pushed to the retry time
    assert await b.due(1_000.0, 10) == ["user|m2", "user|m1"]
