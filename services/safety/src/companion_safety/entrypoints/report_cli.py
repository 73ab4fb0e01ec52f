"""The yearly crisis-referral report (California SB 243) as JSON, straight from the safety database.

python -m companion_safety.entrypoints.report_cli --year 2026     (or: companion-safety-report --year 2026)
"""

import argparse
import asyncio
import json
from datetime import UTC, datetime

from companion_common.postgres import open_pool
from companion_safety.adapters.postgres_wellbeing import PostgresWellbeing
from companion_safety.config import SafetySettings
from companion_safety.service_layer.wellbeing import referral_report


async def _report(database_url: str, year: int) -> dict[str, object]:
    pool = await open_pool(database_url, min_size=1, max_size=1)
    try:
        report = await referral_report(PostgresWellbeing(pool), year)
    finally:
        await pool.close()
    return {
        "year": report.year,
        "crisis_referrals": report.total,
        "by_region": report.by_region,
        "by_month": report.by_month,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description="Yearly count of crisis referrals, without identifiers.")
    parser.add_argument("--year", type=int, default=datetime.now(UTC).year - 1)
    args = parser.parse_args()
    print(json.dumps(asyncio.run(_report(SafetySettings().database_url, args.year)), indent=2))


if __name__ == "__main__":
    main()
