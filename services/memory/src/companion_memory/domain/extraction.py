"""How a message becomes memories, without a language model: the episode itself, plus facts, preferences,
people, places, plans and dated events read from it with English patterns. Pure: stdlib only.

The patterns are deliberately conservative: a missed fact is still found through its episode, while a
wrong fact would be recalled as truth. So a clause that is negated ("I don't have any siblings"),
hypothetical ("if I ever moved to Paris", "I wish I had a dog") or a question yields no fact (a negated liking
is still a preference: a dislike); jobs are read only for known occupations ("I'm a nurse", never "I'm a mess");
a capitalised word is a name only where a name stands ("I'm Priya by the way", "my sister Maya", "June is my
sister's name"), never a weekday or a possessive ("Friday is my brother's graduation").

Everything is attributed to whom it is about: the user, or a person they mention ("my sister Maya ... she lives
in Porto" is about the sister; "Friday is my brother's graduation" is the brother's event). A sentence is cut
into clauses where a new subject starts ("My daughter lives in Edinburgh and I'm in York"), and each clause
speaks of its own subject. Someone else's news ("my friend said she's moving") is about them, never the user.
Evaluated on `services/memory/eval/` (`make bench-extraction`).
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from companion_memory.domain.model import (
    EPISODE,
    EVENT,
    FACT,
    PERSON,
    PLACE,
    PLAN,
    PREFERENCE,
    USER,
    Memory,
    Message,
    content_hash,
)
from companion_memory.domain.time_expressions import Period, Tense, find_period


def _alternation(words: str) -> str:
    """Longest first, so that "mother-in-law" wins over "mother" and "golden retriever" over "retriever"."""
    return "|".join(sorted(words.split("|"), key=len, reverse=True))


_PET_WORDS = (
    "dog|cat|puppy|kitten|rabbit|bunny|hamster|guinea pig|parrot|budgie|bird|horse|pony|tortoise|turtle|"
    "lizard|snake|ferret|goldfish|fish|greyhound|golden retriever|retriever|labrador|lab|poodle|terrier|spaniel|"
    "beagle|collie|husky|dachshund|pug|bulldog|chihuahua|corgi|whippet|lurcher|dalmatian|rottweiler|shepherd"
)
# Dog breeds are dogs: "a greyhound called Rocket" is the user's dog.
_BREEDS = frozenset(_PET_WORDS.split("|")[_PET_WORDS.split("|").index("greyhound") :])
RELATIONS = _alternation(
    "best friend|boyfriend|girlfriend|grandmother|grandfather|grandma|grandpa|grandad|granddad|nan|nana|"
    "granddaughter|grandson|grandparents|stepmother|stepfather|stepmom|stepmum|stepdad|stepson|stepdaughter|"
    "mother-in-law|father-in-law|sister-in-law|brother-in-law|mother|father|mom|mum|dad|parents|sister|brother|"
    "son|daughter|kids|wife|husband|partner|fiancée|fiancee|fiancé|fiance|friend|bestie|boss|manager|coworker|"
    "co-worker|colleague|roommate|flatmate|housemate|aunt|uncle|cousin|niece|nephew|neighbour|neighbor|"
    "therapist|teacher|mentor|landlord|landlady|twin|baby|ex|ex-boyfriend|ex-girlfriend|ex-husband|ex-wife|"
    "godson|goddaughter|best mate|mate|bff|buddy|pal|hubby|sis|bro|stepsister|stepbrother|half-sister|"
    "half-brother|classmate|teammate|supervisor|in-laws|grandkids|" + _PET_WORDS
)
_PETS = _alternation(_PET_WORDS)
# Words that look like names where a name could stand but are not: "I'm British", "I'm Back", "it's Friday".
_NOT_NAMES = frozenset(
    (
        "monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight yesterday christmas easter "
        "january february march april may june july august september october november december "
        "i is and the a an my so not just still also really back here home fine good great okay ok sorry ready "
        "done sure single married sick tired happy sad bored lonely new free busy hi hey hello thanks bye love "
        "british english irish scottish welsh american canadian mexican australian italian indian german french "
        "spanish portuguese dutch swiss belgian austrian swedish danish finnish norwegian polish russian "
        "ukrainian romanian hungarian greek turkish czech serbian croatian chinese japanese korean vietnamese "
        "thai filipino brazilian argentinian colombian peruvian chilean cuban jamaican nigerian kenyan "
        "ghanaian ethiopian egyptian moroccan iranian iraqi syrian lebanese israeli palestinian pakistani "
        "bangladeshi afghan asian european african latino latina hispanic black white jewish muslim christian "
        "catholic protestant hindu sikh buddhist mormon atheist agnostic vegan vegetarian gay lesbian bi trans "
        "queer autistic dyslexic deaf blind "
        # capitalised in passing by hurried typing: "my mom Dosent care", "my dad Never listens"
        "dosent doesnt dont cant wont isnt didnt wasnt never always just really also still said says was is has "
        "had got will would could should did does do and but or so then when what who why how all every some any "
        "no yes ok lol omg literally basically honestly seriously totally probably maybe"
    ).split()
)
_NAME_WORD = r"[A-Z][a-zà-ÿ][a-zà-ÿ'-]*"  # "Jo", "O'Neill" is missed; never "I'd", "I'm"
# A name: one or two capitalised words, perhaps after a title ("Mrs Patel", "Dr. Okafor"). Names must be
# capitalised even inside case-insensitive patterns: (?-i:...).
_NAME = r"(?-i:((?:(?:Mrs|Mr|Ms|Miss|Dr|Prof)\.? )?" + _NAME_WORD + r"(?: (?!I\b)" + _NAME_WORD + r")?))"
# A place: one to three capitalised words ("Porto", "New York", "Rio de Janeiro").
_PLACE_WORDS = r"[A-Z][\wà-ÿ'-]*(?: (?:de |da |do |of )?[A-Z][\wà-ÿ'-]*){0,2}"
_PLACE = r"(?-i:(" + _PLACE_WORDS + "))"
_ABBREVIATIONS = r"(?<!\bDr\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bSt\.)(?<!\bProf\.)"
_SENTENCES = re.compile(_ABBREVIATIONS + r"(?<=[.!?;])\s+|\n+")
_SUBJECT_START = r"(?:i|i'm|im|i've|i'd|i'll|i was|we|we're|we've|my|our|she|she's|he|he's|they|these days|now)\b"
# Where a new subject starts a clause: "..., I'm from Ghana", "... and I'm in York", "... but my real name ...".
_CLAUSES = re.compile(
    r"(?:,\s+|\s+(?:but|and then|and|so|because|though|although|while|whereas)\s+|,\s+(?:but|and|so)\s+)"
    r"(?=" + _SUBJECT_START + r")",
    re.I,
)
_FILLER = re.compile(
    r"^(?:(?:yeah|yes|yep|oh|wow|well|so|haha|hey|hi|hello|lol|omg|ok|okay|um|and|but|actually|honestly|"
    r"totally|sure|thanks|thank you|aw+|ah+|hmm+|right|true|also|apparently|anyway|btw|guess what|fun fact)"
    r"\b[,!.]?\s*)+",
    re.I,
)
_SINGLE_VALUED = frozenset({"lives_in", "from", "job", "employer", "name", "age", "relationship_status", "birthday"})

# What keeps a clause from stating a fact.
_NEGATION = re.compile(
    r"\b(?:not|never|no longer|no|none|nobody|nothing|don'?t|doesn'?t|didn'?t|isn'?t|aren'?t|wasn'?t|weren'?t|"
    r"haven'?t|hasn'?t|hadn'?t|won'?t|can'?t|cannot|couldn'?t|wouldn'?t|shouldn'?t|without|anymore|any more|"
    r"quit|left|lost|fired|laid off|made redundant|used to|ex-\w+)\b",
    re.I,
)
_HYPOTHETICAL = re.compile(
    r"\b(?:if|unless|suppose|supposing|imagine|wish(?! me\b)|wishes|would|could|might|maybe|perhaps|someday|one day|"
    r"doubt|"
    r"i'd|we'd|should|thinking about|thinking of|considering|hope|hoping|dream|dreaming|want to|wants to|"
    r"wanna|rather|pretend|what if|in case|probably|planning|plan to|going to|gonna|about to|will|'ll)\b",
    re.I,
)
# Reported speech: what follows is someone's claim, about them ("my friend said she's moving").
_REPORTED = re.compile(r"\b(?:said|says|told me|tells me|thinks|reckons|claims)\b", re.I)


@dataclass(frozen=True)
class Found:
    """One thing a sentence says, before it becomes a Memory."""

    kind: str
    subject: str
    text: str
    attribute: str = ""
    value: str = ""
    period: Period | None = None
    importance: float = 0.6


@dataclass(frozen=True)
class _Clause:
    text: str
    subject: str | None
    negated: bool
    hypothetical: bool
    question: bool
    # Led by "my <noun>" that is neither a known relation nor the user's own attribute ("my tutor lives in
    # Leeds", "my best mate loves jazz"): about someone or something else, so no fact of the user's.
    someone_else: bool = False

    @property
    def states(self) -> bool:
        """Whether the clause states something as true now."""
        return not (self.negated or self.hypothetical or self.question)


_IMPLIED_I = re.compile(
    r"(?:just |finally |also |recently |still )?(?:not a|big fan|huge fan|been|[a-z]+ed|got|had|went|saw|made|"
    r"took|ran|met|did|came|left|bought|found|began|won|lost|shot|wrote|drove|flew|ate|sang|spent|sent|gave|visiting|heading|going|seeing|"
    r"meeting|working|moving|flying|starting|getting|having|off to|back from|living|love|loving|hate|hating)\b"
)
_MY_RELATION = re.compile(r"(?:my|our) (" + RELATIONS + r")(?:'s (" + RELATIONS + r"))?\b", re.I)
_POSSESSED_RELATION = re.compile(r"\bmy (" + RELATIONS + r")(?:'s|s'|’s)", re.I)


def _subject_of(clause: str, last_person: str | None) -> str | None:
    """USER for "I ...", the relation for "my sister ...", the last person for "she/he ...", else None."""
    head = _FILLER.sub("", clause.strip()).lower()
    relation = _MY_RELATION.match(head)
    if relation:  # "my brother's dog ...": the dog; "my sister ...": the sister
        return _relation_name(relation.group(1), relation.group(2))
    if re.match(r"(?:i|i'm|im|i've|i'd|i'll|me and|we|we're|we've|our|my|home is|home's)\b", head):
        return USER
    if re.match(r"(she|he|they)\b", head) and last_person:
        return last_person
    # "Just moved to Denver!", "Got my wisdom teeth out on Thursday": the user, who is left unsaid.
    implied = _IMPLIED_I.match(head)
    if implied and not re.match(
        r"\s*(?:is|was|has|had|got|said|says|and|just|went|works|lives|loves|moved)\b", head[implied.end() :]
    ):
        return USER
    # "Friday is my brother's graduation": the brother's.
    possessed = _POSSESSED_RELATION.search(head)
    if possessed:
        return _relation_name(possessed.group(1))
    # "Yesterday I ran a 10k", "Last summer we went ...": the user, after an opening phrase.
    if re.match(r"(?:[\w',-]+ ){0,4}(i|i'm|i've|we|we're)\b", head):
        return USER
    # "Tomorrow is my first day at the new job."
    if re.search(r"\b(?:my|our)\b", head):
        return USER
    return None


def _relation_name(relation: str, of: str | None = None) -> str:
    relation = relation.lower()
    if of:
        return f"{relation}'s {of.lower()}"
    return relation


def _possessive(subject: str) -> str:
    return "I" if subject == USER else f"My {subject}"


def _verb(subject: str, first: str, third: str) -> str:
    return first if subject == USER else third


def _owner(subject: str) -> str:
    return "My" if subject == USER else f"My {subject}'s"


def _be(subject: str) -> str:
    return "I am" if subject == USER else f"My {subject} is"


# --- names ---------------------------------------------------------------------------------------------------
_MY_NAME = re.compile(
    r"\b(?:my (?:real |full |first |actual )?name(?:'s|s| is)|(?:^|you can |just |please |pls |friends |everyone |"
    r"people |they all )call me|i'm called|i am called|i go by|"
    r"^name's|^names)\s+" + _NAME,
    re.I,
)
# "I'm Priya by the way", "hi! i'm Sofia", "im Kwame btw": a name introduced at the start of a clause.
_I_AM_NAME = re.compile(
    r"^(?:i'm|i am|im)\s+" + _NAME + r"(?=\s*(?:$|[^\w\s']|by the way|btw|here\b|and\b|from\b))", re.I
)
# "Oh hey, it's Nadia": only right after a greeting, at the start of the message.
_GREETING_NAME = re.compile(
    r"^(?:(?:oh|hi|hey|hello|heya|hiya|yo)\b[\s,!.]*)+(?:it's|its|it is|this is)\s+" + _NAME + r"(?=\s*(?:$|[,.!?]))",
    re.I,
)
_NAMED = re.compile(
    r"\b(?:my|our) (" + RELATIONS + r")(?:'s (" + RELATIONS + r"))?(?:'s name is|'s name's| is called| is named|"
    r", named|, called| named| called) " + _NAME,
    re.I,
)
_APPOSITION = re.compile(
    r"\b(?:my|our) (?:new |little |baby |rescue |older |younger |big |late )?("
    + RELATIONS
    + r"),? "
    + _NAME
    + r"\b(?!')",
    re.I,
)
# "June is my sister's name", "Leo is my nephew"; never "Friday is my brother's graduation".
_IS_MY = re.compile(_NAME + r" is my (" + RELATIONS + r")(?:'s name\b|\b(?!'|’))", re.I)
# "Meet Luna, my new kitten!"
_MEET = re.compile(
    r"\b(?:meet|this is) " + _NAME + r",? (?:my|our) (?:new |little |baby |rescue )?(" + RELATIONS + r")\b(?!')", re.I
)
# "Sam, my roommate, is moving out": a name, then who they are between commas.
_NAME_COMMA_MY = re.compile(
    r"(?:^|\b)" + _NAME + r", (?:my|our) (?:new |little |older |younger |best )?(" + RELATIONS + r"),", re.I
)
# "a cat named Mochi", "a rescue greyhound called Rocket", "a puppy ..., his name is Waffles"
_PET_NAMED = re.compile(
    r"\b(?:a|an|my|our) (?:[a-z-]+ ){0,2}?(" + _PETS + r")(?:,? (?:named|called) " + _NAME + r"|[^.!?]{0,40}?,? "
    r"(?:his|her|their) name(?:'s| is) " + _NAME + r")",
    re.I,
)
_HIS_HER_NAME = re.compile(r"\b(?:his|her) name(?:'s| is) " + _NAME, re.I)


# Cheap gates: a family of patterns runs only on a clause that has one of the words it needs.
_PEOPLE_WORDS = re.compile(r"\b(?:my|our|named|called|name|name's|meet|this is)\b", re.I)
_PLACE_GATE = re.compile(r"\b(?:liv\w*|moved|moving|reloc\w*|based|settled|from|grew|born|raised|home|in)\b", re.I)
_WORK_WORDS = re.compile(r"\b(?:an?|work\w*|job|hired|start\w*|join\w*|taken|now|been)\b", re.I)
_LIKING_WORDS = re.compile(
    r"lov|lik|enjoy|ador|prefer|hat|stand|obsess|into|passion|crazy|mad|fan|favou?rite|allergic|vegan|vegetarian|"
    r"pescatarian|teetotal|gluten|lactose|coeliac|celiac|detest|loath|enough",
    re.I,
)
_FACT_WORDS = re.compile(
    r"\b(?:old|single|married|engaged|divorced|separated|widowed|have|own|adopted|got|birthday)\b", re.I
)


def _hedged(before: str) -> bool:
    """Whether the words of the clause before a match deny or suppose it ("I don't have a dog called Rex",
    "if I were called Sam"): what follows them is no fact."""
    clause = _CLAUSES.split(before)[-1]
    return bool(_NEGATION.search(clause) or _HYPOTHETICAL.search(clause))


def _a_name(name: str) -> bool:
    first = name.split()[0].rstrip(".").lower()
    return first not in _NOT_NAMES and name.lower() not in _NOT_NAMES


def _person(relation: str, name: str) -> Found:
    name = re.sub(r"['’]s$", "", name)  # "my daughter Sara's birthday"
    subject = relation.lower()
    if subject in _BREEDS:
        subject = "dog"
    return Found(PERSON, subject, f"{_owner(subject)} name is {name}.", "name", name, importance=0.8)


def _people(sentence: str, last_person: str | None) -> list[Found]:
    if not _PEOPLE_WORDS.search(sentence):
        return []
    people: list[Found] = []
    for match in _NAMED.finditer(sentence):
        relation = _relation_name(match.group(1), match.group(2))
        if _a_name(match.group(3)):
            people.append(_person(relation, match.group(3)))
    patterns = ((_APPOSITION, 1, 2), (_IS_MY, 2, 1), (_MEET, 2, 1), (_NAME_COMMA_MY, 2, 1))
    for pattern, relation_group, name_group in patterns:
        for match in pattern.finditer(sentence):
            # "June is my sister's name" says outright that it is a name
            if _a_name(match.group(name_group)) or match.group(0).endswith("name"):
                people.append(_person(match.group(relation_group), match.group(name_group)))
    for match in _PET_NAMED.finditer(sentence):
        name = match.group(2) or match.group(3)
        # Never "I wish I had a dog called Rex", nor "should I get a cat named Mochi?" ("my dog Rex?" is theirs).
        asked = sentence.rstrip().endswith("?") and match.group(0).lower().startswith(("a ", "an "))
        if _a_name(name) and not asked and not _hedged(sentence[: match.start()]):
            people.append(_person(match.group(1), name))
    if not people and last_person and last_person != USER:
        # "My dog is so cute. His name is Biscuit."
        for match in _HIS_HER_NAME.finditer(sentence):
            if _a_name(match.group(1)):
                people.append(_person(last_person, match.group(1)))
    seen: set[str] = set()
    return [p for p in people if not (p.subject in seen or seen.add(p.subject))]  # type: ignore[func-returns-value]


def _user_name(clause: _Clause, first_clause: bool, message_start: bool) -> Found | None:
    if clause.subject != USER and not _MY_NAME.search(clause.text) and not message_start:
        return None
    head = _FILLER.sub("", clause.text.strip())
    for pattern, text in ((_MY_NAME, clause.text), (_I_AM_NAME, head)):
        match = pattern.search(text)
        # "if I were called Sam", "do you think I'm called Sam?" say no name ("my name is Sam?" still does).
        if match is None or clause.negated or _hedged(text[: match.start()]):
            continue
        if _a_name(match.group(1)) and not (clause.question and not match.group(0).lower().startswith("my")):
            name = match.group(1)
            return Found(FACT, USER, f"My name is {name}.", "name", name, importance=0.9)
    if message_start and first_clause:
        match = _GREETING_NAME.search(clause.text.strip())
        if match and _a_name(match.group(1)):
            name = match.group(1)
            return Found(FACT, USER, f"My name is {name}.", "name", name, importance=0.9)
    return None


# --- places --------------------------------------------------------------------------------------------------
_ADVERBS = r"(?:(?:now|currently|still|also|actually|just|recently|finally|happily|all|both|back)\s+)*"
_LIVES = re.compile(
    r"\b(?:live|lives|living)\s+" + _ADVERBS + r"(?-i:(?:[a-z']+ ){0,8}?)(in|near|outside) " + _PLACE, re.I
)
_BASED = re.compile(
    r"\b(?:i'm|i am|we're|we are|she's|he's|they're|is|are)\s+" + _ADVERBS + r"(?:based|settled) in " + _PLACE, re.I
)
_IN_NOW = re.compile(
    r"(?:\b(?:these days|nowadays)[, ]+(?:i'm|i am|we're|we are) (?:in|living in) "
    + _PLACE
    + r"|\b(?:i'm|i am|we're|we are) (?:in|living in) "
    + _PLACE
    + r",? (?:now|these days|nowadays)\b)",
    re.I,
)
_HOME_IS = re.compile(r"^(?:home is|home's) " + _PLACE + r"\b", re.I)
_MOVED = re.compile(
    r"\b(?:moved|relocated|moving|relocating)(?: back)?(?: from (?-i:"
    + _PLACE_WORDS
    + r"))? to "
    + _PLACE
    + r"|\bmoved into (?:a|an|the|our|my|a new) [a-z ]{2,20}? in "
    + _PLACE,
    re.I,
)
_I_AM_IN = re.compile(r"^(?:i'm|i am|im|we're|we are) in " + _PLACE + r"\s*[.!]?$", re.I)
_LIVED = re.compile(r"\b(?:lived|used to live) in " + _PLACE, re.I)
_FROM = re.compile(
    r"\b(?:i'm|i am|im|she's|she is|he's|he is|is|are|i come|she comes|he comes|come|comes) (?:originally )?from "
    + _PLACE,
    re.I,
)
_GREW_UP = re.compile(r"\b(?:grew up|was born|were born|was raised) in " + _PLACE, re.I)
_NOT_PLACES = frozenset({"I", "The", "A", "My", "Our", "It", "This", "That"})
_VISIT = re.compile(r"\b(?:visit|visiting|trip|holiday|vacation|conference|for work|for a|this week|weekend)\b", re.I)


def _places(clause: _Clause, subject: str, sentence_lives: bool) -> list[Found]:
    if not _PLACE_GATE.search(clause.text):
        return []
    facts: list[Found] = []
    text = clause.text
    who = _possessive(subject)
    moving = None
    if clause.states:
        for moved in _MOVED.finditer(text):
            # "we're moving to Leeds next month" is a plan, not a home yet
            if not moved.group(0).lower().startswith(("moving", "relocating")):
                moving = moved.group(1) or moved.group(2)
        home = None
        if match := (_LIVES.search(text)):
            home = match.group(2)
            preposition = match.group(1).lower()
            if preposition != "in":
                facts.append(
                    Found(
                        PLACE,
                        subject,
                        f"{who} {_verb(subject, 'live', 'lives')} {preposition} {home}.",
                        "lives_in",
                        home,
                    )
                )
                home = None
        elif match := (_BASED.search(text) or _IN_NOW.search(text) or _HOME_IS.search(_FILLER.sub("", text))):
            home = next(g for g in match.groups() if g)
        elif sentence_lives and subject == USER and (match := _I_AM_IN.match(_FILLER.sub("", text))):
            home = match.group(1)  # "My daughter lives in Edinburgh and I'm in York."
        home = home or moving
        if home and home not in _NOT_PLACES and not (_VISIT.search(text) and not moving):
            facts.append(Found(PLACE, subject, f"{who} {_verb(subject, 'live', 'lives')} in {home}.", "lives_in", home))
    if not clause.hypothetical and not clause.question:
        if (match := _LIVED.search(text)) and match.group(1) not in _NOT_PLACES:
            facts.append(Found(PLACE, subject, f"{who} used to live in {match.group(1)}.", "lived_in", match.group(1)))
    if clause.states or re.search(r"\boriginally\b", text, re.I):
        for pattern in (_FROM, _GREW_UP):
            match = pattern.search(text)
            if match and match.group(1) not in _NOT_PLACES and not _NEGATION.search(text[: match.start()]):
                place = match.group(1)
                facts.append(Found(PLACE, subject, f"{who} {_verb(subject, 'am', 'is')} from {place}.", "from", place))
                break
    return facts


# --- work ----------------------------------------------------------------------------------------------------
_OCCUPATIONS = _alternation(
    "nurse|doctor|gp|teacher|engineer|developer|programmer|coder|designer|manager|chef|cook|barista|accountant|"
    "lawyer|solicitor|barrister|paramedic|electrician|plumber|carpenter|builder|mechanic|pharmacist|dentist|vet|"
    "veterinarian|student|firefighter|police officer|officer|cop|soldier|pilot|driver|cleaner|cashier|waiter|"
    "waitress|bartender|receptionist|secretary|assistant|consultant|analyst|scientist|researcher|professor|"
    "lecturer|librarian|writer|journalist|editor|artist|photographer|musician|singer|actor|actress|dancer|"
    "architect|surgeon|therapist|counsellor|counselor|psychologist|psychiatrist|social worker|carer|caregiver|"
    "nanny|midwife|farmer|gardener|hairdresser|barber|stylist|tailor|baker|butcher|salesman|saleswoman|"
    "sales rep|marketer|recruiter|entrepreneur|freelancer|translator|tutor|coach|trainer|physio|"
    "physiotherapist|optician|paralegal|clerk|banker|economist|technician|intern|apprentice|administrator|"
    "supervisor|director|ceo|cto|founder|janitor|caretaker|welder|roofer|postman|courier|security guard|"
    "nutritionist|dietitian|priest|pastor|vicar|rabbi|imam|athlete|footballer|streamer|youtuber|fisherman|"
    "miner|surveyor|tester|sysadmin|dev|data scientist|product manager|project manager|copywriter|"
    "illustrator|animator|plasterer|decorator|estate agent|realtor|housekeeper|porter|firefighter|"
    "stay-at-home dad|stay-at-home mum|stay-at-home mom|stay-at-home parent|homemaker|radiographer|"
    "phlebotomist|optometrist|chiropractor|zookeeper|programme manager|civil servant|nursery nurse|"
    "care worker|support worker|healthcare assistant|teaching assistant|lorry driver|truck driver|bus driver|"
    "taxi driver|delivery driver|warehouse worker|factory worker|software engineer|web developer|"
    "graphic designer|product designer|ux designer|nurse practitioner|doctor"
)
_JOB_PHRASE = r"(?:an?|the) ((?:(?!an?\b)[a-z-]+ ){0,2}?(?:" + _OCCUPATIONS + r"))(?![a-z-])"
_I_AM_JOB = re.compile(
    r"(?:\b(?:i'm|i am|im|i've been|ive been|i have been|i work as|i'm working as|i am working as|i'm now|"
    r"i am now)|^(?:been|worked as|working as))\s+" + _ADVERBS + _JOB_PHRASE,
    re.I,
)
_AS_JOB = re.compile(
    r"\b(?:work|works|working|started|start|starting|hired|joined|new job)\b[^,.!?;]{0,40}?\bas " + _JOB_PHRASE, re.I
)
# After "I work as a", "hired as a", any short noun phrase is a job ("a fundraiser").
_WORK_AS_ANY = re.compile(
    r"\b(?:work|works|working|hired|employed|job)\b[^,.!?;]{0,40}?\bas an? ((?:[a-z-]+ ){0,2}?[a-z-]{3,})"
    r"(?= at | for | in | with |$|[,.!?;])",
    re.I,
)
_NOT_JOBS = frozenset({"team", "joke", "favour", "favor", "whole", "group", "family", "volunteer", "result", "way"})
_IS_JOB = re.compile(
    r"^(?:(?:my|our) (?:"
    + RELATIONS
    + r")(?:,? "
    + _NAME
    + r",?)?|she|he)(?: is|'s| works as) "
    + _ADVERBS
    + r"(?:an?) ((?:retired |former |trainee |junior |senior |head )?(?:(?!an?\b)[a-z-]+ ){0,2}?(?:"
    + _OCCUPATIONS
    + r"))(?![a-z-])",
    re.I,
)
_WORKPLACES = (
    r"(?:hospital|school|bank|hotel|restaurant|cafe|café|supermarket|factory|warehouse|university|college|shop|"
    r"store|pharmacy|clinic|library|gym|bakery|garage|airport|council|nursery|care home|post office|"
    r"call centre|call center|fire station|police station)"
)
_WORK_AT = re.compile(
    r"\b(?:work|works|working|worked)(?: [a-z-]+){0,2}? (?:at|for) (?:the )?(?:("
    + _WORKPLACES
    + r")\b|"
    + _PLACE
    + r")"
    r"|\b(?:started|starting|start|joined|joining)(?: (?:work|working|a new job|my new job))? at "
    + _PLACE
    + r"|\b(?:got|landed|accepted|started|have|got offered) (?:a|the|my new|a new) job (?:at|with) "
    + _PLACE
    + r"|\b(?:now (?:i'm|i am)|(?:i'm|i am) now) at "
    + _PLACE
    + r"|\b(?:hired|taken on) by "
    + _PLACE
    + r"|\b(?:"
    + _OCCUPATIONS
    + r") (?:at|for) "
    + _PLACE,
    re.I,
)


_JUDGEMENTS = re.compile(
    r"^(?:(?:excellent|good|great|pretty|bad|terrible|decent|average|mediocre|failing|struggling|horrible|awful|"
    r"better|best|worst|lazy|nice|real|proper|shitty|crappy|okay|ok|failed|wannabe|mature|very|really|total|"
    r"complete|useless|amazing|brilliant|hard-working|hardworking|full-time|part-time|busy) )+",
    re.I,
)


def _work(clause: _Clause, subject: str) -> list[Found]:
    if not clause.states or not _WORK_WORDS.search(clause.text):
        return []
    facts: list[Found] = []
    text = clause.text
    job = None
    if subject == USER:
        match = _I_AM_JOB.search(_FILLER.sub("", text)) or _AS_JOB.search(text)
        job = match.group(1) if match else None
    else:
        match = _IS_JOB.search(_FILLER.sub("", text)) or _AS_JOB.search(text)
        job = match.groups()[-1] if match else None
    if job is None and (match := _WORK_AS_ANY.search(text)) and match.group(1).split()[-1].lower() not in _NOT_JOBS:
        job = match.group(1)
    if job:
        job = _JUDGEMENTS.sub("", job.lower())
        article = "an" if job[0] in "aeiou" else "a"
        facts.append(Found(FACT, subject, f"{_be(subject)} {article} {job}.", "job", job))
    if (match := _WORK_AT.search(text)) and job != "student":
        employer = next((g for g in match.groups() if g), "")
        if employer and employer not in _NOT_PLACES:
            workplace = employer if employer[0].isupper() else f"the {employer}"
            facts.append(
                Found(
                    FACT,
                    subject,
                    f"{_possessive(subject)} {_verb(subject, 'work', 'works')} at {workplace}.",
                    "employer",
                    employer,
                )
            )
    return facts


# --- preferences ---------------------------------------------------------------------------------------------
_LIKING = (
    r"(?:really |absolutely |just |also |still |totally |kind of |kinda |so |actually |honestly |genuinely )*"
    r"(love|loves|like|likes|enjoy|enjoys|adore|adores|prefer|prefers|hate|hates|dislike|dislikes|detest|"
    r"detests|loathe|loathes|can't stand|cannot stand|can't get enough of|"
    r"(?:do not|don't|doesn't|does not|didn't)(?: really| particularly)? (?:like|love|enjoy)|"
    r"(?:have |'ve |has )?never (?:liked|enjoyed|been into)|"
    r"(?:am|'m|is|'s|are|'re) (?:really |so |totally |a bit |kind of |kinda |absolutely )?(?:obsessed with|into|"
    r"passionate about|crazy about|mad about|not into|not really into|a (?:big |huge |massive )?fan of|"
    r"not a (?:big |huge )?fan of|not really a fan of|no fan of|allergic to)|"
    r"(?:not )?(?:a )?(?:big |huge |massive )?fan of)"
)
_FAN = re.compile(
    r"\b(?:i'm|i am|im)\s+(?:a |an )?(?:big |huge |massive |massive |die-hard |lifelong )?"
    r"((?-i:[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2})) (?:fan|supporter)\b",
    re.I,
)
_PREFERENCE = re.compile(
    r"(?:^|\b(?:i|i'm|im|she|he|they|we|she's|he's|they're|we're)\b|\b(?:my|our) (?:" + RELATIONS + r")\b"
    r"(?:,? " + _NAME + r",?)?)\s*" + _LIKING + r" ([^,.!?;]{2,80})",
    re.I,
)
_NOT_OBJECTS = re.compile(
    r"^(?:it|that|this|you|u|ya|them|him|her|those|these|everything|everyone|anything|nothing|when|how|what|"
    r"the way|to be|being|having|when you|that idea|this idea|me|myself|us|one|your|yours|you're|ur|was|were|"
    r"is|are|to hear|to see you|to help|to have you|all the|seeing your|hearing|reading your|watching you|to$)\b",
    re.I,
)
_TRAILING = re.compile(
    r"(?:\s+(?:at all|lately|so much|tbh|honestly|a lot|too|anymore|though|haha|lol|either|really|"
    r"right now|these days|in general|as well|to be honest|more and more|but|and|,))+$",
    re.I,
)
_FAVORITE = re.compile(r"\bmy (?:absolute |all-time )?favou?rite ([a-z ]{2,30}?) (?:is|are|was) ([^,.!?;]{2,60})", re.I)
_FAVORITE_IS = re.compile(
    r"^([\w' -]{2,40}?) (?:is|are) (?:definitely |probably )?my (?:absolute |all-time )?favou?rite ([a-z ]{2,30})$",
    re.I,
)
_DIET = re.compile(
    r"(?:\b(?:i'm|i am|im|i've been|ive been|i have been)|^been)\s+(?:a |now |fully |strictly )*"
    r"(vegetarian|vegan|pescatarian|teetotal|gluten-free|lactose intolerant|coeliac|celiac)\b",
    re.I,
)


def _preferences(clause: _Clause, subject: str) -> list[Found]:
    if clause.hypothetical or clause.question or not _LIKING_WORDS.search(clause.text):
        return []
    text = clause.text
    head = _FILLER.sub("", text.strip()).rstrip(".!?")
    if match := _FAVORITE.search(text):
        thing, value = match.group(1).strip().lower(), _TRAILING.sub("", match.group(2).strip())
        return [
            Found(PREFERENCE, subject, f"{_owner(subject)} favourite {thing} is {value}.", f"favorite:{thing}", value)
        ]
    if (match := _FAVORITE_IS.match(head)) and subject == USER:
        value, thing = match.group(1).strip(), match.group(2).strip().lower()
        return [Found(PREFERENCE, USER, f"My favourite {thing} is {value}.", f"favorite:{thing}", value)]
    found: list[Found] = []
    if subject == USER and (match := _DIET.search(text)) and not clause.negated:
        diet = match.group(1).lower()
        found.append(Found(FACT, USER, f"I am {diet}.", "diet", diet, importance=0.8))
    if subject == USER and (match := _FAN.search(text)) and not clause.negated:
        found.append(Found(PREFERENCE, USER, f"I am a {match.group(1)} fan."))
    match = _PREFERENCE.search(text)
    if match:
        verb = " ".join(match.group(2).lower().split())
        what = _TRAILING.sub("", match.group(3).strip())
        if len(what) >= 2 and not _NOT_OBJECTS.match(what):
            if "allergic" in verb:
                found.append(Found(FACT, subject, f"{_be(subject)} allergic to {what}.", importance=0.8))
            else:
                found.append(
                    Found(PREFERENCE, subject, f"{_possessive(subject)} {_liking_verb(verb, subject)} {what}.")
                )
    return found


def _liking_verb(verb: str, subject: str) -> str:
    """The verb as the subject says it: "I am into", "My sister is into", "I don't like"."""
    verb = re.sub(r"^(?:am|'m|is|'s|are|'re) (?:really |so |totally |a bit |kind of |kinda |absolutely )?", "", verb)
    if verb.startswith(("obsessed", "into", "passionate", "crazy", "mad", "not", "a ", "no fan")):
        return f"{'am' if subject == USER else 'is'} {verb}"
    if verb.startswith(("'ve ", "have ", "has ")):
        verb = verb.split(" ", 1)[1]
    if subject == USER:
        verb = re.sub(r"^(doesn't|does not)", "don't", verb)
        return {
            "loves": "love",
            "likes": "like",
            "enjoys": "enjoy",
            "hates": "hate",
            "adores": "adore",
            "prefers": "prefer",
            "dislikes": "dislike",
            "detests": "detest",
            "loathes": "loathe",
        }.get(verb, verb)
    verb = re.sub(r"^(don't|do not)", "doesn't", verb)
    return {
        "love": "loves",
        "like": "likes",
        "enjoy": "enjoys",
        "hate": "hates",
        "adore": "adores",
        "prefer": "prefers",
        "dislike": "dislikes",
        "detest": "detests",
        "loathe": "loathes",
    }.get(verb, verb)


# --- other facts about the user ------------------------------------------------------------------------------
_AGE = re.compile(r"\b(?:i'm|i am|she's|she is|he's|he is) (\d{1,3}) years? old\b", re.I)
_STATUS = re.compile(
    r"(?:\b(?:i'm|i am) (?:now |currently |officially )?|\b(?:i|we) (?:just )?got |^(?:just )?got )"
    r"(single|married|engaged|divorced|separated|widowed)\b",
    re.I,
)
_DATE_LIKE = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
    r"\b(?:today|tomorrow|next)\b",
    re.I,
)
_BIRTHDAY = re.compile(r"\bmy birthday is (?:on )?([^,.!?;]{3,30})", re.I)
_HAVE = re.compile(
    r"\b(?:i|we)(?:'ve| have)? (?:just )?(?:have|own|adopted|got) ((?:a|an|two|three|four|\d+) "
    r"(?:new |little |baby |rescue |lovely |[a-z]+ )?(?:" + RELATIONS + r"|kids?|children|pets?|cars?|house|"
    r"apartment|flat|garden|motorbike|bike)s?)\b",
    re.I,
)


def _user_facts(clause: _Clause) -> list[Found]:
    if not clause.states or not _FACT_WORDS.search(clause.text):
        return []
    facts: list[Found] = []
    text = clause.text
    if match := _AGE.search(text):
        facts.append(Found(FACT, USER, f"I am {match.group(1)} years old.", "age", match.group(1)))
    if match := _STATUS.search(text):
        status = match.group(1).lower()
        facts.append(Found(FACT, USER, f"I am {status}.", "relationship_status", status))
    if match := _HAVE.search(text):
        thing = match.group(1)
        facts.append(Found(FACT, USER, f"I have {thing}.", importance=0.6))
    if (match := _BIRTHDAY.search(text)) and _DATE_LIKE.search(match.group(1)):  # not "almost over"
        facts.append(Found(FACT, USER, f"My birthday is {match.group(1)}.", "birthday", match.group(1).lower()))
    return facts


# --- plans and dated events ----------------------------------------------------------------------------------
_PLAN = re.compile(
    r"\b(?:i'm|i am|we're|we are|i|we|im) (?:going to|gonna|planning to|planning on|plan to|about to|"
    r"will|hope to|hoping to|intend to|want to|can't wait to)\b",
    re.I,
)
_PAST = re.compile(
    r"\b(?:went|was|were|had|did|got|took|made|saw|met|visited|finished|started|ran|joined|bought|tried|"
    r"read|watched|played|attended|painted|wrote|found|left|came|celebrated|shot|won|lost|sang|wore|swam|drove|"
    r"flew|ate|drank|fell|felt|broke|caught|threw|taught|brought|thought|sent|spent|built|held|kept|slept|told|"
    r"sold|paid|said|heard|began|became|gave|rode|woke|turned|passed|graduated|married|moved|booked|\w{2,}ed)\b",
    re.I,
)
_FUTURE = re.compile(
    r"\b(?:will|'ll|going to|gonna|is|are|am|'m|'s|'re|starts|start|starting|leaves|leave|have|has|got a|"
    r"tomorrow|tonight|next|coming|upcoming|can't wait|due|planning|plan|about to|booked)\b",
    re.I,
)
_CONDITIONAL = re.compile(
    r"\b(?:if|unless|suppose|supposing|imagine|wish(?! me\b)|would|could|might|maybe|perhaps)\b", re.I
)
# Someone else's wish is not their event: "My mom says she wants to retire next year".
_WISH = re.compile(r"\b(?:wants? to|wanna|hopes? to|hoping to|thinking (?:about|of)|considering|dreams? of)\b", re.I)
_PROGRESSIVE = re.compile(r"\b(?:is|are|am|'m|'re|'s) (?:\w+ )?\w+ing\b", re.I)


def _tense(clause: str) -> Tense:
    future = re.search(r"\b(?:will|'ll|going to|gonna|tomorrow|next|coming|upcoming)\b", clause, re.I)
    if _PAST.search(clause) and not future and not _PROGRESSIVE.search(clause):
        return "past"
    if _FUTURE.search(clause):
        return "future"
    return "present"


def _dated(clause: _Clause, subject: str, said_at: datetime, period: Period | None) -> Found | None:
    """A plan of the user's (dated or not: "I'm going to start a business"), or a dated event of whoever the
    clause is about."""
    if clause.question or _CONDITIONAL.search(clause.text) or (clause.negated and subject == USER):
        return None
    if period is None:
        if subject == USER and _PLAN.search(clause.text):
            return Found(PLAN, subject, clause.text, importance=0.7)
        return None
    text = _dated_text(clause.text, period)
    tense = _tense(clause.text)
    # A period wholly past is an event, wholly to come a plan; one under way ("today") goes by the tense.
    if period.end <= said_at:
        ahead = False
    else:
        ahead = period.start > said_at or tense != "past" or bool(_PLAN.search(clause.text))
    if subject == USER:
        return Found(PLAN if ahead else EVENT, subject, text, period=period, importance=0.7)
    if subject != USER and not _WISH.search(clause.text):
        # "Friday is my brother's graduation", "My grandma turned 90 yesterday": their event, dated.
        return Found(EVENT, subject, text, period=period, importance=0.7)
    return None


def _dated_text(sentence: str, period: Period | None) -> str:
    """The sentence with its time expression made absolute, so that it still reads right months later."""
    if period is None:
        return sentence
    return f"{sentence.rstrip('.!?, ')} ({period.phrase}: {period.describe()})."


# --- reading a message ---------------------------------------------------------------------------------------
def extract(message: Message, new_id: Callable[[], str]) -> list[Memory]:
    """The memories a message yields: its episode first, then what it says about whom."""
    text = " ".join(message.text.split())
    if not text:
        return []
    episode = from_found(message, new_id, Found(EPISODE, USER, text, importance=_episode_importance(text)))
    found = read_sentences(text, message.said_at, message.time_zone)
    derived = [from_found(message, new_id, f) for f in found]
    unique = {m.content_hash: m for m in reversed(derived) if m.content_hash != episode.content_hash}
    return [episode, *reversed(unique.values())]


_OWN_THINGS = (
    r"(?:favou?rite|all-time|absolute|name|names|name's|real|full|first|actual|job|work|birthday|own|new|life|"
    r"home|house|flat|apartment|place|family|driving|exam|interview|appointment|flight|trip|holiday|plan|plans|"
    r"day|week|weekend|morning|evening|night|results|test|surgery|operation|shift|first)\b"
)
_SOMEONE_ELSES = re.compile(r"(?:my|our) (?!" + _OWN_THINGS + r"|(?:" + RELATIONS + r")\b)[a-z-]+\b", re.I)


# A question typed without its question mark ("what should i cook tonight", "should i call my sister"): a wh-word
# before an auxiliary, or an auxiliary before its subject, opening the sentence. "When I finish work I'll..." is not.
_ASKS = re.compile(
    r"^(?:(?:what|where|when|who|which|why|how)(?: [a-z]+)? (?:should|shall|can|could|do|does|did|is|are|was|were"
    r"|would|will|am)\b|(?:should|shall|can|could|would|will|do|did|does|have|has|is|are|am) (?:i|we|you)\b)",
    re.I,
)


def _clauses(sentence: str, last_person: str | None) -> list[_Clause]:
    question = sentence.rstrip().endswith("?") or bool(_ASKS.match(_FILLER.sub("", sentence.strip())))
    clauses = []
    reported_by: str | None = None
    for part in (p.strip(" ,") for p in _CLAUSES.split(sentence)):
        if not part:
            continue
        subject = _subject_of(part, last_person)
        if reported_by is not None and subject in (USER, None):
            # "My brother thinks I should move to Leeds": his view, not a fact about the user.
            subject = None
        if subject not in (None, USER):
            last_person = subject
        if _REPORTED.search(part):
            reported_by = subject or "someone"
        negated = bool(_NEGATION.search(part))
        hypothetical = bool(_HYPOTHETICAL.search(part))
        someone_else = subject == USER and bool(_SOMEONE_ELSES.match(_FILLER.sub("", part)))
        clauses.append(_Clause(part, subject, negated, hypothetical, question, someone_else))
    return clauses


def read_sentences(text: str, said_at: datetime, time_zone: str) -> list[Found]:
    found: list[Found] = []
    last_person: str | None = None
    for number, sentence in enumerate(s.strip() for s in _SENTENCES.split(text) if s and s.strip()):
        people = _people(sentence, last_person)
        found.extend(people)
        sentence_lives = False
        clauses = _clauses(sentence, last_person)
        for index, clause in enumerate(clauses):
            subject = clause.subject
            if number == 0 or subject == USER:
                if name := _user_name(clause, index == 0, number == 0):
                    found.append(name)
            if subject is None:
                continue
            if clause.someone_else:
                facts = [f for f in _preferences(clause, subject) if f.attribute.startswith("favorite:")]
            else:
                facts = _places(clause, subject, sentence_lives) + _work(clause, subject)
                facts += _preferences(clause, subject)
                if subject == USER:
                    facts += _user_facts(clause)
            sentence_lives = sentence_lives or any(f.attribute == "lives_in" for f in facts)
            period = find_period(clause.text, said_at, time_zone, _tense(clause.text))
            # A state told with a time ("I moved to Lisbon last summer") holds from then on.
            found.extend(replace(f, period=_from_then_on(period)) if period and f.attribute else f for f in facts)
            if dated := _dated(clause, subject, said_at, period):
                found.append(dated)
        if people:
            last_person = people[-1].subject
        for clause in clauses:
            if clause.subject not in (None, USER):
                last_person = clause.subject
    return found


def _from_then_on(period: Period) -> Period:
    return replace(period, end=datetime.max.replace(tzinfo=UTC))


def _episode_importance(text: str) -> float:
    """Longer, more specific messages matter more than "ok" or "haha"."""
    words = len(text.split())
    return 0.2 if words < 4 else 0.4 if words < 12 else 0.5


def from_found(message: Message, new_id: Callable[[], str], found: Found) -> Memory:
    attribute = found.attribute if found.attribute in _SINGLE_VALUED or found.attribute.startswith("favorite:") else ""
    return Memory(
        memory_id=new_id(),
        user_id=message.user_id,
        kind=found.kind,
        text=found.text,
        said_at=message.said_at,
        source_message_ids=(message.message_id,),
        content_hash=content_hash(
            f"{found.kind}|{found.subject}|{found.text}" if found.kind != EPISODE else found.text
        ),
        subject=found.subject,
        attribute=attribute,
        value=found.value,
        valid_from=found.period.start if found.period else None,
        valid_to=found.period.end if found.period and found.period.end.year < datetime.max.year else None,
        importance=found.importance,
        last_said_at=message.said_at,
    )
