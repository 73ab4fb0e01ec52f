"""Who a bearer token belongs to: HS256 development tokens (a shared secret) and RS256/ES256 tokens of an
OpenID Connect provider, verified against its published keys (JWKS).

The provider's keys come from its JWKS URL or a file, and are kept in memory: refreshed every
``refresh_s``, and at once when a token names a key id (``kid``) not among them (the provider rotated its keys),
though never more often than every ``min_refresh_s``, so tokens with made-up key ids cannot make the gateway
hammer the provider. A key the provider removed is gone after the next refresh, and its tokens are refused.
"""

import asyncio
import json
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jwt
import structlog

from companion_gateway import tokens
from companion_gateway.tokens import IdentityUnavailable, InvalidToken

__all__ = ["IdentityUnavailable", "InvalidToken", "Jwks", "OidcRules", "TokenVerifier"]

log = structlog.stdlib.get_logger(__name__)

_MAX_JWKS_BYTES = 1024 * 1024
# Which key types may verify which algorithms: a token cannot choose HS256 and have a public key as its secret.
_KEY_TYPES = {"RS": "RSA", "PS": "RSA", "ES": "EC", "Ed": "OKP"}


@dataclass
class _Keys:
    keys: list[dict[str, Any]] = field(default_factory=list)
    loaded: bool = False
    fetched_at: float = float("-inf")  # monotonic time of the last attempt, successful or not
    verifiers: dict[tuple[int, str], jwt.PyJWK] = field(default_factory=dict)


class Jwks:
    """The provider's signing keys, from a URL or a file."""

    def __init__(
        self,
        *,
        url: str = "",
        path: Path | None = None,
        refresh_s: float = 3600.0,
        min_refresh_s: float = 30.0,
        timeout_s: float = 5.0,
    ) -> None:
        if bool(url) == (path is not None):
            raise ValueError("give a JWKS url or a path")
        self._url = url
        self._path = path
        self._refresh_s = refresh_s
        self._min_refresh_s = min_refresh_s
        self._timeout_s = timeout_s
        self._state = _Keys()
        self._lock = asyncio.Lock()

    async def refresh(self, *, force: bool = False) -> bool:
        """Fetches the keys unless they were fetched less than ``min_refresh_s`` ago (or, unless ``force``,
        keys are loaded and were fetched less than ``refresh_s`` ago); True if a new set was loaded."""
        async with self._lock:
            since = time.monotonic() - self._state.fetched_at
            if since < self._min_refresh_s or (not force and self._state.loaded and since < self._refresh_s):
                return False
            self._state.fetched_at = time.monotonic()
            try:
                raw = await asyncio.to_thread(self._read)
                keys = _parse(raw)
            except Exception as error:  # noqa: BLE001 - keep the keys we have; the next refresh tries again
                log.warning("jwks_refresh_failed", source=self._source, error_type=type(error).__name__)
                return False
            self._state = _Keys(keys, loaded=True, fetched_at=self._state.fetched_at)
            log.info("jwks_loaded", source=self._source, keys=len(keys))
            return True

    async def run(self) -> None:
        """Refreshes the keys every ``refresh_s`` (every ``min_refresh_s`` while they cannot be had)."""
        while True:
            await self.refresh()
            await asyncio.sleep(self._refresh_s if self._state.loaded else self._min_refresh_s)

    async def verifiers_for(self, kid: str | None, algorithm: str) -> list[jwt.PyJWK]:
        """The keys that may have signed a token with this header; refetches once for an unknown key id."""
        found = self._matching(kid, algorithm)
        if not found and (kid is not None or not self._state.loaded):
            if await self.refresh(force=True):
                found = self._matching(kid, algorithm)
        if not found and not self._state.loaded:
            raise IdentityUnavailable("the identity provider's keys cannot be fetched")
        return found

    def _matching(self, kid: str | None, algorithm: str) -> list[jwt.PyJWK]:
        state = self._state
        found = []
        for index, key in enumerate(state.keys):
            if kid is not None and key.get("kid") != kid:
                continue
            if key.get("kty") != _KEY_TYPES.get(algorithm[:2]) or key.get("alg", algorithm) != algorithm:
                continue
            verifier = state.verifiers.get((index, algorithm))
            if verifier is None:
                try:
                    verifier = state.verifiers[(index, algorithm)] = jwt.PyJWK(key, algorithm)
                except jwt.PyJWTError:
                    continue  # a key we cannot use (an unsupported curve): other keys may still verify
            found.append(verifier)
        return found

    @property
    def _source(self) -> str:
        return self._url or str(self._path)

    def _read(self) -> bytes:
        if self._path is not None:
            return self._path.read_bytes()[: _MAX_JWKS_BYTES + 1]
        request = urllib.request.Request(self._url, headers={"Accept": "application/json"})  # noqa: S310 - configured
        with urllib.request.urlopen(request, timeout=self._timeout_s) as response:  # noqa: S310 - configured URL
            return bytes(response.read(_MAX_JWKS_BYTES + 1))


def _parse(raw: bytes) -> list[dict[str, Any]]:
    if len(raw) > _MAX_JWKS_BYTES:
        raise ValueError("JWKS too large")
    document = json.loads(raw)
    keys = document.get("keys") if isinstance(document, dict) else None
    if not isinstance(keys, list):
        raise ValueError("not a JWKS: no keys")
    # Signing keys only; a symmetric key never belongs in a provider's public key set.
    return [k for k in keys if isinstance(k, dict) and k.get("use", "sig") == "sig" and k.get("kty") != "oct"]


@dataclass(frozen=True)
class OidcRules:
    issuer: str
    audience: str
    algorithms: frozenset[str]
    user_claim: str = "sub"


class TokenVerifier:
    """Verifies HS256 development tokens (when a secret is set) and the provider's tokens (when OIDC is set)."""

    def __init__(
        self,
        *,
        secret: str | None,
        issuer: str,
        leeway_s: float,
        max_bytes: int,
        oidc: OidcRules | None = None,
        jwks: Jwks | None = None,
    ) -> None:
        self._secret = secret
        self._issuer = issuer
        self._leeway_s = leeway_s
        self._max_bytes = max_bytes
        self._oidc = oidc
        self._jwks = jwks

    async def verify(self, token: str) -> str:
        """The user id of a valid token; raises InvalidToken (or IdentityUnavailable) otherwise."""
        if len(token) > self._max_bytes:
            raise InvalidToken("token too large")
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError as error:
            raise InvalidToken("invalid token") from error
        algorithm = header.get("alg")
        if algorithm == tokens.ALGORITHM and self._secret is not None:
            return tokens.verify(token, self._secret, issuer=self._issuer, leeway_s=self._leeway_s)
        if self._oidc is None or self._jwks is None or algorithm not in self._oidc.algorithms:
            raise InvalidToken("invalid token")
        kid = header.get("kid")
        verifiers = await self._jwks.verifiers_for(kid if isinstance(kid, str) else None, algorithm)
        if not verifiers:
            raise InvalidToken("unknown signing key")
        return self._verify_oidc(token, algorithm, verifiers, self._oidc)

    def _verify_oidc(self, token: str, algorithm: str, verifiers: list[jwt.PyJWK], rules: OidcRules) -> str:
        failure: Exception = InvalidToken("invalid token")
        for verifier in verifiers:
            try:
                claims = jwt.decode(
                    token,
                    verifier,
                    algorithms=[algorithm],
                    audience=rules.audience,
                    issuer=rules.issuer,
                    leeway=self._leeway_s,
                    options={"require": ["exp", "iss", "aud", rules.user_claim]},
                )
            except jwt.ExpiredSignatureError as error:
                raise InvalidToken("token expired") from error
            except jwt.InvalidSignatureError as error:
                failure = error  # another key with no kid to tell them apart may still verify it
                continue
            except jwt.PyJWTError as error:
                raise InvalidToken(_reason(error)) from error
            return tokens.user_of(claims.get(rules.user_claim))
        raise InvalidToken("invalid token") from failure


def _reason(error: jwt.PyJWTError) -> str:
    if isinstance(error, jwt.InvalidAudienceError):
        return "token not meant for this service"
    if isinstance(error, jwt.InvalidIssuerError):
        return "token from an unknown issuer"
    if isinstance(error, jwt.ImmatureSignatureError):
        return "token not valid yet"
    return "invalid token"
