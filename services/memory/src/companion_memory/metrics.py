"""The memory service's own Prometheus series (the shared ones are in companion_common.metrics)."""

from prometheus_client import Gauge, Histogram

RECALL_SECONDS = Histogram(
    "companion_memory_recall_seconds",
    "Time a recall took (query embedding, search by words and meaning, ranking), successful or not.",
    buckets=(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0),
)
EMBEDDING_QUEUE_DEPTH = Gauge(
    "companion_memory_embedding_queue_depth",
    "Texts waiting to be embedded or being embedded now, by lane: 'stored' (ingestion) and 'query' (recall). "
    "MiniLM: its two batching queues; an embeddings endpoint: the texts of requests in flight.",
    ["lane"],
)
for _lane in ("stored", "query"):
    EMBEDDING_QUEUE_DEPTH.labels(_lane)
