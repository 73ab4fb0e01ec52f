import uvicorn

from companion_common.logging import configure_logging
from companion_gateway.bootstrap import create_app
from companion_gateway.config import GatewaySettings


def main() -> None:
    settings = GatewaySettings()
    configure_logging("gateway", settings.log_level)
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
