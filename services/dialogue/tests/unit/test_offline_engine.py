from datetime import UTC, datetime, timedelta
from itertools import pairwise

import pytest

from companion_dialogue.domain.model import IncomingMessage, RecalledMemory, ReplyContext, SafetyView, Turn
from companion_dialogue.domain.offline_engine import reply, second_person
from companion_dialogue.domain.prompt import build_request

NOW = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)


def _context(text: str, **kwargs: object) -> ReplyContext:
    message = IncomingMessage("e1", "m1", "u1", "c1", text, NOW, "Europe/Lisbon", "en-US", "gw:1")
    defaults: dict[str, object] = {"local_time": NOW, "since_last_message_s": 60.0}
    return ReplyContext(message=message, **{**defaults, **kwargs})  # type: ignore[arg-type]


def test_a_recalled_memory_comes_back_in_the_users_words_turned_around() -> None:
    memory = RecalledMemory("My sister's name is Maya.", NOW - timedelta(days=3))
    text = reply(build_request(_context("What's my sister called?", memories=(memory,))))
    assert 'you told me on 24 November: "your sister\'s name is Maya"' in text


def test_a_crisis_gets_a_supportive_reply_whatever_else_is_known() -> None:
    memory = RecalledMemory("I love hiking", NOW)
    text = reply(build_request(_context("...", memories=(memory,), safety=SafetyView(crisis=True))))
    assert "reach out" in text
    assert "hiking" not in text


def test_a_crisis_that_goes_on_gets_new_words_each_turn_asking_about_safety_now() -> None:
    # In `make chat`, "i want to die", "no im not", "nope" got the same paragraph three times: a machine not
    # listening. Each turn now says something new and asks a question, and none recites a memory.
    memory = RecalledMemory("I love hiking", NOW)
    turns: list[Turn] = []
    replies = []
    for i in range(6):
        context = _context("...", memories=(memory,), safety=SafetyView(crisis=True), recent_turns=tuple(turns))
        text = reply(build_request(context))
        replies.append(text)
        turns += [Turn(f"u{i}", "user", "...", NOW), Turn(f"c{i}", "companion", text + " [crisis resources]", NOW)]
    assert len(set(replies[:4])) == 4
    assert all(a != b for a, b in pairwise(replies))
    assert all("?" in text for text in replies)
    assert all("crisis line" in text or "someone" in text for text in replies)
    assert not any("hiking" in text for text in replies)


def test_danger_from_others_gets_replies_about_safety_and_never_about_hurting_oneself() -> None:
    """Threats from a partner or from lenders: safety sent an abuse or debt line, not a suicide crisis line."""
    turns: list[Turn] = []
    replies = []
    for i in range(4):
        context = _context("...", safety=SafetyView(crisis=True, risk_to_self=False), recent_turns=tuple(turns))
        text = reply(build_request(context))
        replies.append(text)
        turns += [Turn(f"u{i}", "user", "...", NOW), Turn(f"c{i}", "companion", text, NOW)]
    assert all(a != b for a, b in pairwise(replies))
    assert all("safe" in text and "?" in text for text in replies)
    assert not any("hurt yourself" in text or "crisis line" in text for text in replies)


def test_replies_are_deterministic_and_greet_after_a_long_gap() -> None:
    first = reply(build_request(_context("hello", since_last_message_s=None)))
    assert first == reply(build_request(_context("hello", since_last_message_s=None)))
    assert first.startswith("Good morning!")
    assert not reply(build_request(_context("hello"))).startswith("Good")


def test_second_person_swaps_pronouns_only() -> None:
    assert second_person("I think my cat likes me") == "you think your cat likes you"


def test_the_prompt_carries_guidance_memories_and_local_time() -> None:
    memory = RecalledMemory("I moved to Lisbon", datetime(2026, 3, 1, tzinfo=UTC))
    request = build_request(_context("hi", memories=(memory,), safety=SafetyView(guidance="Be gentle.")))
    system = request.messages[0].content
    assert request.messages[0].role == "system"
    assert "Be gentle." in system
    assert "(2026-03-01) I moved to Lisbon" in system
    assert "Friday 27 November 2026, 09:30" in system
    assert request.messages[-1].content == "hi"


DOG = RecalledMemory("My dog is called Rex.", datetime(2026, 11, 27, 8, 0, tzinfo=UTC))
SISTER = RecalledMemory("My sister's name is Maya.", NOW - timedelta(days=3))


def _reply(text: str, *memories: RecalledMemory, **kwargs: object) -> str:
    return reply(build_request(_context(text, memories=memories, **kwargs)))


@pytest.mark.parametrize(
    "question",
    ["What's my dog's name?", "what is my dog called", "Do you remember my dog?", "whats my dogs name again?"],
)
def test_a_question_about_something_remembered_is_answered_with_it(question: str) -> None:
    text = _reply(question, SISTER, DOG)  # the sister comes first, as recall might rank her
    assert text == 'I remember you told me on 27 November: "your dog is called Rex".'


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("How do I make pancakes?", "I'm afraid"),  # a question it cannot answer
        ("What's the capital of France?", ""),
        ("What's my favourite colour?", "told me"),  # about the user, not remembered
        ("hello!", ""),
        ("thanks so much", "welcome"),
        ("ok bye, talk later", ""),
        ("I need some space", "time you need"),
        ("I'm feeling really stressed about work", "sorry"),
        ("I'm so happy today", ""),
        ("I have a job interview on Tuesday", ""),
        ("guess what, I got the job", ""),
        ("I went for a long walk in the park", ""),
        ("my dog Rex chewed my shoe lol", ""),  # shares words, but asks nothing
        ("sliced my thumb on the handsaw today, steri strips and back up the tree", "Ouch"),  # not "a plan"
        ("twisted my ankle at netball tonight", "Ouch"),
        # good news of a milestone gets congratulations, not a flat "tell me more"
        ("my sister Trish just had a baby boy, Josiah!!", "ongratulations"),
        ("we got engaged last night 💍", "ongratulations"),
        ("my son passed his driving test first time", "ongratulations"),
        # news of someone of the user's, in any English, said back by who it is about
        ("Our lass is a nurse at the RVI", "about your lass"),
        ("me nan lives in Morpeth, she's 94", "about your nan"),
        ("my brother moved to Leeds last month", "about your brother"),
    ],
)
def test_anything_else_gets_a_reply_to_the_message_that_recites_no_memory(message: str, expected: str) -> None:
    text = _reply(message, DOG, SISTER)
    assert "Rex" not in text
    assert "Maya" not in text
    assert "told me on" not in text
    assert expected in text


def test_the_kinds_of_message_get_different_replies() -> None:
    replies = {
        _reply(m, DOG)
        for m in ("hello!", "thanks so much", "bye", "I need some space", "I'm so sad", "How do I make pancakes?")
    }
    assert len(replies) == 6


def test_a_memory_with_words_of_risk_is_never_quoted() -> None:
    risky = RecalledMemory("I want to kill myself because of my dog", NOW)
    assert "kill" not in _reply("What's my dog's name?", risky)


def test_unrelated_questions_and_a_question_about_the_companion_quote_nothing() -> None:
    assert "Maya" not in _reply("What's your name?", SISTER)
    assert _reply("What's your name?", SISTER) == "I'm Sam, your AI companion."


def test_words_of_risk_safety_did_not_rate_a_crisis_get_a_gentle_question_not_cheer() -> None:
    for message in (
        "my last day is on friday, then nobody has to deal with me",
        "what's the point of anything",
        "cut my arm again last night",  # never "Ouch" as for a thumb cut on a saw
    ):
        text = _reply(message, DOG)
        assert "Rex" not in text
        assert "here" in text
        assert "Ouch" not in text


def test_a_die_hard_fan_is_no_heavy_news() -> None:
    # found in a user check: "That sounds heavy" had answered a husband's team
    assert "heavy" not in _reply("my husband is a die-hard RCB fan", DOG)
    assert "heavy" not in _reply("Big news, I got the job!", DOG)


def test_an_introduction_is_answered_by_name() -> None:
    # found in a user check: "hi, I'm Rémi" had been answered "How's your day going?"
    assert _reply("hi, I'm Rémi, I'm a lobster fisherman", DOG).startswith("Nice to meet you, Rémi!")
    assert "Fatuma" in _reply("jambo! mimi ni Fatuma, i sell kangas at the market", DOG)
    assert "Rex" not in _reply("my name is Priya by the way", DOG)
    # a user check on Tagalog: "ako si Maricel pero ..." had been answered "you're up late!"
    assert "Nice to meet you, Maricel!" in _reply("hello! ako si Maricel pero Ceng na lang", DOG)
    # a user check in Scouse: "hiya, it's Gemma. me fella Kev's a scaffolder" had been answered "you're up late!"
    assert "Nice to meet you, Gemma!" in _reply("hiya, it's Gemma. me fella Kev's a scaffolder", DOG)
    # a user check: "Hello. Am called Nakato Sarah. At home they call me Sarah ..." had been answered "Good morning!"
    assert "Nice to meet you, Nakato Sarah!" in _reply("Hello. Am called Nakato Sarah. At home they call me Sarah", DOG)
    assert "Nice to meet you, Kwabena!" in _reply("Ei chale, my name be Kwabena but everybody calls me Kobby", DOG)
    # a user check in Portuguese: "oi!! sou o Luiz Fernando mas todo mundo me chama de Nando" had been answered "Good
    # morning!"; and the same in Indonesian and Vietnamese
    assert "Nice to meet you, Luiz Fernando!" in _reply(
        "oi!! sou o Luiz Fernando mas todo mundo me chama de Nando", DOG
    )
    assert "Nice to meet you, Budi!" in _reply("halo, nama saya Budi, saya tinggal di Bandung", DOG)
    assert "Nice to meet you, Linh!" in _reply("tên em là Linh, em 22 tuổi", DOG)
    # over the 746 self-introductions of memory's spent sets, 263 had been answered by name (383 now): the name said
    # first, "it's" at the start, and words that can only name the user anywhere; the name they would rather hear
    for text, name in (
        ("G'day! Bron here (Bronwyn if I'm in trouble). Nurse at Westmead", "Bron"),
        ("oh it's Dmitri! but everyone at work calls me Dima so either is fine", "Dmitri"),
        ("ok so u can call me Gosia, nobody calls me Małgorzata except the bank", "Gosia"),
        ("hi, my name is Małgorzata but pls call me Gosia, everyone does", "Gosia"),
        ("Assalam o alaikum my name is Farhan Qureshi just Farhan is fine", "Farhan Qureshi"),
    ):
        assert f"Nice to meet you, {name}!" in _reply(text, DOG), text
    for text in (
        "i'm coming over later",
        "Hi! I'm Back",
        "Hi! I'm Back Home",
        "I'm Exhausted.",
        "hey, it's Friday!",
        "it's Gemma's turn",
        "I'm Very Tired",
        "this song is called Yellow Submarine and I love it",
        "I'm British but I live in Spain.",
        "I'm Sri Lankan, from Galle!",
        "Teacher here, primary school in Leicester",
        "We're here in Japan visiting our son",
        "eu sou o cara que sempre chega atrasado",
        "sou de Recife mas moro em Lisboa",
        "I'm here for you, rooting for you all the way.",
    ):
        assert "Nice to meet you" not in _reply(text, DOG), text


def test_relevance_breaks_a_tie_between_memories_sharing_as_many_words() -> None:
    old = RecalledMemory("My dog is called Bingo.", NOW - timedelta(days=300), relevance=0.2)
    new = RecalledMemory("My dog is called Rex.", NOW - timedelta(days=1), relevance=0.9)
    assert "Rex" in _reply("What's my dog's name?", old, new)


def test_what_holds_now_answers_before_what_held_once() -> None:
    before = RecalledMemory("I used to live in Leeds.", NOW - timedelta(minutes=5), relevance=0.6)
    now = RecalledMemory("I live in Bristol.", NOW - timedelta(minutes=5), relevance=0.5)
    assert "Bristol" in _reply("Do you remember where I live?", before, now)


def test_a_person_asked_about_in_other_words_is_still_the_one_remembered() -> None:
    missus = RecalledMemory("The missus is called Jo.", NOW - timedelta(days=2))
    mum = RecalledMemory("My mam works at the bakery.", NOW - timedelta(days=2))
    assert "Jo" in _reply("What's my wife's name?", DOG, missus)
    assert "bakery" in _reply("where does my mum work?", DOG, mum)


def test_a_question_about_uni_is_answered_with_what_was_studied() -> None:
    # found in a user check: "where did I go to uni?" after "I did uni in Galway" (kept as "I studied in Galway")
    studied = RecalledMemory("I studied in Galway.", NOW - timedelta(minutes=5), relevance=0.3)
    assert "Galway" in _reply("where did I go to uni?", DOG, studied)
    assert "Galway" in _reply("what college did I go to?", DOG, studied)


def test_a_question_about_what_someone_does_is_answered_with_that_not_their_name() -> None:
    name = RecalledMemory("My brother is called Fraser.", NOW - timedelta(days=1), relevance=0.9)
    job = RecalledMemory("My brother is a chef over in Inverness.", NOW - timedelta(days=1), relevance=0.8)
    assert "chef" in _reply("what does my brother do?", name, job)
    assert "Fraser" in _reply("what's my brother called?", job, name)
    assert "chef" in _reply("what's my brother's job again?", name, job)


def test_a_question_asked_before_is_no_answer_to_the_same_question_now() -> None:
    asked_before = RecalledMemory("What's my dog's name?", NOW - timedelta(minutes=2), relevance=0.99)
    assert _reply("What's my dog's name?", asked_before) == "I don't think you've told me that yet. Would you like to?"
    assert "Rex" in _reply("What's my dog's name?", asked_before, DOG)


def test_a_plain_goodbye_is_a_farewell_not_a_word_of_risk() -> None:
    assert _reply("Goodbye! Talk tomorrow.", DOG) in (
        "Take care! I'm here whenever you want to talk.",
        "Bye for now! Talk soon.",
    )
    not_plain = _reply("goodbye forever, nobody will miss me", DOG)
    assert not not_plain.startswith(("Take care", "Bye"))
    assert "I'm here" in not_plain


def test_a_message_safety_found_sensitive_gets_a_gentle_question_not_a_greeting() -> None:
    text = "my husband shoved me into the door again last night"
    context = _context(text, safety=SafetyView(sensitive=True), since_last_message_s=None)
    answer = reply(build_request(context))
    assert "?" in answer
    assert not answer.lower().startswith(("good evening", "good morning", "hi", "hey"))
    assert "listening" in answer or "heavy" in answer


@pytest.mark.parametrize("text", ["ok goodnight, talk tomorrow", "gotta go, bye", "time for bed"])
def test_a_goodbye_minutes_after_a_sensitive_message_is_gentle(text: str) -> None:
    """Safety says a goodbye follows a sensitive message of the last minutes: thanks for trusting, support, the
    door open, whatever words the goodbye is in; no "Bye for now! Talk soon."."""
    gentle = reply(build_request(_context(text, safety=SafetyView(goodbye_after_sensitive=True))))
    plain = reply(build_request(_context(text)))
    assert "support line" in gentle
    assert "I'm here whenever you want to talk" in gentle
    assert "Talk soon" not in gentle
    assert "support line" not in plain


@pytest.mark.parametrize("text", ["ok", "lol ok", "my sister got a puppy", "hey", "I'm seeing Jo on Friday"])
def test_any_other_message_minutes_after_a_sensitive_one_gets_no_small_talk(text: str) -> None:
    """ "ok" after "i want to die": still here, how are they now; never "That's interesting! What happened next?"."""
    gentle = reply(build_request(_context(text, safety=SafetyView(after_sensitive=True))))
    plain = reply(build_request(_context(text)))
    assert "How are you feeling right now?" in gentle or "How are things for you" in gentle
    assert "!" not in gentle
    assert gentle != plain


@pytest.mark.parametrize(
    "message",
    ["my ex had a baby with his new girlfriend", "my nan passed away on sunday", "we lost the baby at 12 weeks"],
)
def test_news_that_hurts_gets_no_congratulations(message: str) -> None:
    assert "ongratulations" not in _reply(message)


@pytest.mark.parametrize(
    "text",
    [
        "my grandma passed away on sunday, she was 91",
        "we had a miscarriage at 10 weeks",
        "had to have our cat put to sleep this morning at the vet",
        "my best mate died in a motorbike crash",
    ],
)
def test_a_loss_gets_condolence_not_a_plan_a_goodbye_or_interest(text: str) -> None:
    said = _reply(text)
    assert said.startswith("I'm so sorry")
    assert "plan" not in said
    assert "interesting" not in said


@pytest.mark.parametrize(
    "text", ["my dad's been diagnosed with cancer", "mum's in hospital after a stroke", "got made redundant today"]
)
def test_hard_news_gets_sympathy(text: str) -> None:
    assert _reply(text).startswith(("I'm sorry", "Oh no, I'm sorry"))


@pytest.mark.parametrize(
    "text",
    [
        "my phone died lol",
        "laptop just died mid essay",
        "I nearly died laughing",
        # found in a user check: deaths in a game are no loss
        "died like 40 times to the same boss in Elden Ring and my little brother beat it first try",
    ],
)
def test_a_dead_phone_is_no_loss(text: str) -> None:
    assert "sorry" not in _reply(text).lower()


def test_someone_else_at_risk_gets_how_to_help_not_a_gentle_question_alone() -> None:
    said = _reply(
        "my best friend told me she wants to kill herself, what do i do?",
        safety=SafetyView(sensitive=True, someone_at_risk=True),
    )
    assert "lines I sent" in said
    assert "ask them" in said.lower()
    assert said.endswith("?")  # and how the user is


@pytest.mark.parametrize("crisis", [False, True])
def test_someone_in_danger_now_gets_emergency_services_first(crisis: bool) -> None:
    """Their overdose told by a bystander (and the user at risk too, or not): calling for help comes before anything."""
    said = _reply(
        "my roommate took a bunch of pills and won't wake up",
        safety=SafetyView(crisis=crisis, sensitive=True, someone_at_risk=True, someone_in_danger=True),
    )
    assert "emergency services" in said.split(".")[0].lower()
    assert "ask them" not in said.lower()


def test_an_act_under_way_gets_the_emergency_call_first_then_asks_whether_they_called() -> None:
    """Pills taken, at the edge: the first sentence asks for the call and what to tell them; the next turn asks
    whether they called, never the same paragraph again nor an open "are you safe right now?" first."""
    view = SafetyView(crisis=True, sensitive=True, imminent=True)
    first = _reply("ya me tomé todas las pastillas", safety=view)
    assert "call emergency services right now" in first.split(";")[0].lower()
    assert "what and how much" in first
    turns = (Turn("u0", "user", "...", NOW), Turn("c0", "companion", first + " [crisis resources]", NOW))
    second = _reply("...", safety=view, recent_turns=turns)
    assert second != first
    assert "able to call" in second
    not_yet = _reply("i don't want to be here anymore", safety=SafetyView(crisis=True, sensitive=True))
    assert "right now; the number" not in not_yet  # ideation without an act gets the usual crisis reply


def test_cant_at_the_start_asks_nothing() -> None:
    # found in a user check: "can't sleep, ..." was answered as a question ("I don't know that for sure")
    text = _reply("can't sleep, flight to Kochi is on friday night", DOG)
    assert "know" not in text
    assert "sure" not in text


def test_a_mother_kept_as_the_user_called_her_answers_a_question_about_mum() -> None:
    # memory keeps "mama", "amma" and "appa" as said (thirty-first session); a question may use another word
    mama = RecalledMemory("My mama's name is Viorica.", NOW - timedelta(days=2))
    other = RecalledMemory("My sister's name is Maya.", NOW - timedelta(days=2))
    text = reply(build_request(_context("What's my mum's name again?", memories=(other, mama))))
    assert "Viorica" in text
    appa = RecalledMemory("My appa's name is Raman.", NOW - timedelta(days=2))
    assert "Raman" in reply(build_request(_context("do you remember my dad's name?", memories=(other, appa))))
