"""Readers for data laid out like `../shared/data/safety` and LoCoMo. Lenient: a missing file yields nothing.

Only the standard library, so the benchmark runs in the service's own environment; training adds scikit-learn.
"""

import ast
import csv
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

csv.field_size_limit(sys.maxsize)

CSSRS_AT_RISK = ("Ideation", "Behavior", "Attempt")
MODERATION_HATE_KEYS = ("H", "H2", "HR")


@dataclass(frozen=True)
class CssrsUser:
    user: str
    label: str
    posts: tuple[str, ...]

    @property
    def at_risk(self) -> bool:
        return self.label in CSSRS_AT_RISK


def _csv_rows(path: Path) -> Iterator[dict[str, str]]:
    if not path.exists():
        return
    with path.open(newline="", encoding="utf-8") as handle:
        yield from csv.DictReader(handle)


def _jsonl_rows(path: Path) -> Iterator[dict[str, object]]:
    if not path.exists():
        return
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                if isinstance(row, dict):
                    yield row


def cssrs_users(root: Path) -> list[CssrsUser]:
    users = []
    for row in _csv_rows(root / "cssrs_reddit_500.csv"):
        raw = row.get("Post", "")
        try:
            parsed = ast.literal_eval(raw)
            posts = tuple(str(p) for p in parsed) if isinstance(parsed, list) else (raw,)
        except (ValueError, SyntaxError):
            posts = (raw,)
        users.append(CssrsUser(row.get("User", ""), row.get("Label", ""), posts))
    return users


def twitter_intention(root: Path) -> list[tuple[str, bool]]:
    return [(r["tweet"], r["intention"].strip() == "1") for r in _csv_rows(root / "twitter_suicidal_intention.csv")]


def sdcnl(root: Path) -> list[tuple[str, bool]]:
    return [
        (f"{r.get('title', '')}. {r.get('selftext', '')}", r["is_suicide"].strip() == "1")
        for r in _csv_rows(root / "sdcnl_suicide_vs_depression.csv")
    ]


def moderation(root: Path) -> list[tuple[str, dict[str, int]]]:
    rows = []
    for row in _jsonl_rows(root / "openai_moderation_eval.jsonl"):
        labels = {k: int(v) for k, v in row.items() if k != "prompt" and isinstance(v, int | float)}
        rows.append((str(row.get("prompt", "")), labels))
    return rows


def moderation_label(labels: dict[str, int], keys: tuple[str, ...]) -> bool | None:
    """True/False for the union of keys; None when none of them is labelled."""
    known = [labels[k] for k in keys if k in labels]
    return None if not known else any(known)


def xstest(root: Path) -> list[tuple[str, bool]]:
    """(prompt, is_safe)."""
    return [(r["prompt"], r["label"].strip() == "safe") for r in _csv_rows(root / "xstest_prompts.csv")]


def davidson(root: Path) -> list[tuple[str, bool]]:
    """(tweet, is hate speech or offensive/harassing language): classes 0 and 1 against 2 (neither)."""
    return [(r["tweet"], r["class"].strip() in ("0", "1")) for r in _csv_rows(root / "davidson_hate_offensive.csv")]


def toxigen(root: Path) -> list[tuple[str, bool]]:
    return [(r["text"], r["label"].strip() == "hate") for r in _csv_rows(root / "toxigen_seed_statements.csv")]


def chat_crisis(root: Path, name: str = "chat_crisis.jsonl") -> list[tuple[str, str]]:
    return [(str(r["text"]), str(r["risk"])) for r in _jsonl_rows(root / name)]


def chat_context(root: Path, name: str) -> list[tuple[list[str], str]]:
    """Conversations (the user's turns, oldest first) and the risk of the last turn read after the others."""
    return [
        ([str(t) for t in turns], str(r["risk"]))
        for r in _jsonl_rows(root / name)
        if isinstance(turns := r.get("turns"), list) and turns
    ]


def goodbyes(root: Path) -> list[tuple[str, str, bool]]:
    return [(str(r["user"]), str(r["reply"]), bool(r["manipulative"])) for r in _jsonl_rows(root / "goodbyes.jsonl")]


def locomo_turns(path: Path) -> list[str]:
    """Every turn's text in every session of every LoCoMo sample; anything that is not a turn is skipped."""
    if not path.exists():
        return []
    data = json.loads(path.read_text(encoding="utf-8"))
    turns: list[str] = []
    for sample in data if isinstance(data, list) else [data]:
        conversation = sample.get("conversation", {}) if isinstance(sample, dict) else {}
        for key, value in conversation.items():
            if key.startswith("session_") and isinstance(value, list):
                turns.extend(str(t["text"]) for t in value if isinstance(t, dict) and t.get("text"))
    return turns
