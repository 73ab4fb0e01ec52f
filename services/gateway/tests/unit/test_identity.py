"""Tokens of an OpenID Connect provider (RS256/ES256 against its JWKS, from a loopback HTTP server or a file),
development tokens (HS256), and the settings that choose between them."""

import asyncio
import base64
import hashlib
import hmac
import json
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from pydantic import ValidationError

from companion_gateway.adapters.identity import IdentityUnavailable, InvalidToken, Jwks, OidcRules, TokenVerifier
from companion_gateway.config import GatewaySettings
from companion_gateway.tokens import mint

ISSUER = "https://login.example.test/realms/companion"
AUDIENCE = "companion-api"
SECRET = "a-test-secret-that-is-at-least-32-bytes-long"
RULES = OidcRules(ISSUER, AUDIENCE, frozenset({"RS256", "ES256"}))


class Key:
    def __init__(self, kid: str, kind: str = "RS256") -> None:
        self.kid = kid
        self.algorithm = kind
        self.private: Any = (
            rsa.generate_private_key(public_exponent=65537, key_size=2048)
            if kind == "RS256"
            else ec.generate_private_key(ec.SECP256R1())
        )

    @property
    def jwk(self) -> dict[str, Any]:
        algorithm = jwt.get_algorithm_by_name(self.algorithm)
        public = json.loads(algorithm.to_jwk(self.private.public_key()))
        return {**public, "kid": self.kid, "use": "sig", "alg": self.algorithm}

    def sign(self, **overrides: Any) -> str:
        now = int(time.time())
        claims = {"sub": "alice", "iss": ISSUER, "aud": AUDIENCE, "iat": now, "exp": now + 300, **overrides}
        claims = {k: v for k, v in claims.items() if v is not None}
        return jwt.encode(claims, self.private, algorithm=self.algorithm, headers={"kid": self.kid})


class Provider:
    """A JWKS endpoint on loopback whose key set the test changes; counts the fetches."""

    def __init__(self) -> None:
        self.keys: list[dict[str, Any]] = []
        self.fetches = 0
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                provider.fetches += 1
                body = json.dumps({"keys": provider.keys}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/jwks.json"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def keys() -> dict[str, Key]:
    return {"old": Key("old"), "new": Key("new"), "ec": Key("ec", "ES256"), "stranger": Key("old")}


@pytest.fixture
def provider() -> Iterator[Provider]:
    running = Provider()
    yield running
    running.close()


def verifier(jwks: Jwks, *, secret: str | None = None, leeway_s: float = 30) -> TokenVerifier:
    return TokenVerifier(secret=secret, issuer="companion", leeway_s=leeway_s, max_bytes=8192, oidc=RULES, jwks=jwks)


async def test_rs256_and_es256_tokens_verify_against_the_providers_keys(
    provider: Provider, keys: dict[str, Key]
) -> None:
    provider.keys = [keys["old"].jwk, keys["ec"].jwk]
    check = verifier(Jwks(url=provider.url))

    assert await check.verify(keys["old"].sign()) == "alice"
    assert await check.verify(keys["ec"].sign(sub="bob")) == "bob"
    assert provider.fetches == 1  # cached


# The claims as of the moment the test runs (times taken when the tests were collected went stale in a long run:
# "not valid yet" two minutes after collection was valid by the time the test ran, and CI failed).
@pytest.mark.parametrize(
    ("claims_at", "reason"),
    [
        (lambda now: {"aud": "someone-else"}, "token not meant for this service"),
        (lambda now: {"aud": None}, "invalid token"),
        (lambda now: {"iss": "https://evil.example.test"}, "token from an unknown issuer"),
        (lambda now: {"exp": now - 120}, "token expired"),
        (lambda now: {"nbf": now + 120}, "token not valid yet"),
        (lambda now: {"sub": None}, "invalid token"),
        (lambda now: {"sub": "x" * 129}, "invalid subject"),
    ],
)
async def test_audience_issuer_expiry_and_subject_are_checked(
    provider: Provider, keys: dict[str, Key], claims_at: Callable[[int], dict[str, Any]], reason: str
) -> None:
    provider.keys = [keys["old"].jwk]
    claims = claims_at(int(time.time()))
    with pytest.raises(InvalidToken, match=reason):
        await verifier(Jwks(url=provider.url)).verify(keys["old"].sign(**claims))


async def test_clock_skew_within_the_leeway_is_allowed(provider: Provider, keys: dict[str, Key]) -> None:
    provider.keys = [keys["old"].jwk]
    check = verifier(Jwks(url=provider.url), leeway_s=30)
    now = int(time.time())

    assert await check.verify(keys["old"].sign(exp=now - 10, nbf=now + 10, iat=now + 10)) == "alice"
    with pytest.raises(InvalidToken, match="token expired"):
        await check.verify(keys["old"].sign(exp=now - 60))


async def test_key_rotation_a_new_key_is_fetched_at_once_and_a_removed_key_is_refused(
    provider: Provider, keys: dict[str, Key]
) -> None:
    provider.keys = [keys["old"].jwk]
    jwks = Jwks(url=provider.url, refresh_s=3600, min_refresh_s=0)
    check = verifier(jwks)
    old_token = keys["old"].sign()
    assert await check.verify(old_token) == "alice"

    provider.keys = [keys["new"].jwk]  # the provider rotates: the old key is gone, a new one signs
    assert await check.verify(keys["new"].sign(sub="carol")) == "carol"  # unknown kid: refetched at once
    assert provider.fetches == 2
    with pytest.raises(InvalidToken, match="unknown signing key"):
        await check.verify(old_token)


async def test_unknown_key_ids_refetch_at_most_once_per_minimum_interval(
    provider: Provider, keys: dict[str, Key]
) -> None:
    provider.keys = [keys["old"].jwk]
    check = verifier(Jwks(url=provider.url, min_refresh_s=60))
    assert await check.verify(keys["old"].sign()) == "alice"
    forged = [
        jwt.encode({"sub": "x"}, keys["old"].private, algorithm="RS256", headers={"kid": f"k{i}"}) for i in range(5)
    ]

    for token in forged:
        with pytest.raises(InvalidToken, match="unknown signing key"):
            await check.verify(token)

    assert provider.fetches == 1


async def test_keys_are_refreshed_periodically(provider: Provider, keys: dict[str, Key]) -> None:
    provider.keys = [keys["old"].jwk]
    jwks = Jwks(url=provider.url, refresh_s=0.2, min_refresh_s=0.05)
    task = asyncio.create_task(jwks.run())
    try:
        await asyncio.sleep(0.1)
        provider.keys = []  # the old key is withdrawn; no token asks, the routine refresh notices
        await asyncio.sleep(0.4)
        assert provider.fetches >= 2
        assert await jwks.verifiers_for("old", "RS256") == []
    finally:
        task.cancel()


async def test_keys_from_a_file_are_reread_on_rotation(tmp_path: Path, keys: dict[str, Key]) -> None:
    path = tmp_path / "jwks.json"
    path.write_text(json.dumps({"keys": [keys["old"].jwk]}))
    check = verifier(Jwks(path=path, min_refresh_s=0))
    assert await check.verify(keys["old"].sign()) == "alice"

    path.write_text(json.dumps({"keys": [keys["new"].jwk]}))
    assert await check.verify(keys["new"].sign()) == "alice"
    with pytest.raises(InvalidToken, match="unknown signing key"):
        await check.verify(keys["old"].sign())


async def test_a_token_signed_by_a_stranger_with_a_known_kid_is_refused(
    provider: Provider, keys: dict[str, Key]
) -> None:
    provider.keys = [keys["old"].jwk]
    with pytest.raises(InvalidToken, match="invalid token"):
        await verifier(Jwks(url=provider.url)).verify(keys["stranger"].sign())


async def test_provider_unreachable_is_unavailable_not_a_bad_token(keys: dict[str, Key]) -> None:
    check = verifier(Jwks(url="http://127.0.0.1:9/jwks.json", timeout_s=0.5))
    with pytest.raises(IdentityUnavailable):
        await check.verify(keys["old"].sign())


async def test_development_tokens_still_verify_and_algorithm_confusion_is_refused(
    provider: Provider, keys: dict[str, Key]
) -> None:
    provider.keys = [keys["old"].jwk]
    with_secret = verifier(Jwks(url=provider.url), secret=SECRET)
    provider_only = verifier(Jwks(url=provider.url))
    public_pem = (
        keys["old"]
        .private.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    # HS256 "signed" with the provider's public key, as if it were a shared secret.
    now = int(time.time())
    confused = _hs256_by_hand(
        {"alg": "HS256", "typ": "JWT", "kid": "old"},
        {"sub": "mallory", "iss": ISSUER, "aud": AUDIENCE, "exp": now + 60},
        public_pem,
    )
    unsigned = jwt.encode({"sub": "mallory", "iss": ISSUER, "aud": AUDIENCE, "exp": now + 60}, None, algorithm="none")

    assert await with_secret.verify(mint("dev", SECRET)) == "dev"
    with pytest.raises(InvalidToken):
        await provider_only.verify(mint("dev", SECRET))
    for token in (confused, unsigned, "not-a-jwt", "x" * 9000):
        with pytest.raises(InvalidToken):
            await with_secret.verify(token)


def _hs256_by_hand(header: dict[str, Any], claims: dict[str, Any], key: bytes) -> str:
    """PyJWT refuses to use a public key as an HMAC secret; an attacker's code would not."""

    def part(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    signing_input = f"{part(json.dumps(header).encode())}.{part(json.dumps(claims).encode())}"
    return f"{signing_input}.{part(hmac.new(key, signing_input.encode(), hashlib.sha256).digest())}"


def test_the_secret_may_come_from_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GATEWAY_JWT_SECRET", raising=False)
    path = tmp_path / "secret"
    path.write_text(SECRET + "\n")
    monkeypatch.setenv("GATEWAY_JWT_SECRET_FILE", str(path))

    settings = GatewaySettings()

    assert settings.jwt_secret is not None
    assert settings.jwt_secret.get_secret_value() == SECRET


@pytest.mark.parametrize(
    ("env", "error"),
    [
        ({}, "GATEWAY_JWT_SECRET"),
        ({"GATEWAY_JWT_SECRET": "short"}, "at least 32 bytes"),
        ({"GATEWAY_OIDC_ISSUER": ISSUER, "GATEWAY_OIDC_JWKS_URL": "http://x"}, "GATEWAY_OIDC_AUDIENCE"),
        ({"GATEWAY_OIDC_ISSUER": ISSUER, "GATEWAY_OIDC_AUDIENCE": AUDIENCE}, "GATEWAY_OIDC_JWKS_URL"),
        (
            {
                "GATEWAY_OIDC_ISSUER": ISSUER,
                "GATEWAY_OIDC_AUDIENCE": AUDIENCE,
                "GATEWAY_OIDC_JWKS_URL": "http://x",
                "GATEWAY_OIDC_ALGORITHMS": '["HS256"]',
            },
            "may name only",
        ),
    ],
)
def test_identity_settings_that_cannot_work_are_refused(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], error: str
) -> None:
    monkeypatch.delenv("GATEWAY_JWT_SECRET", raising=False)
    monkeypatch.delenv("GATEWAY_JWT_SECRET_FILE", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError, match=error):
        GatewaySettings()


def test_oidc_alone_needs_no_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GATEWAY_JWT_SECRET", raising=False)
    for name, value in {
        "GATEWAY_OIDC_ISSUER": ISSUER,
        "GATEWAY_OIDC_AUDIENCE": AUDIENCE,
        "GATEWAY_OIDC_JWKS_URL": "http://127.0.0.1:1/jwks.json",
    }.items():
        monkeypatch.setenv(name, value)
    settings = GatewaySettings()
    assert settings.oidc_enabled
    assert settings.jwt_secret is None


async def test_keys_that_could_not_be_had_at_start_are_fetched_as_soon_as_they_are_there(
    tmp_path: Path, keys: dict[str, Key]
) -> None:
    path = tmp_path / "jwks.json"  # not there yet: the provider's keys cannot be had when the gateway starts
    jwks = Jwks(path=path, refresh_s=3600, min_refresh_s=0.1)
    check = verifier(jwks)
    with pytest.raises(IdentityUnavailable):
        await check.verify(keys["old"].sign())

    path.write_text(json.dumps({"keys": [keys["old"].jwk]}))
    task = asyncio.create_task(jwks.run())
    try:
        await asyncio.sleep(0.3)
        assert await jwks.verifiers_for(None, "RS256") != []
        assert await check.verify(keys["old"].sign()) == "alice"
    finally:
        task.cancel()
