"""Text normalization and features shared by the phrase rules and the trained classifier. Pure: no I/O.

Normalization makes case, leetspeak ("k1ll mys3lf"), stretched letters ("sooo"), accents and common chat
spellings ("wanna", "kms") look alike, so neither the rules nor the model have to learn every variant.
"""

import itertools
import re
import unicodedata

# Longer texts are cut before featurizing: cost stays bounded for huge inputs, and the opening of a long
# post carries the signal as well as the whole.
MAX_CHARS = 6000

_LEET = str.maketrans({"1": "i", "!": "i", "3": "e", "4": "a", "@": "a", "0": "o", "$": "s", "5": "s", "7": "t"})
# (not the Spanish, Portuguese and Italian friend or love: "mi amigo", "si amor", "ciao amico"; rules-114)
_GLUED_I_AM = re.compile(r"(?:(?<=[a-z])|\b)i am(?=[a-z])(?!az|ong|id|bi|use|bush|end|ig|ic|or)")
_SPACED_LETTERS = re.compile(r"\b(?:[a-z] ){3,}[a-z]\b")
_DIGIT_WORD = re.compile(r"\b\w*\d\w*\b")
# Chat shorthand and frequent misspellings -> the words the rules are written with.
_SPELLINGS = {
    "kys": "kill yourself",
    "unalive": "kill",
    "sewerslide": "suicide",
    "unaliving": "killing",
    "suicde": "suicide",
    "suicdal": "suicidal",
    "kil": "kill",
    "kms": "kill myself",
    "sucide": "suicide",
    "suiside": "suicide",
    "sucidal": "suicidal",
    "suicidle": "suicidal",
    "suisidal": "suicidal",
    "myslef": "myself",
    "mysef": "myself",
    "meself": "myself",
    "wi'out": "without",
    "wiout": "without",
    "widout": "without",
    "witout": "without",
    "wanna": "want to",
    "gonna": "going to",
    "gotta": "got to",
    "im": "i'm",
    "ima": "i'm going to",
    "imma": "i'm going to",
    "dont": "don't",
    "cant": "can't",
    "wont": "won't",
    "ive": "i've",
    "idk": "i don't know",
    "u": "you",
    "ur": "your",
    "r": "are",
    "rn": "right now",
    "tmrw": "tomorrow",
    "2nite": "tonight",
    "tonite": "tonight",
    "anymore": "any more",
    "any more": "any more",
    "dieing": "dying",
    "killin": "killing",
    "lyf": "life",
    # Means and days as they come out typed in a hurry ("i have the knfe rn", "doing it tnight").
    "knfe": "knife",
    "knif": "knife",
    "kinfe": "knife",
    "nife": "knife",
    "pils": "pills",
    "pillz": "pills",
    "tnight": "tonight",
    "tonght": "tonight",
    "2night": "tonight",
    "myslf": "myself",
    "ahve": "have",
    "hvae": "have",
    "piils": "pills",
    "redy": "ready",
    "raedy": "ready",
}
_SPELLING_RE = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(_SPELLINGS, key=len, reverse=True)) + r")\b")


def _unleet(match: re.Match[str]) -> str:
    word = match.group(0)
    # Only words that mix letters and digits are leetspeak; "988" or "2023" stay numbers.
    return word.translate(_LEET) if any(c.isalpha() for c in word) else word


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Words starred out, as people write them to get past filters ("k*lling myself", "su*cide", "d*e").
_STARRED = [
    (re.compile(r"\bk\*+ll"), "kill"),
    (re.compile(r"\b(?:s\*+icid|su\*+cid|sui\*+id|suic\*+d|s\*+c\*+d)"), "suicid"),
    (re.compile(r"\bd\*+e\b"), "die"),
    (re.compile(r"\bs\*+lf(?=[ -]?h)"), "self"),
    (re.compile(r"\bunal\*+ve"), "unalive"),
]
STRETCHED = re.compile(r"(\w)\1{2,}")
# Where a chat message's sentences end: after . ! ? or an ellipsis and a space, or at a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\s*\n+\s*")


def sentences(text: str) -> list[str]:
    """The raw message's sentences, stripped, empty ones left out."""
    return [piece for piece in (part.strip() for part in _SENTENCE_END.split(text)) if piece]


def normalize(text: str, stretch: int = 2) -> str:
    """Lower case, no accents, no leetspeak, common shorthand spelled out; letters repeated three times or more
    are cut to `stretch` ("soooo" -> "soo", or "so" with stretch=1: callers that care try both)."""
    text = unicodedata.normalize("NFKC", text[:MAX_CHARS]).lower()
    text = text.replace("\u2019", "'").replace("`", "'")
    text = strip_accents(text)
    for starred, word in _STARRED:
        text = starred.sub(word, text)
    text = re.sub(r"(?<=\w)[@$!](?=\w)", lambda m: m.group(0).translate(_LEET), text)
    text = _DIGIT_WORD.sub(_unleet, text)
    text = re.sub(r"(.)\1{2,}", r"\1" * stretch, text)
    # a double quote is a quote mark as a single one is: the rules that set someone else's quoted words aside read
    # both ("my son said \"i want to die\" after the match" is his words, not the writer's)
    text = text.replace('"', "'").replace("\u201c", "'").replace("\u201d", "'")
    text = re.sub(r"[^\w' ]+", " ", text)
    # Lines joined without a space in scraped posts: "thoughtsi amhaving" -> "thoughts i am having".
    text = _GLUED_I_AM.sub(" i am ", text)
    text = _SPACED_LETTERS.sub(lambda m: m.group(0).replace(" ", ""), text)  # "k i l l" -> "kill"
    text = _SPELLING_RE.sub(lambda m: _SPELLINGS[m.group(1)], " ".join(text.split()))
    return text


def grams(normalized: str) -> list[str]:
    """Word unigrams and bigrams, repeats kept: the classifier's tokens (training uses this very function)."""
    words = normalized.replace("'", "").split()
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]


def char_grams(text: str) -> list[str]:
    """Character 2- to 5-grams of each word of the lowercased text, the word padded with a space at each end, repeats
    kept: the second opinion's tokens (`classifier.CHARS`; training uses this very function). Spelling, not meaning:
    they read any script and the stems of any language ("умереть", "suicidarme") as they are written."""
    found: list[str] = []
    for word in text[:MAX_CHARS].lower().split():
        padded = f" {word} "
        for n in range(2, 6):
            found.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
    return found


# English words that carry no topic, common in chat ("i", "my", "the", "to"): a fifth of a message's words or more
# and it reads as English (`reads_as_english`).
_ENGLISH_FUNCTION_WORDS = frozenset(
    "i i'm im i've ive i'll i'd me my mine myself you your you're youre yours he him his she her it it's its we us our "
    "they them their the a an and or but so to of in on at for with from by about as is are was were be been am do "
    "does did don't dont didn't can can't cant could would should will won't just not no this that these those what "
    "when where why how who if then than there here have has had get got like really very all some any".split()
)


def reads_as_english(text: str) -> bool:
    """Whether a fifth or more of the message's words (in Latin letters) are English function words: the language
    the detector over meaning was built to read."""
    words = re.findall(r"[a-z']+", text[:MAX_CHARS].lower())
    return bool(words) and sum(word in _ENGLISH_FUNCTION_WORDS for word in words) * 5 >= len(words)
