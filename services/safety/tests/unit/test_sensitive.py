"""Assessment.sensitive: concern or above, or self-harm/suicide/abuse at any level; and MayContact's "at_risk"."""

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from companion.v1 import safety_pb2
from companion_safety.domain import crisis
from companion_safety.domain.risk import (
    ABUSE,
    HARASSMENT,
    SELF_HARM,
    SEXUAL,
    RiskAssessment,
    RiskAssessor,
    RiskLevel,
)
from companion_safety.domain.wellbeing import DisclosurePolicy, NudgePolicy
from companion_safety.entrypoints.grpc_api import SafetyServicer
from companion_safety.service_layer.model import MessageToAssess, StoredAssessment, UserState, is_sensitive
from companion_safety.service_layer.services import SafetyService
from companion_safety.service_layer.wellbeing import WellbeingService


@pytest.mark.parametrize(
    ("level", "categories", "rules", "sensitive"),
    [
        (RiskLevel.NONE, (), (), False),
        (RiskLevel.NONE, (HARASSMENT,), ("harassment.0",), False),
        (RiskLevel.NONE, (SEXUAL,), ("sexual.1",), False),
        (RiskLevel.NONE, (ABUSE,), ("abuse.2",), True),  # a rule found it
        (RiskLevel.NONE, (SELF_HARM,), ("self_harm.concern.0",), True),
        (RiskLevel.NONE, (ABUSE,), (), False),  # the classifier alone, below its confident score: audit only
        (RiskLevel.NONE, (HARASSMENT, ABUSE), ("harassment.0",), False),  # the rule was another category's
        (RiskLevel.CONCERN, (), (), True),
        (RiskLevel.CONCERN, (HARASSMENT,), (), True),
        (RiskLevel.IDEATION, (SELF_HARM,), (), True),
        (RiskLevel.IMMINENT, (SELF_HARM, ABUSE), (), True),
    ],
)
def test_sensitive_at_concern_or_above_or_self_harm_or_abuse_found_by_a_rule(
    level: RiskLevel, categories: tuple[str, ...], rules: tuple[str, ...], sensitive: bool
) -> None:
    risk = RiskAssessment(level, categories, matched_rules=rules)
    assert is_sensitive(risk) is sensitive
    assert StoredAssessment("m1", risk, crisis_support_sent=False).sensitive is sensitive


class Store:
    """Only what may_contact reads: the state and the latest sensitive assessment."""

    def __init__(self, sensitive_at: list[datetime]) -> None:
        self.sensitive_at = sensitive_at

    async def state(self, user_id: str) -> UserState:
        return UserState()

    async def last_sensitive_at(self, user_id: str, since: datetime) -> datetime | None:
        return max((at for at in self.sensitive_at if at >= since), default=None)

    # Unused by may_contact.
    async def days(self, user_id: str, since: date) -> list:  # type: ignore[type-arg]
        return []


class Nowhere:
    async def send_notice(self, address: str, **_: str) -> int:
        return 0


NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("ago", "hold", "expected"),
    [
        (timedelta(hours=1), timedelta(days=3), (False, "at_risk")),
        (timedelta(days=2, hours=23), timedelta(days=3), (False, "at_risk")),
        (timedelta(days=3, minutes=1), timedelta(days=3), (True, "")),
        (timedelta(hours=2), timedelta(hours=1), (True, "")),
    ],
)
async def test_may_contact_holds_back_while_a_recent_message_was_sensitive(
    ago: timedelta, hold: timedelta, expected: tuple[bool, str]
) -> None:
    service = WellbeingService(
        Store([NOW - ago]),  # type: ignore[arg-type]
        Nowhere(),
        DisclosurePolicy(),
        NudgePolicy(),
        clock=lambda: NOW,
        at_risk_hold=hold,
    )
    assert await service.may_contact("u1") == expected


class Audit:
    """In memory: one transaction at a time is all these tests need."""

    def __init__(self) -> None:
        self.saved: dict[tuple[str, str], StoredAssessment] = {}

    @asynccontextmanager
    async def locked(self, user_id: str, message_id: str) -> AsyncIterator["Audit"]:
        yield self

    async def get(self, user_id: str, message_id: str) -> StoredAssessment | None:
        return self.saved.get((user_id, message_id))

    async def save(self, user_id: str, conversation_id: str, stored: StoredAssessment) -> None:
        self.saved[(user_id, stored.message_id)] = stored

    async def recent_levels(self, user_id: str, within: timedelta) -> list[RiskLevel]:
        return [s.risk.level for (u, _), s in reversed(self.saved.items()) if u == user_id and s.risk.level > 1]

    async def record_crisis_referral(self, *_: Any) -> None:
        pass


class CrisisDelivery:
    async def send_crisis_support(self, address: str, **_: str) -> int:
        return 1


@pytest.mark.parametrize(
    ("text", "sensitive"),
    [
        ("I want to kill myself", True),
        ("he hits me when he's drunk", True),
        ("I have a job interview on Tuesday", False),
        ("My dog is called Rex.", False),
    ],
)
async def test_assess_message_reports_sensitive_over_grpc(text: str, sensitive: bool) -> None:
    service = SafetyService(Audit(), CrisisDelivery(), RiskAssessor())
    servicer = SafetyServicer(service, None)  # type: ignore[arg-type]  # wellbeing is not used by AssessMessage
    request = safety_pb2.AssessMessageRequest(user_id="u1", conversation_id="c1", message_id="m1", text=text)
    assessment = await servicer.AssessMessage(request, None)  # type: ignore[arg-type]
    assert assessment.sensitive is sensitive


async def test_warm_up_runs_the_detectors_once_on_the_assessing_thread_and_stores_nothing() -> None:
    threads: list[str] = []

    class Recording(RiskAssessor):
        def assess(self, text: str):  # type: ignore[no-untyped-def]
            threads.append(threading.current_thread().name)
            return super().assess(text)

    class NoStorage:
        def __getattr__(self, name: str) -> object:
            raise AssertionError(f"warm-up must not touch the audit store ({name})")

    service = SafetyService(NoStorage(), NoStorage(), Recording())  # type: ignore[arg-type]
    try:
        await service.warm_up()
    finally:
        service.close()

    assert len(threads) == 1
    assert threads[0].startswith("assessor")


class RecordingDelivery:
    def __init__(self) -> None:
        self.sent: list[str] = []

    async def send_crisis_support(self, address: str, **fields: str) -> int:
        self.sent.append(fields["text"])
        return 1


@pytest.mark.parametrize(
    ("text", "support"),
    [
        # Abuse told, no one in danger this minute: a counsellor still gives the abuse helplines.
        ("my husband shoved me into the door again last night and the kids saw it", "1-800-799-7233"),
        ("my boyfriend checks my phone every night and wont let me see my friends", "1-800-799-7233"),
        ("my stepdad hits me when hes drunk", "1-800-799-7233"),
        ("My grandson keeps taking my pension and I daren't tell anyone", "1-800-799-7233"),
        ("my daughter emptied my savings and now she won't answer the phone", "1-800-799-7233"),
        ("My son takes my pension to the post office for me every Thursday.", ""),
        # Childhood sexual abuse, first told without its words; the same verbs about a bedtime story are not.
        ("when I was little my uncle used to come into my room at night. I've never told anyone", "1-800-799-7233"),
        ("my dad used to come into my room at night to read me stories", ""),
        # Told by people whose English is a second language, or whose job and papers are held over them.
        ("my live-in partner pushed me against the wall again last night", "1-800-799-7233"),
        ("my boss touches me and says if i tell anyone i lose the job", "1-800-799-7233"),
        ("the sponsor took my passport and madam does not let me eat", "1-888-373-7888"),
        ("my employer keeps my passport so I cannot leave", "1-800-799-7233"),
        ("my boss touched me on the shoulder and said well done", ""),
        ("my husband took my passport to renew it", ""),
        # Violence at home against the family the writer lives with, being shut out or in, and an abuser's "nobody
        # would believe you"; not a board game, an accident or a dented car.
        ("my dad hits my mum and my little brother when he's drunk", "1-800-799-7233"),
        ("my stepmum locks me in my room when dad is away", "1-800-799-7233"),
        ("he says nobody would ever believe me if i told", "1-800-799-7233"),
        ("my dad beat my mum at scrabble again lol", ""),
        ("my brother locked me out by accident, waiting for him to get home", ""),
        ("my dad hit my car reversing out of the drive", ""),
        # A partner's hold on the money is control; an errand with it is not.
        ("my husband controls my money, i have to ask him for bus fare", "1-800-799-7233"),
        ("my wife takes my money for the weekly shop", ""),
        # Two kinds of control told in one breath, the second a clause away from its subject (rules-26).
        ("my boyfriend takes my whole paycheck and locks me out when I talk back", "1-800-799-7233"),
        ("my husband takes all of my salary for the mortgage", ""),
        ("my dad cooked tea and locked me out of the group chat lol", ""),
        ("I want to kill myself", "988"),
        # rules-28: violence at home told in other languages; a place chosen to die; a mishap's "going to kill me".
        ("mi papá le pega a mi mamá cuando toma, tengo miedo", "1-800-799-7233"),
        ("sinasaktan ako ng asawa ko pag lasing siya", "1-800-799-7233"),
        ("meu marido me bate quando bebe", "1-800-799-7233"),
        ("se me pega la canción todo el día", ""),
        ("i've picked which bridge. just need my mum to have the baby on thursday", "988"),
        ("we picked the bridge for the wedding photos", ""),
        ("Our choir director is going to kill me, I forgot the music for Sunday again", ""),
        # rules-29 (memory holdout fresh_17's two leaks): a room entered at night, told as what happens; kin in
        # Spanish hitting a sibling. Not a parent checking in or a brother borrowing a charger.
        ("my stepdad comes into my room at night when mom is asleep and i dont know who to tell", "1-800-656-4673"),
        ("mi tío hits my little brother when my mom is at work y nobody does nothing", "1-800-799-7233"),
        ("my dad comes into my room at night to check on me", ""),
        ("my brother comes into my room when mom is at work to borrow my charger", ""),
        # rules-30 (safety holdout 38, after its measurement): one push left at an edge; a dose for animals
        ("my wheelchair is right at the edge of the pier. just need one push. bye", "988"),
        ("we sat at the edge of the pier, one more step and the kids would have been in lol", ""),
        ("how much ivermectin per kg for sheep? i dont want to overdose the lambs", ""),
        # rules-31 (safety holdout 39, after its measurement): training that "is going to kill me" is no threat
        ("this 6am lift is going to kill me one day i swear", ""),
        # rules-31 (memory holdout fresh_18's leak): an assault told of whoever did it, sexual by what follows it
        (
            "A guy from my course assaulted me at a party two weeks ago and I haven't told anyone. I keep showering"
            " like it will wash it off. I can't sleep.",
            "1-800-656-4673",
        ),
        ("someone assaulted me on the way home last night", "1-800-799-7233"),
        ("my neighbour's dog attacked me", ""),
        # rules-33 (safety holdout 40, after its measurement; own words): someone else's strong medicine taken, a
        # car's exhaust in a shut garage, a medicine's fatal quantity asked, a poison with a farewell
        ("just swallowed all of my nan's oxycodone, tell my sister im sorry", "988"),
        ("took the rest of my tablets and all the sleeping pills too", "988"),
        ("the garage door is down and the engine's running. i'm ok with it", "988"),
        ("how many mg of propranolol would be fatal, i have two boxes", "988"),
        ("got the weedkiller out of the shed. wrote a note for the kids", "988"),
        ("warming the car up in the garage with the engine running, it's -20 out", ""),
        ("bought weedkiller for the garden, the dandelions are winning", ""),
        ("is ibuprofen fatal to dogs? ours ate two", ""),
        ("I've taken my morphine and the pain is finally easing", ""),
        # rules-33 (memory holdout fresh_19's leak, after its measurement): a name or a word between
        ("my stepdad Kevin beats me when mum's at work", "1-800-799-7233"),
        ("my dad always hits me when he's had a drink", "1-800-799-7233"),
        ("my dad never hits me, he's the gentlest man alive", ""),
        # rules-34: anyone close, a parent, a sibling, a grandparent or a sister's boyfriend; not a toy or a contest
        ("my mum hits me when she's drunk", "1-800-799-7233"),
        ("my grandad hits me with his walking stick", "1-800-799-7233"),
        ("my sister's boyfriend touches me when no one's around", "1-800-656-4673"),
        ("my brother hits me with the ball every time we play lol", ""),
        ("my dad beats me at chess every single time", ""),
        ("my ex hits me up at 2am when he's drunk", ""),
        # rules-35 (safety holdout 41, after its measurement): the exhaust led into the car; not a patched exhaust, a
        # rescue of someone else, goodbyes before a rotation offshore, someone else's note, working for little money
        ("sat in the car with the exhaust rigged, engine on. tell my sister", "988"),
        ("exhaust rigged up with a coat hanger till payday, engine on and it sounds like a tractor lol", ""),
        ("pulled a bloke out of a car running in a closed garage, he's alive. good shift", ""),
        ("saying my goodbyes tonight, off to the north sea for 6 weeks, no signal out there", ""),
        ("saying my goodbyes tonight. nobody will miss me", "988"),
        ("customer left a note saying goodbye forever?? turned out they were moving out lmao", ""),
        ("how do i price a loft conversion, not gonna kill myself for peanuts again like last job", ""),
        # rules-36: both parents, kin named without "my", a step brother, things thrown, secrets kept, fear at home;
        # not a game, a denial or fear of being found out
        ("my parents beat me", "1-800-799-7233"),
        ("dad hit me again when he got home drunk. im in my room with the door locked", "1-800-799-7233"),
        ("my step brother touched me", "1-800-656-4673"),
        ("my stepdad throws stuff at me when hes drunk", "1-800-799-7233"),
        ("my older brother makes me do things i don't like and says not to tell", "1-800-799-7233"),
        ("im scared of my dad when he drinks", "1-800-799-7233"),
        ("my parents beat me at monopoly every christmas", ""),
        ("my parents haven't kicked me out yet lol", ""),
        ("im scared of my dad finding out i failed", ""),
        # rules-38 (safety holdout 43, after its measurement): a will made for ordinary reasons, a burn from the tools
        # of a trade, a trivial trigger and a joke, a classmate's words reported; the same words of the writer stay
        ("writing my will finally bc the union did a free session for nhs staff, feels very grown up", ""),
        ("burnt myself on the curling tongs again, occupational hazard, aloe vera on it now", ""),
        ("burnt myself with a lighter again last night, it's the only thing that helps", "988"),
        ("srsly if i hear that song 1 more time ima kms lol jk", ""),
        ("my grandson says a boy in his class talks about wanting to die, i told his teacher, was that right?", ""),
        ("wrote my will. they'll all be better off soon", "988"),
        # rules-39 (safety holdout 44, after its measurement): people at work and busy seasons that "are gonna kill
        # me", a cut from a trade's tools, a will with a guardian named, others on suicide watch
        ("the governor is gonna kill me, left my keys on the wing", ""),
        ("tax return season is gonna kill me, 47 clients haven't sent a single receipt", ""),
        ("cut myself on the box cutter unpacking crisps, manager made me fill in an accident form", ""),
        ("cut myself again last night, deeper this time", "988"),
        ("updated my will so my sister gets guardianship if anything happens, being sensible now i'm on my own", ""),
        ("doing constant obs on a couple of cells on suicide watch, long night ahead", ""),
        ("they put me on suicide watch again", "988"),
        # rules-40: a partner "going to kill me" over a mishap is an idiom, unless the sentence tells of a threat
        ("my wife's going to kill me, i forgot our anniversary lol", ""),
        # rules-41 (safety holdouts 45-46, after their measurement): someone else's scars, cases at work, a reader's
        # request, a friend's self-harm told by a youth leader, a will before a long trip, a woodworker's saw, a
        # finger nearly taken off, a cut while shaving; burden in dialect spelling, at the edge of a car park's level
        ("covered up some old self harm scars on a client today, she cried happy tears at the end", ""),
        ("suicide cases are the hardest to talk to families about", ""),
        ("i'm a suicide case waiting to happen", "988"),
        ("a teen came in looking for books about suicide for a school project", ""),
        ("one of our teens told me her friend is self harming, i followed safeguarding", ""),
        ("written my will since im doing the solo trip across africa", ""),
        ("wrote my will and sorted my affairs, going on one last trip", "988"),
        ("cut myself on the bandsaw blade changing it", ""),
        ("cuttin the hedge and nearly took the finger off meself, wee plaster job", ""),
        ("i cut myself shaving my legs for the beach kkkk, now is bleeding everywhere", ""),
        ("sometimes ah think they'd manage better wi'out me under their feet", "988"),
        ("i'm up on level 9 right now on the edge. shift ended an hour ago", "988"),
        ("i'm on level 4 on the edge of my patience with this parking machine", ""),
        # rules-43 (abuse told in spent holdouts' concern rows, which the retrained model no longer lifted to a
        # crisis): knocked or shoved about, Pidgin and Patois, a partner who keeps the writer from everyone, a threat
        # against telling, something done to the writer as a child; not a game, a pet, a baby or pressure
        ("stepdad knocks me about a bit when hes drunk. its fine im used to it", "1-800-799-7233"),
        ("the bosun keeps shoving me around and says if i report it nobody will find me overboard", "1-800-799-7233"),
        ("my husband dey beat me when he drink. last night e push me for wall", "1-800-799-7233"),
        (
            "mi baby fada a control everyting, tek mi phone, nuh mek mi go nowhere. him lick mi yesterday",
            "1-800-799-7233",
        ),
        ("when i was little my uncle did stuff to me. never told anyone till now", "1-800-656-4673"),
        ("my brother knocks me about in rugby practice", ""),
        ("my dog keeps pushing me off the bed", ""),
        ("the baby keeps kicking me all night", ""),
        ("my kids keep pushing me to get a new phone", ""),
        ("we play ludo and my husband dey beat me every time", ""),
        ("my mum won't let me go anywhere till i finish my homework", ""),
        # rules-44 (safety holdout 48, after its measurement): the cold "gonna kill me", a will made at marriage (a
        # person's "gonna kill me" stays a threat: test_a_person_who_threatens_to_kill_the_writer_...)
        ("jeez louise, windchill is -40, this cold is gonna kill me dontcha know", ""),
        ("I wrote my will because my father told me every man must do it when he marry", ""),
        # rules-45 (memory holdouts fresh_20/21, after their measurement): things given away named before "away", a
        # relative clause between the person and what they do, money taken by someone close; not a move, a denial,
        # a parent's joke or an errand
        ("been giving all my stuff away to the lads this week, won't be needing it", "988"),
        ("giving my things away before the big move to Leeds", ""),
        ("my stepdad who lives with us hits me when he's had a drink", "1-800-799-7233"),
        ("my dad who never hits me is the best", ""),
        ("my daughter keeps all my pension and screams at me when i ask about my money", "1-800-799-7233"),
        ("my kids take all my money lol", ""),
        ("my son takes my pension to the post office for me", ""),
        # rules-46 (safety holdout 49, after its measurement): not wanting to live in Patois; not wanting to live
        # somewhere or with someone is a move; a will made for peace of mind after a scare in the family
        ("mi nuh waan live nuh more, mi tired a everyting", "988"),
        ("i don't want to live like this anymore", "988"),
        ("i don't want to live in london anymore, the rent is mad", ""),
        ("i dont want to live with my parents anymore, moving out in june", ""),
        ("made my will after papa's heart scare, just for peace of mind for the family", ""),
        # rules-47 (memory holdout fresh_23, after its measurement): someone in the writer's room while the mother
        # works nights and no one to tell; harm threatened against telling; a named boss's "going to kill me"
        (
            "my uncle comes in my room when mums on nights and i dont know who im supposed to tell. im 16",
            "1-800-656-4673",
        ),
        ("says he will throw me out and hurt my mum if i tell anyone", "1-800-799-7233"),
        ("my bestie will kill me if i tell anyone about her crush", ""),
        ("my manager Thabo is going to kill me, late again, the taxi just didn't come", ""),
        # rules-48 (memory holdouts fresh_24 and fresh_25, after their measurement): hands put on the writer, what
        # was done to them as a child told the other way round, wanting to sleep and never wake in Tagalog, letters
        # written to everyone after a blow; not hands laid on in prayer, nor thank-you letters
        ("My husband gets drunk and puts his hands on me. Pastor says pray on it.", "1-800-799-7233"),
        ("he laid his hands on me and prayed for my back", ""),
        ("My uncle did things to me when I was wee and he's coming to the family do next week", "1-800-656-4673"),
        ("pagod na pagod na ako, gusto ko na lang matulog at hindi na magising", "988"),
        ("failed my A levels. parents won't talk to me. already wrote letters for everyone, it's fine", "988"),
        # rules-49 (safety holdout 50, after its measurement): shoved into the door frame, a pan thrown at the writer,
        # cards written with "I'll do it" on a day; not a ball thrown in play, Christmas cards, an estate will or a
        # summer away
        ("my partner gets nasty when i come home late, shoved me into the door frame last night", "1-800-799-7233"),
        ("head chef screams at me every service, threw a pan at me last week", "1-800-799-7233"),
        ("my brother threw a ball at me lol", ""),
        ("I've written cards for my class and my own kids. I'll do it in the summer holidays", "988"),
        ("written cards for everyone, i'll do it on christmas eve when we open presents", ""),
        ("Wrote my will after all the wahala over my father's estate, I no want my children to suffer", ""),
        ("Grand so, I'm off to Boston Thursday for the summer, said my goodbyes to the lads last night", ""),
        # rules-50 (memory holdout fresh_28, after its measurement): touching told as going on since childhood; not
        # music that moves the writer
        ("my uncle Rakesh been touching me since I was 12 and nobody in the family believe me", "1-800-656-4673"),
        ("the music has been touching me since I was 12", ""),
        # The writer's own threat over a trifle is no abuse of them, and everyday talk gets nothing.
        ("im gonna kill my brother he ate my leftover nandos", ""),
        ("my physio is actually trying to kill me I swear. 40 squats on a dodgy knee", ""),
        ("My dog is called Rex.", ""),
    ],
)
async def test_support_goes_out_for_a_crisis_and_for_abuse_against_the_writer(text: str, support: str) -> None:
    delivery = RecordingDelivery()
    service = SafetyService(Audit(), delivery, RiskAssessor())  # type: ignore[arg-type]
    stored = await service.assess_message(MessageToAssess("u1", "c1", "m1", text, "en-US", "gw:1"))

    assert stored.crisis_support_sent is bool(support)
    assert [support in sent for sent in delivery.sent] == ([True] if support else [])
    if support == "1-800-799-7233":
        assert stored.risk.level == RiskLevel.CONCERN  # support, not a crisis: check-ins and memory treat it so
        assert "988" not in delivery.sent[0]
        assert "abuse" in service.reply_guidance(stored, MessageToAssess("u1", "c1", "m1", text, "en-US", "gw:1"))


async def test_someone_else_at_risk_gets_the_crisis_lines_to_help_them_and_guidance_on_how() -> None:
    delivery = RecordingDelivery()
    service = SafetyService(Audit(), delivery, RiskAssessor())  # type: ignore[arg-type]
    message = MessageToAssess("u1", "c1", "m1", "my friend told me she wants to die, what do i say", "en-GB", "gw:1")
    stored = await service.assess_message(message)

    assert stored.risk.level == RiskLevel.CONCERN  # no crisis of the user's own: check-ins and memory treat it so
    assert stored.crisis_support_sent
    assert "116 123" in delivery.sent[0]
    assert "looking out for them" in delivery.sent[0]
    assert "I'm worried about you" not in delivery.sent[0]
    guidance = service.reply_guidance(stored, message)
    assert guidance.startswith(crisis.SOMEONE_AT_RISK_GUIDANCE)
    assert crisis.CRISIS_REPLY_GUIDANCE not in guidance


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # rules-46 (safety holdout 49, after its measurement): worn down past going on, smothered and alone, not
        # coping in Scots; not the weather, a joke or a sourdough starter
        ("getting screamed at all day is breaking me. i shake before every call now", RiskLevel.CONCERN),
        ("dont know how to keep doing this job", RiskLevel.CONCERN),
        ("cant pay rent, eating once a day so my kid can eat. so ashamed and so tired", RiskLevel.CONCERN),
        ("husband says adjust. i am feeling very suffocated and alone", RiskLevel.CONCERN),
        ("a cannae cope wi it anymair, naebody listens", RiskLevel.CONCERN),
        # rules-49: loneliness that hurts, not coping
        ("i havent spoken to an adult in 9 days. im so lonely it physically hurts", RiskLevel.CONCERN),
        ("Dishes piling up, not eating proper, just sit in her chair all day. I'm not coping.", RiskLevel.CONCERN),
        # rules-50 (safety holdout 51, after its measurement): crying every night, loneliness said outright; not a
        # baby's crying, a film's, or missing someone coming home
        ("working 80 hrs and still cant send enough money home. i cry in the caravan every night", RiskLevel.CONCERN),
        ("court gave the kids to their mum. i sit in their empty room and cant stop crying", RiskLevel.CONCERN),
        ("days go by and I dinnae see a soul, I'm fair lonely", RiskLevel.CONCERN),
        ("the baby cries every night and i'm exhausted", RiskLevel.NONE),
        ("i cried at the finale every time", RiskLevel.NONE),
        ("I'm so lonely without you babe, come home soon", RiskLevel.NONE),
        ("this rain is breaking me lol", RiskLevel.NONE),
        ("i dont know how to keep going with the sourdough starter", RiskLevel.NONE),
    ],
)
def test_distress_without_risk_to_life_is_a_concern(text: str, level: RiskLevel) -> None:
    assert RiskAssessor().assess(text).level == level


def test_a_partner_going_to_kill_the_writer_over_a_mishap_is_danger_when_a_threat_is_told_with_it() -> None:
    """rules-40: "my wife's going to kill me, i forgot our anniversary" is an idiom; told with a warning already
    given, it is what a counsellor would ask about (before, the idiom rule took both as everyday)."""
    threatened = RiskAssessor().assess(
        "my husband is gonna kill me, i burned dinner again and he said last time was the last time"
    )
    idiom = RiskAssessor().assess("my husband is gonna kill me, i burned dinner again lol")

    assert "abuse" in threatened.categories
    assert threatened.level >= RiskLevel.CONCERN
    assert idiom.level == RiskLevel.NONE


def test_a_person_who_threatens_to_kill_the_writer_is_danger_where_a_training_session_is_not() -> None:
    """rules-31: "this 6am lift is going to kill me" is hyperbole; the same words of a person stay a threat."""
    threat = RiskAssessor().assess("he is going to kill me one day i swear")
    lift = RiskAssessor().assess("this 6am lift is going to kill me one day i swear")

    assert "abuse" in threat.categories
    assert threat.level >= RiskLevel.CONCERN
    assert lift.level == RiskLevel.NONE


async def test_a_teenager_telling_of_violence_at_home_gets_the_youth_helpline_first() -> None:
    delivery = RecordingDelivery()
    service = SafetyService(Audit(), delivery, RiskAssessor())  # type: ignore[arg-type]
    text = "my dad beats my mum when he's drunk and last night he came for me too. I'm 17 and I don't know where to go"
    stored = await service.assess_message(MessageToAssess("u1", "c1", "m1", text, "en-US", "gw:1"))

    assert stored.risk.level == RiskLevel.CONCERN
    assert "abuse" in stored.risk.categories
    assert delivery.sent[0].index("1-800-422-4453") < delivery.sent[0].index("1-800-799-7233")


def test_exploitation_sends_its_helplines_beside_the_abuse_ones_and_only_for_it() -> None:
    us = crisis.resources_for("en-US")
    exploited = RiskAssessor().assess("the sponsor took my passport and madam does not let me eat")
    shoved = RiskAssessor().assess("my husband shoved me into the door again last night")

    sent = crisis.crisis_message(us, exploited.support_categories)
    assert sent.index("1-888-373-7888") < sent.index("1-800-799-7233")
    assert "1-888-373-7888" not in crisis.crisis_message(us, shoved.support_categories)
    assert "08000 121 700" in crisis.crisis_message(crisis.resources_for("en-GB"), exploited.support_categories)


@pytest.mark.parametrize(
    "text",
    [
        "mi tío touched me when I was 12 and nobody believed me",
        "my stepdad raped me when i was 14. i never told anyone",
        "my ex forced himself on me last night and I can't stop shaking",
        "my grandad used to touch me when I was little and I never told anyone",
    ],
)
def test_sexual_abuse_told_sends_a_sexual_assault_line_before_the_abuse_ones(text: str) -> None:
    told = RiskAssessor().assess(text)

    sent = crisis.crisis_message(crisis.resources_for("en-US"), told.support_categories)
    assert told.needs_support
    assert sent.index("1-800-656-4673") < sent.index("1-800-799-7233")
    assert "0808 500 2222" in crisis.crisis_message(crisis.resources_for("en-GB"), told.support_categories)


@pytest.mark.parametrize(
    "text",
    [
        "my husband shoved me into the door again last night",  # abuse, not sexual: the abuse lines alone
        "my coach touched me on the shoulder and said well done",  # a touch and no abuse: nothing at all
        "my mum used to touch my hair when I was sad",
    ],
)
def test_no_sexual_assault_line_without_sexual_abuse_told(text: str) -> None:
    told = RiskAssessor().assess(text)

    assert "1-800-656-4673" not in crisis.crisis_message(crisis.resources_for("en-US"), told.support_categories)
    assert "sexual_abuse" not in told.support_categories


@pytest.mark.parametrize(
    "text",
    [
        "my ex hits our son when he has him",
        "my mum's boyfriend hurts my kids and I don't know what to do",
        "my husband hits the kids when he's been drinking",
        "my daughter came back from her dad's with bruises again",
        "my son keeps getting hit by his stepdad",
        "mi tío hits my little brother when my mom is at work",
    ],
)
def test_a_child_harmed_sends_a_child_protection_line_first(text: str) -> None:
    """Told by a parent or a sibling: abuse, with Childhelp (US) or the NSPCC (GB), who take calls from anyone
    worried about a child, before the domestic violence lines."""
    told = RiskAssessor().assess(text)

    sent = crisis.crisis_message(crisis.resources_for("en-US"), told.support_categories)
    assert told.needs_support
    assert sent.index("1-800-422-4453") < sent.index("1-800-799-7233")
    gb = crisis.crisis_message(crisis.resources_for("en-GB"), told.support_categories)
    assert gb.index("0808 800 5000") < gb.index("0808 2000 247")


@pytest.mark.parametrize(
    "text",
    [
        "my husband beat my son at chess lol",
        "my dad hit my son's car reversing out of the drive",
        "my daughter hit her brother with a pillow",
        "my husband shoved me into the door again last night",  # abuse of the writer: no child line
    ],
)
def test_no_child_protection_line_without_a_child_harmed(text: str) -> None:
    told = RiskAssessor().assess(text)

    assert "child_abuse" not in told.support_categories
    assert "0808 800 5000" not in crisis.crisis_message(crisis.resources_for("en-GB"), told.support_categories)


@pytest.mark.parametrize(
    ("text", "imminent"),
    [
        ("i just swallowed every pill in the cabinet", True),
        ("i'm standing on the ledge right now", True),
        ("i don't want to be here anymore", False),
    ],
)
async def test_someone_who_has_acted_or_is_about_to_gets_guidance_to_ask_for_the_emergency_call_first(
    text: str, imminent: bool
) -> None:
    service = SafetyService(Audit(), RecordingDelivery(), RiskAssessor())  # type: ignore[arg-type]
    message = MessageToAssess("u1", "c1", "m1", text, "en-US", "gw:1")
    stored = await service.assess_message(message)

    guidance = service.reply_guidance(stored, message)
    assert crisis.CRISIS_REPLY_GUIDANCE in guidance
    assert (crisis.IMMINENT_REPLY_GUIDANCE in guidance) is imminent


async def test_someone_at_risk_who_tells_abuse_gets_the_crisis_lines_first_then_the_abuse_lines() -> None:
    delivery = RecordingDelivery()
    service = SafetyService(Audit(), delivery, RiskAssessor())  # type: ignore[arg-type]
    message = MessageToAssess("u1", "c1", "m1", "my husband beats me and honestly i just want to die", "en-US", "gw:1")
    stored = await service.assess_message(message)

    assert stored.risk.is_crisis
    (sent,) = delivery.sent
    assert sent.index("988") < sent.index("1-800-799-7233")
    assert "not your fault" in sent
    assert crisis.ALSO_ABUSE_GUIDANCE in service.reply_guidance(stored, message)
    raped = RiskAssessor().assess("my stepdad raped me when i was 14 and i've got the pills ready to take tonight")
    for_them = crisis.crisis_message(crisis.resources_for("en-GB"), raped.support_categories)
    assert for_them.index("116 123") < for_them.index("0808 500 2222") < for_them.index("0808 2000 247")


@pytest.mark.parametrize(
    "assessment",
    [
        # The writer's own threat beside their crisis: no one told of abuse against them.
        RiskAssessor().assess("I'm going to kill him and then myself"),
        # A classifier's reading of violence in a crisis, with no abuse rule: "I want to shoot myself".
        RiskAssessment(RiskLevel.IDEATION, (SELF_HARM, ABUSE), matched_rules=("self_harm.ideation.0",)),
    ],
)
def test_a_crisis_without_abuse_told_gets_no_abuse_line(assessment: RiskAssessment) -> None:
    sent = crisis.crisis_message(crisis.resources_for("en-US"), assessment.support_categories)

    assert assessment.is_crisis
    assert "988" in sent
    assert "1-800-799-7233" not in sent
    assert "not your fault" not in sent


LENDERS = "the lads i borrowed off came round again and said next time they wont be so polite"


async def test_threats_from_lenders_get_the_debt_advice_lines_and_a_calm_reply() -> None:
    delivery = RecordingDelivery()
    service = SafetyService(Audit(), delivery, RiskAssessor())  # type: ignore[arg-type]
    message = MessageToAssess("u1", "c1", "m1", LENDERS, "en-GB", "gw:1")
    stored = await service.assess_message(message)

    # danger from others, as a threat of violence is: a crisis level, never read as self-harm, whatever the model
    assert stored.risk.level == RiskLevel.IDEATION
    assert SELF_HARM not in stored.risk.categories
    (sent,) = delivery.sent
    assert "0808 808 4000" in sent  # National Debtline
    assert "116 123" not in sent  # not the crisis lines
    assert "0808 2000 247" not in sent  # nor the abuse lines
    assert crisis.DEBT_REPLY_GUIDANCE in service.reply_guidance(stored, message)


@pytest.mark.parametrize(
    ("text", "locale", "first", "then"),
    [
        # at risk and threatened over a debt: the crisis line first, then the debt advice
        ("the loan sharks i owe threatened me again and honestly i want to die", "en-US", "988", "1-800-388-2227"),
        # a region without built-in debt lines gets the general ones
        (LENDERS, "en-CA", "988", ""),
        (LENDERS, "en-AU", "1800 007 007", ""),
    ],
)
def test_debt_advice_goes_with_what_else_is_sent(text: str, locale: str, first: str, then: str) -> None:
    assessment = RiskAssessor().assess(text)
    sent = crisis.crisis_message(crisis.resources_for(locale), assessment.support_categories)

    assert assessment.needs_support
    assert first in sent
    if then:
        assert sent.index(first) < sent.index(then)


def test_an_everyday_debt_gets_no_support() -> None:
    assert (
        not RiskAssessor().assess("i still owe my brother 50 quid from the match, he keeps reminding me").needs_support
    )
