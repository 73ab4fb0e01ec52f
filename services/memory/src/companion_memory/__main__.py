import asyncio

from companion_common.lifecycle import run_until_signalled
from companion_common.logging import configure_logging
from companion_memory.bootstrap import create_app
from companion_memory.config import MemorySettings


def main() -> None:
    settings = MemorySettings()
    configure_logging("memory", settings.log_level)
    app = create_app(settings)
    asyncio.run(run_until_signalled(app.start, app.stop))


if __name__ == "__main__":
    main()
