"""Facts read by the fact tagger (all-MiniLM-L6-v2 fine-tuned to mark the words of a message that are a fact's
value, and whose: `training/train_tagger.py`; run by `adapters/fact_tagger.py`). Pure: from the model's
per-word-piece probabilities to spans of the text, and from spans to what memory keeps.

The tagger adds to the rules (`extraction.py`), it does not replace them: a value the rules already hold for the same
person is not kept twice, and the rules' name for someone wins. What it reads is kept as said (the clause about the
value's owner), with the value marked, except a name, which is kept as a name fact ("My sister's name is Maya.") so
that a later name for the same person replaces it; a user's name only after their own words for it ("I'm", "call
me"), never one said to someone ("Hey Mel!"). Not kept: a value in a question, or after a negation or supposition
in its clause ("I don't have a dog", "if I ever moved to Paris"), which the rules' own test reads.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Protocol

from companion_memory.domain.extraction import (
    KIN_TITLES,
    RELATIONS,
    TITLE_CONTEXT,
    Found,
    called_off_at,
    clause_bounds,
    denied_or_supposed,
    laughed_apart,
    relation_name,
    sentence_bounds,
    tense_of,
)
from companion_memory.domain.model import USER
from companion_memory.domain.time_expressions import find_period

TAGS = ("O", "B-U", "I-U", "B-O", "I-O", "B-R", "I-R")
_ROLES = {"U": "user", "O": "other", "R": "relation"}
_LONGEST_TEXT = 160
_FEWEST_WORDS = 4
# Words by which people give their own name, just before it ("I'm", "my name is", "call me", "it's", "this is") or
# after it ("Oona here"): without one, a name is said to someone else.
_SELF_NAMING = re.compile(
    r"\b(?:i'?m|i am|im|me|name'?s?|names|name is|call(?:ed|s)?|it'?s|its|this is|signed|yours|as)\W*$", re.I
)
_NAMED_AFTER = re.compile(r"\W*(?:here|speaking|by the way|btw)\b", re.I)
# The farthest (in characters) a relation may be from a value to own it: farther, the sentence has usually moved
# on to someone else ("my wife Abena just finished her exams, and our first born Kwame ...").
_FARTHEST_OWNER = 40
_SIZES = frozenset(("little", "lil", "wee", "peedie", "small", "tiny", "big", "old", "young"))
# Possessives said where a relation would be: "apprentice of mine", Swahili's "kaka yangu" (my brother), and "my" as
# Caribbean Englishes say it ("mih mudda is a nurse"; fresh_63, spent).
# ... and a count of them ("that's my two, Ellie who's 9 and Jack who's 6": my children, not a relation "two")
_NOT_RELATIONS = frozenset(
    "mine ours yours his hers theirs yangu wangu mih mah mi two three four five six 2 3 4 5 6".split()
)
# A name doing something to "the" relation after it ("Freya's painted the cat blue", "Jack fed the dog"): not its name
# ("Maya is the cat" is).
_DOES_TO_THE = re.compile(r"(?:'s|’s)?(?: (?!(?:is|was|are|were|be|named|called)\b)[\w']+){1,2} the ", re.I)
# The user starting a clause of their own ("... i study architecture"), not with someone ("my sister and i")
_I_BETWEEN = re.compile(r"(?<!\band )(?<!\bn )\b(?:i|i'm|im|i've|ive)\b", re.I)
# A clause's subject, starting the next thing told in a message without punctuation
_NEXT_SUBJECT = re.compile(r"\b(?:we|i|they|he|she|you)(?:'ve|'re|'m|'d)?\b", re.I)
# ("plus": "just me and Kofi (5), plus my sister Efua upstairs" is the next one told of; fresh_135, spent)
_JOINED = re.compile(r"\b(?:and|but|while|whereas|though|an|plus)\b|&", re.I)
# A word after these is where someone is or comes from, not a name.
_WHERE_BEFORE = re.compile(r"\b(?:is|are|was|were|am|'s|’s|comes?|came) (?:from|in)\s+$", re.I)
# What a name has rather than is: "Roshan has a dog called Rocky" makes Roshan no dog.
_HAS_WHAT_FOLLOWS = re.compile(r"\b(?:has|have|had|got|owns|owned|keeps|with)\b", re.I)
# A clause about someone else: it opens with them ("my amma", "family's", "they are") and the user is not in it
# before the value ("They are with my amma in Kurunegala", "family's moving from Sha Tin to Vancouver").
_THEIR_CLAUSE = re.compile(
    rf"^\W*(?:(?:both |all |one of )?(?:my|me|our|mi|mere|ma) (?:\w+ ){{0,2}}(?:{RELATIONS}|family|fam|ate|kuya)s?\b"
    rf"|(?:the )?(?:{RELATIONS}|family|fam)(?:'s|’s)\s|(?:they|he|she)(?:'re|'s|’s| are| is| was| were)\b)",
    re.I,
)
# Someone's, said just before the value: "my prima Daniela's quinceañera", "moved out of the in-laws' in Caerphilly".
_THEIRS_BEFORE = re.compile(
    r"(?:\b(?!(?:it|that|he|she|what|there|here|who|let|where|how|name|today|now)['’]s)\w+(?:'s|s'|’s|s’)"
    r"|\b(?:his|her|their))\s+(?:(?:in|at|near|by|up in|down in|out in) )?$",
    re.I,
)
# A place said just after someone of the user's: "dying to see my mama in Brașov" is the mama's home (not "I live
# with my grandma in Pueblo", "staying by my sister in Breaux Bridge": the user is there too).
_RELATION_IN_BEFORE = re.compile(
    r"(?<!\bwith )(?<!\bw )(?<!\bw/ )(?<!\bwi )(?<!\bby )(?<!\bnear )(?<!\bbeside )"
    rf"\b(?:my|our|me|ma) (?:(?:\w+ )?(?=(?:{RELATIONS})s?\s))?((?:{RELATIONS}))s?"
    r"(?: (?:is|are|who lives|living|lives|still|back|out|over|up|down))? (?:in|from) $",
    re.I,
)
_MOVED_FROM = re.compile(r"\b(?:moved|moving|relocated|emigrated)\b[^,.;!?]*\bfrom\s+$", re.I)
_ALMOST = re.compile(
    r"\b(?:almost|nearly) (?:took|moved|went|got|bought|married|quit|accepted|signed|joined|became)\b"
    r"(?:(?!\bbut\b)[^,.;!?])*$",
    re.I,
)
_USER_IN_IT = re.compile(r"\b(?:i|i'm|i’m|im|i've|i'd|we|we're|we've|me and|us)\b", re.I)
_STARTS_WITH_RELATION = re.compile(rf"^(?:{RELATIONS})\b", re.I)
_A_RELATION = re.compile(rf"(?:{RELATIONS})", re.I)
_IS_RELATION = re.compile(rf"(?:(?:my|our|me|the) )?(?:{RELATIONS})s?", re.I)
_TAKEN_BACK = re.compile(r"\W*(?:wait,? no|no wait|sorry|oops|i mean|i meant|jk|autocorrect|typo)\b", re.I)
_WITH_ME_BEFORE = re.compile(r"\b(?:me|i)\s+(?:and|n|&)\s+(?:my|me|ma|our)\s+$", re.I)
_NAMED_OWNER = re.compile(r"(?<![\w'])((?-i:[A-Z][a-z]+))['’]s $")
_PARTICLE = re.compile(r"\s+(?:lah|leh|lor|meh|mah|sia)\s*$", re.I)
_MY_BEFORE = re.compile(r"\b(?:my|our|me|ma|mi)\s+$", re.I)
_FROM_MY_BEFORE = re.compile(r"\b(?:from|fae|frae|at|in)\s+(?:my|our|me|ma|mi|the)\s+$", re.I)
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr"})
_WHERE_FROM = frozenset("course class work school uni college gym church choir team office club".split())
_THEIR_BEFORE = re.compile(
    # or had by "he" or "she" ("my brother Nikola ... he have small daughter Mila"), or by someone named ("her husband
    # Roshan has a dog called Rocky")
    r"\b(?:his|her|their|(?:he|she|(?!(?:We|You|They|It|This|That|Who)\b)(?-i:[A-Z][a-z]+))"
    # (and with a comma and "just" between: "my best friend from grad school, Rahel, just had a baby boy called
    # Elias" is her son, not the user's; fresh_144, spent)
    r",?(?:\s+(?:just|finally|recently))?"
    r"\s+(?:has|have|had|'s got|has got|got)(?:\s+(?:a|an|one|two|three))?)\s+"
    # (and what the pet or person is to them: "her lead dog is Kluane", fresh_109, after its measurement)
    r"(?:(?:young|little|lil|small|big|old|older|younger|eldest|youngest|new|wee|baby|lead|rescue|guide|service"
    r"|work|best|other)\s+)?$",
    re.I,
)
# The user's favourite said just before someone's thing ("fav food is my mums dal").
_FAVOURITE_IS = re.compile(
    r"\b(?:fav|fave|favourite|favorite)\s+\w+(?:\s+\w+)?\s+(?:is|=|:)\s+(?:(?:my|me|ma|our)\s+)?$", re.I
)
_A_NAME_AFTER = re.compile(r" (?-i:[A-Z])[a-z]")
_NEXT_WORD = re.compile(r" (\w+)")
# A partner in something, not in life: "my training partner", "her business partner".
_PARTNER_IN = re.compile(
    r"\b(training|running|business|lab|study|tennis|squash|badminton|dance|dancing|climbing|sparring|gym|workout"
    r"|cycling|rowing|research|writing|debate|doubles|chess|hiking|sailing)\s+$",
    re.I,
)
# The user's own ("we have twin girls", "our twin boys").
_OURS_BEFORE = re.compile(r"\b(?:we (?:have|'ve got|have got|had)|we've got|our|my|i have)\s+$", re.I)
_KIDS_BEFORE = re.compile(r"\b(?:the|my|our) (boys|girls|kids|children|twins|lads|weans|bairns)['’]\s*$", re.I)
# (and Spanish parents: "Mis papás live in Monterrey" are the parents, not a "papá"; fresh_144, spent)
_PLURAL_RELATIONS = frozenset(
    {"parents", "kids", "grandparents", "grandkids", "in-laws", "twins", "folks", "papás", "padres"}
)


class Known(Protocol):
    """A fact the rules read (a Found or a Memory)."""

    @property
    def subject(self) -> str: ...
    @property
    def attribute(self) -> str: ...
    @property
    def value(self) -> str: ...
    @property
    def text(self) -> str: ...


@dataclass(frozen=True)
class Span:
    """Words of the text: a value of the user's ("user"), of someone else's ("other"), or the words naming that
    someone ("relation"); how sure the tagger is of the span's tags, and that the value is a name."""

    role: str
    start: int
    end: int
    confidence: float
    name: float = 0.0


@dataclass(frozen=True)
class Bars:
    """The least confidence a value of the user's and of someone else's needs to be kept, and a name (chosen on
    writers the model had not read: training/README.md)."""

    user: float = 0.6
    other: float = 0.85
    name: float = 0.5


@dataclass(frozen=True)
class Reading:
    """What the tagger read in a message: its spans and, when asked for and its model can give it, the message's
    vector (the one memory's embedder would give: the tagger shares its first layers)."""

    spans: list[Span]
    vector: list[float] | None = None


def spans_of(
    text: str, offsets: Sequence[tuple[int, int]], tags: Sequence[Sequence[float]], names: Sequence[float]
) -> list[Span]:
    """The spans of the most likely tag of each word piece: a B- tag opens one; an I- tag of the same role, or the
    next piece of the same word, continues it. A span is widened to whole words."""
    spans: list[Span] = []
    role, start, end = "", 0, 0
    scores: list[float] = []
    name_scores: list[float] = []

    def close() -> None:
        if not role:
            return
        first, last = start, end
        while first > 0 and text[first - 1].isalnum():
            first -= 1
        while last < len(text) and (
            text[last].isalnum() or (text[last] in "-'’" and text[last + 1 : last + 2].isalnum())
        ):
            last += 1
        if last - first >= 3 and text[last - 2] in "'’" and text[last - 1] in "sS":  # "Linda's lasagna": Linda
            last -= 2
        if text[first:last].strip():
            spans.append(
                Span(_ROLES[role], first, last, sum(scores) / len(scores), sum(name_scores) / len(name_scores))
            )

    for (piece_start, piece_end), probabilities, name in zip(offsets, tags, names, strict=True):
        if piece_start == piece_end:  # [CLS], [SEP]
            close()
            role = ""
            continue
        best = max(range(len(TAGS)), key=lambda i: probabilities[i])
        tag = TAGS[best]
        same_word = role != "" and piece_start == end and text[piece_start].isalnum() and text[end - 1].isalnum()
        if same_word or (role != "" and tag == "I-" + role):
            end = piece_end
            scores.append(float(probabilities[best]))
            name_scores.append(float(name))
            continue
        close()
        role = "" if tag == "O" else tag[2:]
        start, end, scores, name_scores = piece_start, piece_end, [float(probabilities[best])], [float(name)]
    close()
    return spans


# The last word of "a Bristol girl", "KL boy": a kind of person, so no name.
_WHO_FROM_WHERE = re.compile(r"\s(?:boy|girl|lad|lass|gal|guy|man|woman|native)$", re.I)
# A wish said to someone just before their name: "Happy 3rd to Arjun and Kavya!" is not the user's (fresh_135, spent).
_WISHED_TO = re.compile(
    r"\b(?:happy|congrat\w*|cheers|thanks|thank you|shout-?outs?|love|hugs|well done|good luck)\b[^,.;:!?]{0,30}"
    r"\bto\s+(?:(?-i:[A-Z])[\w'-]+,? (?:and|&) )?$",
    re.I,
)
# A parent's word for the user, said with their children after it ("mum to Alfie", "dad of three"): no relation.
_PARENT_OF = re.compile(r"\s+(?:to|of)\b", re.I)


def tagged_facts(
    text: str,
    spans: Sequence[Span],
    said_at: datetime,
    time_zone: str,
    known: Sequence[Known],
    bars: Bars = Bars(),
) -> list[Found]:
    """What the spans say that the rules' findings (``known``) do not: each kept value once, under its owner (the
    user, or the relation that owns it in its sentence: `_owner`)."""
    sentences = sentence_bounds(text)
    relations = [
        span
        for span in spans
        if span.role == "relation"
        and not _a_name_as_relation(text, span, sentences)
        # where someone is from, not who ("pal fae ma course Ruairidh": the pal)
        and not (_FROM_MY_BEFORE.search(text, 0, span.start) and text[span.start : span.end].lower() in _WHERE_FROM)
    ]
    found: list[Found] = []
    seen: set[tuple[str, str]] = set()
    lower_case_names = _names_in_lower_case(text, sentences)
    for span in spans:
        # A name a writer types in lower case ("my son kevin he runs a bait shop") is read as surely as one with its
        # capital (the model reads no case), but said less surely whose: the user's bar, for a sure name.
        # (Not the user's own: the rules read "im jordan", "names raymond" with the nickname said beside it.)
        lower_case_name = (
            lower_case_names and span.role == "other" and span.name >= _SURE_NAME and _a_lower_case_name(text, span)
        )
        bar = bars.user if span.role == "user" or lower_case_name else bars.other
        if span.role == "relation" or span.confidence < bar:
            continue
        # without a sentence particle of Malaysia and Singapore ("stuck here KL lah")
        value = _PARTICLE.sub("", text[span.start : span.end]).strip(" '’-")
        if lower_case_name and (title := _TITLE_BEFORE.search(text, 0, span.start)):
            value = f"{title.group(1)} {value}"  # "our cat is called mr bones": Mr Bones
        sentence_start, sentence = _sentence(text, sentences, span.start)
        before_value = text[sentence_start : span.start]
        if sentence.rstrip().endswith("?") or denied_or_supposed(before_value) or _taken_back(text, value, span.end):
            continue
        if (off := called_off_at(sentence)) is not None and span.start - sentence_start < off:
            continue  # "got offered a job in Reykjavík last year but turned it down": it did not happen
        clauses = clause_bounds(sentence)
        if span.role == "user" and _RELATION_IN_BEFORE.search(before_value):
            span = replace(span, role="other")  # "my mama in Brașov": hers, whoever the tagger took it for
        if span.role == "user" and (
            _someone_elses(sentence, clauses, span.start - sentence_start, value)
            or _known_for_another(known, value)
            or _MOVED_FROM.search(before_value)
            or _ALMOST.search(before_value)
            or _WISHED_TO.search(before_value)
        ):
            continue  # someone else's, a home left ("we just moved to Haifa from Tel Aviv"), or what nearly was
        subject = (
            USER
            if span.role == "user"
            else _owner(text, span, relations, sentence_start, len(sentence), span.name >= bars.name)
        )
        if (
            not any(c.isalnum() for c in value)
            or subject is None
            or subject == value.lower()
            or subject.lower().startswith(value.lower() + "'s ")
        ):
            continue  # no word, no owner, or the value is its own owner ("my ti-rose, Ti-Rose", "Shawna's boy")
        # one of "the grandkids" is a grandkid; one of the twins is no "twin" (that is the user's own twin)
        one_of_them = subject[:-1] if subject in _PLURAL_RELATIONS and subject != "twins" else subject
        if (
            (subject, value.lower()) in seen
            # a name typed in lower case is in the rules' words of that person, but not as their name
            or (
                any(_known(known, person, value) for person in {subject, one_of_them})
                and not (lower_case_name and not _has_a_name(known, subject))
            )
            or _a_name_of_someone(found, known, value)
            or (
                subject != USER
                and _home_of_another(known, value, subject)
                and not _named_before(text, relations, sentence_start, span.start, subject)
            )
        ):
            continue
        seen.add((subject, value.lower()))
        if subject == USER and _led_by_someones_name(found, known, value):
            continue  # "trainer Jess evil lol": Jess is the trainer, "Jess evil" nothing of the user's
        # the twins have a name each ("twins Mateo and Lucía"): a name of theirs does not make the next one no name
        named = subject != "twins" and _has_a_name([*known, *found], subject)
        # an acronym is an employer or a place, not a person ("appa retired from BHEL last year")
        acronym = len(value) > 2 and value.isupper()
        if (
            span.name >= bars.name
            and (value[:1].isupper() or lower_case_name)
            and not acronym
            and not named
            and _likeliest_name(span, spans, relations)
        ):
            before, after = text[max(sentence_start, span.start - 24) : span.start], text[span.end : span.end + 12]
            if _WHERE_BEFORE.search(before):
                continue  # a place, not whose name: "our ayi who takes care of my son is from Sichuan" (fresh_93)
            if subject == USER and not (_SELF_NAMING.search(before) or _NAMED_AFTER.match(after)):
                continue  # a name said to someone ("Hey Mel!", "Thanks, Caroline! It's been ages"), not the user's
            if subject == USER and after[:2] in ("'s", "’s"):
                continue  # someone else's: "i'm Dirrabang's mom"
            if subject == USER and _WHO_FROM_WHERE.search(value):
                continue  # where they are from, said as who they are: "I'm KL boy lah" (fresh_70, spent)
            # one of several is named: "the grandkids, Tyler and our little Ruby-Mae" each a grandkid
            found.append(_name(one_of_them, value.title() if lower_case_name else value))
            continue
        said = laughed_apart(_said(sentence, clauses, span.start - sentence_start, span.end - sentence_start), value)
        tense = tense_of(said)
        # the day may be in the clause before ("on saturday, my cousin's wedding in Kandy")
        period = find_period(said, said_at, time_zone, tense) or find_period(
            sentence, said_at, time_zone, tense_of(sentence)
        )
        kind = ("plan" if tense == "future" else "event") if period else "fact"
        found.append(Found(kind, subject, said, value=value, period=period, importance=0.5))
    return found


def _a_name_as_relation(text: str, span: Span, sentences: Sequence[tuple[int, int]]) -> bool:
    """Whether a relation span is a person's name instead ("my sister Kathleen's husband": the husband is not a
    "kathleen"): capitalised inside its sentence, and no relation word."""
    words = re.sub(r"['’]s$", "", text[span.start : span.end]).strip()
    sentence_start = _sentence(text, sentences, span.start)[0]
    opens = not text[sentence_start : span.start].strip(" \"'([-")
    return bool(words[:1].isupper() and not opens and not _IS_RELATION.fullmatch(words))


def _someone_elses(sentence: str, bounds: Sequence[tuple[int, int]], start: int, value: str) -> bool:
    """Whether a value the tagger read as the user's is someone else's: its clause (of ``bounds``, the sentence's)
    is about another person, or the value opens with one ("my prima Daniela's quinceañera")."""
    clause_start = next((s for s, e in bounds if start < e), 0)
    before = sentence[clause_start:start]
    return bool(
        (_THEIR_CLAUSE.match(before) and not _USER_IN_IT.search(before))
        or _THEIRS_BEFORE.search(before)
        or _STARTS_WITH_RELATION.match(value)
    )


def _known_for_another(known: Sequence[Known], value: str) -> bool:
    """Whether the rules hold the value for someone other than the user ("a week at me mams in Scarborough": the
    mam's)."""
    needle = value.lower()
    return any(f.subject != USER and needle in f.value.lower() for f in known if f.value)


def _home_of_another(known: Sequence[Known], value: str, subject: str) -> bool:
    """Whether the rules hold the place as someone else's home ("my mama Viorica ... still lives alone in Suceava 🙄
    my brother Costel ...": the mama's, not the brother's after it, when the tagger saw no relation before it;
    fresh_65, spent)."""
    needle = value.lower()
    return any(
        f.subject not in (USER, subject) and f.attribute in ("lives_in", "from") and f.value.lower() == needle
        for f in known
        if f.value
    )


def _named_before(text: str, relations: Sequence[Span], start: int, end: int, subject: str) -> bool:
    """Whether a relation the tagger marked between ``start`` (the sentence's) and ``end`` (the value's) names
    ``subject``: the owner said before the value, not taken from after it."""
    return any(start <= r.start and r.end <= end and relation_name(text[r.start : r.end]) == subject for r in relations)


def _taken_back(text: str, value: str, end: int) -> bool:
    """Whether the user takes the value back at once ("I am Wanjiru.. sorry autocorrect its Wanjiku not Wanjiru",
    "hey its marcus. wait no, it's Markus")."""
    return bool(_TAKEN_BACK.match(text, end) or re.search(rf"\bnot {re.escape(value)}\b", text[end:], re.IGNORECASE))


_SURE_NAME = 0.95
_TITLE_BEFORE = re.compile(r"\b(mr|mrs|ms|miss|dr|sir|lady|lord)\.? $")
_I = frozenset(("I", "I'm", "I've", "I'll", "I'd", "I’m", "I’ve", "I’ll", "I’d"))


def _has_a_name(facts: Sequence[Known], subject: str) -> bool:
    return any(f.subject == subject and f.attribute == "name" for f in facts)


def _names_in_lower_case(text: str, sentences: Sequence[tuple[int, int]]) -> bool:
    """Whether the writer types names in lower case: no word capitalised but those opening a sentence and "I"."""
    return not any(
        word[:1].isupper() and word.strip(".,!?;:'’\"()") not in _I
        for start, end in sentences
        for word in text[start:end].split()[1:]
    )


def _a_lower_case_name(text: str, span: Span) -> bool:
    """One word in lower case, not a relation ("my son kevin", not "my nephew")."""
    words = text[span.start : span.end].strip(" '’-")
    return words.isalpha() and words.islower() and not _IS_RELATION.fullmatch(words)


def _likeliest_name(span: Span, spans: Sequence[Span], relations: Sequence[Span]) -> bool:
    """Whether no other value of the same owner's role is likelier a name (one name a person: the user's first)."""
    return all(other.name <= span.name for other in spans if other.role == span.role and other is not span) or bool(
        relations and span.role == "other"
    )


def _sentence(text: str, sentences: Sequence[tuple[int, int]], at: int) -> tuple[int, str]:
    """The start and the words of the sentence (of ``sentences``, the text's bounds) holding ``at``."""
    start, end = next(((s, e) for s, e in sentences if at < e), sentences[-1])
    return start, text[start:end].rstrip()


def _said(sentence: str, bounds: Sequence[tuple[int, int]], start: int, end: int) -> str:
    """The clause (of ``bounds``, the sentence's) holding the value (``start``-``end`` in the sentence), with the
    clauses before it while it has fewer than _FEWEST_WORDS words ("I work at St. Luke's, as a porter": the whole),
    cut to _LONGEST_TEXT characters around the value: what is kept is about its owner, not the sentence's other
    people ("I'm in Tripoli, my brother's been in Montreal since 2019" keeps "I'm in Tripoli" for the user)."""
    first = next((i for i, (_, e) in enumerate(bounds) if start < e), len(bounds) - 1)
    last = next((i for i, (_, e) in enumerate(bounds) if end <= e), len(bounds) - 1)
    while (
        first > 0
        and len(sentence[bounds[first][0] : bounds[last][1]].split()) < _FEWEST_WORDS
        # not a clause that denies ("I don't take beer or any alcohol, I am SDA": "I am SDA")
        and not denied_or_supposed(sentence[bounds[first - 1][0] : bounds[first - 1][1]])
    ):
        first -= 1
    clause = sentence[bounds[first][0] : bounds[last][1]]
    said = clause.lstrip(" ,;:-—–")
    at = start - bounds[first][0] - (len(clause) - len(said))  # where the value starts in what is said
    said = said.rstrip(" ,;:-—–")
    # what follows "but" is what holds ("I almost took the job in Berlin but decided to stay at Intel")
    turn = max((m.end() for m in re.finditer(r"\bbut\s+", said[:at], re.I)), default=0)
    if turn and len(said[turn:].split()) >= _FEWEST_WORDS:
        said, at = said[turn:], at - turn
    if len(said) <= _LONGEST_TEXT:
        return said
    window = said[max(0, at - _LONGEST_TEXT // 2) : at + _LONGEST_TEXT // 2]
    return " ".join(window.split()[1:-1]) or window.strip()


def _owner(
    text: str, span: Span, relations: Sequence[Span], sentence_start: int, length: int, a_name: bool = False
) -> str | None:
    """The relation owning a value, as the user calls them ("my sis" is "sis", "my two cats" each a "cat"): of
    those tagged in its sentence within _FARTHEST_OWNER characters, the last before it ("my sister Maya"), else the
    nearest after it ("Maya, my sister"); None when there is none; the user when the relation is theirs together ("me
    and my husband"), unless the value is a name (``a_name``)."""
    inside = [
        r
        for r in relations
        if sentence_start <= r.start < sentence_start + length and abs(r.start - span.start) <= _FARTHEST_OWNER
    ]
    before = sorted((r for r in inside if r.end <= span.start), key=lambda r: r.start)
    # a title just before a name is not whose it is when someone is named before it: "my mother-in-law Auntie
    # Adwoa", "my neighbour Mama Bisi" (but "Uncle Bob came by": the uncle)
    if len(before) > 1 and text[before[-1].end : span.start] == " " and text[before[-1].start].isupper():
        before.pop()
    if before and not a_name and _I_BETWEEN.search(text, before[-1].end, span.start):
        # a new clause of the user's in a run-on ("my dad does construction i study architecture at the UNA"): not
        # the relation's (fresh_109, after its measurement)
        return None
    if (
        before
        and not a_name
        and re.fullmatch(r"(?:['’]?s)? ", text[before[-1].end : span.start])
        and _FAVOURITE_IS.search(text, sentence_start, before[-1].start)
    ):
        return USER  # "fav food is my mums dal": the user's favourite, not a fact of the mum (fresh_145, spent)
    nearest = (before[-1] if before else None) or min(inside, key=lambda r: abs(r.start - span.start), default=None)
    if nearest is None:
        return None
    if a_name and nearest.start >= span.end and _HAS_WHAT_FOLLOWS.search(text, span.end, nearest.start):
        return None
    if a_name and _DOES_TO_THE.fullmatch(text, span.end, nearest.start):
        return None  # "Freya's painted the cat blue": the one who did it, not the cat
    if nearest.start >= span.end and (
        _JOINED.search(text, span.end, nearest.start)
        or (not a_name and _NEXT_SUBJECT.search(text, span.end, nearest.start))
    ):
        # a relation after "and" or "but" is the next one told of ("my grandparents are still back home in Tonga and
        # my aunty's over in Sydney"), as is one after a new subject in a run-on ("Haris is an electrician we have a
        # cat called Mačak"; a name may still be told of after: "Maya, she's my sister"): not whose the value is
        return None
    if not a_name and _WITH_ME_BEFORE.search(text, 0, nearest.start):
        # "me and my husband have been in Croydon since 2019": the user's too (the rules' finding); but "just me and my
        # boat, Havørn" names the boat
        return USER
    words = _relation_words(text, nearest)
    # someone of someone's, as the rules name them: "the wife's sister" is the "wife's sister"
    whose = next((r for r in relations if text[r.end : nearest.start] in ("'s ", "’s ")), None)
    if words and whose is not None and (of := _relation_words(text, whose)):
        return f"{of}'s {words}"
    if words and _THEIR_BEFORE.search(text, sentence_start, nearest.start):
        # "his", "her", "their" own it: someone named before in the sentence ("the boss is Declan ... his young lad
        # Cathal" is the boss's son, not the user's), or no one the user can be said to have
        earlier = [r for r in relations if sentence_start <= r.start and r.end <= nearest.start]
        of = _relation_words(text, earlier[-1]) if earlier else ""
        return (f"{of}' {words}" if of in _PLURAL_RELATIONS else f"{of}'s {words}") if of else None
    # someone's by name: "our friend Sheila's husband Ron" is Sheila's husband, not the user's
    if words and (named := _NAMED_OWNER.search(text, max(0, nearest.start - 30), nearest.start)):
        name = named.group(1)
        return f"{relation_name(name.lower()) if _IS_RELATION.fullmatch(name) else name}'s {words}"
    return words or None


def _relation_words(text: str, relation: Span) -> str:
    """A relation span as memory names the relation: "my sis" is "sis", "my two cats" each a "cat", "brother in law"
    the "brother-in-law" (the tagger often marks "brother" or "law" alone)."""
    said = text[relation.start : relation.end]
    words = re.sub(r"['’]s$", "", said.lower()).strip()
    # Scots "ma da": da; Portuguese and Kriolu "minha mãe", "nha mãe": mãe
    words = re.sub(r"^(?:my|ma|me|mi|our|the|minha|meu|nha)\s+", "", words)
    before = text[: relation.start]
    if words in _NOT_RELATIONS or words in _TITLES or words in _SIZES:
        # "apprentice of mine, young Kayden": no relation called "mine"; "Mrs Doherty" is no kin; "Pip, me little
        # Jack Russell": no relation called "little"; Swahili's "kaka yangu Baraka" (my brother): no "yangu"
        return ""
    if (
        said in KIN_TITLES
        and not _MY_BEFORE.search(before)
        and _A_NAME_AFTER.match(text, relation.end)
        and re.search(r"\b" + TITLE_CONTEXT, text, re.I)
    ):
        # a title ("This is Brother Earl Tubbs ... deacon", "Sister Bernice from choir", "Auntie Gadija next door")
        return ""
    if (words == "door" and before.lower().endswith("next ")) or words == "next door" or words.endswith(" next door"):
        return "neighbour"  # "Buddy next door, Lorne", the tagger's "Buddy next door, Wayne"
    if words == "partner" and (activity := _PARTNER_IN.search(before)):
        # "my training partner Dev is driving down": a partner in training, not the user's partner (fresh_145, spent)
        return f"{activity.group(1).lower()} partner"
    if words in ("twin girls", "twin boys", "twin girl", "twin boy") and _OURS_BEFORE.search(before):
        # "we have twin girls, Adaeze and Chioma": the user's daughters, as "our twin girls" are (fresh_144, spent)
        return "daughter" if "girl" in words else "son"
    if words in ("mum", "mom", "mam", "dad", "father", "mother", "mama", "papa") and (
        _PARENT_OF.match(text, relation.end) and not _MY_BEFORE.search(before)
    ):
        return ""  # the user as a parent ("mum to Alfie who's 10 and Poppy": Poppy is no "mum"; fresh_135, spent)
    if words in ("mum", "mom", "mam", "dad", "father", "mother") and (kids := _KIDS_BEFORE.search(before)):
        return f"{kids.group(1).lower()}' {words}"  # "the boys' mum is moving to Stoke": not the user's mum
    if (after := _NEXT_WORD.match(text, relation.end)) and _A_RELATION.fullmatch(f"{words} {after.group(1)}"):
        # the tagger marks "ball" of "ball python", "leopard" of "leopard gecko": the kind is both words
        words = f"{words} {after.group(1).lower()}"
    if re.match(r"[ -]in[ -]law\b", text[relation.end : relation.end + 7], re.I):
        words += "-in-law"
    elif words == "law" and (kin := re.search(r"(\w+)[ -]in[ -]$", text[: relation.start])):
        words = f"{kin.group(1).lower()}-in-law"
    if words.endswith("s") and not words.endswith(("ss", "us", "is")) and words not in _PLURAL_RELATIONS:
        # "my two cats, Mochi and Tofu": each a cat, as the rules keep them; "two huskies": each a husky (the singular
        # the rules know: "collies" a collie, "yorkies" a yorkie)
        ies_to_y = words[:-3] + "y"
        known = words.endswith("ies") and not _A_RELATION.fullmatch(words[:-1]) and _A_RELATION.fullmatch(ies_to_y)
        words = ies_to_y if known else words[:-1]
    return relation_name(words) if words else ""


def _known(known: Sequence[Known], subject: str, value: str) -> bool:
    """Whether the rules hold the value for that person, also under a fuller name for them ("best mate" for "mate",
    "roommate's gf" for "gf")."""
    needle = value.lower()
    return any(
        (f.subject == subject or f.subject.endswith((f" {subject}", f"'s {subject}")))
        and (needle in f.value.lower() or needle in f.text.lower())
        for f in known
    )


def _a_name_of_someone(found: Sequence[Known], known: Sequence[Known], value: str) -> bool:
    """Whether the value is already someone's name, or a word of it: a name is one person's ("my baby, a shih tzu named
    Mochi" is the dog's, not also a "tzu"'s; "Papa Kabamba, my father-in-law": Kabamba is no "papa"'s)."""
    needle = value.lower()
    return any(
        f.attribute == "name" and (f.value.lower() == needle or needle in f.value.lower().split())
        for f in [*known, *found]
    )


def _led_by_someones_name(found: Sequence[Known], known: Sequence[Known], value: str) -> bool:
    """Whether a value of more than one word opens with the name of someone other than the user."""
    words = value.lower().split()
    return len(words) > 1 and any(
        f.attribute == "name" and f.subject != USER and f.value and f.value.lower().split()[0] == words[0]
        for f in [*known, *found]
    )


def _name(subject: str, value: str) -> Found:
    if subject == "twins":  # as the rules keep them: one of two names, no single "name" attribute
        return Found("person", subject, f"My twins' names include {value}.", attribute="", value=value)
    if subject == USER:
        return Found("fact", USER, f"My name is {value}.", attribute="name", value=value)
    whose = subject if subject[:1].isupper() else f"My {subject}"  # "Sheila's husband's name is Ron."
    return Found("person", subject, f"{whose}'s name is {value}.", attribute="name", value=value)
