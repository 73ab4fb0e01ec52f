import asyncio

from companion_common.lifecycle import run_until_signalled
from companion_common.logging import configure_logging
from companion_dialogue.bootstrap import create_app
from companion_dialogue.config import DialogueSettings


def main() -> None:
    settings = DialogueSettings()
    configure_logging("dialogue", settings.log_level)
    app = create_app(settings)
    asyncio.run(run_until_signalled(app.start, app.stop))


if __name__ == "__main__":
    main()
