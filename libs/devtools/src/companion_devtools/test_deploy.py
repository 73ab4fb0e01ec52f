"""`make test-deploy`: the system as deployed, from its images, checked from outside.

Starts deploy/compose.yaml with the host-networking override (deploy/compose.host.yaml: this machine's Docker
has no bridge network; every server on a free 127.0.0.1 port) through docker-compose v1 (or `docker compose`
v2 where that is what is installed), with dialogue scaled to three replicas, then:
- waits for every container to be healthy (Docker's health checks: gRPC health, the gateway's /readyz) and
  records each service's start-up time (container start to its first healthy answer, polled here);
- checks the health endpoints itself (/healthz, /readyz, grpc.health.v1 of dialogue, memory and safety), and
  that the dialogue replicas are distinct consumers of their group;
- holds a short conversation through the gateway (HTTP + WebSocket, an HS256 token like `make token`'s): a fact,
  its reply, the fact in the user's memories, then a question whose reply recalls it;
- scrapes every service's metrics (each dialogue replica's too) and checks `companion_build_info`;
- stops and removes everything it started (containers, volumes), also on failure or Ctrl-C/SIGTERM, and
  containers of an earlier run that was killed;
- renders and validates the Kubernetes overlays offline (`pytest -q tests/deploy`).
Exits non-zero on any failure; the whole run is bounded by --timeout. Loopback only.
"""

import argparse
import asyncio
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import threading
import time
import tomllib
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import FrameType
from typing import Any

import httpx
import redis
import websockets

from companion_devtools.containers import free_port, pid_alive
from companion_devtools.stack import grpc_healthy
from companion_gateway.tokens import mint

ROOT = Path(__file__).resolve().parents[4]
COMPOSE_FILES = ("deploy/compose.yaml", "deploy/compose.host.yaml")
SERVICES = ("gateway", "dialogue", "memory", "safety")
PROJECT_PREFIX = "companion-test-deploy-"
MESSAGE_STREAM = "companion:messages"


class DeployCheckFailed(Exception):
    pass


def log(message: str) -> None:
    print(f"[test-deploy {time.strftime('%H:%M:%S')}] {message}", flush=True)


def package_version() -> str:
    with (ROOT / "libs/common/pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def run(command: list[str], *, timeout_s: float, env: dict[str, str] | None = None, check: bool = True) -> str:
    result = subprocess.run(  # noqa: S603 - fixed commands, no shell
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout_s, check=False
    )
    if check and result.returncode != 0:
        raise DeployCheckFailed(f"{' '.join(command)} exited {result.returncode}:\n{result.stdout}{result.stderr}")
    return result.stdout


def compose_command() -> list[str]:
    """docker-compose v1 (Debian's, on these machines), else the `docker compose` v2 plugin; on a Debian machine
    with neither, as root, Debian's docker-compose package is installed (the project's machines install what
    they need)."""
    if shutil.which("docker-compose"):
        return ["docker-compose"]
    if subprocess.run(["docker", "compose", "version"], capture_output=True, check=False).returncode == 0:  # noqa: S607
        return ["docker", "compose"]
    if shutil.which("apt-get") and os.geteuid() == 0:
        log("installing Debian's docker-compose (v1)")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        install = ["apt-get", "install", "-y", "-qq", "docker-compose"]
        if subprocess.run(install, env=env, capture_output=True, check=False).returncode != 0:  # noqa: S603
            run(["apt-get", "update", "-qq"], timeout_s=300)
            run(install, timeout_s=600, env=env)
        return ["docker-compose"]
    raise DeployCheckFailed("neither docker-compose (v1) nor `docker compose` (v2) is installed")


def remove_stale_projects() -> None:
    """Containers and volumes of earlier runs whose driver process is gone (killed before it could clean up)."""
    listed = run(
        [
            "docker",
            "ps",
            "-a",
            "--filter",
            "label=com.docker.compose.project",
            "--format",
            '{{.ID}} {{.Label "com.docker.compose.project"}}',
        ],
        timeout_s=30,
    )
    stale: dict[str, list[str]] = {}
    for line in listed.splitlines():
        container, _, project = line.partition(" ")
        if not project.startswith(PROJECT_PREFIX):
            continue
        pid = project.removeprefix(PROJECT_PREFIX).partition("-")[0]
        if pid.isdigit() and not pid_alive(int(pid)):
            stale.setdefault(project, []).append(container)
    for project, containers in stale.items():
        log(f"removing {len(containers)} containers of a killed run ({project})")
        run(["docker", "rm", "-f", "-v", *containers], timeout_s=60, check=False)
        volumes = run(
            ["docker", "volume", "ls", "-q", "--filter", f"label=com.docker.compose.project={project}"], timeout_s=30
        ).split()
        if volumes:
            run(["docker", "volume", "rm", "-f", *volumes], timeout_s=60, check=False)


@dataclass
class Ports:
    redis: int = field(default_factory=free_port)
    postgres: int = field(default_factory=free_port)
    gateway_http: int = field(default_factory=free_port)
    gateway_grpc: int = field(default_factory=free_port)
    dialogue_grpc: int = field(default_factory=free_port)
    memory_grpc: int = field(default_factory=free_port)
    safety_grpc: int = field(default_factory=free_port)
    memory_metrics: int = field(default_factory=free_port)
    safety_metrics: int = field(default_factory=free_port)

    def env(self) -> dict[str, str]:
        return {f"COMPANION_{name.upper()}_PORT": str(port) for name, port in vars(self).items()} | {
            "COMPANION_GATEWAY_PORT": str(self.gateway_http)
        }


class Deployment:
    """One compose project, its ports and its secret."""

    def __init__(self, version: str, dialogue_replicas: int, log_dir: Path) -> None:
        self.version = version
        self.dialogue_replicas = dialogue_replicas
        self.log_dir = log_dir
        self.project = f"{PROJECT_PREFIX}{os.getpid()}-{uuid.uuid4().hex[:6]}"
        self.ports = Ports()
        self.jwt_secret = secrets.token_urlsafe(32)
        self.compose = compose_command()
        self.env = {
            **os.environ,
            **self.ports.env(),
            "COMPANION_VERSION": version,
            "GATEWAY_JWT_SECRET": self.jwt_secret,
            # Locally built stand-ins where no registry is reachable; the official images elsewhere.
            "COMPANION_REDIS_IMAGE": os.environ.get("COMPANION_TEST_REDIS_IMAGE") or "redis:7",
            "COMPANION_POSTGRES_IMAGE": os.environ.get("COMPANION_TEST_POSTGRES_IMAGE") or "pgvector/pgvector:pg17",
        }
        self.started = False

    @property
    def gateway_url(self) -> str:
        return f"http://127.0.0.1:{self.ports.gateway_http}"

    def compose_run(self, *args: str, timeout_s: float, check: bool = True) -> str:
        files = [arg for name in COMPOSE_FILES for arg in ("-f", name)]
        return run([*self.compose, "-p", self.project, *files, *args], timeout_s=timeout_s, env=self.env, check=check)

    def up(self) -> subprocess.Popen[str]:
        files = [arg for name in COMPOSE_FILES for arg in ("-f", name)]
        command = [*self.compose, "-p", self.project, *files, "up", "-d", "--no-build", "--no-color",
                   "--scale", f"dialogue={self.dialogue_replicas}"]  # fmt: skip
        self.started = True
        return subprocess.Popen(  # noqa: S603
            command, cwd=ROOT, env=self.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )

    def containers(self) -> dict[str, list[dict[str, Any]]]:
        """docker inspect of the project's containers, by compose service."""
        ids = self.compose_run("ps", "-q", timeout_s=60).split()
        if not ids:
            return {}
        inspected: list[dict[str, Any]] = json.loads(run(["docker", "inspect", *ids], timeout_s=60))
        by_service: dict[str, list[dict[str, Any]]] = {}
        for info in inspected:
            # compose.host.yaml's gateway is the service `gateway-host`
            service = info["Config"]["Labels"]["com.docker.compose.service"].removesuffix("-host")
            by_service.setdefault(service, []).append(info)
        return by_service

    def save_logs(self) -> Path:
        path = self.log_dir / f"{self.project}.log"
        path.write_text(self.compose_run("logs", "--no-color", timeout_s=120, check=False))
        return path

    def down(self) -> None:
        if self.started:
            self.compose_run("down", "--volumes", "--remove-orphans", "--timeout", "20", timeout_s=180, check=False)
            self.started = False


def parse_docker_time(text: str) -> float:
    """Docker's RFC 3339 times carry nanoseconds; datetime takes microseconds."""
    text = re.sub(r"(\.\d{6})\d*", r"\1", text).replace("Z", "+00:00")
    return datetime.fromisoformat(text).timestamp()


class ReadinessWatch:
    """Polls each service's health from outside while compose starts them, and notes when each first answered."""

    def __init__(self, checks: dict[str, Callable[[], bool]]) -> None:
        self._checks = checks
        self.first_ok: dict[str, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)

    def __enter__(self) -> "ReadinessWatch":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _poll(self) -> None:
        while not self._stop.is_set() and len(self.first_ok) < len(self._checks):
            for name, check in self._checks.items():
                if name in self.first_ok:
                    continue
                try:
                    if check():
                        self.first_ok[name] = time.time()
                except Exception:  # noqa: BLE001, S112 - not up yet
                    continue
            self._stop.wait(0.25)


def http_ok(url: str) -> bool:
    return httpx.get(url, timeout=2).status_code == 200


def container_state(container: dict[str, Any]) -> str:
    """`running` containers by their health (starting, healthy, unhealthy) where they have a check."""
    state = container["State"]
    return str(state["Health"]["Status"] if state["Status"] == "running" and state.get("Health") else state["Status"])


def wait_healthy(deployment: Deployment, timeout_s: float) -> dict[str, list[dict[str, Any]]]:
    deadline = time.monotonic() + timeout_s
    expected = {
        "redis": 1,
        "postgres": 1,
        "gateway": 1,
        "memory": 1,
        "safety": 1,
        "dialogue": deployment.dialogue_replicas,
    }
    while True:
        containers = deployment.containers()
        states = {service: [container_state(c) for c in containers.get(service, [])] for service in expected}
        healthy = all(
            len(states[s]) == n and all(state in ("healthy", "running") for state in states[s])
            for s, n in expected.items()
        )
        if healthy and all(state == "healthy" for s in SERVICES for state in states[s]):
            return containers
        if any(state in ("exited", "dead", "unhealthy", "restarting") for found in states.values() for state in found):
            raise DeployCheckFailed(f"a container failed: {states}")
        if time.monotonic() > deadline:
            raise DeployCheckFailed(f"not healthy within {timeout_s:.0f} s: {states}")
        time.sleep(1)


def check_health(deployment: Deployment) -> None:
    ports = deployment.ports
    for path in ("/healthz", "/readyz"):
        response = httpx.get(deployment.gateway_url + path, timeout=5)
        if response.status_code != 200:
            raise DeployCheckFailed(f"gateway {path}: {response.status_code} {response.text}")
    for service, port in (
        ("dialogue", ports.dialogue_grpc),
        ("memory", ports.memory_grpc),
        ("safety", ports.safety_grpc),
    ):
        if not grpc_healthy(f"127.0.0.1:{port}"):
            raise DeployCheckFailed(f"{service}: grpc.health.v1 is not SERVING")
    log("health: gateway /healthz and /readyz 200; dialogue, memory, safety grpc.health.v1 SERVING")


def check_stream_readers(deployment: Deployment, timeout_s: float = 20) -> None:
    """Every consumer replica (memory, safety, each dialogue) polls the stream: one XREADGROUP connection each.
    (Redis 7.0 adds a consumer to its group only when it is first delivered an entry, so XINFO CONSUMERS cannot
    show idle replicas.)"""
    expected = deployment.dialogue_replicas + 2
    client = redis.Redis(host="127.0.0.1", port=deployment.ports.redis, socket_timeout=5)
    try:
        deadline, most = time.monotonic() + timeout_s, 0
        while most < expected:
            readers = sum(1 for c in client.client_list() if str(c.get("cmd", "")).startswith("xreadgroup"))
            most = max(most, readers)
            if time.monotonic() > deadline:
                raise DeployCheckFailed(f"expected {expected} stream readers (3 dialogue, memory, safety), saw {most}")
            time.sleep(0.2)
        log(f"stream readers: {most} (dialogue x{deployment.dialogue_replicas}, memory, safety)")
    finally:
        client.close()


def check_dialogue_consumers(deployment: Deployment) -> list[str]:
    """After the conversation: the dialogue replicas that took its messages did so under names of their own."""
    client = redis.Redis(host="127.0.0.1", port=deployment.ports.redis, socket_timeout=5, decode_responses=True)
    try:
        names = sorted(str(c["name"]) for c in client.xinfo_consumers(MESSAGE_STREAM, "dialogue"))
    finally:
        client.close()
    if not names or len(set(names)) != len(names) or not all(name.startswith("dialogue-") for name in names):
        raise DeployCheckFailed(f"unexpected dialogue consumers: {names}")
    log(f"dialogue consumers that took the conversation's messages: {names}")
    return names


async def converse(deployment: Deployment, timeout_s: float = 60) -> dict[str, float]:
    """A fact, its reply, the fact in the user's memories, then a question whose reply recalls it."""
    user_id = f"deploy-{uuid.uuid4().hex[:8]}"
    token = mint(user_id, deployment.jwt_secret, ttl_s=600)
    headers = {"Authorization": f"Bearer {token}"}
    received: list[dict[str, Any]] = []
    timings: dict[str, float] = {}
    ws_url = deployment.gateway_url.replace("http", "ws", 1) + "/v1/stream"
    async with (
        httpx.AsyncClient(base_url=deployment.gateway_url, headers=headers, timeout=10) as http,
        websockets.connect(ws_url, additional_headers=headers) as socket,
    ):

        async def read() -> None:
            async for raw in socket:
                received.append(json.loads(raw))

        reader = asyncio.create_task(read())
        try:
            created = await http.post("/v1/conversations")
            if created.status_code != 201:
                raise DeployCheckFailed(f"POST /v1/conversations: {created.status_code} {created.text}")
            conversation = created.json()["conversation_id"]

            async def say(text: str) -> dict[str, Any]:
                started = time.monotonic()
                body = {"client_message_id": str(uuid.uuid4()), "text": text}
                sent = await http.post(f"/v1/conversations/{conversation}/messages", json=body)
                if sent.status_code != 202:
                    raise DeployCheckFailed(f"POST messages: {sent.status_code} {sent.text}")
                message_id = sent.json()["message_id"]
                deadline = time.monotonic() + timeout_s
                while time.monotonic() < deadline:
                    for event in received:
                        if event["type"] == "reply" and message_id in (event.get("answers") or [event["in_reply_to"]]):
                            timings[text] = round((time.monotonic() - started) * 1000, 1)
                            log(f"you> {text}\n    companion> {event['text']}  ({timings[text]} ms)")
                            return event
                    await asyncio.sleep(0.05)
                raise DeployCheckFailed(f"no reply to {text!r} within {timeout_s} s; received: {received}")

            await say("My sister's name is Maya and she lives in Porto.")
            deadline = time.monotonic() + timeout_s
            while True:
                memories = (await http.get("/v1/memories")).json()["memories"]
                if "Maya" in json.dumps(memories):
                    break
                if time.monotonic() > deadline:
                    raise DeployCheckFailed(f"memory never stored the fact; GET /v1/memories: {memories}")
                await asyncio.sleep(0.2)
            reply = await say("Do you remember my sister's name?")
            if "Maya" not in reply["text"]:
                raise DeployCheckFailed(f"the reply did not recall the fact: {reply['text']!r}")
            history = (await http.get(f"/v1/conversations/{conversation}/messages")).json()["messages"]
            roles = [turn["role"] for turn in history]
            if roles.count("user") != 2 or roles.count("companion") != 2:
                raise DeployCheckFailed(f"unexpected transcript: {history}")
        finally:
            reader.cancel()
    return timings


BUILD_INFO = re.compile(r"^companion_build_info\{(?P<labels>[^}]*)\}\s+(?P<value>\S+)$", re.MULTILINE)


def check_metrics(deployment: Deployment, containers: dict[str, list[dict[str, Any]]]) -> dict[str, str]:
    """Every service's metrics endpoint (each dialogue replica's: the port it picked, in its /tmp/metrics-port)
    answers in the Prometheus text format with companion_build_info{service, version} 1."""
    ports = deployment.ports
    targets = {
        "gateway": f"{deployment.gateway_url}/metrics",
        "memory": f"http://127.0.0.1:{ports.memory_metrics}/metrics",
        "safety": f"http://127.0.0.1:{ports.safety_metrics}/metrics",
    }
    for index, container in enumerate(containers.get("dialogue", []), start=1):
        read_port = ["docker", "exec", container["Id"], "cat", "/tmp/metrics-port"]  # noqa: S108 - in the container
        port = run(read_port, timeout_s=30, check=False).strip()
        if not port.isdigit():
            raise DeployCheckFailed(f"dialogue replica {index}: no /tmp/metrics-port (metrics server not started?)")
        targets[f"dialogue-{index}"] = f"http://127.0.0.1:{port}/metrics"
    problems, found = [], {}
    for target, url in targets.items():
        service = target.partition("-")[0]
        try:
            response = httpx.get(url, timeout=5)
        except httpx.HTTPError as error:
            problems.append(f"{target}: {url} did not answer ({error!r}): is the metrics server there?")
            continue
        if response.status_code != 200:
            problems.append(f"{target}: {url} answered {response.status_code}")
            continue
        infos = [
            (dict(re.findall(r'(\w+)="([^"]*)"', match["labels"])), match["value"])
            for match in BUILD_INFO.finditer(response.text)
        ]
        mine = [labels for labels, value in infos if labels.get("service") == service and float(value) == 1]
        if not mine:
            problems.append(f"{target}: {url} has no companion_build_info{{service={service!r}}} 1 ({infos})")
            continue
        if mine[0].get("version") != deployment.version:
            problems.append(f"{target}: build info version {mine[0].get('version')!r}, image {deployment.version!r}")
        series = {
            line.split("{")[0].split(" ")[0] for line in response.text.splitlines() if line.startswith("companion_")
        }
        found[target] = f"{url} ({len(series)} companion_* series)"
    if problems:
        raise DeployCheckFailed("metrics:\n  " + "\n  ".join(problems))
    for target, summary in found.items():
        log(f"metrics {target}: {summary}")
    return found


def image_sizes(version: str) -> dict[str, str]:
    sizes = {}
    for service in SERVICES:
        image = f"companion-{service}:{version}"
        output = run(["docker", "image", "inspect", "--format", "{{.Size}}", image], timeout_s=30, check=False).strip()
        if not output.isdigit():
            raise DeployCheckFailed(f"image {image} not found: run `make images`")
        sizes[image] = f"{int(output) / 1e6:.0f} MB"
    return sizes


def startup_times(containers: dict[str, list[dict[str, Any]]], first_ok: dict[str, float]) -> dict[str, float | None]:
    """Seconds from a service's (first) container start to its first healthy answer seen from outside."""
    times: dict[str, float | None] = {}
    for service in SERVICES:
        started = min((parse_docker_time(c["State"]["StartedAt"]) for c in containers.get(service, [])), default=None)
        ok = first_ok.get(service)
        times[service] = round(ok - started, 1) if started is not None and ok is not None else None
    return times


def validate_kubernetes(timeout_s: float) -> None:
    log("rendering and validating the Kubernetes overlays: pytest -q tests/deploy")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/deploy"],
        cwd=ROOT,
        timeout=timeout_s,
        check=False,
    )
    if result.returncode != 0:
        raise DeployCheckFailed(f"tests/deploy failed (exit {result.returncode})")


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """SIGALRM after ``seconds``, SIGTERM and SIGHUP all raise here, so that the caller's cleanup runs."""

    def stop(signum: int, _frame: FrameType | None) -> None:
        raise DeployCheckFailed(
            f"time limit of {seconds:.0f} s reached" if signum == signal.SIGALRM else f"stopped by signal {signum}"
        )

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGALRM, signal.SIGTERM, signal.SIGHUP)}
    signal.alarm(max(1, int(seconds)))
    try:
        yield
    finally:
        signal.alarm(0)
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def deploy_and_check(args: argparse.Namespace, summary: dict[str, Any]) -> None:
    log_dir = ROOT / ".run" / "test-deploy"
    log_dir.mkdir(parents=True, exist_ok=True)
    summary["image_sizes"] = image_sizes(args.version)
    remove_stale_projects()
    deployment = Deployment(args.version, args.dialogue_replicas, log_dir)
    summary["compose"] = " ".join(deployment.compose)
    ports = deployment.ports
    checks: dict[str, Callable[[], bool]] = {
        "gateway": lambda: http_ok(f"{deployment.gateway_url}/readyz"),
        "dialogue": lambda: grpc_healthy(f"127.0.0.1:{ports.dialogue_grpc}"),
        "memory": lambda: grpc_healthy(f"127.0.0.1:{ports.memory_grpc}"),
        "safety": lambda: grpc_healthy(f"127.0.0.1:{ports.safety_grpc}"),
    }
    failed = True
    try:
        log(f"starting {deployment.project} ({summary['compose']}, host network, dialogue x{args.dialogue_replicas})")
        started = time.monotonic()
        with ReadinessWatch(checks) as watch:
            process = deployment.up()
            output, _ = process.communicate(timeout=args.start_timeout)
            if process.returncode != 0:
                raise DeployCheckFailed(f"compose up exited {process.returncode}:\n{output}")
            containers = wait_healthy(deployment, max(10.0, args.start_timeout - (time.monotonic() - started)))
            summary["up_s"] = round(time.monotonic() - started, 1)
            deadline = time.monotonic() + 15
            while len(watch.first_ok) < len(checks) and time.monotonic() < deadline:
                time.sleep(0.2)
        summary["startup_s"] = startup_times(containers, watch.first_ok)
        log(f"all healthy after {summary['up_s']} s; start-up to first healthy answer (s): {summary['startup_s']}")
        check_health(deployment)
        check_stream_readers(deployment)
        summary["reply_ms"] = asyncio.run(converse(deployment))
        summary["dialogue_consumers"] = check_dialogue_consumers(deployment)
        summary["metrics"] = check_metrics(deployment, containers)
        failed = False
    finally:
        with shielded():
            cleanup(deployment, failed)


@contextmanager
def shielded() -> Iterator[None]:
    """No time limit and no signals while cleaning up (each step there has a timeout of its own)."""
    remaining = signal.alarm(0)
    previous = {sig: signal.signal(sig, signal.SIG_IGN) for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if remaining:
            signal.alarm(remaining)


def cleanup(deployment: Deployment, failed: bool) -> None:
    if deployment.started:
        logs = deployment.save_logs()
        if failed:
            tail = logs.read_text().splitlines()[-80:]
            log(f"container logs: {logs}; the last lines:\n" + "\n".join(tail))
        log("stopping and removing the containers and volumes")
        deployment.down()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--version", default=package_version(), help="image tag (default: the packages' version)")
    parser.add_argument("--dialogue-replicas", type=int, default=3)
    parser.add_argument("--start-timeout", type=float, default=300, help="seconds for everything to be healthy")
    parser.add_argument("--timeout", type=float, default=900, help="seconds for the whole run")
    parser.add_argument("--skip-kubernetes", action="store_true", help="leave out the overlays' validation")
    args = parser.parse_args(argv)

    began = time.monotonic()
    summary: dict[str, Any] = {"version": args.version}
    failures: list[str] = []
    try:
        with time_limit(args.timeout):
            try:
                deploy_and_check(args, summary)
            except (DeployCheckFailed, subprocess.TimeoutExpired, OSError, httpx.HTTPError) as error:
                failures.append(f"deployment: {error}")
            if not args.skip_kubernetes:
                try:
                    validate_kubernetes(max(30.0, args.timeout - (time.monotonic() - began)))
                except (DeployCheckFailed, subprocess.TimeoutExpired) as error:
                    failures.append(f"kubernetes: {error}")
    except (DeployCheckFailed, KeyboardInterrupt) as error:
        failures.append(f"stopped: {error!r}")
    summary["wall_s"] = round(time.monotonic() - began, 1)
    log("summary: " + json.dumps(summary, indent=2))
    if failures:
        log("FAILED:\n" + "\n".join(failures))
        return 1
    log(f"passed in {summary['wall_s']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
