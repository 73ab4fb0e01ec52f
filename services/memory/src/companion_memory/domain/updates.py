"""Updates instead of duplicates: what a new memory does to the ones already kept. Pure."""

from dataclasses import dataclass

from companion_memory.domain.model import EPISODE, Memory

# Cosine similarity above which two derived memories of one subject say the same thing.
NEAR_DUPLICATE_SIMILARITY = 0.92
# Relations a person often has several of: a second name for "cousin" is a second cousin, not the first one renamed
# ("mio cugino Totò ...", then "my chacha's son Asfandyar": both cousins; found in a user check). A partner, a parent
# or the user keep one name, and a new one replaces it.
MANY_OF = frozenset(
    "cousin friend brother sister son daughter kid child aunt auntie aunty uncle nephew niece grandson "
    "granddaughter grandchild grandkid coworker co-worker colleague neighbour neighbor roommate flatmate housemate "
    "mate pal buddy classmate teammate twin stepson stepdaughter stepbrother stepsister godson goddaughter "
    "brother-in-law sister-in-law".split()
)


@dataclass(frozen=True)
class Strengthen:
    """The new memory repeats ``existing``: count it again and add the provenance."""

    existing: Memory


@dataclass(frozen=True)
class Supersede:
    """The new memory is a new value of ``old``'s single-valued attribute: ``old`` becomes history."""

    old: Memory


@dataclass(frozen=True)
class Insert:
    """Nothing like it is kept yet."""


Decision = Strengthen | Supersede | Insert


def decide(new: Memory, same_attribute: Memory | None, nearest: Memory | None, similarity: float) -> Decision:
    """``same_attribute``: the current memory of the same subject and single-valued attribute, if any;
    ``nearest``: the current memory of the same kind and subject most similar in meaning, with its similarity."""
    if same_attribute is not None:
        if same_attribute.value.casefold() == new.value.casefold():
            return Strengthen(same_attribute)
        if new.attribute == "name" and _one_of_many(new.subject):
            return Insert()
        return Supersede(same_attribute)
    if new.kind != EPISODE and nearest is not None and similarity >= NEAR_DUPLICATE_SIMILARITY:
        return Strengthen(nearest)
    return Insert()


def _one_of_many(subject: str) -> bool:
    """Whether the subject is a relation people often have several of ("cousin", "my sister's son" -> "son")."""
    return subject.rsplit("'s ", 1)[-1].split()[-1] in MANY_OF
