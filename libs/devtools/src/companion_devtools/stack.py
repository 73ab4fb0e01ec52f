"""The whole system on one machine: infrastructure plus gateway, dialogue, memory and safety processes.

Infrastructure is taken from ``redis_url`` / ``database_url`` when given, else started in containers.
All services share one PostgreSQL database here (each keeps to its own tables); production gives each its own.
"""

import secrets
import tempfile
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

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


def grpc_healthy(address: str) -> bool:
    with grpc.insecure_channel(address) as channel:
        response = health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest(), timeout=1)
        return bool(response.status == health_pb2.HealthCheckResponse.SERVING)


def http_ready(url: str) -> bool:
    with urllib.request.urlopen(url, timeout=1) as response:  # noqa: S310 - loopback only
        return bool(response.status == 200)


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
        # Where each process (by name: "gateway", "dialogue", "dialogue-2", ...) serves Prometheus metrics.
        self.metrics_urls: dict[str, str] = {}
        self._dialogue_count = 0

    @property
    def gateway_url(self) -> str:
        return f"http://127.0.0.1:{self.gateway_http_port}"

    @property
    def jwt_secret(self) -> str:
        return self.options.jwt_secret

    def start(self) -> "Stack":
        try:
            self._start_infrastructure()
            self.start_memory()
            self.start_safety()
            for _ in range(self.options.dialogue_replicas):
                self.start_dialogue()
            self.start_gateway()
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
            redis_container = start_redis_cluster() if self.options.redis_cluster else start_redis()
            self._containers.append(redis_container)
            self.redis_url = redis_container.url
        if self.options.database_url:
            self.database_url = self.options.database_url
        else:
            postgres_container = start_postgres()
            self._containers.append(postgres_container)
            self.database_url = postgres_container.url

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
            self.metrics_urls[name] = f"{self.gateway_url}/metrics"
        elif metrics_port != "0":
            self.metrics_urls[name] = f"http://127.0.0.1:{metrics_port}/metrics"
        process.start()
        if healthy.startswith("http"):
            process.wait_until(lambda: http_ready(healthy))
        else:
            process.wait_until(lambda: grpc_healthy(healthy))
        return process

    def start_memory(self) -> ServiceProcess:
        env = {
            "MEMORY_GRPC_BIND": self.memory_grpc,
            "MEMORY_DATABASE_URL": self.database_url,
            "MEMORY_SAFETY_ADDRESS": self.safety_grpc,
        }
        return self._launch("memory", "companion_memory", {**self._common_env("memory"), **env}, self.memory_grpc)

    def start_safety(self) -> ServiceProcess:
        env = {"SAFETY_GRPC_BIND": self.safety_grpc, "SAFETY_DATABASE_URL": self.database_url}
        return self._launch("safety", "companion_safety", {**self._common_env("safety"), **env}, self.safety_grpc)

    def start_dialogue(self) -> ServiceProcess:
        """Starts one more dialogue replica (the first serves gRPC at ``dialogue_grpc``)."""
        self._dialogue_count += 1
        name = "dialogue" if self._dialogue_count == 1 else f"dialogue-{self._dialogue_count}"
        address = self.dialogue_grpc if self._dialogue_count == 1 else f"127.0.0.1:{free_port()}"
        env = {
            "DIALOGUE_GRPC_BIND": address,
            "DIALOGUE_DATABASE_URL": self.database_url,
            "DIALOGUE_MEMORY_ADDRESS": self.memory_grpc,
            "DIALOGUE_SAFETY_ADDRESS": self.safety_grpc,
            "DIALOGUE_CONSUMER_NAME": name,
        }
        return self._launch(name, "companion_dialogue", {**self._common_env("dialogue"), **env}, address)

    def start_gateway(self) -> ServiceProcess:
        env = {
            "GATEWAY_HTTP_PORT": str(self.gateway_http_port),
            "GATEWAY_GRPC_BIND": self.gateway_grpc,
            "GATEWAY_JWT_SECRET": self.jwt_secret,
            "GATEWAY_DIALOGUE_ADDRESS": self.dialogue_grpc,
            "GATEWAY_SAFETY_ADDRESS": self.safety_grpc,
            "GATEWAY_MEMORY_ADDRESS": self.memory_grpc,
        }
        return self._launch(
            "gateway", "companion_gateway", {**self._common_env("gateway"), **env}, f"{self.gateway_url}/readyz"
        )

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
