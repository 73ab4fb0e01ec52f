"""How a message becomes memories, without a language model: the episode itself, plus facts, preferences,
people, places, plans and dated events read from it with English patterns. Pure: stdlib only.

The patterns are deliberately conservative: a missed fact is still found through its episode, while a
wrong fact would be recalled as truth. Everything is attributed to whom it is about: the user, or a person
they mention ("my sister Maya ... she lives in Porto" is about the sister).
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
from companion_memory.domain.time_expressions import Period, find_period

RELATIONS = (
    "best friend|boyfriend|girlfriend|grandmother|grandfather|grandma|grandpa|granddaughter|grandson|"
    "stepmother|stepfather|mother-in-law|father-in-law|mother|father|mom|mum|dad|sister|brother|son|daughter|"
    "wife|husband|partner|fiancée|fiancee|fiancé|fiance|friend|boss|coworker|co-worker|colleague|roommate|"
    "flatmate|aunt|uncle|cousin|niece|nephew|neighbou?r|therapist|teacher|mentor|dog|cat|puppy|kitten"
)
# Names and places must be capitalised even inside case-insensitive patterns: (?-i:...).
_NAME = r"(?-i:([A-Z][a-zà-ÿ'-]+(?: [A-Z][a-zà-ÿ'-]+)?))"
# A place: one to three capitalised words ("Porto", "New York", "Rio de Janeiro" is one word short: fine).
_PLACE = r"(?-i:([A-Z][\wà-ÿ'-]*(?: (?:de |da |do |of )?[A-Z][\wà-ÿ'-]*){0,2}))"
_SENTENCES = re.compile(r"(?<=[.!?;])\s+|\s+(?:but|and then|so)\s+(?=[Ii]\b|[Mm]y\b|[Ss]he\b|[Hh]e\b)|\n+")
_FILLER = re.compile(
    r"^(?:(?:yeah|yes|yep|oh|wow|well|so|haha|hey|lol|omg|ok|okay|um|and|but|actually|honestly|"
    r"totally|sure|thanks|thank you|aw+|ah+|hmm+|right|true|also)\b[,!.]?\s*)+"
)
_SINGLE_VALUED = frozenset({"lives_in", "from", "job", "employer", "name", "age", "relationship_status", "birthday"})


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


def _subject_of(clause: str, last_person: str | None) -> str | None:
    """USER for "I ...", the relation for "my sister ...", the last person for "she/he ...", else None."""
    head = _FILLER.sub("", clause.strip().lower())
    if re.match(r"(i|i'm|i've|i'd|i'll|im|me and|we|we're|we've)\b", head):
        return USER
    relation = re.match(r"my (" + RELATIONS + r")\b", head)
    if relation:
        return relation.group(1)
    if head.startswith("my "):  # "my favourite food ...", "my job ...": about the user
        return USER
    if re.match(r"(she|he|they)\b", head) and last_person:
        return last_person
    # "Yesterday I ran a 10k", "Last summer we went ...": the user, after an opening phrase.
    if re.match(r"(?:[\w',-]+ ){0,4}(i|i'm|i've|we|we're)\b", head):
        return USER
    return None


def _possessive(subject: str) -> str:
    return "I" if subject == USER else f"My {subject}"


def _verb(subject: str, first: str, third: str) -> str:
    return first if subject == USER else third


_FAVORITE = re.compile(r"\bmy (?:all-time )?favou?rite ([a-z ]{2,30}?) (?:is|are|was) ([^,.!?;]{2,60})", re.I)
_PREFERENCE = re.compile(
    r"\b(?:i|she|he|they) (?:really |absolutely |just |also |still )?"
    r"(love|loves|like|likes|enjoy|enjoys|adore|adores|prefer|prefers|hate|hates|dislike|dislikes|"
    r"can't stand|cannot stand|don't like|doesn't like|am into|is into|am passionate about|is passionate about)"
    r" ([^,.!?;]{2,80})",
    re.I,
)
_LIVES = re.compile(
    r"\b(?:i|she|he|they|we)(?:'m| am| are| is)? (?:now |currently |still )?(?:live|lives|living) in " + _PLACE, re.I
)
_MOVED = re.compile(
    r"\b(?:i|she|he|they|we) (?:just |recently |finally )?(?:moved|relocated) (?:back )?to " + _PLACE, re.I
)
_FROM = re.compile(
    r"\b(?:i'm|i am|she's|she is|he's|he is|i come|she comes|he comes) (?:originally )?from " + _PLACE, re.I
)
_GREW_UP = re.compile(r"\b(?:i|she|he) grew up in " + _PLACE, re.I)
_NAMED = re.compile(
    r"\bmy (" + RELATIONS + r")(?:'s name is| is called| is named|, named|, called| named| called) " + _NAME, re.I
)
_APPOSITION = re.compile(r"\bmy (" + RELATIONS + r"),? " + _NAME + r"\b", re.I)
_IS_MY = re.compile(_NAME + r" is my (" + RELATIONS + r")\b", re.I)
_MY_NAME = re.compile(r"\b(?:my name is|call me|i'm called) " + _NAME, re.I)
_WORK_AS = re.compile(
    r"\b(?:i|she|he) (?:work|works|am working|is working) as ((?:an? )?[a-z][a-z -]{2,40}?)"
    r"(?= at | for | in |$|[,.!?;])",
    re.I,
)
_WORK_AT = re.compile(
    r"\b(?:i|she|he) (?:work|works|am working|is working)(?: as [^,.!?;]{2,40}?)? (?:at|for) " + _PLACE, re.I
)
_AGE = re.compile(r"\b(?:i'm|i am|she's|she is|he's|he is) (\d{1,3}) years? old\b", re.I)
_STATUS = re.compile(r"\b(?:i'm|i am) (?:now |currently )?(single|married|engaged|divorced|separated|widowed)\b", re.I)
_BIRTHDAY = re.compile(r"\bmy birthday is (?:on )?([^,.!?;]{3,30})", re.I)
_HAVE = re.compile(
    r"\b(?:i|we) (?:have|own|adopted|got) (?:a|an|two|three|four|\d+) (?:new |little |baby )?"
    r"((?:" + RELATIONS + r"|kids?|children|pets?|cars?|house|apartment|garden)\b[^,.!?;]{0,40})",
    re.I,
)
_ALLERGIC = re.compile(r"\b(?:i'm|i am) allergic to ([^,.!?;]{2,40})", re.I)
_PLAN = re.compile(
    r"\b(?:i'm|i am|we're|we are|i|we) (?:going to|gonna|planning to|planning on|plan to|about to|will|'ll|"
    r"hope to|hoping to|intend to|want to|can't wait to)\b",
    re.I,
)
_PAST = re.compile(
    r"\b(?:went|was|were|had|did|got|took|made|saw|met|visited|finished|started|ran|joined|bought|tried|"
    r"read|watched|played|attended|painted|wrote|found|left|came|celebrated|\w+ed)\b",
    re.I,
)


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


def read_sentences(text: str, said_at: datetime, time_zone: str) -> list[Found]:
    found: list[Found] = []
    last_person: str | None = None
    for sentence in (s.strip() for s in _SENTENCES.split(text) if s and s.strip()):
        subject = _subject_of(sentence, last_person)
        people = _people(sentence)
        found.extend(people)
        if people:
            last_person = people[-1].subject
        elif subject not in (None, USER):
            last_person = subject
        if subject is None:
            continue
        period = find_period(sentence, said_at, time_zone)
        # A state told with a time ("I moved to Lisbon last summer") holds from then on.
        found.extend(
            replace(f, period=_from_then_on(period)) if period and f.attribute else f for f in _facts(sentence, subject)
        )
        future = period is not None and period.start > said_at
        if subject == USER and (_PLAN.search(sentence) or future):
            found.append(Found(PLAN, subject, _dated(sentence, period), period=period, importance=0.7))
        elif period is not None and _PAST.search(sentence):
            found.append(Found(EVENT, subject, _dated(sentence, period), period=period, importance=0.7))
    return found


def _from_then_on(period: Period) -> Period:
    return replace(period, end=datetime.max.replace(tzinfo=UTC))


def _dated(sentence: str, period: Period | None) -> str:
    """The sentence with its time expression made absolute, so that it still reads right months later."""
    if period is None:
        return sentence
    return f"{sentence.rstrip('.!? ')} ({period.phrase}: {period.describe()})."


def _people(sentence: str) -> list[Found]:
    people = []
    for pattern, relation_group, name_group in ((_NAMED, 1, 2), (_APPOSITION, 1, 2), (_IS_MY, 2, 1)):
        for match in pattern.finditer(sentence):
            relation, name = match.group(relation_group).lower(), match.group(name_group)
            if name.lower() in ("is", "and", "the", "i"):
                continue
            people.append(Found(PERSON, relation, f"My {relation} is called {name}.", "name", name, importance=0.8))
    seen: set[str] = set()
    return [p for p in people if not (p.subject in seen or seen.add(p.subject))]  # type: ignore[func-returns-value]


def _facts(sentence: str, subject: str) -> list[Found]:
    facts: list[Found] = []
    who = _possessive(subject)
    for pattern in (_LIVES, _MOVED):
        match = pattern.search(sentence)
        if match:
            place = match.group(1)
            facts.append(
                Found(PLACE, subject, f"{who} {_verb(subject, 'live', 'lives')} in {place}.", "lives_in", place)
            )
            break
    for pattern in (_FROM, _GREW_UP):
        match = pattern.search(sentence)
        if match:
            place = match.group(1)
            facts.append(Found(PLACE, subject, f"{who} {_verb(subject, 'am', 'is')} from {place}.", "from", place))
            break
    if subject == USER:
        if match := _MY_NAME.search(sentence):
            facts.append(Found(FACT, USER, f"My name is {match.group(1)}.", "name", match.group(1), importance=0.9))
        if match := _AGE.search(sentence):
            facts.append(Found(FACT, USER, f"I am {match.group(1)} years old.", "age", match.group(1)))
        if match := _STATUS.search(sentence):
            status = match.group(1).lower()
            facts.append(Found(FACT, USER, f"I am {status}.", "relationship_status", status))
        if match := _HAVE.search(sentence):
            facts.append(Found(FACT, USER, f"I have {match.group(0).split(' ', 2)[-1]}.", importance=0.6))
        if match := _ALLERGIC.search(sentence):
            facts.append(Found(FACT, USER, f"I am allergic to {match.group(1)}.", importance=0.8))
    if match := _BIRTHDAY.search(sentence):
        facts.append(Found(FACT, USER, f"My birthday is {match.group(1)}.", "birthday", match.group(1).lower()))
    if match := _WORK_AS.search(sentence):
        job = match.group(1).strip()
        facts.append(Found(FACT, subject, f"{who} {_verb(subject, 'work', 'works')} as {job}.", "job", job.lower()))
    if match := _WORK_AT.search(sentence):
        employer = match.group(1)
        facts.append(
            Found(FACT, subject, f"{who} {_verb(subject, 'work', 'works')} at {employer}.", "employer", employer)
        )
    if match := _FAVORITE.search(sentence):
        thing, value = match.group(1).strip().lower(), match.group(2).strip()
        facts.append(
            Found(PREFERENCE, subject, f"{_owner(subject)} favourite {thing} is {value}.", f"favorite:{thing}", value)
        )
    elif match := _PREFERENCE.search(sentence):
        verb, what = match.group(1).lower(), match.group(2).strip()
        facts.append(Found(PREFERENCE, subject, f"{who} {_first_person_verb(verb, subject)} {what}."))
    return facts


def _owner(subject: str) -> str:
    return "My" if subject == USER else f"My {subject}'s"


def _first_person_verb(verb: str, subject: str) -> str:
    if subject == USER:
        return {"loves": "love", "likes": "like", "enjoys": "enjoy", "hates": "hate", "is into": "am into"}.get(
            verb, verb
        )
    return verb


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
