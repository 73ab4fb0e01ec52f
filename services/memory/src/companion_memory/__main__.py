from companion_common.lifecycle import serve
from companion_common.logging import configure_logging
from companion_memory.bootstrap import create_app
from companion_memory.config import MemorySettings


def main() -> None:
    settings = MemorySettings()
    configure_logging("memory", settings.log_level)
    app = create_app(settings)
    serve(app.start, app.stop)


if __name__ == "__main__":
    main()
