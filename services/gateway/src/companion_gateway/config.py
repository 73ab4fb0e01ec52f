from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class GatewaySettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="GATEWAY_", extra="ignore")

    # Interface the HTTP/WebSocket API listens on.
    http_host: str = "127.0.0.1"
    # Port of the HTTP/WebSocket API (which also serves GET /metrics).
    http_port: int = 8080
    # Where this instance's gRPC Delivery server listens: dialogue and safety reach clients through it.
    grpc_bind: str = "127.0.0.1:50050"
    # The address dialogue and safety use to reach this instance's Delivery service (reply_to in events).
    advertise_address: str = ""
    # HS256 secret for client bearer tokens; required, at least 32 bytes (RFC 7518), never logged.
    jwt_secret: SecretStr = Field(min_length=32)
    # Issuer (`iss` claim) a client token must carry.
    jwt_issuer: str = "companion"
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
    # Requests declaring a larger body (Content-Length, in bytes) are refused with 413.
    max_body_bytes: int = 64 * 1024
    # Seconds a client_message_id is remembered, so that a retried send is not published twice.
    idempotency_ttl_s: int = 24 * 3600
    # Level of the JSON logs on stdout (DEBUG, INFO, WARNING, ERROR).
    log_level: str = "INFO"

    @property
    def delivery_address(self) -> str:
        return self.advertise_address or self.grpc_bind
