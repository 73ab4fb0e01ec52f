"""Running a service process until SIGTERM/SIGINT, then shutting down gracefully."""

import asyncio
import signal
from collections.abc import Awaitable, Callable

import structlog

try:  # libuv's event loop: less CPU per message than asyncio's own (not built for Windows)
    import uvloop

    _LOOP_FACTORY: Callable[[], asyncio.AbstractEventLoop] | None = uvloop.new_event_loop
except ImportError:  # pragma: no cover - platforms without uvloop run on asyncio's loop
    _LOOP_FACTORY = None

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


def serve(start: Callable[[], Awaitable[None]], stop: Callable[[], Awaitable[None]]) -> None:
    """A service process's main: runs it on uvloop (where installed) until SIGTERM/SIGINT, then stops it."""
    with asyncio.Runner(loop_factory=_LOOP_FACTORY) as runner:
        runner.run(run_until_signalled(start, stop))
