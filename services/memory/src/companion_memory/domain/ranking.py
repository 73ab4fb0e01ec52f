"""How candidates from the word and meaning retrievers become one ranked, budgeted answer. Pure."""

import math
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from companion_memory.domain.model import EPISODE, Memory, estimate_tokens

# Reciprocal rank fusion constant (Cormack et al. 2009): large enough that one list's top item cannot
# drown the other list, small enough that rank still matters.
RRF_K = 60
# Recency, importance and strength only break near-ties: relevance decides. Near the top, one rank of RRF is
# worth about 0.0003, so each signal can move a memory by a few ranks at most.
RECENCY_WEIGHT = 0.0005
IMPORTANCE_WEIGHT = 0.001
STRENGTH_WEIGHT = 0.0003
RECENCY_HALF_LIFE_DAYS = 90.0

# Relevance: a logistic function of the query-memory cosine similarity (MiniLM) and the share of the query's word
# weight (IDF) the memory holds, fitted on two LoCoMo development conversations (conv-26, conv-30): for each
# question, the memories Recall returned among its top 50, those holding an evidence turn as positives
# (services/memory/bench/locomo_bench.py fits and reports them; conv-41 and conv-42 were not fitted on, and there
# the predicted and observed shares agree within a few points per tenth). Adding a squared term or an interaction
# did not lower the held-out log loss; a third signal, the share of the weight of only those query words the user
# ever used, lowered it a little (0.0782 -> 0.0765) but, at 0.1, more than doubled how often a question asked of
# someone who never said the answer got a memory (3.8 % -> 8.8 %): it is left out. It is calibrated for
# all-MiniLM-L6-v2 fp32: another embedder (MEMORY_EMBEDDER=openai, int8 weights) has other cosines and needs its
# own fit.
RELEVANCE_INTERCEPT = -6.66
RELEVANCE_SIMILARITY = 5.841
RELEVANCE_WORD_MATCH = 3.652


def fuse(ranked_lists: Sequence[Sequence[Memory]], now: datetime) -> list[Memory]:
    """Reciprocal rank fusion of several rankings of the same user's memories, plus a small recency,
    importance and strength signal; the result carries the fused score."""
    scores: dict[str, float] = {}
    by_id: dict[str, Memory] = {}
    # Each retriever measures its own signal (words, meaning): the fused memory carries both.
    similarity: dict[str, float] = {}
    word_match: dict[str, float] = {}
    for ranking in ranked_lists:
        # A list is ranked by the messages it brings: the memories of one message (its episode and what was read
        # from it) share that message's rank, so that a message read into many memories does not push the next
        # message down the list (drop_redundant keeps one memory a message afterwards).
        message_rank: dict[tuple[str, ...], int] = {}
        for memory in ranking:
            memory_id = memory.memory_id
            rank = message_rank.setdefault(tuple(sorted(memory.source_message_ids)) or (memory_id,), len(message_rank))
            scores[memory_id] = scores.get(memory_id, 0.0) + 1.0 / (RRF_K + rank + 1)
            by_id.setdefault(memory_id, memory)
            similarity[memory_id] = max(similarity.get(memory_id, 0.0), memory.similarity)
            word_match[memory_id] = max(word_match.get(memory_id, 0.0), memory.word_match)
    fused = []
    for memory_id, score in scores.items():
        memory = by_id[memory_id]
        age_days = max(0.0, (now - (memory.last_said_at or memory.said_at)).total_seconds() / 86400)
        recency = math.exp(-math.log(2) * age_days / RECENCY_HALF_LIFE_DAYS)
        bonus = (
            RECENCY_WEIGHT * recency
            + IMPORTANCE_WEIGHT * memory.importance
            + STRENGTH_WEIGHT * min(memory.strength - 1, 5) / 5
        )
        fused.append(
            replace(memory, score=score + bonus, similarity=similarity[memory_id], word_match=word_match[memory_id])
        )
    fused.sort(key=lambda m: (m.score, m.said_at), reverse=True)
    return fused


def drop_redundant(memories: Sequence[Memory]) -> list[Memory]:
    """Keeps, in rank order, memories that say something a better-ranked one does not. An episode says all that was
    read from its message: a memory of a message a better-ranked episode came from is dropped, and so is an episode
    of a message a better-ranked memory came from (the fact "My sister is called Maya" says it). Two facts of one
    message say different things ("My bro is a plumber.", "My bro works in Leeds.") and are both kept."""
    kept: list[Memory] = []
    told_whole: set[str] = set()  # messages of kept episodes
    told: set[str] = set()  # messages of every kept memory
    for memory in memories:
        sources = set(memory.source_message_ids)
        if sources and sources <= (told if memory.kind == EPISODE else told_whole):
            continue
        kept.append(memory)
        told |= sources
        if memory.kind == EPISODE:
            told_whole |= sources
    return kept


def fit_budget(memories: list[Memory], token_budget: int) -> list[Memory]:
    """Keeps memories in rank order whose text fits the budget, skipping any that would overflow it
    (a smaller, lower-ranked one may still fit). A budget of 0 means no budget."""
    if token_budget <= 0:
        return memories
    kept, used = [], 0
    for memory in memories:
        cost = estimate_tokens(memory.text)
        if used + cost > token_budget:
            continue
        kept.append(memory)
        used += cost
    return kept


def relevance(similarity: float, word_match: float) -> float:
    """How likely a memory is to answer the query, 0-1: a threshold means the same for every query, where the
    fused score only orders one answer."""
    z = RELEVANCE_INTERCEPT + RELEVANCE_SIMILARITY * similarity + RELEVANCE_WORD_MATCH * word_match
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def with_relevance(memories: Sequence[Memory], similarities: dict[str, float] | None = None) -> list[Memory]:
    """The memories with their relevance; ``similarities`` fills in those measured apart (by memory id)."""
    measured = similarities or {}
    result = []
    for m in memories:
        similarity = measured.get(m.memory_id, m.similarity)
        result.append(replace(m, similarity=similarity, relevance=relevance(similarity, m.word_match)))
    return result


# Words that ask for a memory rather than say what it is about ("Do you remember my sister's name?"). No memory
# holds them, so in the word search they would only weigh as unmatched and sink the relevance of the right one.
_RECALL_WORDS = re.compile(
    r"\b(?:remember(?:s|ed)?|remind(?:s|ed)?|recall(?:s|ed)?|forg[eo]t(?:ten)?|told|tell|telling|mention(?:ed)?)\b",
    re.IGNORECASE,
)


def without_recall_words(query: str) -> str:
    """The query as the word search should read it: the words that ask for a memory left out."""
    stripped = _RECALL_WORDS.sub(" ", query)
    return stripped if stripped.strip() else query
