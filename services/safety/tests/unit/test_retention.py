"""Retention periods: what is deleted when, and the settings' bounds."""

from datetime import UTC, datetime, timedelta

import pytest
from pydantic import ValidationError

from companion_safety.config import SafetySettings
from companion_safety.domain.retention import RetentionPolicy
from companion_safety.service_layer.retention import RetentionService

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


class RecordingStore:
    def __init__(self, result: dict[str, int] | None) -> None:
        self.calls: list[tuple[datetime, datetime]] = []
        self.result = result

    async def purge(self, wellbeing_before: datetime, audit_before: datetime) -> dict[str, int] | None:
        self.calls.append((wellbeing_before, audit_before))
        return self.result


async def test_wellbeing_data_goes_after_90_days_and_the_audit_after_a_year_by_default() -> None:
    store = RecordingStore({"activity_days": 2})
    assert await RetentionService(store, RetentionPolicy(), clock=lambda: NOW).purge_expired() == {"activity_days": 2}
    assert store.calls == [(NOW - timedelta(days=90), NOW - timedelta(days=365))]


async def test_a_round_skipped_because_another_replica_purges_is_reported_as_such() -> None:
    assert await RetentionService(RecordingStore(None), RetentionPolicy(), clock=lambda: NOW).purge_expired() is None


def test_settings_keep_at_least_a_week_and_purge_on_a_positive_interval() -> None:
    settings = SafetySettings()
    assert (settings.wellbeing_retention_days, settings.audit_retention_days) == (90, 365)
    for bad in ({"wellbeing_retention_days": 3}, {"audit_retention_days": 0}, {"retention_purge_interval_hours": 0}):
        with pytest.raises(ValidationError):
            SafetySettings(**bad)  # type: ignore[arg-type]
