"""Jurisdictions: a country (ISO 3166-1, "US") or one of its subdivisions (ISO 3166-2, "US-WA"). Pure: no I/O.

Some laws are by state (California SB 243, New York GBL Art. 47, Washington HB 2225), so rules and resources are
looked up most specific first: "US-WA", then "US", then the caller's default.

The user's jurisdiction comes from the message's BCP 47 locale; the contract has no field for a subdivision.
Two spellings of one are understood:
- "en-US-u-sd-uswa": the standard one (Unicode locale extension, key "sd", UTS #35);
- "en-US-WA": a subtag of two or three letters or digits right after the region. BCP 47 has no such subtag
  (variants have 5 to 8 characters, or a digit and 3), so it cannot be mistaken for another, and the gateway
  accepts it (it rejects one-letter singletons such as the "u" of the standard form).
"""

import itertools
import re
from collections.abc import Mapping
from typing import TypeVar

T = TypeVar("T")

_SCRIPT = re.compile(r"[A-Z]{4}")
_EXTLANG = re.compile(r"[A-Z]{3}")
_REGION = re.compile(r"[A-Z]{2}|\d{3}")
_SUBDIVISION = re.compile(r"[A-Z0-9]{2,3}")


def key(code: str) -> str:
    """A table key as written in settings ("us-wa", "US_WA") in its canonical form ("US-WA")."""
    return code.strip().upper().replace("_", "-")


def jurisdiction(locale: str) -> str:
    """'en-US' -> 'US'; 'en-US-WA' or 'en-US-u-sd-uswa' -> 'US-WA'; no region -> ''."""
    subtags = key(locale).split("-")[1:]  # after the language
    while subtags and _EXTLANG.fullmatch(subtags[0]):
        subtags = subtags[1:]
    if subtags and _SCRIPT.fullmatch(subtags[0]):
        subtags = subtags[1:]
    if not subtags or not _REGION.fullmatch(subtags[0]):
        return ""
    region, rest = subtags[0], subtags[1:]
    subdivision = _unicode_subdivision(rest, region)
    if not subdivision and rest and _SUBDIVISION.fullmatch(rest[0]):
        subdivision = rest[0]
    return f"{region}-{subdivision}" if subdivision else region


def _unicode_subdivision(subtags: list[str], region: str) -> str:
    """The subdivision of a "-u-...-sd-uswa" extension when it lies in `region` ("WA"), else ''."""
    if "X" in subtags:  # private use: whatever follows is not the standard extension
        subtags = subtags[: subtags.index("X")]
    if "U" not in subtags:
        return ""
    extension = subtags[subtags.index("U") + 1 :]
    for name, value in itertools.pairwise(extension):
        if len(name) == 1:  # the next singleton ends the extension
            break
        if name == "SD" and value.startswith(region) and 1 <= len(value) - len(region) <= 4:
            return value[len(region) :]
    return ""


def candidates(code: str) -> tuple[str, ...]:
    """Keys to try, most specific first: 'US-WA' -> ('US-WA', 'US')."""
    if not code:
        return ()
    country = code.split("-")[0]
    return (code, country) if country != code else (code,)


def most_specific(table: Mapping[str, T], code: str) -> T | None:
    """The entry for the subdivision, else for its country, else None."""
    return next((table[k] for k in candidates(code) if k in table), None)
