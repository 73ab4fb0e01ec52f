from typing import Literal

from pydantic import SecretStr
from pydantic_settings import SettingsConfigDict

from companion_common.settings import ConsumerSettings


class DialogueSettings(ConsumerSettings):
    model_config = SettingsConfigDict(env_prefix="DIALOGUE_", extra="ignore")

    grpc_bind: str = "127.0.0.1:50051"
    database_url: str = "postgresql://companion:companion@127.0.0.1:5432/companion"
    log_level: str = "INFO"
    consumer_group: str = "dialogue"
    memory_address: str = "127.0.0.1:50052"
    safety_address: str = "127.0.0.1:50053"
    recall_limit: int = 5
    recall_token_budget: int = 600
    recall_timeout_s: float = 1.0
    safety_timeout_s: float = 2.0
    delivery_timeout_s: float = 2.0
    recent_turns: int = 12
    # "offline": the built-in deterministic engine (no model); "openai": any OpenAI-compatible endpoint.
    engine: Literal["offline", "openai"] = "offline"
    openai_base_url: str = "http://127.0.0.1:8000/v1"
    openai_model: str = "gpt-4o-mini"
    openai_api_key: SecretStr = SecretStr("")
    openai_timeout_s: float = 30.0
    openai_max_tokens: int = 400
