"""MayContact says "at_risk" while any of the user's recent messages was sensitive: read from the audit trail
in a real PostgreSQL, through the partial index the migration adds."""

from datetime import UTC, datetime, timedelta

import pytest

from companion_common.postgres import Pool
from companion_safety.adapters.model import load_classifier, load_crisis_detector
from companion_safety.adapters.postgres_audit import PostgresAudit
from companion_safety.adapters.postgres_wellbeing import PostgresWellbeing
from companion_safety.domain.context import CONTEXT_RULE
from companion_safety.domain.review import GENTLE_GOODBYE, WARM_GOODBYE
from companion_safety.domain.risk import RiskAssessor
from companion_safety.domain.wellbeing import DisclosurePolicy, NudgePolicy
from companion_safety.service_layer.model import AfterSensitive, MessageToAssess
from companion_safety.service_layer.services import SafetyService
from companion_safety.service_layer.wellbeing import WellbeingService

pytestmark = pytest.mark.integration


class Nowhere:
    async def send_crisis_support(self, address: str, **_: str) -> int:
        return 1

    async def send_notice(self, address: str, **_: str) -> int:
        return 1


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _services(pool: Pool, hold: timedelta = timedelta(days=3)) -> tuple[SafetyService, WellbeingService, Clock]:
    clock = Clock(datetime.now(UTC))
    wellbeing = WellbeingService(
        PostgresWellbeing(pool), Nowhere(), DisclosurePolicy(), NudgePolicy(), clock=clock, at_risk_hold=hold
    )
    return SafetyService(PostgresAudit(pool), Nowhere(), RiskAssessor()), wellbeing, clock


async def test_no_contact_for_three_days_after_a_sensitive_message_then_contact_again(pool: Pool) -> None:
    safety, wellbeing, clock = _services(pool)
    user = f"at-risk-{datetime.now(UTC).timestamp()}"

    fine = await safety.assess_message(MessageToAssess(user, "c1", "m1", "I have a job interview on Tuesday", "", ""))
    assert not fine.sensitive
    assert await wellbeing.may_contact(user) == (True, "")

    risky = await safety.assess_message(MessageToAssess(user, "c1", "m2", "I want to kill myself", "", ""))
    assert risky.sensitive
    assert await wellbeing.may_contact(user) == (False, "at_risk")
    clock.now += timedelta(days=2, hours=23)
    assert await wellbeing.may_contact(user) == (False, "at_risk")
    clock.now += timedelta(hours=2)  # three days since it was assessed
    assert await wellbeing.may_contact(user) == (True, "")
    assert await wellbeing.may_contact(f"{user}-other") == (True, "")  # one user's risk holds back no one else


async def test_the_hold_is_configurable_and_the_flag_is_stored_with_the_assessment(pool: Pool) -> None:
    safety, wellbeing, clock = _services(pool, hold=timedelta(hours=1))
    user = f"short-hold-{datetime.now(UTC).timestamp()}"
    await safety.assess_message(MessageToAssess(user, "c1", "m1", "he hits me when he's drunk", "", ""))
    assert await wellbeing.may_contact(user) == (False, "at_risk")
    clock.now += timedelta(hours=1, minutes=1)
    assert await wellbeing.may_contact(user) == (True, "")
    async with pool.connection() as conn:
        rows = await (
            await conn.execute("SELECT sensitive, categories FROM safety_assessments WHERE user_id = %s", (user,))
        ).fetchall()
    assert rows == [{"sensitive": True, "categories": rows[0]["categories"]}]
    assert "abuse" in rows[0]["categories"]


async def test_the_at_risk_check_reads_the_partial_index_leading_with_the_user(pool: Pool) -> None:
    async with pool.connection() as conn:
        await conn.execute("SET enable_seqscan = off")  # a tiny test table would otherwise be scanned whole
        plan = await (
            await conn.execute(
                "EXPLAIN SELECT created_at FROM safety_assessments WHERE user_id = 'u' AND sensitive"
                " AND created_at >= now() ORDER BY created_at DESC LIMIT 1"
            )
        ).fetchall()
    assert "safety_assessments_sensitive_recent" in " ".join(str(r) for r in plan)


async def test_a_message_is_read_after_the_users_recent_ones(pool: Pool) -> None:
    """ "ok im ready" alone is no crisis; minutes after "ive been looking at the pills all night" it is, and
    crisis support goes out. A request for space right after stays with the pause flow."""
    safety = SafetyService(PostgresAudit(pool), Nowhere(), RiskAssessor(load_classifier(), load_crisis_detector()))
    user = f"context-{datetime.now(UTC).timestamp()}"

    alone = await safety.assess_message(MessageToAssess(f"{user}-alone", "c1", "m1", "ok im ready", "", "gw:1"))
    assert not alone.risk.is_crisis

    pills = await safety.assess_message(
        MessageToAssess(user, "c1", "m1", "ive been looking at the pills all night", "", "")
    )
    assert pills.risk.is_crisis
    done = await safety.assess_message(MessageToAssess(user, "c1", "m2", "ok im ready", "", "gw:1"))
    assert done.risk.is_crisis
    assert CONTEXT_RULE in done.risk.matched_rules
    assert done.crisis_support_sent
    space = await safety.assess_message(MessageToAssess(user, "c1", "m3", "I need some space", "", "gw:1"))
    assert not space.risk.is_crisis


async def test_a_goodbye_read_at_risk_in_context_keeps_its_crisis_reply(pool: Pool) -> None:
    """ "ok goodnight, talk tomorrow" minutes after "ive been looking at the pills all night" is no goodbye to
    wave off: the review reads the message's stored assessment (the conversation before it), not only its words,
    so a caring reply that asks how they are is not swapped for "enjoy the rest of your day"."""
    safety = SafetyService(PostgresAudit(pool), Nowhere(), RiskAssessor(load_classifier(), load_crisis_detector()))
    user = f"review-{datetime.now(UTC).timestamp()}"
    caring = "I'm really glad you told me. Before you go, how are you feeling right now?"
    goodnight = "ok goodnight, talk tomorrow"

    alone = await safety.review_reply(caring, goodnight, user_id=f"{user}-alone", in_reply_to="m2")
    assert not alone.allowed  # the control: to a plain goodnight, a question pulls them back into the chat

    await safety.assess_message(MessageToAssess(user, "c1", "m1", "ive been looking at the pills all night", "", ""))
    read = await safety.assess_message(MessageToAssess(user, "c1", "m2", goodnight, "", "gw:1"))
    assert read.risk.is_crisis
    kept = await safety.review_reply(caring, goodnight, user_id=user, in_reply_to="m2")
    assert kept.allowed, kept.reasons
    guilt = await safety.review_reply("Please don't go, I need you more.", goodnight, user_id=user, in_reply_to="m2")
    assert not guilt.allowed
    assert "988" in guilt.text  # a reply about their safety, not a cheerful goodbye


async def test_a_goodbye_minutes_after_an_abuse_disclosure_is_to_be_gentle(pool: Pool) -> None:
    """ "ok goodnight" minutes after telling of abuse stays no crisis, but its reply is to be a gentle goodbye: the
    assessment says so (and tells a model how), and a goodbye the review replaces becomes the gentle one."""
    safety = SafetyService(PostgresAudit(pool), Nowhere(), RiskAssessor(load_classifier(), load_crisis_detector()))
    user = f"gentle-{datetime.now(UTC).timestamp()}"
    goodnight = "ok goodnight, talk tomorrow"
    pulling = "Bye! But wait, one more thing?"

    plain = MessageToAssess(f"{user}-alone", "c1", "m2", goodnight, "", "gw:1")
    alone = await safety.assess_message(plain)
    assert await safety.after_sensitive(alone, plain) == AfterSensitive()
    assert "gently" not in safety.reply_guidance(alone, plain)
    control = await safety.review_reply(pulling, goodnight, user_id=f"{user}-alone", in_reply_to="m2")
    assert control.text == WARM_GOODBYE

    told = await safety.assess_message(
        MessageToAssess(user, "c1", "m1", "my husband shoved me into the door again last night", "en-US", "")
    )
    assert told.sensitive
    after = MessageToAssess(user, "c1", "m2", goodnight, "en-US", "gw:1")
    read = await safety.assess_message(after)
    assert not read.risk.is_crisis
    gentle = await safety.after_sensitive(read, after)
    assert gentle == AfterSensitive(goodbye=True)
    assert "Say goodbye gently" in safety.reply_guidance(read, after, gentle)
    replaced = await safety.review_reply(pulling, goodnight, user_id=user, in_reply_to="m2")
    assert replaced.text == GENTLE_GOODBYE
    # Not a goodbye: no gentle goodbye, but a gentle reply ("thanks, that helps" minutes after it is no small talk).
    thanks = MessageToAssess(user, "c1", "m3", "thanks, that helps a bit", "en-US", "gw:1")
    after_thanks = await safety.after_sensitive(await safety.assess_message(thanks), thanks)
    assert after_thanks == AfterSensitive(other=True)


async def test_ok_minutes_after_a_crisis_is_answered_gently_and_raises_no_new_crisis(pool: Pool) -> None:
    """ "ok" after "i want to die" is no crisis of its own (no second helpline), but its reply must not be small
    talk: the assessment says the reply stays gentle, and tells a model so; the same "ok" from someone else does not."""
    safety = SafetyService(PostgresAudit(pool), Nowhere(), RiskAssessor(load_classifier(), load_crisis_detector()))
    user = f"ok-{datetime.now(UTC).timestamp()}"
    crisis = await safety.assess_message(MessageToAssess(user, "c1", "m1", "i want to die", "en-US", ""))
    assert crisis.risk.is_crisis
    ok = MessageToAssess(user, "c1", "m2", "ok", "en-US", "gw:1")
    read = await safety.assess_message(ok)
    after = await safety.after_sensitive(read, ok)

    assert not read.risk.is_crisis
    assert after == AfterSensitive(other=True)
    assert "Stay gentle" in safety.reply_guidance(read, ok, after)
    alone = MessageToAssess(f"{user}-alone", "c1", "m2", "ok", "en-US", "gw:1")
    assert await safety.after_sensitive(await safety.assess_message(alone), alone) == AfterSensitive()
