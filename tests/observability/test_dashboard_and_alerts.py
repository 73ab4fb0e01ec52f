"""deploy/observability: the dashboard and the alert rules use only series the services export, and the rules
are valid (checked and unit-tested with promtool when it is installed: Debian's `prometheus` package has it)."""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from prometheus_client import REGISTRY

# Importing the modules registers every series the services define (none of them connects to anything).
import companion_common.metrics
import companion_dialogue.metrics
import companion_gateway.metrics
import companion_memory.metrics
import companion_safety.metrics
from companion_common.settings import StreamSettings
from companion_common.streams import create_broker

HERE = Path(__file__).resolve().parents[2] / "deploy" / "observability"
SERIES = re.compile(r"\b((?:companion|faststream)_[a-z0-9_]+)\b")
_SUFFIXES = {"counter": ("_total",), "histogram": ("_bucket", "_count", "_sum"), "gauge": ("",)}

assert companion_common.metrics and companion_dialogue.metrics and companion_gateway.metrics  # noqa: PT018
assert companion_memory.metrics and companion_safety.metrics  # noqa: PT018


def exported_series() -> set[str]:
    create_broker(StreamSettings())  # FastStream's middleware registers its series with the broker
    return {family.name + suffix for family in REGISTRY.collect() for suffix in _SUFFIXES.get(family.type, ("",))}


def dashboard_expressions() -> list[str]:
    dashboard = json.loads((HERE / "grafana-dashboard.json").read_text())
    return [target["expr"] for panel in dashboard["panels"] for target in panel.get("targets", [])]


def alert_rules() -> list[dict[str, object]]:
    document = yaml.safe_load((HERE / "prometheus-alerts.yaml").read_text())
    assert document["kind"] == "PrometheusRule"
    return [rule for group in document["spec"]["groups"] for rule in group["rules"]]


def test_the_dashboard_and_the_alerts_use_only_exported_series() -> None:
    exported = exported_series()
    used = {name for expr in dashboard_expressions() for name in SERIES.findall(expr)}
    used |= {name for rule in alert_rules() for name in SERIES.findall(str(rule["expr"]))}
    assert used - exported == set()
    assert {"companion_stream_consumer_lag", "companion_stream_dead_letters_total"} <= used


def test_every_alert_has_a_severity_and_a_summary() -> None:
    names = set()
    for rule in alert_rules():
        names.add(rule["alert"])
        assert rule["labels"]["severity"] in {"warning", "critical"}  # type: ignore[index]
        assert rule["annotations"]["summary"]  # type: ignore[index]
    assert {
        "CompanionConsumerLagGrowing",
        "CompanionDeadLetters",
        "CompanionGrpcServerErrors",
        "CompanionHttpServerErrors",
        "CompanionCrisisSupportNotDelivered",
    } <= names


PROMTOOL_TEST = """
rule_files: [unannotated.yaml]
evaluation_interval: 1m
tests:
  - interval: 1m
    input_series:
      - series: 'companion_stream_dead_letters_total{job="dialogue",group="dialogue",stream="companion:messages"}'
        values: '0 0 1 1 1'
      - series: 'companion_safety_crisis_support_failed_total{job="safety",reason="delivery_failed"}'
        values: '0 0 1 1'
      - series: 'companion_safety_crisis_support_failed_total{job="safety",reason="no_connection"}'
        values: '0 1 2 3'
      - series: 'companion_stream_consumer_lag{job="memory",instance="a",group="memory",stream="s"}'
        values: '0+20x40'
      - series: 'companion_stream_consumer_lag{job="memory",instance="b",group="memory",stream="s"}'
        values: '0+20x40'
      - series: 'companion_http_requests_total{job="gateway",method="POST",route="/r",status="202"}'
        values: '0+60x20'
      - series: 'companion_http_requests_total{job="gateway",method="POST",route="/r",status="503"}'
        values: '0+30x20'
    alert_rule_test:
      - eval_time: 4m
        alertname: CompanionDeadLetters
        exp_alerts:
          - exp_labels: {severity: warning, group: dialogue, stream: "companion:messages"}
      - eval_time: 3m
        alertname: CompanionCrisisSupportNotDelivered
        exp_alerts:
          - exp_labels: {severity: critical, job: safety, reason: delivery_failed}
      - eval_time: 30m
        alertname: CompanionConsumerLagGrowing
        exp_alerts:
          - exp_labels: {severity: warning, group: memory, stream: s}
      - eval_time: 5m
        alertname: CompanionConsumerLagGrowing
        exp_alerts: []
      - eval_time: 18m
        alertname: CompanionHttpServerErrors
        exp_alerts:
          - exp_labels: {severity: warning, job: gateway}
"""


@pytest.mark.skipif(shutil.which("promtool") is None, reason="promtool is not installed")
def test_the_rules_are_valid_and_fire_when_they_should(tmp_path: Path) -> None:
    document = yaml.safe_load((HERE / "prometheus-alerts.yaml").read_text())
    (tmp_path / "rules.yaml").write_text(yaml.safe_dump(document["spec"]))
    for group in document["spec"]["groups"]:  # promtool's tests compare annotations whole: leave them out there
        for rule in group["rules"]:
            rule.pop("annotations")
    (tmp_path / "unannotated.yaml").write_text(yaml.safe_dump(document["spec"]))
    (tmp_path / "rules_test.yaml").write_text(PROMTOOL_TEST)
    promtool = shutil.which("promtool") or "promtool"
    for command in (["check", "rules", "rules.yaml"], ["test", "rules", "rules_test.yaml"]):
        result = subprocess.run([promtool, *command], cwd=tmp_path, capture_output=True, text=True, check=False)  # noqa: S603
        assert result.returncode == 0, result.stdout + result.stderr
