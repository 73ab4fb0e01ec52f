from pathlib import Path

from pydantic import SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# Asymmetric algorithms a provider's keys may use (PyJWT with cryptography verifies them all).
OIDC_ALGORITHMS = frozenset({"RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"})


class GatewaySettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="GATEWAY_", extra="ignore", hide_input_in_errors=True)

    # Interface the HTTP/WebSocket API listens on.
    http_host: str = "127.0.0.1"
    # Port of the HTTP/WebSocket API (which also serves GET /metrics).
    http_port: int = 8080
    # Where this instance's gRPC Delivery server listens: dialogue and safety reach clients through it.
    grpc_bind: str = "127.0.0.1:50050"
    # The address dialogue and safety use to reach this instance's Delivery service (reply_to in events).
    advertise_address: str = ""
    # HS256 secret for development bearer tokens, at least 32 bytes (RFC 7518), never logged. Required unless
    # GATEWAY_JWT_SECRET_FILE or OpenID Connect (GATEWAY_OIDC_*) is set; leave it unset in production to accept
    # only the identity provider's tokens.
    jwt_secret: SecretStr | None = None
    # A file holding the HS256 secret instead of GATEWAY_JWT_SECRET (a mounted secret; trailing newline ignored).
    jwt_secret_file: Path | None = None
    # Issuer (`iss` claim) an HS256 development token must carry.
    jwt_issuer: str = "companion"
    # Seconds of clock skew allowed when checking `exp`, `nbf` and `iat` of any token (clocks kept by NTP differ
    # by far less; raise it for a provider whose clock drifts).
    jwt_leeway_s: float = 5.0
    # Longest bearer token accepted, in bytes; a longer one is refused before it is parsed.
    jwt_max_bytes: int = 8192
    # OpenID Connect: the issuer (`iss`) of the provider's tokens, e.g. https://login.example.com/realms/app.
    # Setting it (with an audience and a JWKS URL or file) turns on RS256/ES256 tokens from that provider.
    oidc_issuer: str = ""
    # OpenID Connect: the audience (`aud`) a provider's token must name: this API's client id or resource.
    oidc_audience: str = ""
    # OpenID Connect: where the provider publishes its signing keys (the `jwks_uri` of its discovery document).
    oidc_jwks_url: str = ""
    # OpenID Connect: a JWKS file to read the signing keys from instead of a URL (re-read like the URL).
    oidc_jwks_file: Path | None = None
    # Signature algorithms accepted from the provider, a JSON list (asymmetric only: HS256 never verifies against
    # a JWKS).
    oidc_algorithms: list[str] = ["RS256", "ES256"]
    # The claim of a provider's token that holds the user id.
    oidc_user_claim: str = "sub"
    # Seconds between routine refreshes of the provider's keys.
    oidc_jwks_refresh_s: float = 3600.0
    # Fewest seconds between two fetches of the keys: a token with an unknown key id (`kid`) refetches them (the
    # provider rotated its keys) at most this often, so forged key ids cannot make the gateway hammer the provider.
    oidc_jwks_min_refresh_s: float = 30.0
    # Seconds a fetch of the provider's keys may take.
    oidc_jwks_timeout_s: float = 5.0
    # Dialogue's gRPC address: history, personas and replies missed while no client was connected.
    dialogue_address: str = "127.0.0.1:50051"
    # Seconds a call to dialogue may take.
    dialogue_timeout_s: float = 3.0
    # Safety's gRPC address: the wellbeing API (pause, quiet hours, summary) and missed notices.
    safety_address: str = "127.0.0.1:50053"
    # Seconds a call to safety may take.
    safety_timeout_s: float = 3.0
    # Memory's gRPC address, for the memory API (list, forget, export).
    memory_address: str = "127.0.0.1:50052"
    # Seconds a call to memory may take.
    memory_timeout_s: float = 5.0
    # Longest message text accepted, in characters; a longer one is rejected.
    max_message_chars: int = 4000
    # Largest request body, in bytes: refused with 413 whether declared (Content-Length) or sent chunked.
    max_body_bytes: int = 64 * 1024
    # Largest WebSocket message a client may send, in bytes (clients only ping); a larger one closes the socket.
    max_ws_message_bytes: int = 4096
    # Per-user rate limit: tokens added to the user's bucket per second (every authenticated request and
    # WebSocket connection takes one). 0 turns the per-user limit off.
    rate_limit_user_per_s: float = 20.0
    # Per-user rate limit: the bucket's size, i.e. the burst a user may send at once.
    rate_limit_user_burst: int = 200
    # Per-address rate limit (every request but health checks and metrics, before authentication): tokens per
    # second per client address (an IPv6 client's /64). Generous: many users may share one address (NAT).
    # 0 turns the per-address limit off.
    rate_limit_address_per_s: float = 200.0
    # Per-address rate limit: the bucket's size.
    rate_limit_address_burst: int = 2000
    # Most WebSockets one user may have open across all gateway replicas; a further one is refused (closed
    # with code 1008 and a reason) while the ones already open are kept. 0 means no cap.
    max_websockets_per_user: int = 10
    # Seconds an open WebSocket's entry in Redis lives without renewal (renewed every third of it), so that
    # the sockets of a replica that died stop counting against the cap.
    websocket_lease_s: float = 60.0
    # Client addresses whose X-Forwarded-For / X-Forwarded-Proto headers are trusted (comma-separated IPs or
    # CIDRs, or *): set it to the load balancer's addresses, or every client has the balancer's address.
    forwarded_allow_ips: str = "127.0.0.1"
    # Seconds a client_message_id is remembered, so that a retried send is not published twice.
    idempotency_ttl_s: int = 24 * 3600
    # Level of the JSON logs on stdout (DEBUG, INFO, WARNING, ERROR).
    log_level: str = "INFO"

    @model_validator(mode="after")
    def _identity(self) -> "GatewaySettings":
        if self.jwt_secret_file is not None:
            if self.jwt_secret is not None:
                raise ValueError("set GATEWAY_JWT_SECRET or GATEWAY_JWT_SECRET_FILE, not both")
            self.jwt_secret = SecretStr(self.jwt_secret_file.read_text(encoding="utf-8").rstrip("\r\n"))
        if self.jwt_secret is not None and len(self.jwt_secret.get_secret_value().encode()) < 32:
            raise ValueError("the HS256 secret must be at least 32 bytes")
        if self.oidc_issuer or self.oidc_jwks_url or self.oidc_jwks_file:
            missing = [
                name
                for name, value in (
                    ("GATEWAY_OIDC_ISSUER", self.oidc_issuer),
                    ("GATEWAY_OIDC_AUDIENCE", self.oidc_audience),
                )
                if not value
            ]
            if not (self.oidc_jwks_url or self.oidc_jwks_file):
                missing.append("GATEWAY_OIDC_JWKS_URL or GATEWAY_OIDC_JWKS_FILE")
            if missing:
                raise ValueError(f"OpenID Connect needs {', '.join(missing)}")
            if self.oidc_jwks_url and self.oidc_jwks_file:
                raise ValueError("set GATEWAY_OIDC_JWKS_URL or GATEWAY_OIDC_JWKS_FILE, not both")
            if not set(self.oidc_algorithms) <= OIDC_ALGORITHMS:
                raise ValueError(f"GATEWAY_OIDC_ALGORITHMS may name only {', '.join(sorted(OIDC_ALGORITHMS))}")
        elif self.jwt_secret is None:
            raise ValueError(
                "set GATEWAY_JWT_SECRET (or _FILE) for development tokens, or GATEWAY_OIDC_* for a provider"
            )
        return self

    @property
    def oidc_enabled(self) -> bool:
        return bool(self.oidc_issuer)

    @property
    def delivery_address(self) -> str:
        return self.advertise_address or self.grpc_bind
