"""Deletes per-user data past its retention period (domain/retention.py) in PostgreSQL.

One replica at a time, under a try-lock: the others skip that round. Each statement is idempotent anyway, so a
purge that fails halfway is simply finished by the next one. No index serves these scans: a few sequential scans
a day cost less than an extra index written on every message.
"""

import hashlib
from datetime import datetime

from companion_common.postgres import Pool

_LOCK = int.from_bytes(hashlib.sha256(b"companion:safety:retention").digest()[:8], "big", signed=True)

# Times in a user's state older than the period are cleared: none of them matters after so long (a new day
# brings a notice anyway; nudges are days apart; a pause or pause question that old has expired).
_CLEAR_STALE = (
    "UPDATE safety_user_state SET"
    " last_activity_at = CASE WHEN last_activity_at < %(wellbeing)s THEN NULL ELSE last_activity_at END,"
    " last_disclosed_at = CASE WHEN last_disclosed_at < %(wellbeing)s THEN NULL ELSE last_disclosed_at END,"
    " last_nudge_at = CASE WHEN last_nudge_at < %(wellbeing)s THEN NULL ELSE last_nudge_at END,"
    " paused_until = CASE WHEN paused_until < %(wellbeing)s THEN NULL ELSE paused_until END,"
    " pending_pause_until = CASE WHEN pending_pause_expires < %(wellbeing)s THEN NULL ELSE pending_pause_until END,"
    " pending_pause_indefinite = CASE WHEN pending_pause_expires < %(wellbeing)s THEN false"
    " ELSE pending_pause_indefinite END,"
    " pending_pause_expires = CASE WHEN pending_pause_expires < %(wellbeing)s THEN NULL ELSE pending_pause_expires END"
    " WHERE last_activity_at < %(wellbeing)s OR last_disclosed_at < %(wellbeing)s OR last_nudge_at < %(wellbeing)s"
    " OR paused_until < %(wellbeing)s OR pending_pause_expires < %(wellbeing)s"
)
# (kind, statement), the user state last: its rows are also written by live traffic, so their locks are held
# for the shortest time.
_PURGES = (
    ("activity_days", "DELETE FROM safety_activity_days WHERE day < %(wellbeing_day)s"),
    ("observed_messages", "DELETE FROM safety_observed_messages WHERE observed_at < %(wellbeing)s"),
    ("notices", "DELETE FROM safety_interventions WHERE kind <> 'crisis_support' AND created_at < %(wellbeing)s"),
    ("crisis_support", "DELETE FROM safety_interventions WHERE kind = 'crisis_support' AND created_at < %(audit)s"),
    ("assessments", "DELETE FROM safety_assessments WHERE created_at < %(audit)s"),
    ("user_state_cleared", _CLEAR_STALE),
    (
        # Rows left with nothing the user chose: they come back with the user's next message.
        "user_state_deleted",
        "DELETE FROM safety_user_state WHERE updated_at < %(wellbeing)s"
        " AND last_activity_at IS NULL AND last_disclosed_at IS NULL AND last_nudge_at IS NULL"
        " AND paused_until IS NULL AND NOT paused_indefinitely AND pending_pause_expires IS NULL"
        " AND quiet_start IS NULL AND quiet_end IS NULL AND NOT minor_signal_seen",
    ),
)


class PostgresRetention:
    def __init__(self, pool: Pool) -> None:
        self._pool = pool

    async def purge(self, wellbeing_before: datetime, audit_before: datetime) -> dict[str, int] | None:
        params = {"wellbeing": wellbeing_before, "wellbeing_day": wellbeing_before.date(), "audit": audit_before}
        async with self._pool.connection() as conn, conn.transaction():
            cursor = await conn.execute("SELECT pg_try_advisory_xact_lock(%s) AS locked", (_LOCK,))
            row = await cursor.fetchone()
            if row is None or not row["locked"]:
                return None
            deleted: dict[str, int] = {}
            for kind, statement in _PURGES:
                deleted[kind] = (await conn.execute(statement, params)).rowcount
            return deleted
