from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import SettingsConfigDict

from companion_common.settings import ConsumerSettings


class DialogueSettings(ConsumerSettings):
    model_config = SettingsConfigDict(env_prefix="DIALOGUE_", extra="ignore")

    grpc_bind: str = "127.0.0.1:50051"
    database_url: str = "postgresql://companion:companion@127.0.0.1:5432/companion"
    log_level: str = "INFO"
    # Prometheus metrics over HTTP (any path); port 0 turns the server off. Not for the public internet.
    metrics_host: str = "127.0.0.1"
    metrics_port: int = Field(default=9101, ge=0, le=65535)
    consumer_group: str = "dialogue"
    memory_address: str = "127.0.0.1:50052"
    safety_address: str = "127.0.0.1:50053"
    recall_limit: int = 5
    recall_token_budget: int = 600
    recall_timeout_s: float = 1.0
    # Memories whose relevance to the message (memory's calibrated 0-1 estimate) is below this are not recalled.
    # 0.1: calibrated by `make bench-memory` on LoCoMo (conversations not fitted on: precision 0.33, recall 0.34 of
    # the top 10; 4 % of unrelated questions get any memory). 0.15 already lost "do you remember my sister's name?".
    memory_min_relevance: float = Field(default=0.1, ge=0.0, le=1.0)
    safety_timeout_s: float = 2.0
    delivery_timeout_s: float = 2.0
    recent_turns: int = 12
    # "offline": the built-in deterministic engine (no model); "openai": any OpenAI-compatible endpoint.
    engine: Literal["offline", "openai"] = "offline"
    openai_base_url: str = "http://127.0.0.1:8000/v1"
    openai_model: str = "gpt-4o-mini"
    openai_api_key: SecretStr = SecretStr("")
    openai_timeout_s: float = 30.0
    openai_connect_timeout_s: float = 3.0
    openai_max_tokens: int = 400
    openai_retries: int = 2
    openai_backoff_s: float = 0.25
    # Optional second endpoint, tried when the first keeps failing before it streams anything.
    openai_fallback_base_url: str = ""
    openai_fallback_model: str = ""
    openai_fallback_api_key: SecretStr = SecretStr("")
    # How many messages one replica works on at once (replies stream for seconds; most of it is waiting).
    consumer_concurrency: int = 32
    # Messages of one conversation arriving within this window of each other are answered once, together.
    burst_window_ms: int = 800
    # ...but a reply waits at most this long for a burst to end.
    burst_max_wait_ms: int = 4000
    # One replica answers a conversation at a time: a Redis lease, renewed while the reply streams.
    lease_ttl_ms: int = 10_000
    # How long a message waits for its conversation's lease before it is left pending for a retry (kept below
    # the reclaim idle time, so that a waiting message is not also re-delivered to another replica meanwhile).
    lease_wait_ms: int = 10_000
    prompt_token_budget: int = 3000
    # Tokens arriving within this interval after a sent chunk travel together in the next one (0: one per token).
    stream_coalesce_ms: int = 80
    # Proactive check-ins after dated plans: how often to look, and at most this many per user per day.
    followup_interval_s: float = 60.0
    followup_max_per_day: int = 1
    # A check-in held back (paused, quiet hours, daily limit) or failed is tried again after this long.
    followup_retry_s: float = 900.0
    # A plan whose check-in could not be sent this long after it was due is dropped, not sent late.
    followup_expiry_h: float = 72.0
    # "safety": ask safety whether the user may be contacted now (their pause and quiet hours), after the
    # built-in quiet hours; "quiet-hours": only the built-in rule.
    contact_policy: Literal["safety", "quiet-hours"] = "safety"
    quiet_hours_start: int = 21
    quiet_hours_end: int = 9
