"""Every service serves Prometheus metrics: after a conversation, each scrape carries the key series with values
that fit what happened, and never a user id, a conversation id or a word of what was said."""

import asyncio
import time
import urllib.request
from collections.abc import Callable, Iterable

from prometheus_client.parser import text_string_to_metric_families

from companion_devtools.stack import Stack

from .client import ChatClient

MESSAGES_ROUTE = "/v1/conversations/{conversation_id}/messages"

Sample = tuple[str, dict[str, str], float]


def scrape(url: str) -> tuple[str, list[Sample]]:
    with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - loopback only
        text = response.read().decode()
    samples = [(s.name, s.labels, s.value) for f in text_string_to_metric_families(text) for s in f.samples]
    return text, samples


def value(samples: Iterable[Sample], name: str, **labels: str) -> float:
    """The sum over every series of ``name`` whose labels include ``labels`` (0 when there is none)."""
    return sum(v for n, ls, v in samples if n == name and labels.items() <= ls.items())


def present(samples: Iterable[Sample], name: str, **labels: str) -> bool:
    return any(n == name and labels.items() <= ls.items() for n, ls, _ in samples)


def scrape_all(stack: Stack) -> dict[str, tuple[str, list[Sample]]]:
    return {name: scrape(url) for name, url in stack.metrics_urls.items()}


async def scrape_all_until(
    stack: Stack, condition: Callable[[dict[str, tuple[str, list[Sample]]]], bool], timeout_s: float = 10
) -> dict[str, tuple[str, list[Sample]]]:
    deadline = time.monotonic() + timeout_s
    scrapes = scrape_all(stack)
    while not condition(scrapes) and time.monotonic() < deadline:
        await asyncio.sleep(0.2)
        scrapes = scrape_all(stack)
    return scrapes


def _series(samples: Iterable[Sample], part: str) -> list[Sample]:
    """The samples whose name holds ``part``, for a failure message."""
    return [s for s in samples if part in s[0]]


def by_service(scrapes: dict[str, tuple[str, list[Sample]]], service: str) -> list[Sample]:
    """Every replica's samples of one service together ("dialogue" and "dialogue-2")."""
    return [s for name, (_, samples) in scrapes.items() if name.split("-")[0] == service for s in samples]


def _settled(scrapes: dict[str, tuple[str, list[Sample]]]) -> bool:
    return (
        value(by_service(scrapes, "dialogue"), "companion_dialogue_replies_total", outcome="sent") >= 2
        and value(by_service(scrapes, "safety"), "companion_safety_crisis_support_sent_total") >= 1
        and value(by_service(scrapes, "safety"), "companion_safety_assessments_total") >= 2
    )


async def test_every_service_serves_its_key_series_after_a_conversation(stack: Stack) -> None:
    assert {name.split("-")[0] for name in stack.metrics_urls} == {"gateway", "dialogue", "memory", "safety"}
    async with ChatClient(stack.gateway_url, stack.jwt_secret) as client:
        everyday = await client.send_ok("metrics-chat", "My brother Tomasz is visiting on Friday.", locale="en-US")
        await client.reply_to(everyday)
        crisis = await client.send_ok("metrics-chat", "I want to kill myself", locale="en-US")
        await client.reply_to(crisis)
        await client.http.get("/v1/conversations/metrics-chat/messages")
        while_connected = scrape(stack.metrics_urls["gateway"])[1]
        # The client can see a reply a moment before dialogue counts it (once the gateway has answered the
        # DeliverStream call and the reply is marked delivered), and safety may still be sending crisis support
        # when dialogue could not wait for its assessment.
        scrapes = await scrape_all_until(stack, _settled)

    assert value(while_connected, "companion_gateway_websockets_open") >= 1
    for name, (_, samples) in scrapes.items():
        service = name.split("-")[0]
        assert value(samples, "companion_build_info", service=service) == 1, name

    gateway = by_service(scrapes, "gateway")
    assert value(gateway, "companion_http_requests_total", method="POST", route=MESSAGES_ROUTE, status="202") >= 2
    assert value(gateway, "companion_http_requests_total", method="GET", route=MESSAGES_ROUTE, status="200") >= 1
    assert value(gateway, "companion_http_request_seconds_count", method="POST", route=MESSAGES_ROUTE) >= 2
    delivery = {"service": "companion.v1.Delivery", "method": "DeliverStream"}
    assert value(gateway, "companion_grpc_server_handled_total", **delivery, code="OK") >= 1
    assert value(gateway, "companion_grpc_server_handling_seconds_count", **delivery) >= 1
    crisis_delivery = {"service": "companion.v1.Delivery", "method": "Deliver", "code": "OK"}
    assert value(gateway, "companion_grpc_server_handled_total", **crisis_delivery) >= 1
    assert value(gateway, "faststream_published_messages_total", status="success") >= 2

    dialogue = by_service(scrapes, "dialogue")
    assert value(dialogue, "companion_dialogue_replies_total", outcome="sent") >= 2, _series(dialogue, "replies")
    assert value(dialogue, "companion_dialogue_time_to_first_token_seconds_count") >= 2
    assert value(dialogue, "companion_dialogue_time_to_first_token_seconds_sum") > 0
    assert value(dialogue, "companion_grpc_client_handled_total", **delivery, code="OK") >= 1
    # Any status: on a loaded machine a first recall or assessment may outlast dialogue's deadline.
    assert value(dialogue, "companion_grpc_client_handled_total", method="Recall") >= 1
    assert value(dialogue, "companion_grpc_client_handled_total", method="AssessMessage") >= 2
    assert value(dialogue, "companion_grpc_client_handling_seconds_count", method="AssessMessage") >= 2
    assert value(dialogue, "faststream_received_messages_total") >= 2

    memory = by_service(scrapes, "memory")
    assert value(memory, "companion_memory_recall_seconds_count") >= 1
    assert present(memory, "companion_memory_embedding_queue_depth", lane="stored")
    assert value(memory, "companion_grpc_server_handled_total", method="Recall") >= 1

    safety = by_service(scrapes, "safety")
    assert value(safety, "companion_safety_assessments_total") >= 2
    assert value(safety, "companion_safety_assessments_total", level="none") >= 1
    assert value(safety, "companion_safety_crisis_support_sent_total") >= 1
    assert present(safety, "companion_safety_crisis_support_failed_total")
    assert value(safety, "companion_grpc_server_handled_total", method="AssessMessage") >= 2

    for service in ("dialogue", "memory", "safety"):
        samples = by_service(scrapes, service)
        assert present(samples, "companion_stream_dead_letters_total", group=service), service
        assert present(samples, "companion_stream_pending", group=service), service
        assert present(samples, "companion_stream_consumer_lag", group=service), service

    for name, (text, _) in scrapes.items():
        for private in (client.user_id, "metrics-chat", everyday, crisis, "Tomasz", "kill myself"):
            assert private not in text, (name, private)


async def test_consumer_lag_is_read_per_group_and_drains_to_zero(stack: Stack) -> None:
    async with ChatClient(stack.gateway_url, stack.jwt_secret) as client:
        await client.reply_to(await client.send_ok("metrics-lag", "Just checking in."))
    deadline = time.monotonic() + 20
    while True:
        scrapes = scrape_all(stack)
        lags = {
            service: [v for n, ls, v in by_service(scrapes, service) if n == "companion_stream_consumer_lag"]
            for service in ("dialogue", "memory", "safety")
        }
        if all(values and max(values) == 0 for values in lags.values()):
            break
        assert time.monotonic() < deadline, lags
        await asyncio.sleep(0.5)
