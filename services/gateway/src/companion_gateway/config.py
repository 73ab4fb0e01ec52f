from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class GatewaySettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="GATEWAY_", extra="ignore")

    http_host: str = "127.0.0.1"
    http_port: int = 8080
    grpc_bind: str = "127.0.0.1:50050"
    # The address dialogue and safety use to reach this instance's Delivery service (reply_to in events).
    advertise_address: str = ""
    # HS256 secret for client bearer tokens; required, at least 32 bytes (RFC 7518), never logged.
    jwt_secret: SecretStr = Field(min_length=32)
    jwt_issuer: str = "companion"
    dialogue_address: str = "127.0.0.1:50051"
    dialogue_timeout_s: float = 3.0
    safety_address: str = "127.0.0.1:50053"
    safety_timeout_s: float = 3.0
    memory_address: str = "127.0.0.1:50052"
    memory_timeout_s: float = 5.0
    max_message_chars: int = 4000
    max_body_bytes: int = 64 * 1024
    idempotency_ttl_s: int = 24 * 3600
    log_level: str = "INFO"

    @property
    def delivery_address(self) -> str:
        return self.advertise_address or self.grpc_bind
