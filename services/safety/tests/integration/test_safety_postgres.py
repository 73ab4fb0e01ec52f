"""The safety service's use cases against a real PostgreSQL: audit with detector scores, exactly-once crisis
support, AI notices, pause in words, quiet hours, the wellbeing summary and the referral report."""

import asyncio
from datetime import UTC, datetime, time, timedelta

import pytest

from companion_common.postgres import Pool
from companion_safety.adapters.model import load_classifier
from companion_safety.adapters.postgres_audit import PostgresAudit
from companion_safety.adapters.postgres_wellbeing import PostgresWellbeing
from companion_safety.domain.risk import RULES_VERSION, RiskAssessor, RiskLevel
from companion_safety.domain.wellbeing import DisclosurePolicy, NudgePolicy
from companion_safety.service_layer.model import MessageObserved, MessageToAssess
from companion_safety.service_layer.services import SafetyService
from companion_safety.service_layer.wellbeing import WellbeingService

pytestmark = pytest.mark.integration


class RecordingDelivery:
    def __init__(self, connections: int = 1) -> None:
        self.sent: list[tuple[str, str, str]] = []  # (kind, user, text)
        self.connections = connections  # how many clients of the user the gateway reaches

    async def send_crisis_support(self, address: str, *, user_id: str, text: str, **_: str) -> int:
        await asyncio.sleep(0.05)  # slow enough for concurrent callers to overlap
        self.sent.append(("crisis_support", user_id, text))
        return self.connections

    async def send_notice(self, address: str, *, user_id: str, text: str, **_: str) -> int:
        self.sent.append(("notice", user_id, text))
        return self.connections


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def observed(user: str, message_id: str, text: str, at: datetime, minor: bool = False) -> MessageObserved:
    return MessageObserved(user, "c1", message_id, text, at, "Europe/Lisbon", "en-US", "gw:1", minor)


async def test_a_crisis_is_assessed_once_with_scores_in_the_audit_and_counted_for_the_report(pool: Pool) -> None:
    delivery = RecordingDelivery()
    service = SafetyService(PostgresAudit(pool), delivery, RiskAssessor(load_classifier()))
    message = MessageToAssess("crisis-user", "c1", "m-crisis", "i want to kms tonight", "en-US", "gw:1")

    # The stream consumer and dialogue's gRPC call race for the same message.
    results = await asyncio.gather(*(service.assess_message(message) for _ in range(3)))

    assert {r.risk.level for r in results} == {RiskLevel.IMMINENT}
    assert [kind for kind, _, _ in delivery.sent] == ["crisis_support"]
    assert "988" in delivery.sent[0][2]
    async with pool.connection() as conn:
        row = await (await conn.execute("SELECT * FROM safety_assessments WHERE user_id = 'crisis-user'")).fetchone()
        interventions = await (
            await conn.execute("SELECT kind, delivered FROM safety_interventions WHERE user_id = 'crisis-user'")
        ).fetchall()
    assert row is not None
    assert row["detector_version"].startswith(f"{RULES_VERSION}+linear-")
    assert set(row["scores"]) == {"self_harm", "hate_harassment", "sexual", "violence"}
    assert row["matched_rules"]
    assert interventions == [{"kind": "crisis_support", "delivered": True}]

    wellbeing = WellbeingService(PostgresWellbeing(pool), delivery, DisclosurePolicy(), NudgePolicy())
    report = await wellbeing.referral_report(datetime.now(UTC).year)
    assert report.total >= 1
    assert report.by_region.get("US", 0) >= 1
    assert "crisis-user" not in str(report)


async def test_ai_notice_at_first_contact_then_after_three_hours_and_never_twice_for_one_message(pool: Pool) -> None:
    delivery, clock = RecordingDelivery(), Clock(datetime(2026, 11, 27, 10, 0, tzinfo=UTC))
    service = WellbeingService(PostgresWellbeing(pool), delivery, DisclosurePolicy(), NudgePolicy(), clock=clock)

    assert await service.observe(observed("notice-user", "n1", "hi!", clock.now)) == ["ai_disclosure"]
    assert await service.observe(observed("notice-user", "n1", "hi!", clock.now)) == []  # re-delivery
    clock.now += timedelta(hours=1)
    assert await service.observe(observed("notice-user", "n2", "how are you", clock.now)) == []
    clock.now += timedelta(hours=2)
    assert await service.observe(observed("notice-user", "n3", "still here", clock.now)) == ["ai_disclosure"]
    assert all("AI" in text for _, _, text in delivery.sent)
    async with pool.connection() as conn:
        rows = await (
            await conn.execute(
                "SELECT kind, delivered FROM safety_interventions WHERE user_id = 'notice-user' ORDER BY created_at"
            )
        ).fetchall()
    assert rows == [{"kind": "ai_disclosure", "delivered": True}] * 2


async def test_a_minor_gets_an_hourly_break_reminder(pool: Pool) -> None:
    delivery, clock = RecordingDelivery(), Clock(datetime(2026, 11, 27, 10, 0, tzinfo=UTC))
    service = WellbeingService(PostgresWellbeing(pool), delivery, DisclosurePolicy(), NudgePolicy(), clock=clock)

    await service.observe(observed("teen", "t1", "hey", clock.now, minor=True))
    clock.now += timedelta(hours=1)
    assert await service.observe(observed("teen", "t2", "lol", clock.now, minor=True)) == ["break_reminder"]
    assert "break" in delivery.sent[-1][2]


async def test_the_cadence_follows_the_users_state_when_the_locale_names_one(pool: Pool) -> None:
    delivery, clock = RecordingDelivery(), Clock(datetime(2026, 11, 27, 10, 0, tzinfo=UTC))
    daily_only = DisclosurePolicy(timedelta(hours=24), timedelta(hours=24))
    service = WellbeingService(PostgresWellbeing(pool), delivery, daily_only, NudgePolicy(), clock=clock)

    def message(user: str, message_id: str, locale: str) -> MessageObserved:
        return MessageObserved(user, "c1", message_id, "hey", clock.now, "America/Los_Angeles", locale, "gw:1", True)

    for user, locale in (("wa-teen", "en-US-WA"), ("tx-teen", "en-US")):
        assert await service.observe(message(user, f"{user}-1", locale)) == ["ai_disclosure"]
    clock.now += timedelta(hours=1)
    assert await service.observe(message("wa-teen", "wa-teen-2", "en-US-WA")) == ["break_reminder"]  # HB 2225
    assert await service.observe(message("tx-teen", "tx-teen-2", "en-US")) == []


async def test_a_minor_by_their_own_words_stays_a_minor(pool: Pool) -> None:
    delivery, clock = RecordingDelivery(), Clock(datetime(2026, 11, 27, 10, 0, tzinfo=UTC))
    service = WellbeingService(PostgresWellbeing(pool), delivery, DisclosurePolicy(), NudgePolicy(), clock=clock)
    said = observed("kid", "k1", "i'm 13 lol", clock.now)
    await service.observe(MessageObserved(**{**said.__dict__, "minor_signal": True}))
    clock.now += timedelta(hours=1)
    assert await service.observe(observed("kid", "k2", "what's up", clock.now)) == ["break_reminder"]


async def test_the_yearly_report_cli_reads_counts_only(pool: Pool, database_url: str) -> None:
    from companion_safety.entrypoints.report_cli import _report

    report = await _report(database_url, datetime.now(UTC).year)
    assert set(report) == {"year", "crisis_referrals", "by_region", "by_month"}
    assert isinstance(report["crisis_referrals"], int)


async def test_a_pause_asked_for_in_words_takes_effect_only_once_confirmed(pool: Pool) -> None:
    delivery, clock = RecordingDelivery(), Clock(datetime(2026, 11, 27, 10, 0, tzinfo=UTC))
    service = WellbeingService(PostgresWellbeing(pool), delivery, DisclosurePolicy(), NudgePolicy(), clock=clock)

    kinds = await service.observe(observed("space", "s1", "I need some space for a few days", clock.now))
    assert kinds == ["ai_disclosure", "pause_question"]
    assert await service.may_contact("space") == (True, "")
    clock.now += timedelta(minutes=1)
    assert await service.observe(observed("space", "s2", "yes", clock.now)) == ["pause_confirmed"]
    assert await service.may_contact("space") == (False, "paused")
    clock.now += timedelta(days=3, minutes=1)
    assert await service.may_contact("space") == (True, "")

    await service.pause("space", None)
    assert await service.may_contact("space") == (False, "paused_until_further_notice")
    await service.resume("space")
    assert await service.may_contact("space") == (True, "")


async def test_saying_im_back_ends_a_pause_as_the_api_does_and_is_acknowledged(pool: Pool) -> None:
    delivery, clock = RecordingDelivery(), Clock(datetime(2026, 11, 27, 10, 0, tzinfo=UTC))
    store = PostgresWellbeing(pool)
    service = WellbeingService(store, delivery, DisclosurePolicy(), NudgePolicy(), clock=clock)
    await service.observe(observed("back", "b1", "please stop messaging me until I say so", clock.now))
    assert await service.observe(observed("back", "b2", "yes", clock.now)) == ["pause_confirmed"]
    assert await service.may_contact("back") == (False, "paused_until_further_notice")

    clock.now += timedelta(hours=1)
    assert await service.observe(observed("back", "b3", "my back hurts today", clock.now)) == []
    assert await service.observe(observed("back", "b4", "I'm back at work", clock.now)) == []
    assert await service.may_contact("back") == (False, "paused_until_further_notice")

    assert await service.observe(observed("back", "b5", "ok I'm back now!", clock.now)) == ["pause_resumed"]
    assert await service.may_contact("back") == (True, "")
    assert "Welcome back" in delivery.sent[-1][2]
    assert await service.observe(observed("back", "b6", "I'm back", clock.now)) == []  # not paused: just chat

    by_words = await store.state("back")
    await service.pause("back-api", None)
    by_api = await service.resume("back-api")
    assert (by_words.paused_until, by_words.paused_indefinitely) == (by_api.paused_until, by_api.paused_indefinitely)
    async with pool.connection() as conn:
        rows = await (
            await conn.execute(
                "SELECT kind, delivered FROM safety_interventions WHERE user_id = 'back' AND kind LIKE 'pause%'"
                " ORDER BY created_at"
            )
        ).fetchall()
    assert [r["kind"] for r in rows] == ["pause_question", "pause_confirmed", "pause_resumed"]
    assert all(r["delivered"] for r in rows)


async def test_quiet_hours_and_the_wellbeing_summary(pool: Pool) -> None:
    delivery, clock = RecordingDelivery(), Clock(datetime(2026, 11, 28, 0, 30, tzinfo=UTC))
    service = WellbeingService(PostgresWellbeing(pool), delivery, DisclosurePolicy(), NudgePolicy(), clock=clock)

    state = await service.set_quiet_hours("quiet", "22:00", "07:00", "Europe/Lisbon")
    assert (state.quiet_start, state.quiet_end) == (time(22), time(7))
    assert await service.may_contact("quiet") == (False, "quiet_hours")
    for n in range(3):
        clock.now += timedelta(minutes=5)
        await service.observe(observed("quiet", f"q{n}", "you're the only one who understands me", clock.now))

    summary = await service.summary("quiet", 7)
    assert sum(day.messages for _, day in summary.days) == 3
    assert sum(day.late_night_messages for _, day in summary.days) == 3
    assert sum(day.dependency_cues for _, day in summary.days) == 3
    assert summary.streak_days == 1
    nudges = [text for kind, _, text in delivery.sent if "friend" in text]
    assert len(nudges) == 1  # rare: one nudge, not one per message


async def test_crisis_support_that_reaches_no_client_is_handed_to_dialogue_for_its_stored_reply(pool: Pool) -> None:
    service = SafetyService(PostgresAudit(pool), RecordingDelivery(connections=0), RiskAssessor(load_classifier()))
    message = MessageToAssess("offline-user", "c1", "m-offline", "I want to kill myself", "en-US", "gw:1")

    stored = await service.assess_message(message)

    assert stored.risk.is_crisis
    assert not stored.crisis_support_sent
    assert "988" in service.undelivered_crisis_support(stored, message)
    assert service.undelivered_crisis_support(await service.assess_message(message), message)  # same on repeat


async def test_a_notice_that_reached_no_client_is_handed_to_the_next_connection_once(pool: Pool) -> None:
    delivery = RecordingDelivery(connections=0)  # the user's app is closed
    clock = Clock(datetime.now(UTC))
    service = WellbeingService(PostgresWellbeing(pool), delivery, DisclosurePolicy(), NudgePolicy(), clock=clock)
    assert await service.observe(observed("away-user", "a1", "hi!", clock.now)) == ["ai_disclosure"]
    assert await service.observe(observed("away-user", "a2", "I need some space for a few days", clock.now)) == [
        "pause_question"
    ]
    async with pool.connection() as conn:  # one more, two days old: stale, it stays in the audit trail only
        await conn.execute(
            "INSERT INTO safety_interventions (user_id, intervention_id, message_id, kind, region, delivered, text,"
            " created_at) VALUES ('away-user', 'old', 'a0', 'ai_disclosure', '', false, 'old notice',"
            " now() - interval '2 days')"
        )

    notices = await service.take_undelivered_notices("away-user")

    assert [n.kind for n in notices] == ["ai_disclosure", "pause_question"]  # oldest first
    assert "AI" in notices[0].text
    assert (notices[0].in_reply_to, notices[0].conversation_id) == ("a1", "c1")
    assert await service.take_undelivered_notices("away-user") == []  # taken once
    assert await service.take_undelivered_notices("someone-else") == []


async def test_a_notice_a_client_received_is_not_handed_out_again(pool: Pool) -> None:
    delivery, clock = RecordingDelivery(connections=1), Clock(datetime.now(UTC))
    service = WellbeingService(PostgresWellbeing(pool), delivery, DisclosurePolicy(), NudgePolicy(), clock=clock)
    assert await service.observe(observed("present-user", "p1", "hi!", clock.now)) == ["ai_disclosure"]
    assert await service.take_undelivered_notices("present-user") == []
