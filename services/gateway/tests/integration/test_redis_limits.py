"""The token buckets and the WebSocket cap against a real Redis, and against a Redis Cluster (each script
touches one key, so it runs wherever that key's slot lives)."""

import asyncio
from collections.abc import AsyncIterator, Iterator

import pytest
from redis.asyncio import Redis, RedisCluster

from companion_devtools.containers import start_redis_cluster
from companion_gateway.adapters.limits import RedisLimits
from companion_gateway.domain.limits import Bucket

pytestmark = pytest.mark.integration


async def test_a_bucket_lets_a_burst_through_then_says_how_long_to_wait(redis: Redis) -> None:
    limits = RedisLimits(redis)
    bucket = Bucket(per_s=2, burst=5)

    waits = [await limits.take_user("alice", bucket) for _ in range(7)]

    assert waits[:5] == [0.0] * 5
    assert 0.3 < waits[5] <= 0.5  # one token every 0.5 s
    assert await limits.take_user("bob", bucket) == 0.0  # buckets are per user
    assert await limits.take_address("alice", bucket) == 0.0  # and per kind
    await asyncio.sleep(0.55)
    assert await limits.take_user("alice", bucket) == 0.0  # refilled
    assert 0 < await redis.pttl("companion:ratelimit:user:{alice}") <= 3500  # gone once it would be full


async def test_the_socket_cap_counts_across_replicas_and_forgets_dead_replicas(redis: Redis) -> None:
    replica_a, replica_b = RedisLimits(redis), RedisLimits(redis)

    assert await replica_a.open_socket("alice", "a1", cap=2, lease_s=0.5)
    assert await replica_b.open_socket("alice", "b1", cap=2, lease_s=0.5)
    assert not await replica_b.open_socket("alice", "b2", cap=2, lease_s=0.5)
    assert await replica_b.open_socket("bob", "b3", cap=2, lease_s=0.5)

    await replica_b.close_socket("alice", "b1")
    assert await replica_b.open_socket("alice", "b2", cap=2, lease_s=0.5)

    # Replica a dies: its socket stops counting when its lease ends; b keeps renewing its own.
    for _ in range(3):
        await asyncio.sleep(0.25)
        await replica_b.renew_sockets("alice", ["b2"], lease_s=0.5)
    assert await replica_b.open_socket("alice", "b4", cap=2, lease_s=0.5)
    assert not await replica_b.open_socket("alice", "b5", cap=2, lease_s=0.5)


@pytest.fixture(scope="module")
def cluster_url() -> Iterator[str]:
    cluster = start_redis_cluster()
    try:
        yield cluster.url
    finally:
        cluster.stop()


@pytest.fixture
async def cluster(cluster_url: str) -> AsyncIterator[RedisCluster]:
    client = RedisCluster.from_url(cluster_url)
    yield client
    await client.aclose()


async def test_the_limits_work_on_a_redis_cluster(cluster: RedisCluster) -> None:
    limits = RedisLimits(cluster)
    bucket = Bucket(per_s=1, burst=2)
    users = [f"user-{i}" for i in range(12)]  # spread over the three masters' slots

    for user in users:
        assert [await limits.take_user(user, bucket) for _ in range(3)][:2] == [0.0, 0.0]
        assert await limits.take_address(f"10.0.0.{len(user)}", bucket) >= 0
        assert await limits.open_socket(user, "s1", cap=1, lease_s=5)
        assert not await limits.open_socket(user, "s2", cap=1, lease_s=5)
        await limits.renew_sockets(user, ["s1"], lease_s=5)
        await limits.close_socket(user, "s1")

    slots = {RedisCluster.keyslot(cluster, f"companion:ratelimit:user:{{{user}}}") for user in users}
    assert len(slots) > 1
