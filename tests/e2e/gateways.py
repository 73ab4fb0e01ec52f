"""One more gateway process on the suite's running system, with settings of its own (tight limits, an
OpenID Connect provider): replies to the messages it accepts come back through it, like any replica."""

from collections.abc import Iterator
from contextlib import contextmanager

from companion_devtools.containers import free_port
from companion_devtools.processes import ServiceProcess
from companion_devtools.stack import Stack, http_ready


@contextmanager
def extra_gateway(stack: Stack, name: str, env: dict[str, str]) -> Iterator[str]:
    """Starts the gateway; yields its base URL."""
    port = free_port()
    settings = {
        "REDIS_URL": stack.redis_url,
        "REDIS_CLUSTER": str(stack.options.redis_cluster).lower(),
        "MESSAGE_STREAM_PARTITIONS": str(stack.options.stream_partitions),
        "GATEWAY_HTTP_PORT": str(port),
        "GATEWAY_GRPC_BIND": f"127.0.0.1:{free_port()}",
        "GATEWAY_JWT_SECRET": stack.jwt_secret,
        "GATEWAY_DIALOGUE_ADDRESS": stack.dialogue_grpc,
        "GATEWAY_SAFETY_ADDRESS": stack.safety_grpc,
        "GATEWAY_MEMORY_ADDRESS": stack.memory_grpc,
        **env,
    }
    process = ServiceProcess(name, "companion_gateway", settings, stack.log_dir)
    url = f"http://127.0.0.1:{port}"
    process.start()
    try:
        process.wait_until(lambda: http_ready(f"{url}/readyz"))
        yield url
    finally:
        process.stop()
