"""How long per-user data is kept, as Italy's Garante asked of Replika: stated periods, then deletion. Pure: no I/O.

- Wellbeing data, kept `wellbeing`: daily activity (messages, minutes, late-night use, dependency cues), the ids
  of messages already counted, the notices and nudges sent, and the times in a user's state (last notice, nudge,
  activity; an expired pause or pause question).
- The audit trail, kept `audit` (longer: to review how a crisis was handled): assessments and crisis support sent.
- Kept while they hold, being settings rather than a record of use: a user's quiet hours, a pause until further
  notice, time zone, and the minor flag (which keeps the stricter rules on).
- Kept for good: referral counts per day and region, which carry no identifiers (SB 243's yearly report).
"""

from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class RetentionPolicy:
    wellbeing: timedelta = timedelta(days=90)
    audit: timedelta = timedelta(days=365)

    def cutoffs(self, now: datetime) -> tuple[datetime, datetime]:
        """(wellbeing, audit): data older than these is deleted."""
        return now - self.wellbeing, now - self.audit
