import asyncio

from companion_common.lifecycle import run_until_signalled
from companion_common.logging import configure_logging
from companion_safety.bootstrap import create_app
from companion_safety.config import SafetySettings


def main() -> None:
    settings = SafetySettings()
    configure_logging("safety", settings.log_level)
    app = create_app(settings)
    asyncio.run(run_until_signalled(app.start, app.stop))


if __name__ == "__main__":
    main()
