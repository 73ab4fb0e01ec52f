import logging
import re

import uvicorn

from companion_common.logging import configure_logging
from companion_gateway.bootstrap import create_app
from companion_gateway.config import GatewaySettings

_QUERY_TOKEN = re.compile(r"([?&]token=)[^&\s\"']*")


class _RedactQueryTokens(logging.Filter):
    """uvicorn logs every WebSocket handshake with its path and query string ('"WebSocket /v1/stream?token=..."
    [accepted]'), and a client may pass its bearer token there: the token is redacted before the line is written."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = _QUERY_TOKEN.sub(r"\1[redacted]", record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(_QUERY_TOKEN.sub(r"\1[redacted]", a) if isinstance(a, str) else a for a in record.args)
        return True


def main() -> None:
    settings = GatewaySettings()
    configure_logging("gateway", settings.log_level)
    for name in ("uvicorn.error", "uvicorn.access"):
        logging.getLogger(name).addFilter(_RedactQueryTokens())
    # uvicorn handles SIGTERM: it stops accepting, drains, then runs the app's lifespan shutdown.
    uvicorn.run(
        create_app(settings),
        host=settings.http_host,
        port=settings.http_port,
        log_config=None,
        access_log=False,
        ws="websockets-sansio",
        ws_max_size=settings.max_ws_message_bytes,
        forwarded_allow_ips=settings.forwarded_allow_ips,
    )


if __name__ == "__main__":
    main()
