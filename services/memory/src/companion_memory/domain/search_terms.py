"""What the word search looks for. People name the same person many ways ("my missus", "my wife"; "mam", "mum",
"mother") and ask what someone does without a word the answer holds ("what does my brother do?" of "My brother
works as a plumber"): such a query word stands for its whole group, which the search counts as one word. Pure."""

import re
from dataclasses import dataclass

# Each group holds the words that name the same relation (or, the last two, work and study). A query word of a group
# finds a memory holding any word of it. Words that also mean other things ("ma", "pa", "mate", "mrs") are not in a
# group: a memory with "pop music" is no memory of someone's father; said after "my" in a query they are read as the
# group's first word (_AFTER_MY).
_GROUPS = (
    "wife missus missis wifey",
    "husband hubby",
    "mother mum mom mam mammy mummy mommy mama",
    "father dad daddy papa",
    "grandmother gran granny grandma nan nana nanna",
    "grandfather grandad granddad grandpa gramps",
    "brother bro",
    "sister sis",
    "child children kid kids kiddo kiddos",
    "grandchild grandchildren grandkid grandkids",
    "friend bff bestie pal buddy",
    "girlfriend gf",
    "boyfriend bf",
    "aunt auntie aunty",
    "dog doggo pup puppy",
    "cat kitty",
    "work works working worked job employer career profession occupation",
    # ("where did I go to uni?" of "I studied in Galway", kept from "did uni in Galway")
    "study studies studied studying uni university college degree",
)
_GROUP_OF = {word: group for group in _GROUPS for word in group.split()}

_AFTER_MY = re.compile(r"\b(my|me|our) (ma|da|pa|mrs|mate)\b", re.IGNORECASE)
_FIRST_OF = {"ma": "mother", "da": "father", "pa": "father", "mrs": "wife", "mate": "friend"}

# "What does my brother do?", "what do your parents do for a living": a question about someone's work (not "what did
# my brother do at the weekend", a question about a deed).
_ASKS_WHAT_THEY_DO = re.compile(
    r"\bwhat (?:does|do) (?:my|our|your|his|her|their|me) [\w' -]{1,40}? do\b(?! with\b)", re.IGNORECASE
)
# "What is my grandma called?": the question's frame, as "remember" is. A memory of her holds "name", if any word of
# it; and grouping "called" with "name" would find every name the user ever told (the dog's, for the grandmother).
_WHAT_CALLED = re.compile(r"\b(what\b.*?)\s+called(?=\W*$)", re.IGNORECASE | re.DOTALL)
# "Where did I go to uni?", "what team do I support?": words of the question's frame that no answer holds ("I studied
# in Galway", "I support Celtic"). Sought, they only weighed as unmatched and sank the right memory's relevance
# under dialogue's threshold (0.04 for "I studied in Galway", 0.08 for "I support Celtic"), as "called" did.
_GO_TO_STUDY = re.compile(r"\b(?:go|goes|going|gone|went)\s+to\s+(?=(?:uni|university|college)\b)", re.IGNORECASE)
_WHAT_KIND = re.compile(
    r"\b((?:what|which)\s+)(?:(?:kind|sort|type)\s+of\s+)?"
    r"(?:food|team|car|instrument|sport|music|drink|language)s?\s+(?=(?:do|does|did)\s)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class WordQuery:
    """The text the word search reads, and the groups its words belong to (each the group's words, space-separated)."""

    text: str
    groups: tuple[str, ...]


def word_query(text: str) -> WordQuery:
    text = _AFTER_MY.sub(lambda m: f"{m.group(1)} {_FIRST_OF[m.group(2).lower()]}", text)
    text = _WHAT_CALLED.sub(r"\1", text)
    text = _WHAT_KIND.sub(r"\1", _GO_TO_STUDY.sub("", text))
    if _ASKS_WHAT_THEY_DO.search(text):
        text = f"{text} work"
    groups = dict.fromkeys(_GROUP_OF[w] for w in _WORD.findall(text.lower()) if w in _GROUP_OF)
    return WordQuery(text, tuple(groups))
