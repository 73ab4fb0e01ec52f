"""The built-in offline engine: deterministic replies with no language model.

It is the default so that the system runs anywhere out of the box. It responds to the message itself: a
question about something the user told before ("What's my dog's name?") is answered with the memory that
shares its words ("My dog is called Rex"); anything else (a question it cannot answer, news, a feeling, a
plan, a greeting, thanks, a goodbye, a request for space) gets a fitting reply that recites no memory. A memory
is quoted only when the message asks about something (a question, or "do you remember ...") and the memory
shares content words with it; memories never reach a reply otherwise, and none that holds risk words is ever
quoted (dialogue asks memory for none, and drops any flagged sensitive). A message at crisis level gets support
and a question about safety now, in new words each turn while the crisis goes on. Real deployments point
dialogue at a model endpoint.
"""

import hashlib
import re
from dataclasses import dataclass
from itertools import pairwise

from companion_dialogue.domain.followups import find_plan, mentions_risk
from companion_dialogue.domain.model import ChatRequest, RecalledMemory, ReplyContext, Turn

ENGINE_NAME = "offline"

_ACKNOWLEDGEMENTS = (
    "I hear you. Tell me more?",
    "Thanks for telling me. How do you feel about it?",
    "Got it. What's on your mind about it?",
    "That's interesting! What happened next?",
    "I'm listening. What's on your mind?",
)
# The first reply to a crisis, then what a counsellor says as the crisis goes on: never the same words twice in a
# row (the same paragraph again reads as a machine not listening), each asking about safety now, keeping the
# person talking and pointing to people who can be there. Safety sends the crisis resources with each of them.
_CRISIS_REPLIES = (
    "I'm really sorry you're feeling this way, and I'm glad you told me. You matter. Are you safe right now? "
    "Please reach out to someone you trust, or to the crisis line; they can help in ways I can't. "
    "I'm here with you while you do.",
    "I'm still right here with you. Are you somewhere safe at the moment? "
    "If you can, call the crisis line or someone you trust while we keep talking.",
    "Thank you for staying and talking to me. Is there someone who could be with you, or come over now? "
    "You don't have to get through this alone.",
    "I can hear how much pain you're in, and I'm not going anywhere. Could you put some distance between you and "
    "anything you might hurt yourself with, and reach out to the crisis line? They're there for exactly this.",
)
# The user's own act under way or done (pills taken, at the edge): the emergency call first, then what to tell them
# and a step away from the means; later turns ask whether they called, and stay. Safety sent the number.
_IMMINENT_REPLIES = (
    "Please call emergency services right now; the number is at the top of the message I sent. If you've taken "
    "something, tell them what and how much. If you can, move away from whatever could hurt you and get to where "
    "another person is. I'm staying right here with you.",
    "I'm still right here. Have you been able to call? If not, please call the emergency number now, or ask "
    "someone near you to call for you. You don't have to do this alone.",
    "Thank you for still talking to me. Is someone with you, or is help on the way? If you can, unlock the door so "
    "help can get in, and stay where they can reach you. I'm not going anywhere.",
)
# Danger from others (violence against the user, threats over a debt): their safety now and the helpline safety sent,
# never a word about hurting themselves.
_DANGER_REPLIES = (
    "I'm really glad you told me, and I'm taking this seriously. Your safety comes first. Are you somewhere safe "
    "right now? If you're in danger, please call the emergency number, or the helpline I've sent; they can help in "
    "ways I can't. I'm here with you.",
    "I'm still right here with you. Is there somewhere safe you can go, or someone you trust who could be with you? "
    "The helpline I sent can help you work out what to do next.",
    "Thank you for staying and talking to me. Are you safe where you are at the moment? I'm not going anywhere.",
)
# A sensitive message or words of risk that safety did not rate as a crisis: no cheer, no recital, a gentle question.
_GENTLE = (
    "I'm here, and I'm listening. How are you really feeling right now?",
    "That sounds heavy. I'm here with you. Do you want to tell me what's going on?",
)
# Any other message minutes after a painful one ("ok" after "i want to die"): still here, how are they now.
_AFTER_SENSITIVE = (
    "I'm still here with you. How are you feeling right now?",
    "Thank you for staying and talking with me. How are things for you at the moment?",
)
_GREETINGS = ("Hi! It's good to hear from you. How are you doing?", "Hey! How's your day going?")
_THANKS = ("You're welcome! I'm glad I could help.", "Anytime! I'm happy to be here for you.")
_GOODBYES = ("Take care! I'm here whenever you want to talk.", "Bye for now! Talk soon.")
# A goodbye minutes after the user told of something painful: thanks for trusting, support, the door open; no cheer.
_GENTLE_GOODBYES = (
    "Take care of yourself. Thank you for trusting me with what you told me; I know it wasn't easy. If you need "
    "someone before we talk again, please reach out to someone you trust or a support line. I'm here whenever you "
    "want to talk.",
    "Thank you for telling me about it; that took courage. Be gentle with yourself. If it gets heavy, please "
    "reach out to someone you trust or a support line, and I'm here whenever you want to talk.",
)
_SPACE = ("Of course. Take all the time you need; I'll be here whenever you want to talk.",)
_UNKNOWN_PERSONAL = (
    "I don't think you've told me that yet. Would you like to?",
    "Hmm, I don't know that one yet. Tell me?",
)
_UNKNOWN = (
    "That's a good question. I'm not sure I can answer it well. What got you wondering?",
    "I don't know that for sure, I'm afraid. What do you think?",
)
_HAPPY = ("That's wonderful! What's making you feel that way?", "I love hearing that! Tell me more?")
_LOW = (
    "I'm sorry you're feeling that way. Do you want to talk about what's going on?",
    "That sounds hard. I'm here. What's been weighing on you?",
)
_PLAN = ("That sounds like a plan! How are you feeling about it?", "Ooh, good luck! What are you expecting?")
_NEWS = ("Oh, really? Tell me more! How did that feel?", "That's news! What happened?")
# Good news of a life's milestones ("my sister just had a baby boy", "we got engaged!"): congratulations first.
_GOOD_NEWS = (
    "Congratulations! That's wonderful news. How are you feeling about it?",
    "Oh, that's lovely news, congratulations! Tell me more?",
)
# Someone else at risk, told by a user worried about them: how to help, as a crisis counsellor would put it, and how
# the user is (safety has sent the crisis lines for it; they are "the lines I sent").
_SOMEONE_AT_RISK = (
    "It means a lot that you're looking out for them, and I'm glad you told me. It's okay to ask them straight out "
    "whether they're thinking about suicide; asking doesn't put the idea in their head. Listen without judging, stay "
    "close if you can, and help them reach one of the lines I sent, or emergency services if they're in danger right "
    "now. How are you holding up with all this?",
    "That's a lot to carry, and I'm glad you told me. You don't have to fix it alone: ask them gently and directly "
    "how they are, listen, and encourage them to talk to one of the lines I sent (you can call together). If they're "
    "in immediate danger, call emergency services. How are you doing yourself?",
)
# ... and in danger this minute: emergency services first, nothing else (safety sent the number).
_SOMEONE_IN_DANGER = (
    "Please call emergency services right now; the number is at the top of the message I sent. If it's safe, stay "
    "with them and tell the dispatcher where you are and what's happening. I'm right here with you.",
    "Call emergency services now (the number is in the message I just sent). Stay with them if you safely can and "
    "keep talking to them until help comes. I'm here with you, and once help is on the way, tell me how you are.",
)
# A death, a lost pregnancy, a pet put to sleep: condolence, never "that sounds like a plan" or "that's interesting!".
_LOSS = (
    "I'm so sorry for your loss. I'm here, and you can tell me as much or as little as you like.",
    "I'm so sorry. That's so hard. How are you holding up?",
)
# Hard news that is no loss (a diagnosis, a hospital stay, a job lost, a break-up): sorry first, then an ear.
_HARD_NEWS = (
    "I'm sorry, that's a lot to take in. How are you holding up?",
    "Oh no, I'm sorry you're going through this. Do you want to talk about it?",
)
# A small injury told in passing ("sliced my thumb on the handsaw today"): sympathy, not "that sounds like a plan".
# Safety has read the message first: one told as self-harm never gets here (a crisis or gentle reply answers it).
_HURT = (
    "Ouch, that sounds painful! I hope it heals quickly. Are you okay?",
    "Ouch! Take care of that. How is it now?",
)

# Swap the user's point of view into the companion's: "my sister" -> "your sister".
_PRONOUNS = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "i'm": "you're",
    "im": "you're",
    "i've": "you've",
    "i'll": "you'll",
    "i'd": "you'd",
    "am": "are",
}
_WORD = re.compile(r"[A-Za-z']+")
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")

_STOPWORDS = frozenset(
    "a an the and or but so if then than of to in on at by for with from about as into over after before is are "
    "was were be been being am do does did doing have has had having i me my mine myself you your yours we us our "
    "they them their he him his she her it its this that these those what whats what's who whos who's whom which "
    "where when why how there here not no yes can could would should will shall may might must just also even now "
    "very really any anything some something all again ever please hey hi oh well still too more most".split()
)
# Words too common to show that a memory is about what was asked, unless both say "my <word>" ("my name").
_GENERIC = frozenset(
    "name names called call like likes know remember remembered recall tell told say said think get got go "
    "going want thing things time day days today good one lot much favourite favorite".split()
)
# The same person in other words ("what's my wife's name?" is answered by "the missus is called Jo").
_SAME_PERSON = {
    word: first
    for first, others in {
        "wife": "missus missis mrs wifey",
        "husband": "hubby",
        "mother": "mum mom mam mammy mummy mommy mama amma ammi",
        "father": "dad da daddy pa papa appa abbu",
        "grandmother": "gran granny grandma nan nana nanna",
        "grandfather": "grandad granddad grandpa gramps",
        "girlfriend": "gf",
        "boyfriend": "bf",
        "brother": "bro",
        "sister": "sis",
        "child": "kid kiddo",
        # (and studies: "where did I go to uni?" of "I studied in Galway")
        "studied": "study studies studying uni university college",
    }.items()
    for word in (first, *others.split())
}
# What a question asks of a person: their name, or what they do.
_ASKS_NAME = re.compile(r"\b(?:name|names|called|who is|who's|whos)\b")
_ASKS_DOING = re.compile(r"\bwhat (?:does|do|did) [\w' ]{1,30} do\b(?! with)|\b(?:job|jobs|work|works|for a living)\b")
_TELLS_NAME = re.compile(r"\b(?:called|named|name is|name's|names are)\b", re.IGNORECASE)
_QUESTION_START = re.compile(
    # ("can't sleep, flight is on friday" asks nothing; found in a user check)
    r"^(?:what|what's|whats|who|who's|whos|where|where's|when|which|why|how|do|does|did|is|are|was|were|can(?!['’]t)|"
    r"could|would|will|should|have|has)\b"
)
_ASKS_TO_RECALL = re.compile(r"\b(?:do|did|can) you (?:remember|recall|know)\b|\bremember (?:when|what|my)\b")
# A capitalised word of any Latin alphabet ("Rémi", "Małgorzata", "O'Brien").
_NAME = r"[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]+(?:['’-][A-ZÀ-ÖØ-ÞĀ-Ža-z][^\W\d_]+)?"
_CALL_ME_INSTEAD = re.compile(r"\b(?:pls|please|just|but|so|u can|you can) call me (?-i:(" + _NAME + r"))\b", re.I)
# Who says "... here" without being named by it ("Teacher here", "Mum here").
_ROLES = (
    "teacher|nurse|doctor|student|mum|mom|mam|dad|mama|papa|grandma|grandpa|gran|nan|nana|lola|lolo|auntie|aunty"
    "|uncle|working|living|staying|sitting|back|still|just|only|we|everyone|everybody|nobody|someone|somebody"
)
# The user saying who they are ("hi, I'm Rémi", "moi c'est Rémi", "mimi ni Fatuma"; found in a user check, where
# an introduction was answered "How's your day going?"): a capitalised name right after the words for it.
_INTRODUCED = re.compile(
    r"(?:^|[!,.?]\s*)(?:(?:(?:hi|hello|hey|hiya|yo|allô|salut|jambo|hola|ciao|oi|olá|ola|halo|kumusta)[!,.]*\s+)?"
    r"(?:i'?m|i am|my name is|my name's|name's|call me|moi,? c['’]est|je m'appelle|mimi ni|me llamo|soy|sono|ich bin"
    r"|ako si|ako po si|ako nga pala si"
    # ... in Portuguese, Indonesian and Vietnamese ("oi!! sou o Luiz Fernando mas ...", "nama saya Budi"; a user check)
    r"|sou o|sou a|eu sou|me chamo|meu nome é|nama saya|nama aku|namaku|tên (?:em|mình|tôi) là"
    # ... as Ugandan, Ghanaian, Krio and Guyanese writers say it ("Am called Nakato Sarah", "my name be Kwabena";
    # a user check)
    r"|(?:i'?m |i am |am )?called|my name be|my name na|mi nem na|meh name|mi name)"
    # ... or, after a greeting, "it's" ("hiya, it's Gemma"; a user check)
    r"|(?:hi|hello|hey|hiya|yo|howya|heya)[!,.]*\s+(?:it'?s|it is|this is))\s+"
    # a name, or a first name and a second ("Nakato Sarah", "Priya Sharma")
    r"(?-i:([A-ZÀ-ÖØ-Þ][a-zà-ÿ'-]+(?: [A-ZÀ-ÖØ-Þ][a-zà-ÿ'-]+)?))"
    r"(?=\s*(?:$|[,.!]|and\b|but\b|pero\b|mas\b|mais\b|by the way|btw|here\b))"
    # ... or the name first, at the start ("G'day! Bron here (Bronwyn if I'm in trouble)", "Kez here 👋"), or "it's"
    # at the start ("oh it's Dmitri! but everyone at work calls me Dima"); found over the name rows of memory's sets
    r"|^(?:(?:hi|hello|hey|hiya|yo|howzit|g'day|salam|oh|ok|okay|haha|no)[!,.]*\s+)*(?:"
    r"(?!(?:" + _ROLES + r")\b)(?-i:([A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]+)) here\b(?! in\b)"
    r"|(?:it'?s|its) (?-i:(" + _NAME + r"))(?=\s*(?:$|[,.!]|but\b|not\b)))"
    # ... or words that can only name the user, anywhere ("Assalam o alaikum my name is Farhan Qureshi just Farhan is
    # fine", "ok so u can call me Gosia", "i go by my middle name, Jack", "hiya. the name's Morag but ...")
    r"|\b(?:my (?:full |real |first )?name is|my name's|the name's|(?:you|u|ya|yall|y'all) can (?:just )?call me"
    r"|i go by(?: my (?:middle|nick|first) ?name,?)?)\s+"
    r"(?-i:(" + _NAME + r"(?: " + _NAME + r")?))(?!['’]s)",
    re.IGNORECASE,
)
# Words said after "I'm" that are no names: who the user is ("I'm British", "I'm Catholic", "I'm Sri Lankan").
_DEMONYMS = (
    "british english irish scottish welsh american canadian australian kiwi indian pakistani bangladeshi sri lankan "
    "nepali chinese japanese korean filipino filipina vietnamese thai malaysian singaporean indonesian nigerian "
    "ghanaian kenyan ugandan african jamaican trinidadian mexican brazilian argentinian argentine colombian peruvian "
    "chilean spanish portuguese french german dutch belgian swiss austrian italian greek turkish polish russian "
    "ukrainian hungarian czech slovak romanian bulgarian serbian croatian lithuanian latvian estonian finnish swedish "
    "norwegian danish icelandic egyptian moroccan lebanese syrian iranian iraqi israeli palestinian saudi emirati "
    "catholic muslim christian jewish hindu sikh buddhist atheist protestant mormon orthodox vegan vegetarian gay "
    "straight bi trans queer single married divorced widowed retired pregnant"
)
_NOT_NAMES = frozenset(
    _DEMONYMS.split()
    + "good fine ok okay tired back here home sorry so not just really very happy sad done ready sick bored busy "
    "great alright alive exhausted stressed lonely new free off in out up down on over sure glad grateful me "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december christmas easter payday".split()
)


def _introduced(text: str) -> str | None:
    """The name the user introduces themselves by, if the message is an introduction."""
    if (introduced := _INTRODUCED.search(text)) is None:
        return None
    name = next(group for group in introduced.groups() if group)
    if not _NOT_NAMES.isdisjoint(name.lower().split()):
        return None
    # the name they would rather be called ("my name is Małgorzata but pls call me Gosia")
    called = _CALL_ME_INSTEAD.search(text, introduced.end())
    return called.group(1) if called else name


_GREETING = re.compile(r"^(?:hi|hello|hey|hiya|yo|good (?:morning|afternoon|evening)|morning|evening)\b")
_THANKS_RE = re.compile(r"\b(?:thanks|thank you|thx|ty|cheers)\b")
_GOODBYE = re.compile(
    r"\b(?:bye|goodbye|good night|goodnight|see you|see ya|talk (?:to you )?(?:later|soon|tomorrow)|gtg)\b"
)
# "goodbye!" alone is a farewell, not a word of risk ("goodbye forever" is not plain).
_PLAIN_FAREWELL = re.compile(
    r"^\W*(?:ok(?:ay)?\W+)?(?:good ?bye|bye)(?: for now| then)?\W*"
    r"(?:(?:talk|see you|speak)(?: to you)? (?:later|soon|tomorrow)\W*)?$"
)
_SPACE_RE = re.compile(r"\b(?:need|want|give me) (?:some )?(?:space|a break|time (?:alone|away|off))\b")
_HAPPY_RE = re.compile(
    r"\b(?:i'm|i am|im|i feel|feeling|i felt) (?:so |really |very |pretty )?"
    r"(?:happy|glad|excited|great|good|proud|thrilled|relieved|amazing)\b"
)
_LOW_RE = re.compile(
    r"\b(?:i'm|i am|im|i feel|feeling|i felt) (?:so |really |very |pretty |kind of |a bit )?"
    r"(?:sad|down|tired|exhausted|stressed|anxious|worried|lonely|upset|angry|scared|low|awful|bad|overwhelmed)\b"
)
_PLAN_RE = re.compile(r"\b(?:i'm going to|i am going to|i'm gonna|i will|i'll|i'm planning|planning to|tomorrow)\b")
_YOUR_NAME = re.compile(r"\b(?:your name|who are you|what are you called)\b")
_TOLD_YOU = re.compile(r"\b(?:did i|have i|i told|i ever) (?:tell|told|mention)|\bdid i tell\b")
# "my dog is called Rex", "me nan lives in Morpeth", "our lass started at the RVI": news of someone or something of
# the user's, said back by what it is about (not "got" or "had": "my dog got hit by a car" is no news to thank for).
_MY_THING = re.compile(
    r"^(?:so |and |oh |btw |by the way )?(?:my|our|me|ma|wor) ([a-z]+(?: [a-z]+)?)(?:'s| is| are| was| has| lives"
    r"| works| moved| started| turned| still)\b"
)
_NO_LONGER = re.compile(r"\b(?:used to|no longer|not any more|anymore|formerly)\b", re.IGNORECASE)
_NEWS_RE = re.compile(r"\b(?:guess what|i just|i got|i finally|today i|i passed|i won|we got)\b")
_GOOD_NEWS_RE = re.compile(
    r"^(?!.*\b(?:ex|miscarr\w*|lost|passed away|died|still ?born|sadly|unfortunately|didn'?t|not)\b).*\b(?:"
    r"had (?:a|her|his|their|our) (?:baby|little (?:boy|girl|one))|(?:got|just got|is|are|we're|we are|i'm|im)"
    r" (?:engaged|married|pregnant|expecting)|got (?:the|a new|my first|her first|his first) job|got (?:promoted|a"
    r" promotion)|passed (?:my|her|his|the|their) (?:driving )?(?:test|exams?|finals|boards|bar)|graduated"
    r"|it'?s a (?:boy|girl)|new (?:baby|grandbaby|grandchild|granddaughter|grandson))\b"
)
_KIN_AND_PETS = (
    r"(?:mum|mom|mam|mother|dad|da|father|nan|nana|gran|granny|grandma|grandmother|grandad|grandpa|grandfather"
    r"|husband|wife|partner|boyfriend|girlfriend|son|daughter|baby|brother|sister|uncle|aunt|auntie|cousin|friend"
    r"|best friend|mate|dog|cat|puppy|kitten|horse|pet)"
)
_LOSS_RE = re.compile(
    r"^(?!.*\b(?:lol|haha\w*|lmao|laughing)\b)(?!.*\b(?:phone|battery|laptop|charger|car|engine|plant|wifi|game"
    r"|character|tamagotchi)(?:'s| has| just| finally)? (?:died|is dead|dead)\b)"
    # ... nor deaths in a game ("died like 40 times to the same boss in Elden Ring"; found in a user check)
    r"(?!.*\bdied (?:like |about |literally |over )?(?:\d+|a (?:hundred|thousand|million)|so many|twice)"
    r" (?:more )?times\b|.*\b(?:same|final|last|that|this) boss\b|.*\bboss fight\b|.*\brespawn\w*\b)"
    r".*(?:"
    r"\bpass(?:ed)? away\b|\b(?:died|has died|is dead|was killed|didn'?t make it)\b|\bmiscarr\w*|\bstill ?born\b"
    r"|\blost (?:my|our|the|her|his) " + _KIN_AND_PETS + r"\b|\bput (?:\w+ )?to sleep\b|\b(?:funeral|burial)\b"
    r"|\bbereave\w*)"
)
_HARD_NEWS_RE = re.compile(
    r"^(?!.*\b(?:lol|haha\w*|lmao)\b).*(?:\b(?:has|got|diagnosed with|it'?s|with) (?:\w+ )?(?:cancer|a tumou?r"
    r"|dementia|alzheimer'?s|leuka?emia|parkinson'?s|a stroke|a heart attack|motor neurone disease|mnd|als)\b"
    r"|\bin (?:the )?(?:hospital|icu|intensive care|a&e|er)\b|\b(?:made redundant|laid off|got fired|got sacked"
    r"|lost my job)\b|\b(?:broke up with me|dumped me|left me|we broke up|we split up|getting divorced"
    r"|wants a divorce)\b)"
)
_HURT_RE = re.compile(
    r"\b(?:cut|sliced|nicked|burn(?:ed|t)|scald(?:ed)?|sprained|twisted|broke|stubbed|bruised|trapped|smashed|jammed"
    r"|banged|hurt|pulled|tore) my (?:\w+ )?(?:finger|fingers|thumb|hand|ankle|knee|toe|toes|foot|back|shoulder|elbow"
    r"|neck|nose|head|lip|tongue|hamstring|calf)\b"  # not the wrists, arms or legs, where self-harm is told
)


@dataclass(frozen=True)
class _Words:
    content: frozenset[str]  # content words, lightly stemmed
    mine: frozenset[str]  # the words after "my": what of the user's it is about ("dog", "name")


def _stem(word: str) -> str:
    word = word.removesuffix("'s").removesuffix("'")
    if word in _SAME_PERSON:
        return _SAME_PERSON[word]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return _SAME_PERSON.get(word, word)


def _words(text: str) -> _Words:
    tokens = _TOKEN.findall(text.lower())
    content = frozenset(_stem(t) for t in tokens if t not in _STOPWORDS and _stem(t) not in _STOPWORDS)
    mine = frozenset(_stem(b) for a, b in pairwise(tokens) if a == "my")
    return _Words(content, mine)


def asks(text: str) -> bool:
    """The message asks about something: a question, or "do you remember ..."."""
    lowered = text.lower().strip()
    lines = [line.strip() for line in lowered.splitlines() if line.strip()]
    return (
        "?" in lowered
        or any(_QUESTION_START.search(line) for line in lines)
        or _ASKS_TO_RECALL.search(lowered) is not None
    )


def _shared(question: _Words, memory: RecalledMemory) -> int:
    """How much of what the question is about the memory speaks of (0: nothing)."""
    said = _words(memory.text)
    specific = len((question.content - _GENERIC) & said.content)
    # "my dog" in both counts double; "my name" in both counts although "name" alone says nothing.
    return specific + 2 * len(question.mine & said.mine)


def answer_from_memory(text: str, memories: tuple[RecalledMemory, ...]) -> RecalledMemory | None:
    """The memory that answers a question, or None: the one sharing most content words with it (memory's
    relevance breaks ties), never one holding words of risk."""
    if not asks(text):
        return None
    question = _words(text)
    lowered = text.lower()
    asks_name, asks_doing = _ASKS_NAME.search(lowered) is not None, _ASKS_DOING.search(lowered) is not None
    best: tuple[int, bool, bool, float, int] | None = None
    found = None
    for rank, memory in enumerate(memories):
        if mentions_risk(memory.text) or asks(memory.text):  # a question asked before answers nothing
            continue
        score = _shared(question, memory)
        # A name for "what's her name?", something else for "what does my brother do?"; then what holds now
        # before what held once ("I live in Bristol" over "I used to live in Leeds").
        tells_name = _TELLS_NAME.search(memory.text) is not None
        fits = (asks_name and tells_name) or (asks_doing and not asks_name and not tells_name)
        key = (score, fits, not _NO_LONGER.search(memory.text), memory.relevance, -rank)
        if score > 0 and (best is None or key > best):
            best, found = key, memory
    return found


def second_person(text: str) -> str:
    return _WORD.sub(lambda m: _PRONOUNS.get(m.group(0).lower(), m.group(0)), text)


def _pick(options: tuple[str, ...], key: str) -> str:
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    return options[digest[0] % len(options)]


def _recollection(memory: RecalledMemory) -> str:
    said = memory.said_at.strftime("%d %B").lstrip("0")
    return f'I remember you told me on {said}: "{second_person(memory.text).rstrip(".!? ")}".'


def reply(request: ChatRequest) -> str:
    context = request.context
    if context.safety.someone_in_danger:  # "my roommate took a bunch of pills and won't wake up"
        return _pick(_SOMEONE_IN_DANGER, context.message.message_id + context.message.text)
    if context.safety.crisis and context.safety.imminent:  # "ya me tomé todas las pastillas": call first
        return _crisis_reply(context.recent_turns, _IMMINENT_REPLIES)
    if context.safety.crisis:
        return _crisis_reply(context.recent_turns, _CRISIS_REPLIES if context.safety.risk_to_self else _DANGER_REPLIES)
    text = context.message.text
    key = context.message.message_id + text
    if context.safety.someone_at_risk:  # "my best friend told me she wants to kill herself, what do i do?"
        return _pick(_SOMEONE_AT_RISK, key)
    # Safety found it sensitive (an abuse disclosure, a concern) or it holds words of risk: a gentle question,
    # never a cheerful greeting ("my husband shoved me into the door again last night").
    if (context.safety.sensitive or mentions_risk(text)) and not _PLAIN_FAREWELL.match(text.lower()):
        return _pick(_GENTLE, key)
    remembered = answer_from_memory(text, context.memories)
    if remembered is not None:
        return _recollection(remembered)
    return _respond(context, text.lower().strip(), key)


def _crisis_reply(recent_turns: tuple[Turn, ...], options: tuple[str, ...]) -> str:
    """The first crisis reply not among the companion's recent words, in order; when all were said, the one said
    longest ago."""
    said = [turn.text for turn in recent_turns if turn.role == "companion"]
    unsaid = [option for option in options if not any(option in text for text in said)]
    if unsaid:
        return unsaid[0]
    return min(options, key=lambda option: max(i for i, text in enumerate(said) if option in text))


def _respond(context: ReplyContext, lowered: str, key: str) -> str:
    """A reply to the message itself, reciting no memory."""
    long_gap = context.since_last_message_s is None or context.since_last_message_s > 6 * 3600
    greeting = _greeting(context.local_time.hour) if long_gap else ""
    if _SPACE_RE.search(lowered):
        return _pick(_SPACE, key)
    if context.safety.goodbye_after_sensitive:  # safety read it as a goodbye, minutes after a painful message
        return _pick(_GENTLE_GOODBYES, key)
    # before the goodbyes, thanks and questions: "had to put him to sleep, said goodbye", "how do i cope"
    if _LOSS_RE.search(lowered):
        return _pick(_LOSS, key)
    if _HARD_NEWS_RE.search(lowered):
        return _pick(_HARD_NEWS, key)
    if _GOODBYE.search(lowered):
        return _pick(_GOODBYES, key)
    if _THANKS_RE.search(lowered):
        return _pick(_THANKS, key)
    if asks(lowered):
        if _YOUR_NAME.search(lowered):
            return f"I'm {context.persona.name}, your AI companion."
        personal = bool(_words(lowered).mine) or _TOLD_YOU.search(lowered) is not None
        return greeting + _pick(_UNKNOWN_PERSONAL if personal else _UNKNOWN, key)
    if _LOW_RE.search(lowered):
        return _pick(_LOW, key)
    if context.safety.after_sensitive:  # minutes after a painful message: no cheer or small talk
        return _pick(_AFTER_SENSITIVE, key)
    if _HAPPY_RE.search(lowered):
        return greeting + _pick(_HAPPY, key)
    if (name := _introduced(context.message.text)) is not None:
        return f"{greeting}Nice to meet you, {name}! I'm glad you're here."
    if _GREETING.search(lowered):
        return f"{greeting}How are you doing?" if greeting else _pick(_GREETINGS, key)
    if _HURT_RE.search(lowered):
        return greeting + _pick(_HURT, key)
    if _GOOD_NEWS_RE.search(lowered):
        return greeting + _pick(_GOOD_NEWS, key)
    if find_plan(lowered, context.local_time) is not None or _PLAN_RE.search(lowered):
        return greeting + _pick(_PLAN, key)
    if _NEWS_RE.search(lowered):
        return greeting + _pick(_NEWS, key)
    about = _MY_THING.search(lowered)
    if about:  # "my dog is called Rex": what it was about, said back, not the memory of it
        return greeting + f"Thanks for telling me about your {about.group(1)}! I'll remember that."
    return greeting + _pick(_ACKNOWLEDGEMENTS, key)


def _greeting(hour: int) -> str:
    if 5 <= hour < 12:
        return "Good morning! "
    if 12 <= hour < 18:
        return "Good afternoon! "
    if 18 <= hour < 23:
        return "Good evening! "
    return "Hi, you're up late! "
