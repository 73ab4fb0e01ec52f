"""Tokens of an OpenID Connect provider, end to end: a gateway that verifies RS256/ES256 tokens against the
provider's JWKS (served here from a loopback HTTP server) besides HS256 development tokens; the provider
rotates its keys while the gateway runs."""

import json
import threading
import time
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import jwt
import pytest
import websockets
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from companion_devtools.stack import Stack

from .client import ChatClient, token_for
from .gateways import extra_gateway

ISSUER = "https://id.example.test/realms/companion"
AUDIENCE = "companion-api"


class Provider:
    """The provider's JWKS endpoint; the test swaps the key set."""

    def __init__(self) -> None:
        self.keys: list[dict[str, Any]] = []
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                body = json.dumps({"keys": provider.keys}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/protocol/openid-connect/certs"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


class SigningKey:
    def __init__(self, kid: str, algorithm: str) -> None:
        self.kid, self.algorithm = kid, algorithm
        self.private: Any = (
            rsa.generate_private_key(public_exponent=65537, key_size=2048)
            if algorithm == "RS256"
            else ec.generate_private_key(ec.SECP256R1())
        )
        public = json.loads(jwt.get_algorithm_by_name(algorithm).to_jwk(self.private.public_key()))
        self.jwk = {**public, "kid": kid, "use": "sig", "alg": algorithm}

    def token(self, user_id: str, **claims: Any) -> str:
        now = int(time.time())
        body = {"sub": user_id, "iss": ISSUER, "aud": AUDIENCE, "iat": now, "exp": now + 300, **claims}
        return jwt.encode(body, self.private, algorithm=self.algorithm, headers={"kid": self.kid})


@pytest.fixture(scope="module")
def provider() -> Iterator[Provider]:
    running = Provider()
    yield running
    running.server.shutdown()
    running.server.server_close()


@pytest.fixture(scope="module")
def keys() -> dict[str, SigningKey]:
    return {"2026-01": SigningKey("2026-01", "RS256"), "2026-02": SigningKey("2026-02", "RS256"),
            "ec": SigningKey("ec-1", "ES256")}  # fmt: skip


@pytest.fixture(scope="module")
def gateway(stack: Stack, provider: Provider, keys: dict[str, SigningKey]) -> Iterator[str]:
    provider.keys = [keys["2026-01"].jwk, keys["ec"].jwk]
    env = {
        "GATEWAY_OIDC_ISSUER": ISSUER,
        "GATEWAY_OIDC_AUDIENCE": AUDIENCE,
        "GATEWAY_OIDC_JWKS_URL": provider.url,
        "GATEWAY_OIDC_JWKS_MIN_REFRESH_S": "0",
    }
    with extra_gateway(stack, "gateway-oidc", env) as url:
        yield url


class OidcClient(ChatClient):
    def __init__(self, base_url: str, token: str, user_id: str) -> None:
        super().__init__(base_url, "x" * 32, user_id)
        self.headers["Authorization"] = f"Bearer {token}"
        self.http.headers["Authorization"] = f"Bearer {token}"


def _status(gateway: str, token: str) -> int:
    return httpx.get(f"{gateway}/v1/wellbeing", headers={"Authorization": f"Bearer {token}"}).status_code


async def test_a_providers_token_talks_end_to_end_and_development_tokens_still_work(
    gateway: str, stack: Stack, keys: dict[str, SigningKey]
) -> None:
    user = f"oidc-{uuid.uuid4().hex[:8]}"
    async with OidcClient(gateway, keys["2026-01"].token(user), user) as client:
        message_id = await client.send_ok("from-the-idp", "Hello from a real login")
        reply = await client.reply_to(message_id)
        assert reply["conversation_id"] == "from-the-idp"
        assert [t["id"] for t in await client.history("from-the-idp")] == [message_id, reply["delivery_id"]]

    assert _status(gateway, keys["ec"].token(user)) == 200  # ES256
    assert _status(gateway, token_for(user, stack.jwt_secret)) == 200  # HS256, the development token


@pytest.mark.parametrize(
    ("claims", "detail"),
    [
        ({"aud": "another-app"}, "token not meant for this service"),
        ({"iss": "https://evil.example.test"}, "token from an unknown issuer"),
        ({"exp": int(time.time()) - 60}, "token expired"),
    ],
)
def test_audience_issuer_and_expiry_are_checked(
    gateway: str, keys: dict[str, SigningKey], claims: dict[str, Any], detail: str
) -> None:
    response = httpx.get(
        f"{gateway}/v1/wellbeing", headers={"Authorization": f"Bearer {keys['2026-01'].token('eve', **claims)}"}
    )
    assert (response.status_code, response.json()["detail"]) == (401, detail)


async def test_key_rotation_the_new_key_is_accepted_and_the_removed_key_refused(
    gateway: str, provider: Provider, keys: dict[str, SigningKey]
) -> None:
    old_token = keys["2026-01"].token("rotating-user")
    new_token = keys["2026-02"].token("rotating-user")
    assert _status(gateway, old_token) == 200
    assert _status(gateway, new_token) == 401  # not published yet

    provider.keys = [keys["2026-01"].jwk, keys["2026-02"].jwk, keys["ec"].jwk]  # the new key is published
    assert _status(gateway, new_token) == 200
    assert _status(gateway, old_token) == 200

    provider.keys = [keys["2026-02"].jwk, keys["ec"].jwk]  # the old key is withdrawn
    # The gateway notices at its next fetch: here the one a token with a key id it does not know sets off.
    assert _status(gateway, SigningKey("2026-03", "RS256").token("someone")) == 401
    assert _status(gateway, old_token) == 401
    assert _status(gateway, new_token) == 200
    url = gateway.replace("http", "ws", 1) + "/v1/stream"
    with pytest.raises(websockets.exceptions.InvalidStatus):
        async with websockets.connect(url, additional_headers={"Authorization": f"Bearer {old_token}"}):
            pass
