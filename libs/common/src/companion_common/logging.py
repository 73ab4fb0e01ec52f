"""structlog configuration: one JSON object per line (or, with LOG_FORMAT=console, a readable line), for structlog
and stdlib loggers alike.

Bind per-message ids with ``structlog.contextvars.bound_contextvars(event_id=..., ...)``.
Message text must never be logged at INFO or above; log lengths and ids instead.
"""

import logging
import os
import sys

import structlog

from companion_common.settings import LogSettings

_SHARED_PROCESSORS: list[structlog.types.Processor] = [
    structlog.contextvars.merge_contextvars,
    structlog.stdlib.add_log_level,
    structlog.stdlib.add_logger_name,
    structlog.processors.TimeStamper(fmt="iso", utc=True),
]


def configure_logging(service: str, level: str = "INFO", log_format: str | None = None) -> None:
    """Route structlog and stdlib logging (grpc, uvicorn, faststream) through one renderer: JSON, or with
    ``log_format`` "console" (default: LOG_FORMAT) readable lines with the same fields."""
    console = (log_format or LogSettings().log_format) == "console"
    structlog.configure(
        processors=[
            *_SHARED_PROCESSORS,
            structlog.stdlib.ProcessorFormatter.wrap_for_formatter,
        ],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=_SHARED_PROCESSORS,
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            # Tracebacks as plain text: never structlog's rich locals, which may hold message bodies.
            structlog.processors.format_exc_info,
            _console_renderer() if console else structlog.processors.JSONRenderer(),
        ],
    )
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    structlog.contextvars.clear_contextvars()
    structlog.contextvars.bind_contextvars(service=service)
    # FastStream gives its loggers their own coloured stdout handler and stops propagation; route them
    # through ours instead. It logs each message with its body at DEBUG: keep its chatter at WARNING.
    for noisy in ("faststream", "faststream.access.redis", "httpx", "httpcore"):
        logger = logging.getLogger(noisy)
        logger.handlers.clear()
        logger.propagate = True
        logger.setLevel(max(logging.WARNING, root.level))


def _console_renderer() -> structlog.dev.ConsoleRenderer:
    # Colours only for a terminal (not for `make run`'s pipe, whose lines also go to the log files); NO_COLOR: none.
    colors = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    return structlog.dev.ConsoleRenderer(colors=colors, exception_formatter=structlog.dev.plain_traceback)


def get_logger(name: str) -> structlog.stdlib.BoundLogger:
    return structlog.stdlib.get_logger(name)
