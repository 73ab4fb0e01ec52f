"""The dialogue service's own Prometheus series (the shared ones are in companion_common.metrics)."""

from enum import StrEnum

from prometheus_client import Counter, Histogram


class ReplyOutcome(StrEnum):
    """How an attempt to answer a message ended (the ``outcome`` label)."""

    SENT = "sent"  # stored and streamed to at least one open connection
    STORED = "stored"  # stored; no client was connected (it gets the reply when it reconnects)
    ALREADY_ANSWERED = "already_answered"  # a re-delivery, or a message its burst's reply answered: nothing new
    SUPERSEDED = "superseded"  # another replica stored its reply first; that one stands
    ERROR = "error"  # failed before a reply was stored: the message stays pending and is retried
    FAILURE_NOTICE = "failure_notice"  # dead-lettered: the user was told it could not be answered


REPLIES = Counter(
    "companion_dialogue_replies_total",
    "Attempts to answer a user message (or a burst of them), by how they ended.",
    ["outcome"],
)
for _outcome in ReplyOutcome:
    REPLIES.labels(_outcome.value)  # every outcome shows from the start, at 0

TIME_TO_FIRST_TOKEN = Histogram(
    "companion_dialogue_time_to_first_token_seconds",
    "From the moment a replica takes a message off the stream to the model's first token (burst window, safety "
    "assessment, recall, conversation lease and prompt included).",
    buckets=(0.025, 0.05, 0.1, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 5.0, 10.0, 30.0),
)


def reply_ended(outcome: ReplyOutcome) -> None:
    REPLIES.labels(outcome.value).inc()
