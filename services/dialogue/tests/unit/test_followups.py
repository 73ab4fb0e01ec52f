"""Dated plans become one check-in after the date, only when the user may be contacted, never too often."""

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from companion_dialogue.domain.followups import (
    ContactDecision,
    check_in_due,
    check_in_text,
    find_plan,
    in_quiet_hours,
)
from companion_dialogue.domain.model import IncomingMessage, Turn
from companion_dialogue.service_layer.followups import FollowupService

LISBON = ZoneInfo("Europe/Lisbon")
FRIDAY = datetime(2026, 11, 27, 9, 30, tzinfo=LISBON)


@pytest.mark.parametrize(
    ("text", "what", "on"),
    [
        ("I have a job interview on Tuesday!", "job interview", date(2026, 12, 1)),
        ("my dentist appointment is tomorrow", "dentist appointment", date(2026, 11, 28)),
        ("I've got an exam on 3 December", "exam", date(2026, 12, 3)),
        ("There's a party on 2026-12-24", "party", date(2026, 12, 24)),
    ],
)
def test_dated_plans_are_found_and_their_dates_resolved(text: str, what: str, on: date) -> None:
    plan = find_plan(text, FRIDAY)
    assert plan is not None
    assert (plan.what, plan.on) == (what, on)


def test_messages_without_a_dated_plan_have_none() -> None:
    assert find_plan("I had a nice day", FRIDAY) is None


def test_harm_said_as_meant_to_someone_is_no_plan_to_ask_about() -> None:
    # a joke or a threat: never "How did your husband go?" the next morning
    assert find_plan("I'm going to kill my husband tomorrow, he ate my cake", FRIDAY) is None
    assert find_plan("gonna murder my brother on saturday lol", FRIDAY) is None
    presentation = find_plan("I'm going to kill it at my presentation tomorrow", FRIDAY)
    assert presentation is not None
    assert presentation.what == "presentation"


@pytest.mark.parametrize(
    "text",
    [
        "i have a plan for saturday. i am going to end it.",
        "my last day is on friday, then nobody has to deal with me",
        "I have a plan for tomorrow",  # no event named
        "my last day is friday",
        "I have to go on friday",  # a clause, not an event
        "I want to kill myself. There's a party on 2026-12-24",  # risk words anywhere in the message
        "my exam is on monday and honestly what's the point of anything",
        "there's a goodbye on sunday",
    ],
)
def test_no_plan_from_risk_words_or_a_what_that_names_no_event(text: str) -> None:
    assert find_plan(text, FRIDAY) is None


def test_each_guard_alone_catches_the_issues_examples() -> None:
    # Without their risk words these still name no event: a detector that misses them is not the only guard.
    assert find_plan("i have a plan for saturday", FRIDAY) is None
    assert find_plan("my last day is on friday", FRIDAY) is None
    plan = find_plan("my last day at work is on friday", FRIDAY)  # a real event keeps its check-in
    assert plan is not None
    assert plan.what == "last day at work"


def test_the_check_in_is_due_the_morning_after() -> None:
    plan = find_plan("I have a job interview on Tuesday", FRIDAY)
    assert plan is not None
    assert check_in_due(plan, FRIDAY) == datetime(2026, 12, 2, 10, 0, tzinfo=LISBON)


def test_quiet_hours_wrap_midnight() -> None:
    assert in_quiet_hours(datetime(2026, 1, 1, 23), 21, 9)
    assert in_quiet_hours(datetime(2026, 1, 1, 3), 21, 9)
    assert not in_quiet_hours(datetime(2026, 1, 1, 12), 21, 9)


class FakeStore:
    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], dict[str, Any]] = {}

    async def add(self, *, user_id: str, source_message: str, **fields: Any) -> bool:
        if (user_id, source_message) in self.rows:
            return False
        self.rows[(user_id, source_message)] = {**fields, "status": "pending", "sent_at": None}
        return True

    async def pending(self, user_id: str, source_message: str) -> dict[str, Any] | None:
        row = self.rows.get((user_id, source_message))
        return row if row and row["status"] == "pending" else None

    async def sent_since(self, user_id: str, since: datetime) -> int:
        return sum(1 for (u, _), r in self.rows.items() if u == user_id and r["sent_at"] and r["sent_at"] >= since)

    async def expire(self, user_id: str, source_message: str) -> None:
        self.rows[(user_id, source_message)]["status"] = "expired"

    async def record_sent(self, user_id: str, source_message: str, check_in: Turn) -> bool:
        row = self.rows[(user_id, source_message)]
        if row["status"] != "pending":
            return False
        row.update(status="sent", sent_at=check_in.at)
        return True


class FakeSchedule:
    def __init__(self) -> None:
        self.due_at: dict[str, float] = {}

    async def schedule(self, member: str, due_s: float) -> None:
        self.due_at[member] = due_s

    async def due(self, now_s: float, limit: int) -> list[str]:
        return [m for m, s in sorted(self.due_at.items(), key=lambda i: i[1]) if s <= now_s][:limit]

    async def claim(self, member: str, now_s: float, retry_at_s: float) -> bool:
        if self.due_at.get(member, float("inf")) > now_s:
            return False
        self.due_at[member] = retry_at_s
        return True

    async def unschedule(self, member: str) -> None:
        self.due_at.pop(member, None)


class Policy:
    def __init__(self) -> None:
        self.paused: set[str] = set()
        self.at_risk: set[str] = set()

    async def may_contact(self, user_id: str, time_zone: str, now: datetime) -> ContactDecision:
        if user_id in self.at_risk:
            return ContactDecision(False, "at_risk")
        return ContactDecision(False, "paused") if user_id in self.paused else ContactDecision(True)


class Delivery:
    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []

    async def deliver(self, address: str, **fields: Any) -> int:
        self.sent.append(fields)
        return 1


class Transcripts:
    async def mark_delivered(self, user_id: str, conversation_id: str, turn_id: str) -> None:
        return None


def _service(policy: Policy, delivery: Delivery, max_per_day: int = 1) -> FollowupService:
    return FollowupService(
        FakeStore(),
        FakeSchedule(),
        policy,
        delivery,  # type: ignore[arg-type]
        Transcripts(),
        max_per_day=max_per_day,
        expiry=timedelta(hours=72),
    )


def _message(user: str, message_id: str, text: str) -> IncomingMessage:
    return IncomingMessage("e", message_id, user, "c1", text, FRIDAY, "Europe/Lisbon", "en-US", "gw:1")


async def test_a_check_in_goes_out_once_after_the_date_and_not_while_paused() -> None:
    policy, delivery = Policy(), Delivery()
    service = _service(policy, delivery)
    await service.note(_message("ana", "m1", "I have a job interview on Tuesday"), FRIDAY)
    await service.note(_message("ana", "m1", "I have a job interview on Tuesday"), FRIDAY)  # re-delivered

    assert await service.run_once(datetime(2026, 12, 1, 12, tzinfo=UTC)) == 0  # the interview is today
    policy.paused.add("ana")
    after = datetime(2026, 12, 2, 11, tzinfo=UTC)
    assert await service.run_once(after) == 0  # paused: held back
    policy.paused.clear()
    assert await service.run_once(after + timedelta(hours=1)) == 1  # after the retry interval
    assert await service.run_once(after + timedelta(hours=2)) == 0  # once only

    assert [m["text"] for m in delivery.sent] == ["Hey! I was thinking of you. How did your job interview go?"]
    assert delivery.sent[0]["check_in"] is True


async def test_at_most_the_daily_limit_goes_out_and_stale_plans_are_dropped() -> None:
    delivery = Delivery()
    service = _service(Policy(), delivery, max_per_day=1)
    await service.note(_message("bo", "m1", "I have an exam tomorrow"), FRIDAY)
    await service.note(_message("bo", "m2", "my recital is tomorrow"), FRIDAY)
    await service.note(_message("bo", "m3", "There's a party on 2026-11-20"), FRIDAY)

    later = datetime(2026, 11, 29, 12, tzinfo=UTC)
    assert await service.run_once(later) == 1
    assert await service.run_once(later + timedelta(hours=1)) == 0  # one a day
    assert await service.run_once(later + timedelta(days=1, hours=1)) == 1
    assert len(delivery.sent) == 2


async def test_a_check_in_held_back_because_the_user_is_at_risk_is_dropped_never_sent_later() -> None:
    policy, delivery = Policy(), Delivery()
    service = _service(policy, delivery)
    await service.note(_message("cy", "m1", "I have a job interview on Tuesday"), FRIDAY)
    policy.at_risk.add("cy")  # a later message of cy's was sensitive

    after = datetime(2026, 12, 2, 11, tzinfo=UTC)
    assert await service.run_once(after) == 0
    policy.at_risk.clear()  # the hold has passed
    assert await service.run_once(after + timedelta(hours=1)) == 0
    assert await service.run_once(after + timedelta(days=1)) == 0
    assert delivery.sent == []


def test_a_funeral_gets_a_gentle_word_not_how_did_it_go() -> None:
    plan = find_plan("my grandad's funeral is on friday", FRIDAY)
    assert plan is not None
    text = check_in_text(plan.what)
    assert "how did" not in text.lower()
    assert "hey!" not in text.lower()
    assert text == "I've been thinking of you since your grandad's funeral. How are you holding up?"
    assert check_in_text("funeral") == "I've been thinking of you since the funeral. How are you holding up?"
    assert check_in_text("job interview") == "Hey! I was thinking of you. How did your job interview go?"


@pytest.mark.parametrize(
    "text", ["my nan passed away on Tuesday", "my dog died on monday", "my flight got cancelled on friday"]
)
def test_something_done_on_a_day_is_no_event_to_ask_about(text: str) -> None:
    assert find_plan(text, FRIDAY) is None


def test_someone_elses_occasion_is_theirs_and_their_health_gets_no_cheer() -> None:
    surgery = find_plan("my dad has surgery on friday", FRIDAY)
    assert surgery is not None
    assert surgery.what == "dad's surgery"
    assert check_in_text(surgery.what) == "I was thinking of you. How did your dad's surgery go?"
    interview = find_plan("my sister has a job interview on monday", FRIDAY)
    assert interview is not None
    assert check_in_text(interview.what) == "Hey! I was thinking of you. How did your sister's job interview go?"


def test_a_do_is_still_an_event() -> None:
    plan = find_plan("my leaving do is on friday", FRIDAY)
    assert plan is not None
    assert plan.what == "leaving do"
