from pydantic import Field
from pydantic_settings import SettingsConfigDict

from companion_common.settings import ConsumerSettings


class SafetySettings(ConsumerSettings):
    model_config = SettingsConfigDict(env_prefix="SAFETY_", extra="ignore", hide_input_in_errors=True)

    # Where safety's gRPC server listens (assessment, review, MayContact, the wellbeing API).
    grpc_bind: str = "127.0.0.1:50053"
    # PostgreSQL for the audit trail, wellbeing data and referral counts (migrations are applied at start).
    database_url: str = "postgresql://companion:companion@127.0.0.1:5432/companion"
    # PostgreSQL connections per replica; replicas x this must stay under the server's max_connections.
    database_pool_max: int = Field(default=10, ge=1, le=1000)
    # Level of the JSON logs on stdout (DEBUG, INFO, WARNING, ERROR).
    log_level: str = "INFO"
    # Prometheus metrics over HTTP (any path); port 0 turns the server off. Not for the public internet.
    metrics_host: str = "127.0.0.1"
    # Port of the metrics server; 0 turns it off.
    metrics_port: int = Field(default=9103, ge=0, le=65535)
    # Consumer group safety's replicas share on the message stream.
    consumer_group: str = "safety"
    # Seconds a Deliver call (crisis support, notices) to the gateway named in the event may take.
    delivery_timeout_s: float = 2.0
    # AI notice: first contact of each day, then after this many hours of use (minors: the second figure).
    disclosure_interval_hours: float = 3.0
    # Hours of use between AI notices for a minor.
    disclosure_minor_interval_hours: float = 1.0
    # Per jurisdiction of the user's locale, a country or a state ("en-US-WA" or "en-US-u-sd-uswa" is "US-WA"),
    # most specific first, e.g. {"US": [3, 1], "US-WA": [2, 1], "DE": [2, 1]}: [adult, minor] hours. Never looser
    # than the state's law (US-CA, US-NY, US-WA: see domain/wellbeing.py STATUTORY_DISCLOSURE).
    disclosure_hours_by_region: dict[str, tuple[float, float]] = Field(default_factory=dict)
    # Crisis resources by jurisdiction, replacing the built-in entries of the same one, e.g.
    # {"PT": {"lines": ["SNS 24: 808 24 24 24"], "emergency_number": "112"}}; also "abuse_lines",
    # "exploitation_lines" (labour exploitation, trafficking), "sexual_abuse_lines" (sexual assault and abuse),
    # "debt_lines" (free debt advice, for threats from lenders), "youth_lines" (for a user who may be a minor) and
    # "child_protection_lines" (for anyone worried about a child being harmed, sent first when that is told), and
    # "language_lines" ({"es": ["line", ...]}: lines in a language, listed first for a locale in it, "es-US").
    # A state's entry ("US-CA") takes what it leaves out from its country's.
    crisis_resources: dict[str, dict[str, object]] = Field(default_factory=dict)
    # The crisis detector over meaning (MiniLM embeddings + a trained head, ~6 ms a message on one core): off
    # leaves the rules and the TF-IDF classifier alone, which miss at-risk messages written without risk words.
    meaning_detector: bool = True
    # ONNX Runtime threads for one message (idle threads sleep, not spin). On a 2-core machine two take the
    # assessment's p95 from 22 to 14 ms for ~5 ms more CPU a message (docs/performance.md); 1 for throughput.
    meaning_threads: int = 2
    # int8 weights for the meaning detector: about 3x faster (its head was trained on float embeddings).
    meaning_int8: bool = False
    # The same model in int8 screens for the float one when the weights file names a bar (chosen per model so that
    # no development message changes its decision; the weights of 2 Dec 2026's retrain name none): a message it
    # scores below that bar is read no further. Off, or with no bar: the float model reads every message.
    meaning_screen: bool = True
    # The second opinion on the meaning detector (character n-grams of our writers' messages in many languages; the
    # standard library only, well under a millisecond), on messages not in English: where the meaning detector alone
    # raises a crisis and the second opinion reads the message as everyday, it is a concern; where nothing raises one
    # and the second opinion is sure of a crisis, it raises it. Off: the meaning detector's lone alarms stand, and
    # the second opinion raises nothing.
    second_opinion: bool = True
    # Where the meaning detector's ONNX export is kept between starts ("" = the system's temporary directory).
    model_cache_dir: str = ""
    # Optional extra detector: an OpenAI-compatible chat endpoint serving a moderation model (e.g. Llama Guard 3
    # on vLLM: "http://127.0.0.1:8000/v1"). Empty: off.
    moderation_base_url: str = ""
    # Model name sent to the moderation endpoint.
    moderation_model: str = "meta-llama/Llama-Guard-3-1B"
    # Bearer token for the moderation endpoint; empty sends none.
    moderation_api_key: str = ""
    # Seconds a moderation call may take; when it fails, the local detectors decide alone.
    moderation_timeout_s: float = 1.5
    # After a sensitive message (concern or above, self-harm, abuse), MayContact answers "at_risk" for this long:
    # nothing cheerful is sent unasked (dialogue drops a check-in held back for it).
    at_risk_hold_hours: float = Field(default=72.0, gt=0)
    # Gentle nudges: at most one per this many days; thresholds of a day's use.
    nudge_min_days_between: int = 3
    # Active minutes in a local day after which an adult gets a long-use nudge.
    nudge_long_use_minutes: int = 180
    # Active minutes in a local day after which a minor gets a long-use nudge.
    nudge_minor_long_use_minutes: int = 90
    # Messages sent between 0:00 and 5:00 local time in a day that make a late-night nudge due.
    nudge_late_night_messages: int = 5
    # Retention (domain/retention.py): per-user wellbeing data, then the audit trail (assessments, crisis support
    # sent), are deleted after this many days; referral counts carry no identifiers and stay. At least a week:
    # nudges are days apart. Purged at startup and then every so many hours, by one replica at a time.
    wellbeing_retention_days: int = Field(default=90, ge=7)
    # Days the audit trail (assessments, crisis support sent) is kept.
    audit_retention_days: int = Field(default=365, ge=7)
    # Hours between purges of expired data (one runs at startup too).
    retention_purge_interval_hours: float = Field(default=6.0, gt=0)
