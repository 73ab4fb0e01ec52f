"""The safety service's own Prometheus series (the shared ones are in companion_common.metrics)."""

from enum import StrEnum

from prometheus_client import Counter

from companion_safety.domain.risk import RiskLevel


class CrisisSupportMissed(StrEnum):
    """Why crisis support did not reach the user directly (the ``reason`` label). In each case dialogue's stored
    reply carries the resources instead, so the user gets them when a client connects."""

    NO_CONNECTION = "no_connection"  # the gateway had no open connection of the user
    DELIVERY_FAILED = "delivery_failed"  # the Delivery call failed (gateway down, timeout)
    NO_ROUTE = "no_route"  # the message named no gateway to deliver to


ASSESSMENTS = Counter(
    "companion_safety_assessments_total",
    "Messages assessed (once each, however often asked), by risk level.",
    ["level"],
)
CRISIS_SUPPORT_SENT = Counter(
    "companion_safety_crisis_support_sent_total",
    "Crisis support messages delivered to at least one open connection of the user.",
)
CRISIS_SUPPORT_FAILED = Counter(
    "companion_safety_crisis_support_failed_total",
    "Crisis support that did not reach the user directly, by reason (dialogue's reply then carries it).",
    ["reason"],
)
for _level in RiskLevel:
    ASSESSMENTS.labels(_level.name.lower())
for _reason in CrisisSupportMissed:
    CRISIS_SUPPORT_FAILED.labels(_reason.value)


def assessed(level: RiskLevel) -> None:
    ASSESSMENTS.labels(level.name.lower()).inc()


def crisis_support(delivered: bool, missed: CrisisSupportMissed | None) -> None:
    if delivered:
        CRISIS_SUPPORT_SENT.inc()
    elif missed is not None:
        CRISIS_SUPPORT_FAILED.labels(missed.value).inc()
