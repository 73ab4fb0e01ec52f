from pydantic_settings import SettingsConfigDict

from companion_common.settings import ConsumerSettings


class MemorySettings(ConsumerSettings):
    model_config = SettingsConfigDict(env_prefix="MEMORY_", extra="ignore")

    grpc_bind: str = "127.0.0.1:50052"
    database_url: str = "postgresql://companion:companion@127.0.0.1:5432/companion"
    log_level: str = "INFO"
    consumer_group: str = "memory"
    recall_default_limit: int = 5
    recall_max_limit: int = 50
    max_text_chars: int = 16_000
