from pydantic import Field
from pydantic_settings import SettingsConfigDict

from companion_common.settings import ConsumerSettings


class SafetySettings(ConsumerSettings):
    model_config = SettingsConfigDict(env_prefix="SAFETY_", extra="ignore")

    grpc_bind: str = "127.0.0.1:50053"
    database_url: str = "postgresql://companion:companion@127.0.0.1:5432/companion"
    log_level: str = "INFO"
    # Prometheus metrics over HTTP (any path); port 0 turns the server off. Not for the public internet.
    metrics_host: str = "127.0.0.1"
    metrics_port: int = Field(default=9103, ge=0, le=65535)
    consumer_group: str = "safety"
    delivery_timeout_s: float = 2.0
    # AI notice: first contact of each day, then after this many hours of use (minors: the second figure).
    disclosure_interval_hours: float = 3.0
    disclosure_minor_interval_hours: float = 1.0
    # Per jurisdiction of the user's locale, a country or a state ("en-US-WA" or "en-US-u-sd-uswa" is "US-WA"),
    # most specific first, e.g. {"US": [3, 1], "US-WA": [2, 1], "DE": [2, 1]}: [adult, minor] hours. Never looser
    # than the state's law (US-CA, US-NY, US-WA: see domain/wellbeing.py STATUTORY_DISCLOSURE).
    disclosure_hours_by_region: dict[str, tuple[float, float]] = Field(default_factory=dict)
    # Crisis resources by jurisdiction, replacing the built-in entries of the same one, e.g.
    # {"PT": {"lines": ["SNS 24: 808 24 24 24"], "emergency_number": "112"}}; also "abuse_lines". A state's entry
    # ("US-CA") takes what it leaves out from its country's.
    crisis_resources: dict[str, dict[str, object]] = Field(default_factory=dict)
    # The crisis detector over meaning (MiniLM embeddings + a trained head, ~6 ms a message on one core): off
    # leaves the rules and the TF-IDF classifier alone, which miss at-risk messages written without risk words.
    meaning_detector: bool = True
    # ONNX Runtime threads for it (one keeps a single message fast on a busy small machine), int8 weights
    # (about 3x faster; the head was trained on float embeddings), and where its ONNX export is kept between
    # starts ("" = the system's temporary directory; the same file as memory's MEMORY_MODEL_CACHE_DIR).
    meaning_threads: int = 1
    meaning_int8: bool = False
    model_cache_dir: str = ""
    # Optional extra detector: an OpenAI-compatible chat endpoint serving a moderation model (e.g. Llama Guard 3
    # on vLLM: "http://127.0.0.1:8000/v1"). Empty: off.
    moderation_base_url: str = ""
    moderation_model: str = "meta-llama/Llama-Guard-3-1B"
    moderation_api_key: str = ""
    moderation_timeout_s: float = 1.5
    # After a sensitive message (concern or above, self-harm, abuse), MayContact answers "at_risk" for this long:
    # nothing cheerful is sent unasked (dialogue drops a check-in held back for it).
    at_risk_hold_hours: float = Field(default=72.0, gt=0)
    # Gentle nudges: at most one per this many days; thresholds of a day's use.
    nudge_min_days_between: int = 3
    nudge_long_use_minutes: int = 180
    nudge_minor_long_use_minutes: int = 90
    nudge_late_night_messages: int = 5
    # Retention (domain/retention.py): per-user wellbeing data, then the audit trail (assessments, crisis support
    # sent), are deleted after this many days; referral counts carry no identifiers and stay. At least a week:
    # nudges are days apart. Purged at startup and then every so many hours, by one replica at a time.
    wellbeing_retention_days: int = Field(default=90, ge=7)
    audit_retention_days: int = Field(default=365, ge=7)
    retention_purge_interval_hours: float = Field(default=6.0, gt=0)
