"""Redis and PostgreSQL containers for tests and the local stack.

Images come from COMPANION_TEST_REDIS_IMAGE / COMPANION_TEST_POSTGRES_IMAGE (default: the official
``redis:7`` and ``pgvector/pgvector:pg17``). With COMPANION_TEST_DOCKER_NETWORK=host every container uses
host networking on a free 127.0.0.1 port (machines without a bridge network); otherwise ports are published
the usual way. Containers carry a label so that ones left behind by a killed run can be removed.
"""

import os
import random
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# We remove our own containers (by label, at start and in stop()), so the reaper container, which cannot be
# pulled on machines without a registry, is not needed. Must be set before testcontainers reads its config.
os.environ.setdefault("TESTCONTAINERS_RYUK_DISABLED", "true")

import docker
import psycopg
import redis
from testcontainers.core.container import DockerContainer

OWNER_LABEL = "org.companion.harness"
POSTGRES_USER = "companion"
POSTGRES_PASSWORD = "companion"  # noqa: S105 - throwaway test/dev container on loopback
POSTGRES_DB = "companion"


# Ports are chosen here and bound by a service process moments later. A port the kernel hands out for bind(0) lies
# in its ephemeral range, where any outgoing connection in between may take it as its local port ("Address already
# in use" at start, seen once in CI); a port below that range is only ever taken by an explicit bind.
_EPHEMERAL_RANGE = Path("/proc/sys/net/ipv4/ip_local_port_range")
_LOWEST_PORT = 10000
_ports = random.Random()  # noqa: S311 - spreading ports, not secrets
# Ports handed out by this process: a stack picks all its ports before any service binds one, so "nothing is bound
# to it now" alone let two services of one stack draw the same port (a dialogue "Address already in use" in CI).
_handed_out: set[int] = set()


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing is bound to now and that this process has not handed out before, below
    the kernel's ephemeral range where it can."""
    try:
        first_ephemeral = int(_EPHEMERAL_RANGE.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        first_ephemeral = 0
    for _ in range(50 if first_ephemeral > _LOWEST_PORT + 1000 else 0):
        port = _ports.randrange(_LOWEST_PORT, first_ephemeral)
        if port in _handed_out:
            continue
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
        _handed_out.add(port)
        return port
    while True:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = int(s.getsockname()[1])
        if port not in _handed_out:
            _handed_out.add(port)
            return port


def _host_network() -> bool:
    return os.environ.get("COMPANION_TEST_DOCKER_NETWORK", "") == "host"


def remove_stale_containers() -> int:
    """Removes containers of earlier runs whose owner process is gone (no reaper runs here)."""
    client = docker.from_env()
    removed = 0
    for container in client.containers.list(all=True, filters={"label": OWNER_LABEL}):
        owner_pid = int(container.labels.get(OWNER_LABEL, "0") or 0)
        if owner_pid and pid_alive(owner_pid):
            continue
        container.remove(force=True)
        removed += 1
    client.close()
    return removed


def pid_alive(pid: int) -> bool:
    """Whether a process of this machine is still running (owner of containers left behind, or not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclass
class RunningContainer:
    container: DockerContainer
    url: str
    # How to tell it is serving again (restart() waits for it); None: not restartable here.
    ready: Callable[[], object] | None = None

    def restart(self, timeout_s: float = 60) -> float:
        """``docker restart``: the same container, so the same port (bound or host network) and the same data
        (Redis's AOF, PostgreSQL's data directory). Returns the seconds until it served again."""
        if self.ready is None:
            raise RuntimeError("this container was not started to be restarted")
        start = time.monotonic()
        self.container.get_wrapped_container().restart(timeout=10)
        _wait(self.ready, timeout_s, "restarted container", self.container)
        return time.monotonic() - start

    def stop(self) -> None:
        try:
            self.container.stop()
        except Exception:  # noqa: BLE001, S110 - already gone is fine
            pass


def _container(image: str) -> DockerContainer:
    kwargs: dict[str, object] = {"labels": {OWNER_LABEL: str(os.getpid())}}
    if _host_network():
        kwargs["network_mode"] = "host"
    return DockerContainer(image).with_kwargs(**kwargs)


def start_redis(timeout_s: float = 30, appendonly: bool = False) -> RunningContainer:
    """A Redis without persistence; with ``appendonly`` an AOF (fsync always) and a port that stays the same
    across ``restart()`` (host networking, or a host port bound explicitly), so that it can be restarted."""
    image = os.environ.get("COMPANION_TEST_REDIS_IMAGE", "redis:7")
    persistence = ["--save", "", "--appendonly", "yes" if appendonly else "no"]
    if appendonly:
        persistence += ["--appendfsync", "always"]
    if _host_network():
        port = free_port()
        container = _container(image).with_command(
            ["redis-server", "--bind", "127.0.0.1", "--port", str(port), *persistence]
        )
        container.start()
        host = "127.0.0.1"
    elif appendonly:
        port = free_port()
        container = _container(image).with_command(["redis-server", *persistence]).with_bind_ports(6379, port)
        container.start()
        host = container.get_container_host_ip()
    else:
        container = _container(image).with_exposed_ports(6379)
        container.start()
        host, port = container.get_container_host_ip(), int(container.get_exposed_port(6379))
    url = f"redis://{host}:{port}/0"

    def ready() -> None:
        client = redis.Redis.from_url(url)
        try:
            client.ping()
            if client.info("persistence").get("loading"):
                raise ConnectionError("loading the AOF")
        finally:
            client.close()

    _wait(ready, timeout_s, "redis", container)
    return RunningContainer(container, url, ready if appendonly else None)


@dataclass
class RunningCluster:
    containers: list[RunningContainer]
    url: str

    def stop(self) -> None:
        for node in self.containers:
            node.stop()


def start_redis_cluster(masters: int = 3, timeout_s: float = 60) -> RunningCluster:
    """A Redis Cluster of `masters` masters (no replicas), one container per node, formed from here (CLUSTER
    ADDSLOTSRANGE and MEET, so the image needs no shell or redis-cli). Nodes announce 127.0.0.1, so the
    containers always use host networking (Linux Docker). Its URL names the first node."""
    image = os.environ.get("COMPANION_TEST_REDIS_IMAGE", "redis:7")
    ports = _free_ports(2 * masters)
    nodes: list[RunningContainer] = []
    try:
        for port, bus in zip(ports[:masters], ports[masters:], strict=True):
            command = ["redis-server", "--port", str(port), "--cluster-port", str(bus), "--bind", "127.0.0.1"]
            command += ["--cluster-enabled", "yes", "--cluster-announce-ip", "127.0.0.1", "--save", ""]
            command += ["--appendonly", "no", "--cluster-config-file", f"nodes-{port}.conf"]
            container = DockerContainer(image).with_kwargs(labels={OWNER_LABEL: str(os.getpid())}, network_mode="host")
            container.with_command(command).start()
            url = f"redis://127.0.0.1:{port}/0"
            nodes.append(RunningContainer(container, url))
            _wait(lambda url=url: redis.Redis.from_url(url).ping(), timeout_s, "redis cluster node", container)
        slots = 16384
        for k, node in enumerate(nodes):
            client = redis.Redis.from_url(node.url)
            first, last = k * slots // masters, (k + 1) * slots // masters - 1
            client.execute_command("CLUSTER ADDSLOTSRANGE", first, last)  # type: ignore[no-untyped-call]
            if k:  # introduce it to the first node; gossip does the rest
                meet = ("CLUSTER MEET", "127.0.0.1", ports[0], ports[masters])
                client.execute_command(*meet)  # type: ignore[no-untyped-call]
            client.close()

        def formed() -> None:
            # Every node must see the whole cluster: one that has not heard of all slots yet answers CLUSTERDOWN.
            for node in nodes:
                client = redis.Redis.from_url(node.url)
                try:
                    fields = client.execute_command("CLUSTER INFO")  # type: ignore[no-untyped-call]  # parsed: a dict
                finally:
                    client.close()
                if fields.get("cluster_state") != "ok" or str(fields.get("cluster_known_nodes")) != str(masters):
                    raise ConnectionError("cluster not formed yet")

        _wait(formed, timeout_s, "redis cluster", nodes[0].container)
    except BaseException:
        for node in nodes:
            node.stop()
        raise
    return RunningCluster(nodes, nodes[0].url)


def _free_ports(count: int) -> list[int]:
    ports: set[int] = set()
    while len(ports) < count:
        ports.add(free_port())
    return sorted(ports)


# What a restart must not lose: a commit is on disk before it returns, as in production (the official image's
# defaults). A stand-in image for tests may turn these off for speed, and a crash then loses the last commits.
DURABLE_POSTGRES = ("-c", "fsync=on", "-c", "synchronous_commit=on", "-c", "full_page_writes=on")


def start_postgres(timeout_s: float = 60, restartable: bool = False) -> RunningContainer:
    """PostgreSQL with pgvector; ``restartable`` binds the host port explicitly outside host networking, so that
    ``restart()`` keeps it (its data stays in the container), and makes every commit durable."""
    image = os.environ.get("COMPANION_TEST_POSTGRES_IMAGE", "pgvector/pgvector:pg17")
    container = _container(image).with_envs(
        POSTGRES_USER=POSTGRES_USER,
        POSTGRES_PASSWORD=POSTGRES_PASSWORD,
        POSTGRES_DB=POSTGRES_DB,
        POSTGRES_EXTENSIONS="vector",
    )
    if restartable:
        container = container.with_env("POSTGRES_FSYNC", "on").with_command(list(DURABLE_POSTGRES))
    if _host_network():
        port = free_port()
        container = container.with_env("PGPORT", str(port))
        container.start()
        host = "127.0.0.1"
    elif restartable:
        port = free_port()
        container = container.with_bind_ports(5432, port)
        container.start()
        host = container.get_container_host_ip()
    else:
        container = container.with_exposed_ports(5432)
        container.start()
        host, port = container.get_container_host_ip(), int(container.get_exposed_port(5432))
    url = f"postgresql://{POSTGRES_USER}:{POSTGRES_PASSWORD}@{host}:{port}/{POSTGRES_DB}"

    def ready() -> None:
        with psycopg.connect(url, connect_timeout=2) as conn:
            conn.execute("SELECT 1")

    _wait(ready, timeout_s, "postgres", container)
    return RunningContainer(container, url, ready if restartable else None)


def _wait(check: object, timeout_s: float, what: str, container: DockerContainer) -> None:
    deadline = time.monotonic() + timeout_s
    last_error: Exception | None = None
    while time.monotonic() < deadline:
        try:
            check()  # type: ignore[operator]
            return
        except Exception as error:  # noqa: BLE001 - not up yet
            last_error = error
            time.sleep(0.2)
    logs = b"".join(container.get_logs()).decode(errors="replace")[-2000:]
    container.stop()
    raise TimeoutError(f"{what} not ready after {timeout_s}s: {last_error!r}\n{logs}")
