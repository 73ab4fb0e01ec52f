"""Settings every service shares; each service subclasses with its own env prefix."""

import os
import socket

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_consumer_name() -> str:
    """Unique per replica and stable for a process: the host name plus the process id."""
    return f"{socket.gethostname()}-{os.getpid()}"


class StreamSettings(BaseSettings):
    """Where message events live. Read without a prefix so that every service agrees on them."""

    model_config = SettingsConfigDict(extra="ignore")

    # Redis for the message stream (every service) and the state shared across replicas.
    redis_url: str = "redis://127.0.0.1:6379/0"
    # Stream of user message events: the gateway writes, each service's consumer group reads.
    message_stream: str = "companion:messages"
    # Where entries go that can never be handled (poison) or were delivered too often.
    dead_letter_stream: str = "companion:messages:dead"
    # Approximate cap (MAXLEN ~) on the stream length; consumers must keep up within it.
    message_stream_maxlen: int = 1_000_000
    # Streams the messages are spread over by a hash of the user id. 1: the single stream `message_stream`;
    # N > 1: `<message_stream>:{0}` ... `{N-1}` (hash tags, so that a Redis Cluster spreads them over its
    # slots), each with its own dead-letter stream `<dead_letter_stream>:{i}`. Every replica reads them all.
    message_stream_partitions: int = Field(default=1, ge=1, le=1024)
    # redis_url names a node of a Redis Cluster: cluster clients everywhere (one stays enough to find the rest).
    redis_cluster: bool = False


class ConsumerSettings(BaseSettings):
    """How a service consumes the message stream (prefix comes from the service's settings)."""

    model_config = SettingsConfigDict(extra="ignore")

    # This replica's name in the consumer group: unique per replica (host name + process id).
    consumer_name: str = Field(default_factory=default_consumer_name)
    # Entries read from a stream per request, and reclaimed per partition per round.
    consumer_batch: int = 10
    # Entries one consumer handles at once (1: one after the other, as read).
    consumer_concurrency: int = 1
    # An entry pending this long is taken to belong to a dead or stuck consumer and is re-delivered.
    reclaim_idle_ms: int = 15_000
    # Seconds between rounds that reclaim stuck entries (and refresh the lag and pending metrics).
    reclaim_interval_s: float = 2.0
    # After this many deliveries an entry goes to the dead-letter stream.
    max_deliveries: int = 5
