import httpx
import pytest

from companion_devtools.bench_extraction import _Sender, read_rows, score


def _memory(kind: str, subject: str, text: str, value: str = "", **extra: object) -> dict[str, object]:
    return {"memory_id": text, "kind": kind, "subject": subject, "text": text, "value": value or None, **extra}


def _episode(text: str, **extra: object) -> dict[str, object]:
    return _memory("episode", "user", text, **extra)


NEPHEW = {
    "id": "e1",
    "text": "My nephew Leo plays the cello.",
    "said_at": "2026-05-04T10:00:00Z",
    "time_zone": "UTC",
    "expect": [{"subject": ["nephew"], "value": "Leo"}, {"subject": ["nephew"], "value": "cello"}],
}
TEETH = {
    "id": "e2",
    "text": "Got my wisdom teeth out on Thursday.",
    "said_at": "2026-05-04T10:00:00Z",
    "time_zone": "Europe/Madrid",
    "expect": [{"subject": ["user"], "value": "wisdom teeth", "on": ["2026-04-30"]}],
}
CRISIS = {
    "id": "e3",
    "text": "no one would even miss me",
    "said_at": "2026-05-04T10:00:00Z",
    "expect": [],
    "sensitive": True,
}


def test_a_fact_is_found_by_subject_and_value_in_value_or_text_case_insensitively() -> None:
    listed = [_episode(NEPHEW["text"]), _memory("person", "nephew", "My nephew is called Leo.", "Leo")]
    summary = score([NEPHEW], {"e1": listed})
    assert (summary["facts_expected"], summary["facts_found"], summary["fact_recall"]) == (2, 1, 0.5)
    assert summary["misses"] == [
        {"id": "e1", "text": NEPHEW["text"], "expect": {"subject": ["nephew"], "value": "cello"}}
    ]
    listed.append(_memory("fact", "Nephew", "My nephew plays the CELLO."))
    assert score([NEPHEW], {"e1": listed})["fact_recall"] == 1.0


def test_the_episode_never_counts_as_a_fact() -> None:
    assert score([NEPHEW], {"e1": [_episode(NEPHEW["text"])]})["facts_found"] == 0


def test_a_dated_fact_needs_valid_from_on_that_day_in_the_rows_time_zone() -> None:
    # 29 April 22:00 UTC is 30 April in Madrid.
    right = _memory("event", "user", "Got my wisdom teeth out (30 April 2026).", valid_from="2026-04-29T22:00:00Z")
    assert score([TEETH], {"e2": [right]})["facts_found"] == 1
    next_week = {**right, "valid_from": "2026-05-06T22:00:00Z"}
    undated = {**right, "valid_from": None}
    assert score([TEETH], {"e2": [next_week, undated]})["facts_found"] == 0


def test_an_expected_value_under_a_subject_not_listed_for_it_is_misattributed() -> None:
    wrong = _memory("person", "uncle", "My uncle is called Leo.", "Leo")
    in_text_only = _memory("fact", "user", "I heard Leo play.")
    summary = score([NEPHEW], {"e1": [wrong, in_text_only]})
    assert summary["misattributed"] == 1
    assert summary["misattributed_memories"][0]["subject"] == "uncle"


def test_a_value_expected_under_several_subjects_is_not_misattributed_under_any_of_them() -> None:
    row = {**NEPHEW, "expect": [{"subject": ["sister"], "value": "Leeds"}, {"subject": ["user"], "value": "Leeds"}]}
    listed = [_memory("place", "user", "I live in Leeds.", "Leeds"), _memory("place", "sister", "x", "Leeds")]
    assert score([row], {"e1": listed})["misattributed"] == 0


def test_forbid_matches_subject_and_value_and_an_empty_value_matches_any_memory() -> None:
    row = {**NEPHEW, "expect": [], "forbid": [{"subject": ["brother"], "value": "called Friday"}]}
    bad = _memory("person", "brother", "My brother is called Friday.", "Friday")
    event = _memory("plan", "brother", "Friday is my brother's graduation (Friday: 8 May 2026).")
    assert score([row], {"e1": [bad, event, _episode("x")]})["forbidden"] == 1
    anything = {**row, "forbid": [{"subject": ["user"], "value": ""}]}
    assert score([anything], {"e1": [_episode("x"), _memory("fact", "user", "I have a dog.")]})["forbidden"] == 1


def test_sensitive_rows_leak_unflagged_memories_and_any_plan_event_or_dated_memory() -> None:
    flagged = _episode(CRISIS["text"], sensitive=True)
    assert score([CRISIS], {"e3": [flagged]})["sensitive_leaks"] == 0
    unflagged = _episode(CRISIS["text"])
    plan = _memory("plan", "user", "x", sensitive=True)
    dated = _memory("fact", "user", "y", sensitive=True, valid_from="2026-05-01T00:00:00Z")
    summary = score([CRISIS], {"e3": [flagged, unflagged, plan, dated]})
    assert summary["sensitive_leaks"] == 3
    assert summary["sensitive_rows"] == 1


def test_rows_marked_not_sensitive_count_flagged_memories_and_a_missing_flag_is_false() -> None:
    row = {**NEPHEW, "sensitive": False}
    listed = [_episode(NEPHEW["text"]), _memory("person", "nephew", "Leo", "Leo", sensitive=True)]
    assert score([row], {"e1": listed})["false_sensitive"] == 1
    assert score([NEPHEW], {"e1": listed})["false_sensitive"] == 0  # no "sensitive" key on the row: not scored


def test_a_row_without_an_answer_counts_as_no_memories() -> None:
    summary = score([NEPHEW, CRISIS], {})
    assert summary["unanswered"] == ["e1", "e3"]
    assert (summary["facts_found"], summary["sensitive_leaks"]) == (0, 0)


def test_rows_are_read_one_a_line_with_unique_ids() -> None:
    assert read_rows(['{"id": "a", "text": "t", "said_at": "2026-01-01T00:00:00Z"}', ""])[0]["id"] == "a"
    with pytest.raises(ValueError, match="missing"):
        read_rows(['{"id": "a"}'])
    with pytest.raises(ValueError, match="unique"):
        read_rows(['{"id": "a", "text": "t", "said_at": "x"}'] * 2)


def _flaky_gateway(fail_first: int) -> tuple[httpx.MockTransport, list[str]]:
    """A gateway whose first ``fail_first`` requests drop the connection; then it accepts and lists an episode."""
    seen: list[str] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request.method)
        if len(seen) <= fail_first:
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
        if request.method == "POST":
            return httpx.Response(202, json={"message_id": "m1"})
        return httpx.Response(200, json={"memories": [_episode("hi", source_message_ids=["m1"])]})

    return httpx.MockTransport(handle), seen


async def test_a_dropped_connection_is_asked_again_and_the_row_still_counts() -> None:
    transport, seen = _flaky_gateway(fail_first=1)
    async with httpx.AsyncClient(transport=transport, base_url="http://gateway") as http:
        listed, failure = await _Sender(http, "s" * 32, timeout_s=5).memories_of(NEPHEW, 0)
    assert failure == ""
    assert [m["kind"] for m in listed] == ["episode"]
    assert seen == ["POST", "POST", "GET"]


async def test_a_gateway_that_keeps_dropping_fails_the_row_not_the_run() -> None:
    transport, _ = _flaky_gateway(fail_first=10_000)
    async with httpx.AsyncClient(transport=transport, base_url="http://gateway") as http:
        listed, failure = await _Sender(http, "s" * 32, timeout_s=0.2).memories_of(NEPHEW, 0)
    assert listed == []
    assert failure.startswith("gateway unreachable")
