"""End-to-end tests: real Redis and PostgreSQL containers, every service as a real process on loopback."""

from collections.abc import Iterator

import pytest

from companion_devtools.stack import Stack, StackOptions


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/e2e" in str(item.path):
            item.add_marker(pytest.mark.integration)


@pytest.fixture(scope="session")
def stack() -> Iterator[Stack]:
    # Two dialogue replicas throughout: every test also checks that replicas never answer twice.
    # Dialogue looks for due check-ins often, and a short burst window keeps every reply quick.
    dialogue = {
        "DIALOGUE_FOLLOWUP_INTERVAL_S": "0.3",
        "DIALOGUE_FOLLOWUP_RETRY_S": "1",
        "DIALOGUE_BURST_WINDOW_MS": "300",
    }
    with Stack(StackOptions(dialogue_replicas=2, reclaim_idle_ms=3_000, env={"dialogue": dialogue})) as running:
        yield running
