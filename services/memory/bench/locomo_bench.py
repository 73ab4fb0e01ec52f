"""LoCoMo benchmark of the memory service (a command, not a test).

Ingests every conversation turn by turn through the service's own ingestion path (MemoryService.remember, as the
stream consumer calls it) into a real PostgreSQL, each session's date as the message time and each speaker as a
user whose memories are kept; asks every question of categories 1-4 through MemoryService.recall; reports evidence
recall@5, @10 and within a 1,000-token budget, per category and overall, Recall latency and ingestion throughput,
beside two baselines over the raw turns (BM25 and dense MiniLM), plus Recall latency for a user with 5,000 memories.

    python services/memory/bench/locomo_bench.py --locomo ../shared/data/locomo/locomo.json --out results.json

PostgreSQL: DATABASE_URL if set, else a container (companion_devtools.containers.start_postgres).
Nothing here is fitted to a data file: questions are routed to the speaker they name, that is all.
"""

import argparse
import asyncio
import json
import os
import random
import re
import statistics
import sys
import time
import uuid
from collections import defaultdict
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np
from rank_bm25 import BM25Okapi

from companion_common.grpc_serving import Channels
from companion_common.postgres import open_pool
from companion_memory.adapters.embedders import BatchingEmbedder, load_minilm
from companion_memory.adapters.fact_tagger import MiniLMFactTagger, load_fact_tagger
from companion_memory.adapters.postgres_store import PostgresMemoryStore
from companion_memory.adapters.safety_client import GrpcSafetyAssessor
from companion_memory.bootstrap import migrate
from companion_memory.config import MemorySettings
from companion_memory.domain.model import Memory, Message, estimate_tokens
from companion_memory.domain.ranking import RELEVANCE_INTERCEPT, RELEVANCE_SIMILARITY, RELEVANCE_WORD_MATCH
from companion_memory.service_layer.services import MemoryService, SafetyAssessor

CATEGORIES = ("1", "2", "3", "4")
CATEGORY_NAMES = {"1": "multi-hop", "2": "temporal", "3": "open-domain", "4": "single-hop"}
TOP_K = (5, 10)
TOKEN_BUDGET = 1000
BUDGET_LIMIT = 50
_EVIDENCE = re.compile(r"D\s*:?\s*(\d+)\s*:\s*(\d+)")
_WORDS = re.compile(r"[a-z0-9]+")
_DATE_FORMATS = ("%I:%M %p on %d %B, %Y", "%I:%M %p on %d %b, %Y", "%I:%M %p on %B %d, %Y", "%d %B, %Y", "%d %B %Y")


# ---------------------------------------------------------------- data


@dataclass
class Turn:
    dia_id: str
    speaker: str
    text: str
    said_at: datetime


@dataclass
class Question:
    text: str
    category: str
    evidence: list[str]


@dataclass
class Conversation:
    sample_id: str
    speakers: list[str]
    turns: list[Turn]
    questions: list[Question]
    skipped_evidence: int = 0
    unparsed_dates: int = 0


def parse_date(text: str) -> datetime | None:
    cleaned = " ".join(str(text).replace("\u202f", " ").split())
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
    return None


def parse_evidence(raw: Any, known: set[str]) -> tuple[list[str], int]:
    """Evidence ids as "D<session>:<turn>", leniently ("D8:6; D9:17", "D:11:26", "D30:05"); returns the ids
    that name a turn of the conversation and how many entries could not be used."""
    items = raw if isinstance(raw, list) else [raw]
    found: list[str] = []
    skipped = 0
    for item in items:
        matches = list(_EVIDENCE.finditer(str(item)))
        if not matches:
            skipped += 1
            continue
        for match in matches:
            dia_id = f"D{int(match.group(1))}:{int(match.group(2))}"
            if dia_id in known:
                if dia_id not in found:
                    found.append(dia_id)
            else:
                skipped += 1
    return found, skipped


def load(path: str) -> list[Conversation]:
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    samples = data if isinstance(data, list) else [data]
    return [_conversation(sample, n) for n, sample in enumerate(samples)]


def _conversation(sample: dict[str, Any], index: int) -> Conversation:
    conv = sample["conversation"]
    sessions = sorted(
        (int(m.group(1)), key)
        for key in conv
        if (m := re.fullmatch(r"session_(\d+)", key)) and isinstance(conv[key], list)
    )
    turns: list[Turn] = []
    unparsed = 0
    last = datetime(2020, 1, 1, tzinfo=UTC)
    for number, key in sessions:
        started = parse_date(conv.get(f"{key}_date_time", ""))
        if started is None:
            unparsed += 1
            started = last + timedelta(days=1)
        last = started
        for offset, turn in enumerate(conv[key]):
            text = str(turn.get("text", "")).strip()
            caption = turn.get("blip_caption")
            if caption:
                text = f"{text} [shares a photo of {caption}]".strip()
            dia_id = str(turn.get("dia_id") or f"D{number}:{offset + 1}")
            if text:
                turns.append(Turn(dia_id, str(turn.get("speaker", "")), text, started + timedelta(seconds=30 * offset)))
    known = {t.dia_id for t in turns}
    questions: list[Question] = []
    skipped = 0
    for qa in sample.get("qa", []):
        category = str(qa.get("category", ""))
        if category not in CATEGORIES:
            continue
        evidence, bad = parse_evidence(qa.get("evidence", []), known)
        skipped += bad
        questions.append(Question(str(qa.get("question", "")), category, evidence))
    speakers = [s for s in (conv.get("speaker_a"), conv.get("speaker_b")) if s] or sorted({t.speaker for t in turns})
    return Conversation(str(sample.get("sample_id", f"conv-{index}")), speakers, turns, questions, skipped, unparsed)


# ---------------------------------------------------------------- scoring


@dataclass
class Scores:
    per_question: dict[str, list[dict[str, float]]] = field(default_factory=lambda: defaultdict(list))
    latencies_ms: list[float] = field(default_factory=list)
    ingest_messages: int = 0
    ingest_seconds: float = 0.0

    def add(self, category: str, evidence: list[str], ranked: list[set[str]], budget: list[set[str]]) -> None:
        if not evidence:
            return
        wanted = set(evidence)
        row = {f"recall_at_{k}": len(wanted & set().union(*ranked[:k])) / len(wanted) for k in TOP_K}
        row["recall_at_budget"] = len(wanted & set().union(*budget)) / len(wanted)
        self.per_question[category].append(row)

    def summary(self) -> dict[str, Any]:
        def mean(rows: list[dict[str, float]]) -> dict[str, Any]:
            keys = [f"recall_at_{k}" for k in TOP_K] + ["recall_at_budget"]
            result: dict[str, Any] = {k: round(statistics.fmean(r[k] for r in rows), 4) if rows else 0.0 for k in keys}
            result["questions"] = len(rows)
            return result

        everything = [r for rows in self.per_question.values() for r in rows]
        return {
            "overall": mean(everything),
            "by_category": {c: mean(self.per_question.get(c, [])) for c in CATEGORIES},
            "recall_latency_ms": percentiles(self.latencies_ms),
            "ingest_messages_per_s": round(self.ingest_messages / self.ingest_seconds, 1) if self.ingest_seconds else 0,
        }


def percentiles(values: Sequence[float]) -> dict[str, float]:
    if not values:
        return {"p50": 0.0, "p95": 0.0, "p99": 0.0}
    array = np.asarray(values)
    return {f"p{p}": round(float(np.percentile(array, p)), 2) for p in (50, 95, 99)}


def tokens(text: str) -> list[str]:
    return _WORDS.findall(text.lower())


def within_budget(texts_and_ids: Iterable[tuple[str, set[str]]]) -> list[set[str]]:
    kept, used = [], 0
    for text, ids in texts_and_ids:
        cost = estimate_tokens(text)
        if used + cost <= TOKEN_BUDGET:
            kept.append(ids)
            used += cost
    return kept


# ---------------------------------------------------------------- the memory service


class TakenAsHarmless:
    """Without --safety-address every turn is taken as harmless (LoCoMo is everyday chat): the benchmark measures
    recall, not safety. With it, every turn is assessed by a running safety service, as in production."""

    async def is_sensitive(self, message: Message) -> bool:
        return False


def users_of(conversation: Conversation, run: str) -> dict[str, str]:
    return {speaker: f"{run}:{conversation.sample_id}:{speaker}" for speaker in conversation.speakers}


def named_speakers(question: str, speakers: Sequence[str]) -> list[str]:
    """The speakers a question names (by first name); both when it names neither or both."""
    named = [s for s in speakers if re.search(rf"\b{re.escape(s.split()[0])}\b", question, re.I)]
    return named if len(named) == 1 else list(speakers)


def as_asked_by(question: str, speaker: str) -> str:
    """The question as the speaker would ask the companion about themselves: "What did Caroline research?"
    becomes "What did I research?" (their memories are in their own words)."""
    name = re.escape(speaker.split()[0])
    question = re.sub(rf"\b{name}'s\b", "my", question, flags=re.I)
    return re.sub(rf"\b{name}\b", "I", question, flags=re.I)


def interleave(rankings: Sequence[Sequence[Memory]]) -> list[Memory]:
    merged: list[Memory] = []
    for rank in range(max((len(r) for r in rankings), default=0)):
        merged += [r[rank] for r in rankings if rank < len(r)]
    return merged


async def ingest(service: MemoryService, conversations: list[Conversation], run: str) -> tuple[int, float]:
    """Each user's messages in order, one at a time; different users concurrently, as consumers of the
    stream would take them (the embedder batches what arrives together)."""

    async def one_user(conversation: Conversation, user: str, turns: list[Turn]) -> int:
        for turn in turns:
            message_id = f"{conversation.sample_id}|{turn.dia_id}"
            await service.remember(Message(user, conversation.sample_id, message_id, turn.text, turn.said_at))
        return len(turns)

    streams = []
    for conversation in conversations:
        users = users_of(conversation, run)
        by_speaker: dict[str, list[Turn]] = defaultdict(list)
        for turn in conversation.turns:
            by_speaker[turn.speaker].append(turn)
        for speaker, turns in by_speaker.items():
            user = users.get(speaker) or f"{run}:{conversation.sample_id}:{speaker}"
            streams.append(one_user(conversation, user, turns))
    started = time.perf_counter()
    counts = await asyncio.gather(*streams)
    return sum(counts), time.perf_counter() - started


async def evaluate_service(service: MemoryService, conversations: list[Conversation], run: str, scores: Scores) -> None:
    for conversation in conversations:
        users = users_of(conversation, run)
        as_of = max(t.said_at for t in conversation.turns) + timedelta(days=1)
        for question in conversation.questions:
            speakers = named_speakers(question.text, conversation.speakers)
            targets = [users[s] for s in speakers]
            query = as_asked_by(question.text, speakers[0]) if len(speakers) == 1 else question.text
            rankings = []
            for user in targets:
                started = time.perf_counter()
                rankings.append(await service.recall(user, query, limit=max(TOP_K), token_budget=0, as_of=as_of))
                scores.latencies_ms.append((time.perf_counter() - started) * 1000)
            budgeted = [
                await service.recall(user, query, limit=BUDGET_LIMIT, token_budget=TOKEN_BUDGET, as_of=as_of)
                for user in targets
            ]
            ranked = [_dia_ids(m) for m in interleave(rankings)]
            budget = within_budget((m.text, _dia_ids(m)) for m in interleave(budgeted))
            scores.add(question.category, question.evidence, ranked, budget)


# ---------------------------------------------------------------- relevance: calibration and thresholds

# What dialogue would use: min_relevance on Recall's top 10. The thresholds reported, and the one recommended.
THRESHOLDS = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7)
RECOMMENDED_MIN_RELEVANCE = 0.1
CALIBRATION_CANDIDATES = 50


@dataclass
class Candidate:
    """One memory Recall returned for one question: its signals and whether it holds an evidence turn."""

    question: int
    rank: int
    similarity: float
    word_match: float
    relevance: float
    positive: bool
    evidence: frozenset[str]
    dia_ids: frozenset[str]


async def collect_candidates(
    service: MemoryService, conversations: list[Conversation], run: str, foreign: bool = False
) -> list[Candidate]:
    """Recall's top CALIBRATION_CANDIDATES for every question with evidence, with their signals. ``foreign``
    asks each conversation's questions of the next conversation's speakers, who never said anything that
    answers them: a stand-in for a message nothing remembered is relevant to."""
    rows: list[Candidate] = []
    question_number = 0
    for index, conversation in enumerate(conversations):
        asked = conversations[(index + 1) % len(conversations)] if foreign else conversation
        if foreign and asked is conversation:
            return []
        users = users_of(asked, run)
        as_of = max(t.said_at for t in asked.turns) + timedelta(days=1)
        for question in conversation.questions:
            if not question.evidence:
                continue
            question_number += 1
            speakers = named_speakers(question.text, conversation.speakers)
            query = as_asked_by(question.text, speakers[0]) if len(speakers) == 1 else question.text
            targets = list(users.values()) if foreign else [users[s] for s in speakers]
            rankings = [
                await service.recall(user, query, limit=CALIBRATION_CANDIDATES, token_budget=0, as_of=as_of)
                for user in targets
            ]
            evidence = frozenset() if foreign else frozenset(question.evidence)
            for rank, memory in enumerate(interleave(rankings)):
                ids = frozenset(_dia_ids(memory))
                rows.append(
                    Candidate(
                        question_number,
                        rank,
                        memory.similarity,
                        memory.word_match,
                        memory.relevance,
                        bool(ids & evidence),
                        evidence,
                        ids,
                    )
                )
    return rows


def fit_logistic(rows: Sequence[Candidate], iterations: int = 50) -> dict[str, float]:
    """Logistic regression of ``positive`` on (similarity, word_match) by Newton's method, lightly regularized."""
    x = np.asarray([[1.0, r.similarity, r.word_match] for r in rows])
    y = np.asarray([1.0 if r.positive else 0.0 for r in rows])
    weights = np.zeros(3)
    ridge = np.diag([0.0, 1e-3, 1e-3])
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-(x @ weights)))
        gradient = x.T @ (y - p) - ridge @ weights
        hessian = (x.T * (p * (1 - p))) @ x + ridge
        step = np.linalg.solve(hessian, gradient)
        weights += step
        if np.max(np.abs(step)) < 1e-8:
            break
    return {
        "intercept": round(float(weights[0]), 3),
        "similarity": round(float(weights[1]), 3),
        "word_match": round(float(weights[2]), 3),
    }


def calibration_report(rows: Sequence[Candidate]) -> dict[str, Any]:
    """How well the service's relevance (the constants in domain/ranking.py) is calibrated on these rows, and
    the precision and recall of what passes each threshold among Recall's top 10 (as dialogue asks)."""
    if not rows:
        return {}
    p = np.asarray([r.relevance for r in rows])
    y = np.asarray([1.0 if r.positive else 0.0 for r in rows])
    bins = []
    for low in np.arange(0.0, 1.0, 0.1):
        inside = (p >= low) & (p < low + 0.1 if low < 0.9 else p <= 1.0)
        if inside.any():
            bins.append(
                {
                    "range": f"{low:.1f}-{low + 0.1:.1f}",
                    "memories": int(inside.sum()),
                    "mean_relevance": round(float(p[inside].mean()), 3),
                    "share_evidence": round(float(y[inside].mean()), 3),
                }
            )
    clipped = np.clip(p, 1e-6, 1 - 1e-6)
    by_question: dict[int, list[Candidate]] = defaultdict(list)
    for r in rows:
        by_question[r.question].append(r)
    at_threshold = {}
    for threshold in THRESHOLDS:
        passed = returned = found = wanted = empty = 0
        for candidates in by_question.values():
            top = [c for c in candidates if c.rank < max(TOP_K) and c.relevance >= threshold]
            evidence = candidates[0].evidence
            returned += len(top)
            passed += sum(c.positive for c in top)
            covered = set().union(*(c.dia_ids for c in top)) & evidence
            found += len(covered)
            wanted += len(evidence)
            empty += not top
        at_threshold[f"{threshold:g}"] = {
            "precision": round(passed / returned, 4) if returned else 0.0,
            "recall": round(found / wanted, 4) if wanted else 0.0,
            "memories_per_question": round(returned / len(by_question), 2),
            "questions_with_nothing": round(empty / len(by_question), 4),
        }
    return {
        "questions": len(by_question),
        "memories": len(rows),
        "share_evidence": round(float(y.mean()), 4),
        "mean_relevance": round(float(p.mean()), 4),
        "brier": round(float(np.mean((p - y) ** 2)), 4),
        "log_loss": round(float(-np.mean(y * np.log(clipped) + (1 - y) * np.log(1 - clipped))), 4),
        "reliability": bins,
        "at_threshold_top10": at_threshold,
    }


def nothing_relevant_report(rows: Sequence[Candidate]) -> dict[str, Any]:
    """Questions asked of people who never said the answer: how often anything passes each threshold."""
    by_question: dict[int, list[Candidate]] = defaultdict(list)
    for r in rows:
        by_question[r.question].append(r)
    if not by_question:
        return {}
    report = {}
    for threshold in THRESHOLDS:
        passing = [sum(c.rank < max(TOP_K) and c.relevance >= threshold for c in cs) for cs in by_question.values()]
        report[f"{threshold:g}"] = {
            "questions_with_any": round(sum(1 for n in passing if n) / len(passing), 4),
            "memories_per_question": round(sum(passing) / len(passing), 2),
        }
    return {"questions": len(by_question), "at_threshold_top10": report}


def write_candidates(path: str, parts: dict[str, list[Candidate]]) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for part, rows in parts.items():
            for r in rows:
                fields = {"part": part, "question": r.question, "rank": r.rank, "positive": r.positive}
                handle.write(json.dumps({**fields, "similarity": r.similarity, "word_match": r.word_match}) + "\n")


async def evaluate_relevance(
    service: MemoryService, conversations: list[Conversation], run: str, dump: str
) -> dict[str, Any]:
    """Fits the relevance constants on the first half of the conversations (by order in the file) and reports
    the service's relevance on both halves separately: the second half was never fitted on."""
    half = max(1, len(conversations) // 2)
    fit_part, held_out = conversations[:half], conversations[half:]
    fit_rows = await collect_candidates(service, fit_part, run)
    held_rows = await collect_candidates(service, held_out, run)
    foreign_rows = await collect_candidates(service, conversations, run, foreign=True)
    if dump:
        write_candidates(dump, {"fit": fit_rows, "held_out": held_rows, "foreign": foreign_rows})
    return {
        "model": "relevance = 1 / (1 + exp(-(intercept + a * cosine similarity + b * share of query word weight)))",
        "constants_in_service": {
            "intercept": RELEVANCE_INTERCEPT,
            "similarity": RELEVANCE_SIMILARITY,
            "word_match": RELEVANCE_WORD_MATCH,
        },
        "constants_fitted_now_on_fit_part": fit_logistic(fit_rows) if fit_rows else {},
        "fit_part": {"conversations": [c.sample_id for c in fit_part], **calibration_report(fit_rows)},
        "held_out_part": {"conversations": [c.sample_id for c in held_out], **calibration_report(held_rows)},
        "nothing_relevant": {
            "description": "each conversation's questions asked of the next conversation's speakers",
            **nothing_relevant_report(foreign_rows),
        },
        "recommended_min_relevance": RECOMMENDED_MIN_RELEVANCE,
    }


def _dia_ids(memory: Memory) -> set[str]:
    return {source.split("|", 1)[1] for source in memory.source_message_ids if "|" in source}


# ---------------------------------------------------------------- baselines over raw turns


def baseline_texts(conversation: Conversation) -> list[str]:
    return [f"{t.speaker}: {t.text}" for t in conversation.turns]


def evaluate_bm25(conversations: list[Conversation]) -> Scores:
    scores = Scores()
    for conversation in conversations:
        texts = baseline_texts(conversation)
        started = time.perf_counter()
        index = BM25Okapi([tokens(t) or [""] for t in texts])
        scores.ingest_seconds += time.perf_counter() - started
        scores.ingest_messages += len(texts)
        for question in conversation.questions:
            started = time.perf_counter()
            order = np.argsort(-index.get_scores(tokens(question.text)), kind="stable")[:BUDGET_LIMIT]
            scores.latencies_ms.append((time.perf_counter() - started) * 1000)
            _score_order(scores, conversation, question, texts, order)
    return scores


def evaluate_dense(conversations: list[Conversation], encode: Callable[[list[str]], list[list[float]]]) -> Scores:
    scores = Scores()
    for conversation in conversations:
        texts = baseline_texts(conversation)
        started = time.perf_counter()
        matrix = np.asarray(encode(texts))
        scores.ingest_seconds += time.perf_counter() - started
        scores.ingest_messages += len(texts)
        for question in conversation.questions:
            started = time.perf_counter()
            query = np.asarray(encode([question.text])[0])
            order = np.argsort(-(matrix @ query), kind="stable")[:BUDGET_LIMIT]
            scores.latencies_ms.append((time.perf_counter() - started) * 1000)
            _score_order(scores, conversation, question, texts, order)
    return scores


def _score_order(scores: Scores, conversation: Conversation, question: Question, texts: list[str], order: Any) -> None:
    ranked = [{conversation.turns[i].dia_id} for i in order]
    budget = within_budget((texts[i], {conversation.turns[i].dia_id}) for i in order)
    scores.add(question.category, question.evidence, ranked, budget)


# ---------------------------------------------------------------- a user with 5,000 memories

_PEOPLE = ["Ana", "Tom", "Maya", "Leo", "Sam", "Noor", "Kai", "Ines", "Omar", "Lena", "Raj", "Zoe"]
_RELATIONS = ["sister", "brother", "friend", "coworker", "cousin", "neighbor", "boss", "roommate"]
_PLACES = ["Porto", "Lisbon", "Berlin", "Kyoto", "Austin", "Oslo", "Nairobi", "Lima", "Seoul", "Quebec"]
_ACTIVITIES = [
    "hiking", "baking sourdough", "painting", "running", "chess", "swimming", "gardening", "pottery", "yoga",
    "cycling", "knitting", "photography", "climbing", "jazz piano", "birdwatching", "surfing", "reading poetry",
]  # fmt: skip
_THINGS = ["a new bike", "concert tickets", "a vintage camera", "a puppy", "a sofa", "running shoes", "a telescope"]
_TIMES = ["yesterday", "last weekend", "two days ago", "last month", "next Tuesday", "tomorrow", "last summer"]


def synthetic_message(rng: random.Random, n: int) -> str:
    person, relation, place = rng.choice(_PEOPLE), rng.choice(_RELATIONS), rng.choice(_PLACES)
    activity, thing, when = rng.choice(_ACTIVITIES), rng.choice(_THINGS), rng.choice(_TIMES)
    templates = [
        f"I went {activity} with my {relation} {person} {when} near {place}, note {n}.",
        f"My {relation} {person} bought {thing} {when} and we talked about {activity} (#{n}).",
        f"I really love {activity} on quiet mornings, especially after visiting {place} ({n}).",
        f"I'm planning to visit {place} {when} to try {activity} with {person}, entry {n}.",
        f"Honestly work was long today but {activity} helped; {person} called about {thing} ({n}).",
    ]
    return rng.choice(templates)


async def large_user_latency(
    service: MemoryService, run: str, size: int, queries: int, analyze: Callable[[], Awaitable[None]]
) -> dict[str, Any]:
    """Recall's latency for one user with `size` memories, as it is once PostgreSQL's statistics know of them (a
    real user writes 5,000 memories over months, and autovacuum analyzes the table many times on the way; here they
    are written in a minute, so the table is analyzed as autovacuum would), and right after the writes, before
    that: the planner then still believes the user has few memories and takes a slower plan (p95 ~90 ms)."""
    rng = random.Random(5000)  # noqa: S311 - reproducible synthetic data, not security
    user = f"{run}:large-user"
    start = datetime(2024, 1, 1, tzinfo=UTC)
    if size <= 0:
        return {
            "memories": 0,
            "queries": 0,
            "recall_latency_ms": percentiles([]),
            "recall_latency_ms_before_statistics": percentiles([]),
        }
    stored_ids: set[str] = set()
    n = 0
    while len(stored_ids) < size:
        batch = [
            Message(user, "large", f"large|{n + i}", synthetic_message(rng, n + i), start + timedelta(hours=n + i))
            for i in range(16)
        ]
        n += len(batch)
        for ids in await asyncio.gather(*(service.remember(m) for m in batch)):
            stored_ids.update(ids)
    stored = len(await service.export(user))
    stale = await _recall_latencies(service, user, rng, queries, start + timedelta(hours=n))
    await analyze()
    latencies = await _recall_latencies(service, user, rng, queries, start + timedelta(hours=n))
    # Other work on the machine shows in these figures too: say how busy it was.
    return {
        "memories": stored,
        "queries": len(latencies),
        "recall_latency_ms": percentiles(latencies),
        "recall_latency_ms_before_statistics": percentiles(stale),
        "load_average_1m": round(os.getloadavg()[0], 2),
        "cpus": os.cpu_count(),
    }


async def _recall_latencies(
    service: MemoryService, user: str, rng: random.Random, queries: int, as_of: datetime
) -> list[float]:
    latencies = []
    for i in range(queries):
        question = rng.choice(
            [
                f"What did I do with {rng.choice(_PEOPLE)}?",
                f"When did I go {rng.choice(_ACTIVITIES)}?",
                f"What did my {rng.choice(_RELATIONS)} buy?",
                "What did I do last weekend?",
                f"Have I been to {rng.choice(_PLACES)}?",
            ]
        )
        started = time.perf_counter()
        await service.recall(user, question, limit=10, token_budget=TOKEN_BUDGET, as_of=as_of)
        if i >= 5:  # the first calls warm caches
            latencies.append((time.perf_counter() - started) * 1000)
    return latencies


# ---------------------------------------------------------------- main


def print_table(results: dict[str, Any]) -> None:
    rows = [("memory service", results)] + [(name, results["baselines"][name]) for name in ("bm25", "dense")]
    print(f"\n{'system':<16}{'scope':<14}{'n':>5}{'R@5':>8}{'R@10':>8}{'R@1k tok':>10}")
    for name, block in rows:
        for scope, figures in [("overall", block["overall"])] + [
            (f"{c} {CATEGORY_NAMES[c]}", block["by_category"][c]) for c in CATEGORIES
        ]:
            print(
                f"{name:<16}{scope:<14}{figures['questions']:>5}{figures['recall_at_5']:>8.3f}"
                f"{figures['recall_at_10']:>8.3f}{figures['recall_at_budget']:>10.3f}"
            )
        latency = block["recall_latency_ms"]
        print(
            f"{name:<16}latency ms p50 {latency['p50']} / p95 {latency['p95']} / p99 {latency['p99']}; "
            f"ingest {block['ingest_messages_per_s']} msgs/s"
        )
    large = results["large_user"]
    print(
        f"\nuser with {large['memories']} memories: Recall p50 {large['recall_latency_ms']['p50']} ms, "
        f"p95 {large['recall_latency_ms']['p95']} ms, p99 {large['recall_latency_ms']['p99']} ms "
        f"(load average {large.get('load_average_1m')} on {large.get('cpus')} CPUs); right after writing them, "
        f"before the table's statistics knew of them: p95 {large['recall_latency_ms_before_statistics']['p95']} ms"
    )
    print(f"skipped evidence ids: {results['skipped_evidence_ids']}; embedder load {results['embedder_load_s']} s")
    relevance = results["relevance"]
    print(f"\nrelevance constants in the service {relevance['constants_in_service']}")
    print(f"fitted now on {relevance['fit_part']['conversations']}: {relevance['constants_fitted_now_on_fit_part']}")
    print(f"{'min_relevance':<14}{'part':<10}{'precision':>10}{'recall':>8}{'per q':>7}{'none':>7}{'foreign any':>12}")
    foreign = relevance["nothing_relevant"].get("at_threshold_top10", {})
    for threshold in THRESHOLDS:
        key = f"{threshold:g}"
        for part in ("fit_part", "held_out_part"):
            figures = relevance[part].get("at_threshold_top10", {}).get(key)
            if figures:
                print(
                    f"{key:<14}{part[:-5]:<10}{figures['precision']:>10.3f}{figures['recall']:>8.3f}"
                    f"{figures['memories_per_question']:>7.2f}{figures['questions_with_nothing']:>7.3f}"
                    f"{foreign.get(key, {}).get('questions_with_any', 0.0):>12.3f}"
                )


async def run(args: argparse.Namespace) -> dict[str, Any]:
    conversations = load(args.locomo)
    container = None
    database_url = os.environ.get("DATABASE_URL", "")
    if not database_url:
        from companion_devtools.containers import start_postgres  # only without DATABASE_URL

        container = start_postgres()
        database_url = container.url
    try:
        await migrate(database_url)
        pool = await open_pool(database_url, max_size=10)
        started = time.perf_counter()
        embedder: BatchingEmbedder = load_minilm(int8=args.int8, ingest_threads=args.ingest_threads)
        load_s = time.perf_counter() - started
        channels = Channels()
        safety: SafetyAssessor = (
            GrpcSafetyAssessor(channels, args.safety_address, 2.0) if args.safety_address else TakenAsHarmless()
        )
        # The fact tagger as deployed (MEMORY_FACT_TAGGER is on by default): its findings are memories too.
        tagger: MiniLMFactTagger | None = (
            None if args.no_fact_tagger else load_fact_tagger(embeds=not args.int8, workers=args.ingest_threads)
        )
        service = MemoryService(
            PostgresMemoryStore(pool),
            embedder,
            safety,
            max_text_chars=16_000,
            default_limit=10,
            max_limit=BUDGET_LIMIT,
            tagger=tagger,
        )
        run_id = uuid.uuid4().hex[:8]
        scores = Scores()
        print(f"ingesting {sum(len(c.turns) for c in conversations)} turns of {len(conversations)} conversations")
        scores.ingest_messages, scores.ingest_seconds = await ingest(service, conversations, run_id)
        print(f"asking {sum(len(c.questions) for c in conversations)} questions")
        await evaluate_service(service, conversations, run_id, scores)
        print("calibrating relevance")
        relevance = await evaluate_relevance(service, conversations, run_id, args.dump_candidates)
        bm25 = evaluate_bm25(conversations)
        dense = evaluate_dense(conversations, embedder.encode_now)  # the same model, called directly
        print(f"building a user with {args.large_user_memories} memories")

        async def analyze() -> None:
            async with pool.connection() as conn:
                await conn.execute("ANALYZE memories")

        large = await large_user_latency(service, run_id, args.large_user_memories, args.large_user_queries, analyze)
        await embedder.aclose()
        if tagger is not None:
            await tagger.aclose()
        await channels.close()
        await pool.close()
    finally:
        if container is not None:
            container.stop()
    results = scores.summary()
    results["baselines"] = {"bm25": bm25.summary(), "dense": dense.summary()}
    results["skipped_evidence_ids"] = sum(c.skipped_evidence for c in conversations)
    results["questions_without_usable_evidence"] = sum(1 for c in conversations for q in c.questions if not q.evidence)
    results["unparsed_session_dates"] = sum(c.unparsed_dates for c in conversations)
    results["relevance"] = relevance
    results["large_user"] = large
    results["recall_p95_ms_at_5000_memories"] = large["recall_latency_ms"]["p95"]
    results["embedder"] = "all-MiniLM-L6-v2, ONNX Runtime on CPU" + (", int8 weights" if args.int8 else "")
    results["embedder_load_s"] = round(load_s, 2)
    results["embedder_ingest_threads"] = args.ingest_threads
    results["fact_tagger"] = not args.no_fact_tagger
    results["conversations"] = len(conversations)
    results["messages"] = scores.ingest_messages
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--locomo", required=True, help="a file in LoCoMo's format")
    parser.add_argument("--int8", action="store_true", help="MiniLM with int8 weights (MEMORY_EMBEDDER_INT8)")
    parser.add_argument(
        "--no-fact-tagger", action="store_true", help="the rules alone, without the fact tagger (MEMORY_FACT_TAGGER)"
    )
    parser.add_argument("--out", default="", help="where to write the results as JSON")
    parser.add_argument(
        "--ingest-threads",
        type=int,
        default=MemorySettings.model_fields["embedder_ingest_threads"].default,
        help="threads embedding what is stored (MEMORY_EMBEDDER_INGEST_THREADS; default: the service's)",
    )
    parser.add_argument(
        "--safety-address", default="", help="a running safety service to assess every turn (default: none)"
    )
    parser.add_argument("--dump-candidates", default="", help="write every calibration candidate here (JSON lines)")
    parser.add_argument("--large-user-memories", type=int, default=5000)
    parser.add_argument("--large-user-queries", type=int, default=200)
    args = parser.parse_args(argv)
    results = asyncio.run(run(args))
    print_table(results)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as handle:
            json.dump(results, handle, indent=2)
        print(f"results written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
