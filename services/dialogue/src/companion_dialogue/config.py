from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import SettingsConfigDict

from companion_common.settings import ConsumerSettings


class DialogueSettings(ConsumerSettings):
    model_config = SettingsConfigDict(env_prefix="DIALOGUE_", extra="ignore", hide_input_in_errors=True)

    # Where dialogue's gRPC server listens (history, personas, undelivered replies for the gateway).
    grpc_bind: str = "127.0.0.1:50051"
    # PostgreSQL for transcripts, personas and follow-up plans (migrations are applied at start).
    database_url: str = "postgresql://companion:companion@127.0.0.1:5432/companion"
    # PostgreSQL connections per replica: at least DIALOGUE_CONSUMER_CONCURRENCY, so replies never wait for one.
    # Replicas x this must stay under the server's max_connections (or use PgBouncer).
    database_pool_max: int = Field(default=32, ge=1, le=1000)
    # Level of the JSON logs on stdout (DEBUG, INFO, WARNING, ERROR).
    log_level: str = "INFO"
    # Prometheus metrics over HTTP (any path); port 0 turns the server off. Not for the public internet.
    metrics_host: str = "127.0.0.1"
    # Port of the metrics server; 0 turns it off.
    metrics_port: int = Field(default=9101, ge=0, le=65535)
    # Consumer group dialogue's replicas share on the message stream.
    consumer_group: str = "dialogue"
    # Memory's gRPC address, for Recall.
    memory_address: str = "127.0.0.1:50052"
    # Safety's gRPC address: AssessMessage, ReviewReply and MayContact.
    safety_address: str = "127.0.0.1:50053"
    # Most memories recalled for one reply.
    recall_limit: int = 5
    # Estimated tokens (about 4 characters each) the recalled memories may take together.
    recall_token_budget: int = 600
    # Seconds dialogue waits for memory's Recall before replying without memories.
    recall_timeout_s: float = 1.0
    # Memories whose relevance to the message (memory's calibrated 0-1 estimate) is below this are not recalled.
    # 0.1: calibrated by `make bench-memory` on LoCoMo (conversations not fitted on: precision 0.33, recall 0.34 of
    # the top 10; 4 % of unrelated questions get any memory). 0.15 already lost "do you remember my sister's name?".
    memory_min_relevance: float = Field(default=0.1, ge=0.0, le=1.0)
    # Seconds a call to safety may take; on failure a holding reply is sent (service_layer/fail_safe.py)
    # and no check-in goes out.
    safety_timeout_s: float = 2.0
    # Seconds a Deliver call to the gateway named in the event's reply_to may take.
    delivery_timeout_s: float = 2.0
    # Earlier turns of the conversation offered to the prompt; the newest are kept within its token budget.
    recent_turns: int = 12
    # "offline": the built-in deterministic engine (no model); "openai": any OpenAI-compatible endpoint.
    engine: Literal["offline", "openai"] = "offline"
    # OpenAI-compatible endpoint of the `openai` engine (POST {base}/chat/completions, streamed).
    openai_base_url: str = "http://127.0.0.1:8000/v1"
    # Model name sent to that endpoint.
    openai_model: str = "gpt-4o-mini"
    # Bearer token for that endpoint; empty sends none.
    openai_api_key: SecretStr = SecretStr("")
    # Longest silence in a streamed reply (and before its first token), in seconds.
    openai_timeout_s: float = 30.0
    # Seconds allowed to connect to the endpoint.
    openai_connect_timeout_s: float = 3.0
    # Longest reply, in tokens (the request's max_tokens).
    openai_max_tokens: int = 400
    # Retries per endpoint before the first token, on 429, 5xx, timeouts and broken connections.
    openai_retries: int = 2
    # Base of the exponential backoff between retries, in seconds (with jitter; Retry-After up to 5 s wins).
    openai_backoff_s: float = 0.25
    # Optional second endpoint, tried when the first keeps failing before it streams anything.
    openai_fallback_base_url: str = ""
    # Model name at the second endpoint; empty: DIALOGUE_OPENAI_MODEL.
    openai_fallback_model: str = ""
    # Bearer token for the second endpoint; empty sends none.
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
    # Estimated tokens (4 characters each) a prompt may use; memories, recent turns and lore fill what
    # the persona, safety guidance and the message leave.
    prompt_token_budget: int = 3000
    # Tokens arriving within this interval after a sent chunk travel together in the next one (0: one per token).
    stream_coalesce_ms: int = 80
    # Proactive check-ins after dated plans: how often to look, and at most this many per user per day.
    followup_interval_s: float = 60.0
    # At most this many check-ins per user in any 24 hours.
    followup_max_per_day: int = 1
    # A check-in held back (paused, quiet hours, daily limit) or failed is tried again after this long.
    followup_retry_s: float = 900.0
    # A plan whose check-in could not be sent this long after it was due is dropped, not sent late.
    followup_expiry_h: float = 72.0
    # "safety": ask safety whether the user may be contacted now (their pause and quiet hours), after the
    # built-in quiet hours; "quiet-hours": only the built-in rule.
    contact_policy: Literal["safety", "quiet-hours"] = "safety"
    # Built-in quiet hours, in the user's local time: no check-ins from this hour (0-23)...
    quiet_hours_start: int = 21
    # ...until this hour (may wrap midnight; equal to the start: no quiet hours).
    quiet_hours_end: int = 9
