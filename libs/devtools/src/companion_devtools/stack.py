"""The whole system on one machine: infrastructure plus gateway, dialogue, memory and safety processes.

Infrastructure is taken from ``redis_url`` / ``database_url`` when given, else started in containers.
All services share one PostgreSQL database here (each keeps to its own tables); production gives each its own.
"""

import secrets
import tempfile
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from grpc_health.v1 import health_pb2, health_pb2_grpc

from companion_common.grpc_serving import blocking_channel
from companion_common.settings import GrpcSecuritySettings
from companion_devtools import local_model
from companion_devtools.containers import (
    RunningCluster,
    RunningContainer,
    free_port,
    remove_stale_containers,
    start_postgres,
    start_redis,
    start_redis_cluster,
)
from companion_devtools.processes import ServiceProcess


@dataclass
class StackOptions:
    redis_url: str | None = None
    database_url: str | None = None
    jwt_secret: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    dialogue_replicas: int = 1
    gateway_http_port: int | None = None
    log_dir: Path | None = None
    echo: IO[str] | None = None
    # Extra environment per service name ("gateway", "dialogue", "memory", "safety").
    env: dict[str, dict[str, str]] = field(default_factory=dict)
    # Fast re-delivery so that tests of crashes finish quickly.
    reclaim_idle_ms: int = 15_000
    # A three-master Redis Cluster instead of a single Redis (started here unless redis_url names one).
    redis_cluster: bool = False
    # Message stream partitions (MESSAGE_STREAM_PARTITIONS of every service).
    stream_partitions: int = 1
    # Replicas of memory and safety (the others reach them all through one multi-address gRPC target, so a
    # dead replica's calls go to the next) and of the gateway (each on its own HTTP port: gateway_urls).
    memory_replicas: int = 1
    safety_replicas: int = 1
    gateway_replicas: int = 1
    # Containers that can be restarted on the same port with the same data: Redis with an AOF (fsync always),
    # PostgreSQL with its host port bound (fault injection: restart_redis(), restart_postgres()).
    restartable_infrastructure: bool = False
    # The gateway reaches dialogue through every dialogue replica's address (one multi-address target), not
    # only the first's, so that history and catch-up go on while a replica is down.
    dialogue_failover: bool = False
    # A real model (SmolLM2-135M behind llama.cpp, requirements-local-model.txt) started before dialogue, whose
    # `openai` engine then uses it: `make run MODEL=local`. Weak replies; ``env["dialogue"]`` still wins.
    local_model: bool = False


def grpc_healthy(address: str, env: Mapping[str, str] | None = None) -> bool:
    """Whether the server says SERVING; with TLS (GRPC_TLS_* in ``env``, the server's environment) over TLS."""
    security = GrpcSecuritySettings.of_process(env) if env is not None else None
    with blocking_channel(address, security) as channel:
        response = health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest(), timeout=1)
        return bool(response.status == health_pb2.HealthCheckResponse.SERVING)


def http_ready(url: str) -> bool:
    with urllib.request.urlopen(url, timeout=1) as response:  # noqa: S310 - loopback only
        return bool(response.status == 200)


def _target(addresses: list[str]) -> str:
    """One address as it is; several as one gRPC target (pick_first: the next one when a replica is gone)."""
    return addresses[0] if len(addresses) == 1 else "ipv4:" + ",".join(addresses)


class Stack:
    def __init__(self, options: StackOptions | None = None) -> None:
        self.options = options or StackOptions()
        self.log_dir = self.options.log_dir or Path(tempfile.mkdtemp(prefix="companion-stack-"))
        self._containers: list[RunningContainer | RunningCluster] = []
        self.processes: dict[str, ServiceProcess] = {}
        self.redis_url = ""
        self.database_url = ""
        self.gateway_http_port = self.options.gateway_http_port or free_port()
        self.gateway_grpc = f"127.0.0.1:{free_port()}"
        self.dialogue_grpc = f"127.0.0.1:{free_port()}"
        self.memory_grpc = f"127.0.0.1:{free_port()}"
        self.safety_grpc = f"127.0.0.1:{free_port()}"
        # Every replica's gRPC address (the first is memory_grpc / safety_grpc) and HTTP port of the gateways.
        self.memory_addresses = [self.memory_grpc] + [
            f"127.0.0.1:{free_port()}" for _ in range(self.options.memory_replicas - 1)
        ]
        self.safety_addresses = [self.safety_grpc] + [
            f"127.0.0.1:{free_port()}" for _ in range(self.options.safety_replicas - 1)
        ]
        self.gateway_http_ports = [self.gateway_http_port] + [
            free_port() for _ in range(self.options.gateway_replicas - 1)
        ]
        self.redis_container: RunningContainer | None = None
        self.postgres_container: RunningContainer | None = None
        # What each process answers when healthy (a gRPC address or a readiness URL), for restart_process().
        self._health: dict[str, str] = {}
        self.dialogue_addresses: list[str] = []
        # Where each process (by name: "gateway", "dialogue", "dialogue-2", ...) serves Prometheus metrics.
        self.metrics_urls: dict[str, str] = {}
        self._dialogue_count = 0
        self.local_model_port = free_port() if self.options.local_model else 0

    @property
    def gateway_url(self) -> str:
        return f"http://127.0.0.1:{self.gateway_http_port}"

    @property
    def gateway_urls(self) -> list[str]:
        return [f"http://127.0.0.1:{port}" for port in self.gateway_http_ports]

    @property
    def memory_target(self) -> str:
        """The gRPC target other processes use for memory: every replica's address when there are several."""
        return _target(self.memory_addresses)

    @property
    def safety_target(self) -> str:
        return _target(self.safety_addresses)

    @property
    def jwt_secret(self) -> str:
        return self.options.jwt_secret

    def start(self) -> "Stack":
        try:
            self._start_infrastructure()
            if self.options.local_model:
                self.start_local_model()
            for replica in range(self.options.memory_replicas):
                self.start_memory(replica)
            for replica in range(self.options.safety_replicas):
                self.start_safety(replica)
            for _ in range(self.options.dialogue_replicas):
                self.start_dialogue()
            for replica in range(self.options.gateway_replicas):
                self.start_gateway(replica)
        except BaseException:
            self.stop()
            raise
        return self

    def _start_infrastructure(self) -> None:
        if not (self.options.redis_url and self.options.database_url):
            remove_stale_containers()
        if self.options.redis_url:
            self.redis_url = self.options.redis_url
        else:
            restartable = self.options.restartable_infrastructure
            if self.options.redis_cluster:
                cluster = start_redis_cluster()
                self._containers.append(cluster)
                self.redis_url = cluster.url
            else:
                self.redis_container = start_redis(appendonly=restartable)
                self._containers.append(self.redis_container)
                self.redis_url = self.redis_container.url
        if self.options.database_url:
            self.database_url = self.options.database_url
        else:
            self.postgres_container = start_postgres(restartable=self.options.restartable_infrastructure)
            self._containers.append(self.postgres_container)
            self.database_url = self.postgres_container.url

    def _common_env(self, name: str) -> dict[str, str]:
        prefix = name.upper()
        # A metrics port of its own for every process, so that stacks running side by side never collide
        # (the gateway serves its metrics on its HTTP port). A test may pass "<PREFIX>_METRICS_PORT": "0" in env.
        metrics = {} if name == "gateway" else {f"{prefix}_METRICS_PORT": str(free_port())}
        return {
            "REDIS_URL": self.redis_url,
            "REDIS_CLUSTER": str(self.options.redis_cluster).lower(),
            "MESSAGE_STREAM_PARTITIONS": str(self.options.stream_partitions),
            f"{prefix}_LOG_LEVEL": "INFO",
            f"{prefix}_RECLAIM_IDLE_MS": str(self.options.reclaim_idle_ms),
            **metrics,
            **self.options.env.get(name, {}),
        }

    def _launch(self, name: str, module: str, env: dict[str, str], healthy: str) -> ServiceProcess:
        process = ServiceProcess(name, module, env, self.log_dir, self.options.echo)
        self.processes[name] = process
        metrics_port = env.get(f"{module.removeprefix('companion_').upper()}_METRICS_PORT", "0")
        if module == "companion_gateway":
            self.metrics_urls[name] = f"http://127.0.0.1:{env['GATEWAY_HTTP_PORT']}/metrics"
        elif metrics_port != "0":
            self.metrics_urls[name] = f"http://127.0.0.1:{metrics_port}/metrics"
        self._health[name] = healthy
        process.start()
        self._wait_healthy(process)
        return process

    def _wait_healthy(self, process: ServiceProcess) -> None:
        healthy = self._health[process.name]
        if healthy.startswith("http"):
            process.wait_until(lambda: http_ready(healthy))
        else:
            process.wait_until(lambda: grpc_healthy(healthy, process.env))

    def restart_process(self, name: str) -> ServiceProcess:
        """Starts a stopped or killed process again, with the same settings (same ports, same consumer name)."""
        process = self.processes[name]
        if process.running:
            raise RuntimeError(f"{name} is still running")
        process.start()
        self._wait_healthy(process)
        return process

    def restart_redis(self) -> float:
        """Restarts the Redis container (restartable_infrastructure: same port, data kept in its AOF)."""
        if self.redis_container is None:
            raise RuntimeError("Redis was not started here")
        return self.redis_container.restart()

    def restart_postgres(self) -> float:
        if self.postgres_container is None:
            raise RuntimeError("PostgreSQL was not started here")
        return self.postgres_container.restart()

    def start_memory(self, replica: int = 0) -> ServiceProcess:
        """Starts memory replica ``replica`` (0: "memory" at memory_grpc; k: "memory-<k+1>")."""
        name = "memory" if replica == 0 else f"memory-{replica + 1}"
        address = self.memory_addresses[replica]
        env = {
            "MEMORY_GRPC_BIND": address,
            "MEMORY_DATABASE_URL": self.database_url,
            "MEMORY_SAFETY_ADDRESS": self.safety_target,
        }
        if self.options.memory_replicas > 1:
            env["MEMORY_CONSUMER_NAME"] = name
        return self._launch(name, "companion_memory", {**self._common_env("memory"), **env}, address)

    def start_safety(self, replica: int = 0) -> ServiceProcess:
        """Starts safety replica ``replica`` (0: "safety" at safety_grpc; k: "safety-<k+1>")."""
        name = "safety" if replica == 0 else f"safety-{replica + 1}"
        address = self.safety_addresses[replica]
        env = {"SAFETY_GRPC_BIND": address, "SAFETY_DATABASE_URL": self.database_url}
        if self.options.safety_replicas > 1:
            env["SAFETY_CONSUMER_NAME"] = name
        return self._launch(name, "companion_safety", {**self._common_env("safety"), **env}, address)

    @property
    def local_model_url(self) -> str:
        """The local model's OpenAI-compatible base URL (options.local_model)."""
        return f"http://127.0.0.1:{self.local_model_port}/v1"

    def start_local_model(self) -> ServiceProcess:
        """Starts the local model server ("model"), healthy once its /v1/models answers."""
        env = {"LOCAL_MODEL_PORT": str(self.local_model_port)}
        return self._launch("model", "companion_devtools.local_model", env, f"{self.local_model_url}/models")

    def start_dialogue(self) -> ServiceProcess:
        """Starts one more dialogue replica (the first serves gRPC at ``dialogue_grpc``)."""
        self._dialogue_count += 1
        name = "dialogue" if self._dialogue_count == 1 else f"dialogue-{self._dialogue_count}"
        address = self.dialogue_grpc if self._dialogue_count == 1 else f"127.0.0.1:{free_port()}"
        self.dialogue_addresses.append(address)
        env = {
            "DIALOGUE_GRPC_BIND": address,
            "DIALOGUE_DATABASE_URL": self.database_url,
            "DIALOGUE_MEMORY_ADDRESS": self.memory_target,
            "DIALOGUE_SAFETY_ADDRESS": self.safety_target,
            "DIALOGUE_CONSUMER_NAME": name,
        }
        model = local_model.dialogue_environment(self.local_model_url) if self.options.local_model else {}
        return self._launch(name, "companion_dialogue", {**model, **self._common_env("dialogue"), **env}, address)

    def start_gateway(self, replica: int = 0) -> ServiceProcess:
        """Starts gateway replica ``replica`` (0: "gateway" at gateway_url; k: "gateway-<k+1>", own ports)."""
        name = "gateway" if replica == 0 else f"gateway-{replica + 1}"
        port = self.gateway_http_ports[replica]
        env = {
            "GATEWAY_HTTP_PORT": str(port),
            "GATEWAY_GRPC_BIND": self.gateway_grpc if replica == 0 else f"127.0.0.1:{free_port()}",
            "GATEWAY_JWT_SECRET": self.jwt_secret,
            "GATEWAY_DIALOGUE_ADDRESS": _target(self.dialogue_addresses)
            if self.options.dialogue_failover
            else self.dialogue_grpc,
            "GATEWAY_SAFETY_ADDRESS": self.safety_target,
            "GATEWAY_MEMORY_ADDRESS": self.memory_target,
        }
        url = f"http://127.0.0.1:{port}"
        return self._launch(name, "companion_gateway", {**self._common_env("gateway"), **env}, f"{url}/readyz")

    def containers(self) -> list[Any]:
        """The Docker containers this stack started (Redis nodes, PostgreSQL), e.g. to read their CPU time."""
        out: list[Any] = []
        for running in self._containers:
            nodes = running.containers if isinstance(running, RunningCluster) else [running]
            out.extend(node.container for node in nodes)
        return out

    def dialogue_replicas(self) -> int:
        return sum(1 for name, process in self.processes.items() if name.startswith("dialogue") and process.running)

    def stop(self) -> None:
        for process in reversed(list(self.processes.values())):
            process.stop()
        for container in self._containers:
            container.stop()
        self._containers.clear()

    def __enter__(self) -> "Stack":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
