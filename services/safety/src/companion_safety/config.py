from pydantic_settings import SettingsConfigDict

from companion_common.settings import ConsumerSettings


class SafetySettings(ConsumerSettings):
    model_config = SettingsConfigDict(env_prefix="SAFETY_", extra="ignore")

    grpc_bind: str = "127.0.0.1:50053"
    database_url: str = "postgresql://companion:companion@127.0.0.1:5432/companion"
    log_level: str = "INFO"
    consumer_group: str = "safety"
    delivery_timeout_s: float = 2.0
