"""Service-to-service security on real aio servers: TLS, mTLS and the shared service token, all off by default.

Certificates come from a private CA made for the test (companion_devtools.pki); the service certificate names
``companion.internal`` only (no address), so clients check it by GRPC_TLS_SERVER_NAME as in production."""

import asyncio
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc
from pydantic import ValidationError
from structlog.testing import capture_logs

from companion.v1 import delivery_pb2, delivery_pb2_grpc
from companion_common.grpc_serving import Channels, GrpcServer, blocking_channel, token_refusal
from companion_common.settings import GrpcSecuritySettings
from companion_devtools.pki import SERVER_NAME, Pki, write_pki

TOKEN = "a-shared-service-token-0123456789"
VARIABLES = [name.upper() for name in GrpcSecuritySettings.model_fields]


@pytest.fixture(autouse=True)
def _no_security_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return write_pki(tmp_path_factory.mktemp("pki"), names=(SERVER_NAME,), loopback=False)


@pytest.fixture(scope="module")
def rogue(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    """Another CA with a certificate for the same name: trusted by nobody here."""
    return write_pki(tmp_path_factory.mktemp("rogue"), names=(SERVER_NAME,), loopback=False)


class Delivery(delivery_pb2_grpc.DeliveryServicer):
    async def Deliver(self, request: Any, context: Any) -> delivery_pb2.DeliverResponse:  # noqa: N802
        return delivery_pb2.DeliverResponse(connections=1)

    async def DeliverStream(self, request_iterator: Any, context: Any) -> delivery_pb2.DeliverResponse:  # noqa: N802
        frames = [frame async for frame in request_iterator]
        return delivery_pb2.DeliverResponse(connections=len(frames))


def security(**fields: Any) -> GrpcSecuritySettings:
    return GrpcSecuritySettings(**fields)


def serving(pki: Pki, *, client_auth: bool = False, **fields: Any) -> GrpcSecuritySettings:
    return security(
        grpc_tls_cert_file=pki.cert_file,
        grpc_tls_key_file=pki.key_file,
        grpc_tls_ca_file=pki.ca_file,
        grpc_tls_client_auth=client_auth,
        **fields,
    )


def calling(pki: Pki, *, with_cert: bool = False, **fields: Any) -> GrpcSecuritySettings:
    """A client: the CA (and its own certificate with ``with_cert``), checking the server by the shared name."""
    cert = {"grpc_tls_cert_file": pki.cert_file, "grpc_tls_key_file": pki.key_file} if with_cert else {}
    return security(grpc_tls_ca_file=pki.ca_file, grpc_tls_server_name=SERVER_NAME, **cert, **fields)


@pytest.fixture
async def start() -> AsyncIterator[Callable[[GrpcSecuritySettings], Any]]:
    servers: list[GrpcServer] = []

    async def started(settings: GrpcSecuritySettings) -> str:
        server = GrpcServer(
            "127.0.0.1:0", lambda s: delivery_pb2_grpc.add_DeliveryServicer_to_server(Delivery(), s), settings
        )
        await server.start()
        await server.mark_serving()
        servers.append(server)
        return f"127.0.0.1:{server.port}"

    yield started
    for server in servers:
        await server.stop(0)


async def deliver(settings: GrpcSecuritySettings, address: str) -> int:
    channels = Channels(settings)
    try:
        stub = delivery_pb2_grpc.DeliveryStub(channels.get(address))
        response = await stub.Deliver(delivery_pb2.DeliverRequest(), timeout=5)
        return int(response.connections)
    finally:
        await channels.close()


async def deliver_stream(settings: GrpcSecuritySettings, address: str) -> int:
    channels = Channels(settings)
    try:
        call = delivery_pb2_grpc.DeliveryStub(channels.get(address)).DeliverStream(timeout=5)
        await call.write(delivery_pb2.ReplyFrame(seq=0))
        await call.write(delivery_pb2.ReplyFrame(seq=1, delta="hi"))
        await call.done_writing()
        return int((await call).connections)
    finally:
        await channels.close()


async def health(settings: GrpcSecuritySettings, address: str) -> int:
    channels = Channels(settings)
    try:
        response = await health_pb2_grpc.HealthStub(channels.get(address)).Check(
            health_pb2.HealthCheckRequest(), timeout=5
        )
        return int(response.status)
    finally:
        await channels.close()


async def refused(call: Any) -> grpc.aio.AioRpcError:
    with pytest.raises(grpc.aio.AioRpcError) as raised:
        await call
    return raised.value


async def test_by_default_servers_and_channels_stay_plaintext_without_a_token(start: Any) -> None:
    settings = GrpcSecuritySettings()
    assert not settings.tls
    assert settings.accepted_tokens() == []
    assert settings.grpc_tls_ca_file is None

    address = await start(settings)

    assert await deliver(GrpcSecuritySettings(), address) == 1
    async with grpc.aio.insecure_channel(address) as plain:  # a bare channel, as before this existed
        response = await delivery_pb2_grpc.DeliveryStub(plain).Deliver(delivery_pb2.DeliverRequest(), timeout=5)
    assert response.connections == 1


async def test_tls_serves_clients_that_trust_the_ca_and_refuses_the_others(start: Any, pki: Pki, rogue: Pki) -> None:
    address = await start(serving(pki))

    assert await deliver(calling(pki), address) == 1
    assert await deliver_stream(calling(pki), address) == 2
    assert await health(calling(pki), address) == health_pb2.HealthCheckResponse.SERVING
    # No CA: a plaintext client cannot talk to a TLS server.
    assert (await refused(deliver(GrpcSecuritySettings(), address))).code() == grpc.StatusCode.UNAVAILABLE
    # Another CA: the server's certificate is not trusted.
    assert (await refused(deliver(calling(rogue), address))).code() == grpc.StatusCode.UNAVAILABLE
    # The certificate does not name the address: without GRPC_TLS_SERVER_NAME the client refuses it.
    unnamed = security(grpc_tls_ca_file=pki.ca_file)
    assert (await refused(deliver(unnamed, address))).code() == grpc.StatusCode.UNAVAILABLE


async def test_mtls_refuses_clients_without_a_certificate_of_the_ca(start: Any, pki: Pki, rogue: Pki) -> None:
    address = await start(serving(pki, client_auth=True))

    assert await deliver(calling(pki, with_cert=True), address) == 1
    assert (await refused(deliver(calling(pki), address))).code() == grpc.StatusCode.UNAVAILABLE
    strangers_cert = calling(pki, grpc_tls_cert_file=rogue.cert_file, grpc_tls_key_file=rogue.key_file)
    assert (await refused(deliver(strangers_cert, address))).code() == grpc.StatusCode.UNAVAILABLE
    # Health too needs the certificate under mTLS (the transport is refused before any method).
    assert (await refused(health(calling(pki), address))).code() == grpc.StatusCode.UNAVAILABLE


async def test_the_token_is_required_on_every_method_but_health(start: Any, pki: Pki) -> None:
    address = await start(serving(pki, grpc_service_token=TOKEN))
    wrong = "a-wrong-service-token-9876543210"

    with capture_logs() as logs:
        missing = await refused(deliver(calling(pki), address))
        mistaken = await refused(deliver(calling(pki, grpc_service_token=wrong), address))
        streamed = await refused(deliver_stream(calling(pki), address))

    assert missing.code() == grpc.StatusCode.UNAUTHENTICATED
    assert missing.details().startswith("missing service token")
    assert mistaken.code() == grpc.StatusCode.UNAUTHENTICATED
    assert mistaken.details() == "wrong service token"
    assert streamed.code() == grpc.StatusCode.UNAUTHENTICATED
    assert [(entry["event"], entry["method"]) for entry in logs] == [
        ("grpc_call_unauthenticated", "Deliver"),
        ("grpc_call_unauthenticated", "Deliver"),
        ("grpc_call_unauthenticated", "DeliverStream"),
    ]
    assert TOKEN not in repr(logs)
    assert wrong not in repr(logs)
    assert await deliver(calling(pki, grpc_service_token=TOKEN), address) == 1
    assert await deliver_stream(calling(pki, grpc_service_token=TOKEN), address) == 2
    assert await health(calling(pki), address) == health_pb2.HealthCheckResponse.SERVING


async def test_without_tls_the_token_still_guards_the_methods(start: Any) -> None:
    with capture_logs() as logs:
        address = await start(security(grpc_service_token=TOKEN))
    assert [entry["event"] for entry in logs] == ["grpc_token_without_tls"]

    assert (await refused(deliver(GrpcSecuritySettings(), address))).code() == grpc.StatusCode.UNAUTHENTICATED
    assert await deliver(security(grpc_service_token=TOKEN), address) == 1
    assert await health(GrpcSecuritySettings(), address) == health_pb2.HealthCheckResponse.SERVING


async def test_during_a_rotation_servers_accept_the_next_token_too(start: Any) -> None:
    following = "the-next-service-token-after-rotation"
    address = await start(security(grpc_service_token=TOKEN, grpc_service_token_accepted=following))

    assert await deliver(security(grpc_service_token=TOKEN), address) == 1
    assert await deliver(security(grpc_service_token=following), address) == 1


def test_a_token_is_compared_whole_and_malformed_metadata_is_named() -> None:
    accepted = [TOKEN.encode()]
    assert token_refusal([("authorization", f"Bearer {TOKEN}")], accepted) is None
    assert token_refusal([("Authorization", f"Bearer {TOKEN}")], accepted) is None
    assert token_refusal([("authorization", f"Bearer {TOKEN}x")], accepted) == "wrong service token"
    assert token_refusal([("authorization", f"Bearer {TOKEN[:-1]}")], accepted) == "wrong service token"
    assert token_refusal([("authorization", TOKEN)], accepted) is not None
    assert token_refusal([("authorization", f"Bearer {TOKEN}")] * 2, accepted) is not None
    assert token_refusal(None, accepted) is not None


async def test_the_blocking_channel_of_probes_checks_health_over_tls_without_a_token(start: Any, pki: Pki) -> None:
    address = await start(serving(pki, grpc_service_token=TOKEN))

    def probe() -> int:  # blocking, as stack.py's probe: on a thread, while the server runs on this loop
        with blocking_channel(address, calling(pki)) as channel:
            response = health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest(), timeout=5)
        return int(response.status)

    assert await asyncio.to_thread(probe) == health_pb2.HealthCheckResponse.SERVING


def test_secrets_come_from_the_environment_or_a_file_never_both(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN + "\n", encoding="utf-8")
    monkeypatch.setenv("GRPC_SERVICE_TOKEN_FILE", str(token_file))
    assert GrpcSecuritySettings().accepted_tokens() == [TOKEN.encode()]
    assert TOKEN not in repr(GrpcSecuritySettings())

    monkeypatch.setenv("GRPC_SERVICE_TOKEN", TOKEN)
    with pytest.raises(ValidationError, match="not both"):
        GrpcSecuritySettings()
    monkeypatch.delenv("GRPC_SERVICE_TOKEN_FILE")
    assert GrpcSecuritySettings().accepted_tokens() == [TOKEN.encode()]
    monkeypatch.setenv("GRPC_SERVICE_TOKEN", "")
    assert GrpcSecuritySettings().accepted_tokens() == []


@pytest.mark.parametrize(
    ("fields", "complaint"),
    [
        ({"grpc_service_token": "short"}, "at least 16"),
        ({"grpc_service_token": "a token with a newline\n in it"}, "printable ASCII"),
        ({"grpc_service_token_accepted": TOKEN}, "needs GRPC_SERVICE_TOKEN"),
        ({"grpc_tls_cert_file": "service.pem"}, "both GRPC_TLS_CERT_FILE and GRPC_TLS_KEY_FILE"),
        ({"grpc_tls_client_auth": True, "grpc_tls_ca_file": "ca.pem"}, "GRPC_TLS_CLIENT_AUTH needs"),
    ],
)
def test_inconsistent_settings_are_refused_at_start(fields: dict[str, Any], complaint: str) -> None:
    with pytest.raises(ValidationError, match=complaint):
        GrpcSecuritySettings(**fields)


async def test_a_plaintext_health_port_serves_probes_that_cannot_speak_tls_and_nothing_else(pki: Pki) -> None:
    server = GrpcServer(
        "127.0.0.1:0",
        lambda s: delivery_pb2_grpc.add_DeliveryServicer_to_server(Delivery(), s),
        serving(pki, client_auth=True, grpc_health_bind="127.0.0.1:0"),
    )
    await server.start()
    await server.mark_serving()
    try:
        probe = f"127.0.0.1:{server.health_port}"
        assert await health(GrpcSecuritySettings(), probe) == health_pb2.HealthCheckResponse.SERVING
        unimplemented = await refused(deliver(GrpcSecuritySettings(), probe))
        assert unimplemented.code() == grpc.StatusCode.UNIMPLEMENTED
    finally:
        await server.stop(0)
