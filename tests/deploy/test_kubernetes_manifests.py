"""The Kubernetes manifests (deploy/kubernetes): the base and both overlays render with `kubectl kustomize`, every
object validates offline against a current Kubernetes version's schemas (kubernetes-validate, strict) and every
KEDA object against the schemas in deploy/kubernetes/schemas, and the rendered objects keep what operators rely
on: locked-down containers, probes, spread, disruption budgets, autoscaling on the right signals, only the network
paths the services use, secrets by reference, and migrations that never race.
"""

import copy
import functools
import importlib
import inspect
import ipaddress
import re
import shutil
import subprocess
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jsonschema
import kubernetes_validate
import pytest
import yaml
from kubernetes_validate.utils import SchemaNotFoundError

from companion_common.postgres import apply_migrations
from companion_common.settings import StreamSettings

KUBECTL = shutil.which("kubectl")
pytestmark = pytest.mark.skipif(
    KUBECTL is None, reason="kubectl (with its built-in kustomize) is not installed: the overlays cannot be rendered"
)

KUBE = Path(__file__).resolve().parents[2] / "deploy" / "kubernetes"
# The newest Kubernetes whose schemas the pinned kubernetes-validate bundles.
KUBERNETES_VERSION = "1.37.0"
OVERLAYS = ("overlays/dev", "overlays/production")
NAMESPACE = "companion"

SERVICES = ("gateway", "dialogue", "memory", "safety")
CONSUMERS = ("dialogue", "memory", "safety")  # stream consumers with a PostgreSQL database each
GRPC_PORTS = {"gateway": 50050, "dialogue": 50051, "memory": 50052, "safety": 50053}
SETTINGS = {
    "gateway": "companion_gateway.config:GatewaySettings",
    "dialogue": "companion_dialogue.config:DialogueSettings",
    "memory": "companion_memory.config:MemorySettings",
    "safety": "companion_safety.config:SafetySettings",
}
# Every call the services make to each other: (caller, callee, port). Nothing else may pass between them.
CALLS = {
    ("gateway", "dialogue", 50051),
    ("gateway", "memory", 50052),
    ("gateway", "safety", 50053),
    ("dialogue", "gateway", 50050),  # replies, to the pod in reply_to
    ("dialogue", "memory", 50052),
    ("dialogue", "safety", 50053),
    ("memory", "safety", 50053),
    ("safety", "gateway", 50050),  # crisis support and notices
}
REDIS_PORT, POSTGRES_PORT, DNS_PORT = 6379, 5432, 53
DATASTORE_CLIENTS = {REDIS_PORT: set(SERVICES), POSTGRES_PORT: set(CONSUMERS)}
# Settings read without a prefix that StreamSettings does not have yet: stream partitioning (issue 10) is being
# built alongside these manifests. Remove a name from here once StreamSettings has it.
SECRET_LIKE = re.compile(r"SECRET|PASSWORD|API_KEY|TOKEN|DATABASE_URL|REDIS_URL")
WORKLOAD_KINDS = {"Deployment", "StatefulSet", "DaemonSet", "Job"}

Obj = dict[str, Any]


# --- rendering and lookups ------------------------------------------------------------------------------------


@functools.cache
def render(target: str) -> tuple[Obj, ...]:
    assert KUBECTL is not None
    result = subprocess.run(  # noqa: S603 - a fixed command on the repository's own files
        [KUBECTL, "kustomize", str(KUBE / target)], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, f"kubectl kustomize {target} failed:\n{result.stderr}"
    return tuple(doc for doc in yaml.safe_load_all(result.stdout) if doc)


def of_kind(objects: tuple[Obj, ...], kind: str) -> list[Obj]:
    return [o for o in objects if o["kind"] == kind]


def named(objects: tuple[Obj, ...], kind: str, name: str) -> Obj:
    found = [o for o in of_kind(objects, kind) if o["metadata"]["name"] == name]
    assert len(found) == 1, f"expected one {kind} {name}, found {len(found)}"
    return found[0]


def pod_spec(workload: Obj) -> Obj:
    spec: Obj = workload["spec"]["template"]["spec"]
    return spec


def main_container(deployment: Obj) -> Obj:
    name = deployment["metadata"]["name"]
    containers = [c for c in pod_spec(deployment)["containers"] if c["name"] == name]
    assert len(containers) == 1, f"{name}: no container named after the service"
    return containers[0]


def all_containers(workload: Obj) -> Iterator[Obj]:
    spec = pod_spec(workload)
    yield from spec.get("initContainers", [])
    yield from spec["containers"]


def effective_env(objects: tuple[Obj, ...], container: Obj) -> dict[str, Any]:
    """The container's environment as the kubelet builds it: envFrom ConfigMaps first, then env (which wins).
    Plain values are strings; values from elsewhere are their `valueFrom` mapping."""
    env: dict[str, Any] = {}
    for source in container.get("envFrom", []):
        assert "configMapRef" in source, "envFrom only from ConfigMaps (Secrets go key by key through env)"
        env.update(named(objects, "ConfigMap", source["configMapRef"]["name"]).get("data", {}))
    for var in container.get("env", []):
        env[var["name"]] = var["value"] if "value" in var else var["valueFrom"]
    return env


def container_ports(workload: Obj) -> dict[str | int, int]:
    ports: dict[str | int, int] = {}
    for container in pod_spec(workload)["containers"]:
        for port in container.get("ports", []):
            ports[port["containerPort"]] = port["containerPort"]
            if "name" in port:
                ports[port["name"]] = port["containerPort"]
    return ports


def selects(selector: Obj | None, labels: dict[str, str]) -> bool:
    """A Kubernetes label selector; an empty one selects everything."""
    selector = selector or {}
    if any(labels.get(key) != value for key, value in selector.get("matchLabels", {}).items()):
        return False
    for expression in selector.get("matchExpressions", []):
        key, operator, values = expression["key"], expression["operator"], expression.get("values", [])
        present = key in labels
        matched = {
            "In": present and labels.get(key) in values,
            "NotIn": not present or labels.get(key) not in values,
            "Exists": present,
            "DoesNotExist": not present,
        }[operator]
        if not matched:
            return False
    return True


def workloads(objects: tuple[Obj, ...]) -> list[Obj]:
    return [o for o in objects if o["kind"] in WORKLOAD_KINDS]


def service_deployments(objects: tuple[Obj, ...]) -> dict[str, Obj]:
    return {name: named(objects, "Deployment", name) for name in SERVICES}


def settings_class(service: str) -> Any:
    module, name = SETTINGS[service].split(":")
    return getattr(importlib.import_module(module), name)


def prefix(service: str) -> str:
    return f"{service.upper()}_"


# --- schemas --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("target", ["base", *OVERLAYS])
def test_every_built_in_object_is_valid_for_kubernetes(target: str) -> None:
    errors = []
    for obj in render(target):
        if obj["apiVersion"].startswith("keda.sh/"):
            continue
        where = f"{obj['kind']}/{obj['metadata']['name']}"
        try:
            kubernetes_validate.validate(obj, KUBERNETES_VERSION, strict=True)
        except kubernetes_validate.ValidationError as error:
            errors.append(f"{where}: {'.'.join(map(str, error.path))}: {error.message}")
        except SchemaNotFoundError as error:
            errors.append(f"{where}: {error.message}")
    assert not errors, "\n".join(errors)


def strict(schema: Any) -> Any:
    """The CRD schema as `kubectl apply` (strict field validation) applies it: unknown fields are errors."""
    if isinstance(schema, dict):
        schema = {key: strict(value) for key, value in schema.items()}
        if (
            "properties" in schema
            and "additionalProperties" not in schema
            and not schema.get("x-kubernetes-preserve-unknown-fields")
        ):
            schema["additionalProperties"] = False
        return schema
    if isinstance(schema, list):
        return [strict(item) for item in schema]
    return schema


@functools.cache
def keda_validators() -> dict[tuple[str, str], jsonschema.protocols.Validator]:
    validators = {}
    for path in sorted((KUBE / "schemas").glob("*.yaml")):
        crd = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert crd["kind"] == "CustomResourceDefinition", path
        for version in crd["spec"]["versions"]:
            schema = strict(copy.deepcopy(version["schema"]["openAPIV3Schema"]))
            validator_class = jsonschema.validators.validator_for(schema, default=jsonschema.Draft7Validator)
            validator_class.check_schema(schema)
            api_version = f"{crd['spec']['group']}/{version['name']}"
            validators[(api_version, crd["spec"]["names"]["kind"])] = validator_class(schema)
    return validators


def keda_errors(obj: Obj) -> list[str]:
    validator = keda_validators().get((obj["apiVersion"], obj["kind"]))
    if validator is None:
        return [f"no schema for {obj['apiVersion']} {obj['kind']} in {KUBE / 'schemas'}"]
    return [f"{'.'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(obj)]


@pytest.mark.parametrize("target", ["base", *OVERLAYS])
def test_every_keda_object_is_valid_for_the_vendored_schema(target: str) -> None:
    keda = [o for o in render(target) if o["apiVersion"].startswith("keda.sh/")]
    assert {o["kind"] for o in keda} == {"ScaledObject", "TriggerAuthentication"}
    errors = [f"{o['kind']}/{o['metadata']['name']}: {e}" for o in keda for e in keda_errors(o)]
    assert not errors, "\n".join(errors)


def test_the_validators_do_refuse_broken_objects() -> None:
    """Guards against validation that passes anything (a schema that failed to load, a lenient mode)."""
    scaled = copy.deepcopy(named(render("overlays/production"), "ScaledObject", "memory"))
    scaled["spec"]["triggers"][0].pop("metadata")
    scaled["spec"]["minReplicas"] = 2  # an HPA field, not a ScaledObject one
    errors = keda_errors(scaled)
    assert any("metadata" in e for e in errors), errors
    assert any("minReplicas" in e for e in errors), errors

    deployment = copy.deepcopy(named(render("overlays/production"), "Deployment", "memory"))
    pod_spec(deployment)["containers"][0]["readinessProbes"] = {}
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(deployment, KUBERNETES_VERSION, strict=True)


# --- pods -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_container_is_non_root_read_only_and_unprivileged(overlay: str) -> None:
    problems = []
    for workload in workloads(render(overlay)):
        spec = pod_spec(workload)
        pod_security = spec.get("securityContext", {})
        for container in all_containers(workload):
            where = f"{workload['kind']}/{workload['metadata']['name']} container {container['name']}"
            security = {**pod_security, **container.get("securityContext", {})}  # a container's own settings win
            if security.get("runAsNonRoot") is not True or security.get("runAsUser", 1) == 0:
                problems.append(f"{where}: may run as root")
            if security.get("readOnlyRootFilesystem") is not True:
                problems.append(f"{where}: writable root filesystem")
            if security.get("allowPrivilegeEscalation") is not False or security.get("privileged", False):
                problems.append(f"{where}: privilege escalation not ruled out")
            if "ALL" not in security.get("capabilities", {}).get("drop", []):
                problems.append(f"{where}: keeps Linux capabilities")
            if security.get("seccompProfile", {}).get("type") not in {"RuntimeDefault", "Localhost"}:
                problems.append(f"{where}: no seccomp profile")
            resources = container.get("resources", {})
            if not {"cpu", "memory"} <= set(resources.get("requests", {})) or "memory" not in resources.get(
                "limits", {}
            ):
                problems.append(f"{where}: needs cpu and memory requests and a memory limit")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_service_pods_spread_and_leave_the_count_to_their_autoscaler(overlay: str) -> None:
    for name, deployment in service_deployments(render(overlay)).items():
        spec = pod_spec(deployment)
        labels = deployment["spec"]["template"]["metadata"]["labels"]
        assert "replicas" not in deployment["spec"], f"{name}: an applied replica count fights the autoscaler"
        assert spec["automountServiceAccountToken"] is False, name
        assert spec["enableServiceLinks"] is False, f"{name}: Service links inject *_PORT variables"
        spread = {c["topologyKey"]: c for c in spec.get("topologySpreadConstraints", [])}
        assert {"kubernetes.io/hostname", "topology.kubernetes.io/zone"} <= set(spread), name
        for constraint in spread.values():
            assert selects(constraint["labelSelector"], labels), f"{name}: spread constraint selects other pods"
        assert spread["kubernetes.io/hostname"]["whenUnsatisfiable"] == "DoNotSchedule", name
        for container in all_containers(deployment):
            assert re.fullmatch(rf"([\w.-]+(:\d+)?/)*companion-{name}:[\w.-]+", container["image"]), container["image"]
            assert not container["image"].endswith(":latest"), container["image"]


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_probes_use_each_service_s_health_endpoints(overlay: str) -> None:
    deployments = service_deployments(render(overlay))
    gateway = main_container(deployments["gateway"])
    ports = container_ports(deployments["gateway"])
    for probe, path in (("startupProbe", "/healthz"), ("livenessProbe", "/healthz"), ("readinessProbe", "/readyz")):
        assert gateway[probe]["httpGet"]["path"] == path, probe
        assert ports[gateway[probe]["httpGet"]["port"]] == 8080, probe
    for name in CONSUMERS:
        container = main_container(deployments[name])
        for probe in ("startupProbe", "livenessProbe", "readinessProbe"):
            # grpc.health.v1 on the service's gRPC port; "" is the server's overall status (GrpcServer sets it).
            assert container[probe]["grpc"]["port"] == GRPC_PORTS[name], f"{name} {probe}"
            assert container[probe]["grpc"].get("service", "") == "", f"{name} {probe}"


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_services_listen_on_the_pod_and_the_gateway_advertises_its_own_address(overlay: str) -> None:
    objects = render(overlay)
    for name, deployment in service_deployments(objects).items():
        env = effective_env(objects, main_container(deployment))
        port = GRPC_PORTS[name]
        assert env[f"{prefix(name)}GRPC_BIND"] == f"0.0.0.0:{port}", name
        assert port in container_ports(deployment), f"{name}: gRPC port {port} not declared"
    gateway = main_container(named(objects, "Deployment", "gateway"))
    env = effective_env(objects, gateway)
    assert env["GATEWAY_HTTP_HOST"] == "0.0.0.0"
    assert int(env.get("GATEWAY_HTTP_PORT", 8080)) == 8080
    assert env["GATEWAY_ADVERTISE_ADDRESS"] == "$(POD_IP):50050"
    names = [var["name"] for var in gateway["env"]]
    # $(VAR) expands only variables defined earlier in the list.
    assert names.index("POD_IP") < names.index("GATEWAY_ADVERTISE_ADDRESS")
    assert env["POD_IP"] == {"fieldRef": {"fieldPath": "status.podIP"}}


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_peer_addresses_reach_the_right_service_s_grpc_port(overlay: str) -> None:
    objects = render(overlay)
    deployments = service_deployments(objects)
    expected = {(caller, callee) for caller, callee, _ in CALLS if callee != "gateway"}  # the gateway by pod IP
    seen = set()
    for caller, deployment in deployments.items():
        for key, value in effective_env(objects, main_container(deployment)).items():
            found = re.fullmatch(rf"{prefix(caller)}(\w+)_ADDRESS", key)
            if not found or found.group(1) == "ADVERTISE":
                continue
            callee = found.group(1).lower()
            host, port = value.rsplit(":", 1)
            service = named(objects, "Service", host)
            selector = {"matchLabels": service["spec"]["selector"]}
            target = next(
                d for d in deployments.values() if selects(selector, d["spec"]["template"]["metadata"]["labels"])
            )
            service_port = next(p for p in service["spec"]["ports"] if p["port"] == int(port))
            assert target["metadata"]["name"] == callee, f"{key}={value} reaches {target['metadata']['name']}"
            assert container_ports(target)[service_port["targetPort"]] == GRPC_PORTS[callee], f"{key}={value}"
            seen.add((caller, callee))
    assert seen == expected


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_setting_is_one_the_service_reads(overlay: str) -> None:
    """Catches a misspelt variable, which pydantic-settings would silently ignore."""
    objects = render(overlay)
    shared = {field.upper() for field in StreamSettings.model_fields}
    for name, deployment in service_deployments(objects).items():
        known = {prefix(name) + field.upper() for field in settings_class(name).model_fields}
        for container in all_containers(deployment):
            unknown = set(effective_env(objects, container)) - known - shared - {"POD_IP"}
            assert not unknown, f"{name} container {container['name']}: no such settings {sorted(unknown)}"


# --- availability and scaling ---------------------------------------------------------------------------------


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_each_service_has_a_disruption_budget_that_allows_drains(overlay: str) -> None:
    objects = render(overlay)
    for name, deployment in service_deployments(objects).items():
        labels = deployment["spec"]["template"]["metadata"]["labels"]
        budgets = [p for p in of_kind(objects, "PodDisruptionBudget") if selects(p["spec"]["selector"], labels)]
        assert len(budgets) == 1, f"{name}: {len(budgets)} PodDisruptionBudgets"
        assert budgets[0]["spec"].get("maxUnavailable", 0) >= 1, f"{name}: the budget could block every drain"


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_the_gateway_scales_on_cpu_and_the_consumers_with_keda(overlay: str) -> None:
    objects = render(overlay)
    hpas = {h["spec"]["scaleTargetRef"]["name"]: h for h in of_kind(objects, "HorizontalPodAutoscaler")}
    scaled = {s["spec"]["scaleTargetRef"]["name"]: s for s in of_kind(objects, "ScaledObject")}
    # One autoscaler per service, never two for one Deployment.
    assert set(hpas) == {"gateway"}
    assert set(scaled) == set(CONSUMERS)
    hpa = hpas["gateway"]["spec"]
    assert hpa["scaleTargetRef"]["kind"] == "Deployment"
    assert 1 <= hpa["minReplicas"] <= hpa["maxReplicas"]
    assert [m["resource"]["name"] for m in hpa["metrics"] if m["type"] == "Resource"] == ["cpu"]
    for name, scaled_object in scaled.items():
        spec = scaled_object["spec"]
        # Never to zero: the gRPC servers answer synchronous calls from the other services.
        assert 1 <= spec["minReplicaCount"] <= spec["maxReplicaCount"], name
        assert spec["scaleTargetRef"].get("kind", "Deployment") == "Deployment", name
    if overlay == "overlays/production":
        assert hpa["minReplicas"] >= 2
        assert all(s["spec"]["minReplicaCount"] >= 2 for s in scaled.values())


def reachable_from_keda(address: str) -> bool:
    """KEDA's operator runs in its own namespace: a short Service name would not resolve there."""
    host = address.rsplit(":", 1)[0].strip("[]")
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return ".svc" in host or host.count(".") >= 2
    return True


def expected_partitions(env: dict[str, Any]) -> list[str]:
    stream, count = env["MESSAGE_STREAM"], int(env.get("MESSAGE_STREAM_PARTITIONS", "1"))
    return [stream] if count == 1 else [f"{stream}:{{{i}}}" for i in range(count)]


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_one_redis_streams_trigger_per_partition_for_each_consumer_group(overlay: str) -> None:
    objects = render(overlay)
    for name in CONSUMERS:
        deployment = named(objects, "Deployment", name)
        env = effective_env(objects, main_container(deployment))
        group = env.get(f"{prefix(name)}CONSUMER_GROUP", settings_class(name).model_fields["consumer_group"].default)
        cluster = env.get("REDIS_CLUSTER", "false").lower() == "true"
        kind = "redis-cluster-streams" if cluster else "redis-streams"
        triggers = named(objects, "ScaledObject", name)["spec"]["triggers"]
        streams = [t for t in triggers if t["type"].startswith("redis")]
        assert [t["type"] for t in streams] == [kind] * len(streams), f"{name}: {kind} triggers only"
        assert sorted(t["metadata"]["stream"] for t in streams) == sorted(expected_partitions(env)), name
        assert len({t.get("name") for t in triggers}) == len(triggers), f"{name}: trigger names must differ"
        for trigger in streams:
            metadata = trigger["metadata"]
            assert metadata["consumerGroup"] == group, name
            assert int(metadata["pendingEntriesCount"]) >= 1, name
            addresses = metadata["addresses" if cluster else "address"].split(",")
            assert all(map(reachable_from_keda, addresses)), addresses
            auth = named(objects, "TriggerAuthentication", trigger["authenticationRef"]["name"])
            assert [(r["parameter"], r["name"], r["key"]) for r in auth["spec"]["secretTargetRef"]] == [
                ("password", "companion-redis", "password")
            ]
    config = named(objects, "Deployment", "dialogue")
    env = effective_env(objects, main_container(config))
    # The configurations issue 10 names: dev one Redis and one partition, production a cluster and four.
    if overlay == "overlays/dev":
        assert (env["REDIS_CLUSTER"], env["MESSAGE_STREAM_PARTITIONS"]) == ("false", "1")
    else:
        assert (env["REDIS_CLUSTER"], env["MESSAGE_STREAM_PARTITIONS"]) == ("true", "4")


def test_dev_keda_polls_the_redis_the_services_use() -> None:
    objects = render("overlays/dev")
    redis = named(objects, "Service", "redis")
    for scaled_object in of_kind(objects, "ScaledObject"):
        for trigger in scaled_object["spec"]["triggers"]:
            if trigger["type"] == "redis-streams":
                host, port = trigger["metadata"]["address"].rsplit(":", 1)
                assert host == f"redis.{NAMESPACE}.svc.cluster.local"
                assert int(port) in {p["port"] for p in redis["spec"]["ports"]}


# --- network --------------------------------------------------------------------------------------------------


class Network:
    """Which connections the rendered NetworkPolicies allow between pods of the namespace."""

    def __init__(self, objects: tuple[Obj, ...]) -> None:
        self.policies = of_kind(objects, "NetworkPolicy")
        self.pods = {w["metadata"]["name"]: w for w in workloads(objects)}
        self.namespace_labels = {"kubernetes.io/metadata.name": NAMESPACE}

    def labels(self, pod: str) -> dict[str, str]:
        labels: dict[str, str] = self.pods[pod]["spec"]["template"]["metadata"]["labels"]
        return labels

    def rules(self, pod: str, direction: str) -> list[Obj] | None:
        """The rules of every policy that isolates `pod` in `direction`; None when none does (all allowed)."""
        key = direction.lower()
        isolating = [
            p
            for p in self.policies
            if selects(p["spec"]["podSelector"], self.labels(pod)) and direction in p["spec"].get("policyTypes", [])
        ]
        return None if not isolating else [rule for p in isolating for rule in p["spec"].get(key, [])]

    def peer_matches(self, peer: Obj, pod: str) -> bool:
        if "ipBlock" in peer:
            return True  # an address range may hold pod addresses: count it as reaching them
        if "namespaceSelector" in peer and not selects(peer["namespaceSelector"], self.namespace_labels):
            return False
        return selects(peer.get("podSelector"), self.labels(pod))

    def port_matches(self, ports: list[Obj] | None, pod: str, port: int) -> bool:
        if not ports:
            return True
        named_ports = container_ports(self.pods[pod])
        for rule in ports:
            if rule.get("protocol", "TCP") != "TCP" or "port" not in rule:
                continue
            low = named_ports.get(rule["port"]) if isinstance(rule["port"], str) else rule["port"]
            if low is not None and low <= port <= rule.get("endPort", low):
                return True
        return False

    def sends(self, source: str, destination: str, port: int) -> bool:
        egress = self.rules(source, "Egress")
        return egress is None or any(
            ("to" not in r or any(self.peer_matches(p, destination) for p in r["to"]))
            and self.port_matches(r.get("ports"), destination, port)
            for r in egress
        )

    def receives(self, source: str, destination: str, port: int) -> bool:
        ingress = self.rules(destination, "Ingress")
        return ingress is None or any(
            ("from" not in r or any(self.peer_matches(p, source) for p in r["from"]))
            and self.port_matches(r.get("ports"), destination, port)
            for r in ingress
        )

    def allows(self, source: str, destination: str, port: int) -> bool:
        return self.sends(source, destination, port) and self.receives(source, destination, port)

    def egress_ports(self, pod: str) -> set[int]:
        rules = self.rules(pod, "Egress")
        assert rules is not None, f"{pod}: egress is not restricted"
        ports = set()
        for rule in rules:
            assert rule.get("ports"), f"{pod}: an egress rule without ports allows every port"
            ports |= {p["port"] for p in rule["ports"]}
        return ports

    def public_ingress_ports(self, pod: str) -> set[int]:
        rules = self.rules(pod, "Ingress") or []
        return {p["port"] for r in rules if "from" not in r for p in r.get("ports", [{"port": "every port"}])}


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_network_policies_allow_exactly_the_calls_the_services_make(overlay: str) -> None:
    objects = render(overlay)
    network = Network(objects)
    deny = [
        p
        for p in network.policies
        if p["spec"]["podSelector"] == {} and set(p["spec"]["policyTypes"]) == {"Ingress", "Egress"}
        if not p["spec"].get("ingress") and not p["spec"].get("egress")
    ]
    assert deny, "no default-deny policy for the namespace"
    between_services = [
        (source, destination, port)
        for source in SERVICES
        for destination in SERVICES
        if source != destination
        for port in GRPC_PORTS.values()
    ]
    # Each side on its own, so that neither holds a permission the other happens to block.
    for side in (network.sends, network.receives):
        allowed = {call for call in between_services if side(*call)}
        assert allowed == CALLS, f"{side.__name__} extra: {sorted(allowed - CALLS)}; missing: {sorted(CALLS - allowed)}"
    # Only the gateway's HTTP port is open to the world.
    assert {name: network.public_ingress_ports(name) for name in SERVICES} == {
        "gateway": {8080},
        "dialogue": set(),
        "memory": set(),
        "safety": set(),
    }
    for name in SERVICES:
        expected = {DNS_PORT} | {port for source, _, port in CALLS if source == name}
        expected |= {port for port, clients in DATASTORE_CLIENTS.items() if name in clients}
        env = effective_env(objects, main_container(named(objects, "Deployment", name)))
        if name == "dialogue" and env.get("DIALOGUE_ENGINE") == "openai":
            url = urlsplit(env["DIALOGUE_OPENAI_BASE_URL"])
            expected.add(url.port or (443 if url.scheme == "https" else 80))
        assert network.egress_ports(name) == expected, name


def test_dev_datastores_accept_only_their_clients() -> None:
    network = Network(render("overlays/dev"))
    for datastore, port in (("redis", REDIS_PORT), ("postgres", POSTGRES_PORT)):
        clients = {name for name in SERVICES if network.allows(name, datastore, port)}
        assert clients == DATASTORE_CLIENTS[port], datastore


# --- secrets and configuration --------------------------------------------------------------------------------


def secret_references(objects: tuple[Obj, ...]) -> set[tuple[str, str, bool]]:
    """(secret, key, optional) of every reference in a pod or a KEDA TriggerAuthentication."""
    references = set()
    for workload in workloads(objects):
        for container in all_containers(workload):
            for var in container.get("env", []):
                ref = var.get("valueFrom", {}).get("secretKeyRef")
                if ref:
                    references.add((ref["name"], ref["key"], ref.get("optional", False)))
    for auth in of_kind(objects, "TriggerAuthentication"):
        references |= {(r["name"], r["key"], False) for r in auth["spec"].get("secretTargetRef", [])}
    return references


@pytest.mark.parametrize("target", ["base", "overlays/production"])
def test_secrets_are_referenced_never_written_down(target: str) -> None:
    objects = render(target)
    assert not of_kind(objects, "Secret"), "Secrets are created outside the manifests (README: Secrets)"
    for workload in workloads(objects):
        for container in all_containers(workload):
            for var in container.get("env", []):
                if SECRET_LIKE.search(var["name"]):
                    assert "secretKeyRef" in var.get("valueFrom", {}), f"{var['name']} is not read from a Secret"
    for config_map in of_kind(objects, "ConfigMap"):
        leaked = [key for key in config_map.get("data", {}) if SECRET_LIKE.search(key)]
        assert not leaked, f"ConfigMap {config_map['metadata']['name']} holds {leaked}"
    readme = (KUBE / "README.md").read_text(encoding="utf-8")
    for secret, key, _ in secret_references(objects):
        assert f"`{secret}`" in readme, f"README does not document the Secret {secret}"
        assert f"`{key}`" in readme, f"README does not document the key {key} of {secret}"


def test_dev_provides_every_secret_it_references() -> None:
    objects = render("overlays/dev")
    secrets = {s["metadata"]["name"]: s.get("data", {}) for s in of_kind(objects, "Secret")}
    for secret, key, optional in secret_references(objects):
        if not optional:
            assert key in secrets.get(secret, {}), f"dev lacks {secret}/{key}"


# --- migrations -----------------------------------------------------------------------------------------------


def test_migrations_serialise_on_a_lock() -> None:
    """What the init step relies on: one advisory lock around reading and recording what was applied."""
    source = inspect.getsource(apply_migrations)
    assert "pg_advisory_xact_lock" in source
    assert "schema_migrations" in source
    for service in CONSUMERS:
        migrations = files(f"companion_{service}.adapters") / "migrations"  # as migrate.py finds them
        assert any(f.name.endswith(".sql") for f in migrations.iterdir()), service


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_migrations_run_in_an_init_step_before_each_service_starts(overlay: str) -> None:
    objects = render(overlay)
    script = (KUBE / "base" / "migrate.py").read_text(encoding="utf-8")
    assert "apply_migrations(" in script
    assert not of_kind(objects, "Job"), "migrations run in the init step only (README: Migrations)"
    for name, deployment in service_deployments(objects).items():
        init = pod_spec(deployment).get("initContainers", [])
        if name not in CONSUMERS:
            assert not init, f"{name} has no database"
            continue
        assert [c["name"] for c in init] == ["migrate"], name
        migrate, main = init[0], main_container(deployment)
        assert migrate["image"] == main["image"], f"{name}: migrations from another release"
        url = f"{prefix(name)}DATABASE_URL"
        assert effective_env(objects, migrate)[url] == effective_env(objects, main)[url], name
        mount = next(m for m in migrate["volumeMounts"] if m["name"] == "migrate")
        assert migrate["command"] == ["python", f"{mount['mountPath']}/migrate.py"], name
        volume = next(v for v in pod_spec(deployment)["volumes"] if v["name"] == "migrate")
        config_map = named(objects, "ConfigMap", volume["configMap"]["name"])
        assert config_map["data"]["migrate.py"] == script, name
