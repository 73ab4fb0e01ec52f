"""Init step of the dialogue, memory and safety pods: applies the service's migrations, then exits.

Mounted from the ConfigMap companion-migrate and run with the service's own image, so it applies exactly the SQL
files that image ships. companion_common.postgres.apply_migrations serialises every caller (replicas, and
services sharing a database) on one PostgreSQL advisory lock and records each file in schema_migrations in the
same transaction: the first pod of a release applies them, every other pod finds them applied and goes on.
The service applies the same migrations again at start (a no-op by then); doing it here first keeps a long
migration out of the reach of the startup probe, and a failed one shows as the pod's init error.
"""

import asyncio
import os
from importlib.resources import files

from companion_common.logging import configure_logging
from companion_common.postgres import apply_migrations

service = os.environ["SERVICE"]  # set by deploy/Dockerfile: gateway, dialogue, memory or safety
configure_logging(f"{service}-migrate", "INFO")
asyncio.run(
    apply_migrations(
        os.environ[f"{service.upper()}_DATABASE_URL"],
        files(f"companion_{service}.adapters") / "migrations",
        service=service,
    )
)
