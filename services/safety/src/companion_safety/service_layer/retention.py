"""Use case of retention: delete what is older than its stated period (see domain/retention.py).

Every replica runs it; the store lets one purge at a time and the others skip (each purge deletes everything due,
so a skipped round loses nothing).
"""

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Protocol

import structlog

from companion_safety.domain.retention import RetentionPolicy

log = structlog.stdlib.get_logger(__name__)


class RetentionStore(Protocol):
    async def purge(self, wellbeing_before: datetime, audit_before: datetime) -> dict[str, int] | None:
        """Rows deleted or cleared, by kind; None when another replica is purging."""
        ...


class RetentionService:
    def __init__(
        self,
        store: RetentionStore,
        policy: RetentionPolicy,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._store = store
        self._policy = policy
        self._clock = clock

    async def purge_expired(self) -> dict[str, int] | None:
        deleted = await self._store.purge(*self._policy.cutoffs(self._clock()))
        if deleted is None:
            log.info("retention_purge_skipped", reason="another replica is purging")
        else:
            log.info("retention_purged", **deleted)
        return deleted
