"""Running a service process until SIGTERM/SIGINT, then shutting down gracefully."""

import asyncio
import signal
from collections.abc import Awaitable, Callable

import structlog

log = structlog.stdlib.get_logger(__name__)


async def run_until_signalled(start: Callable[[], Awaitable[None]], stop: Callable[[], Awaitable[None]]) -> None:
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stopping.set)
    try:
        await start()
        log.info("service_started")
        await stopping.wait()
        log.info("service_stopping")
    finally:
        await stop()
        log.info("service_stopped")
