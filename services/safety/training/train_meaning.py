"""The rows of the crisis detector over meaning, its folds, and the baseline it is measured against: a logistic
head on frozen all-MiniLM-L6-v2 sentence embeddings.

    python services/safety/training/train_meaning.py --data ../shared/data/safety   # baseline figures only

The shipped detector is MiniLM fine-tuned with LoRA (train_finetune.py, `make train-safety`), which takes its
rows, folds and weights from here and starts its head from this logistic regression. This head shipped until
30 Nov 2026 (MODEL_CARD.json, key "meaning"); on the same folds the fine-tuned model catches more of our chat
rows at the same false-alarm rates (key "meaning_finetuned"), so it was replaced and only its figures remain.

Positives: chat-style crisis rows written for this project (`chat_train.jsonl`, risk ideation/plan/imminent,
weighted up: for short chat they are what matters), posts of C-SSRS at-risk users, Twitter intention,
SDCNL r/SuicideWatch, moderation eval SH. Negatives: our chat-style hard negatives ("killing it", grief, news,
medical talk, everyday plans with days), C-SSRS "Supportive" users, the public sets' non-crisis rows, and
LoCoMo's everyday turns. Concern rows and abuse rows are left out (neither crisis nor safe for this head).

Honest figures: 5-fold cross-validation grouped by phrasing family for the chat rows (a family never has
rows on both sides), by user for C-SSRS, by session for LoCoMo; the operating points are chosen on those
out-of-fold scores and printed. Embeddings are cached in a temporary directory by text, so a rerun takes
seconds.
"""

import argparse
import hashlib
import json
import sys
import tempfile
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from companion_embedding import open_minilm
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedGroupKFold

from companion_safety.adapters.model import load_classifier
from companion_safety.domain.risk import RiskAssessor, RiskLevel
from companion_safety.evaluation import datasets

SEED = 20261129
HERE = Path(__file__).resolve().parent
CARD = HERE / "MODEL_CARD.json"
CHAT_TRAIN = HERE / "chat_train.jsonl"
EVAL = HERE.parent / "eval"
# Chat sets of eval/ that are spent (tuned on, or measured and then looked at): training rows from now on.
# Listed by name so that a new holdout there is never trained on by accident.
SPENT_EVAL = (
    "chat_crisis.jsonl",
    "chat_crisis_fresh_rules.jsonl",
    "chat_crisis_holdout.jsonl",
    "chat_crisis_holdout_2.jsonl",
    "chat_crisis_holdout_3.jsonl",
    "chat_crisis_holdout_4.jsonl",
    "chat_crisis_holdout_5.jsonl",
    "chat_crisis_holdout_6.jsonl",
    "chat_crisis_holdout_7.jsonl",
    "chat_crisis_holdout_8.jsonl",
    "chat_everyday_holdout.jsonl",
    "chat_crisis_holdout_9.jsonl",
    "chat_crisis_holdout_10.jsonl",
    "chat_crisis_holdout_11.jsonl",
    "chat_crisis_holdout_12.jsonl",
    "chat_crisis_holdout_13.jsonl",
    "chat_crisis_holdout_14.jsonl",
    "chat_crisis_holdout_15.jsonl",
    "chat_crisis_holdout_16.jsonl",
    "chat_crisis_holdout_17.jsonl",
    "chat_crisis_holdout_18.jsonl",
    "chat_crisis_holdout_19.jsonl",
    "chat_crisis_holdout_20.jsonl",
    "chat_crisis_holdout_29.jsonl",
)
# Spent holdouts 30-52, each by a writer of sixteen registers (trades, Englishes, ages, faiths), trained on since
# the thirteenth round. Their safe rows are easier than the hand-written hard negatives and would lower the crisis
# bar (twelfth round), so they do not set it (Row.sets_bar). Holdouts 21-28 stay out of training: 21-24 choose the
# overrule bar, 25-28 check that standard-English chat does not pay for the new rows.
# The fourteenth round adds spent holdouts 45-52 (eight more writers; 45-46 were the thirteenth round's criteria).
# The fifteenth round adds spent holdouts 53-57 (five more writers), the sixteenth 58-62 (five more), the
# seventeenth 63-66 (four more), the eighteenth 67-68 (two more), the nineteenth 69-72 (four writers, most rows in
# other languages).
SPENT_EVAL_REGISTERS = tuple(f"chat_crisis_holdout_{n}.jsonl" for n in range(30, 73))
# Our rows wholly or partly in other languages (a and b from the eighteenth round; c to f, written for the second
# opinion in the forty-eighth session, wholly in Russian and Ukrainian; Japanese, Korean, Chinese and Greek; Spanish,
# Portuguese, Italian, French and Romanian; ten more written in Latin letters): their safe rows are everyday
# messages, easier than the hand-written hard negatives, so like the spent holdouts they do not set the crisis bar.
MULTILINGUAL = tuple(f"chat_more_multilingual_{part}.jsonl" for part in "abcdef")
# Every evaluation set trained on.
TRAINED_EVAL = SPENT_EVAL + SPENT_EVAL_REGISTERS
# Memory's labelled first messages of new users (its extraction sets, by forty-odd writers in many Englishes): the
# rows not marked sensitive are everyday negatives in the voices the model raised crises on alone ("I don comot from
# Ikorodu, now I dey stay Lekki"; fifteenth round). Memory's sets not yet measured are never read.
MEMORY = HERE.parents[1] / "memory"
# Memory's sets stay out of safety's training while they are its everyday checks: fresh_52 to fresh_73 were read
# from the eighteenth round on (everyday rows in Krio, Sheng, Urdu and other voices the detector alone held as
# crises); fresh_74 to fresh_77 (memory's holdouts of the twenty-ninth session) stay out as the eighteenth round's
# everyday check. The nineteenth round read fresh_78 and fresh_79 before memory had measured them (they were not
# listed here); memory measured them through the shipped model, so their figures stand, but they are no longer a
# check on that round. fresh_80 and fresh_81 (the thirty-second session's) stay out as the twentieth round's check;
# fresh_82 and fresh_83 (the thirty-third's) as the next round's, fresh_84 and fresh_85 (the thirty-fourth's), and
# fresh_86 to fresh_88 (the thirty-fifth's), fresh_89 to fresh_91 (the thirty-sixth's), fresh_92 to fresh_95
# (the thirty-seventh's), fresh_96 to fresh_99 (the thirty-eighth's), fresh_100 to fresh_104 (the thirty-ninth's),
# fresh_105 to fresh_107 (the fortieth's), fresh_108 to fresh_111 (the forty-first's), fresh_112 to fresh_115 (the
# forty-second's), fresh_116 to fresh_120 (the forty-third's), fresh_121 to fresh_124 (the forty-fourth's),
# fresh_125 to fresh_129 (the forty-fifth's), fresh_130 to fresh_134 (the forty-sixth's), fresh_135 to fresh_137
# (the forty-seventh's), fresh_138 to fresh_141 (the forty-eighth's), fresh_142 to fresh_145 (the forty-ninth's)
# fresh_146 to fresh_149 (the fiftieth's), fresh_150 to fresh_157 (the fifty-first's) and fresh_158 to fresh_161
# (the fifty-second's).
EXTRACTION_WAITING = tuple(f"extraction_fresh_{n}.jsonl" for n in (74, 75, 76, 77, *range(80, 162)))
CRISIS = ("ideation", "plan", "imminent")
# Per-row weights: a chat row counts as this many public rows. Chosen by grouped cross-validation (see card).
CHAT_WEIGHT = 30.0
LOCOMO_WEIGHT = 15.0
C = 0.5
# Davidson's tweets are many and alike: a sample of them is enough as everyday negatives.
DAVIDSON_SAMPLE = 3000
# Operating points, on out-of-fold scores: crisis at the score that flags at most this share of everyday
# negatives (LoCoMo turns and our chat hard negatives), concern at a looser one.
CRISIS_EVERYDAY_FPR = 0.003
CRISIS_CHAT_FPR = 0.05
CONCERN_EVERYDAY_FPR = 0.01


@dataclass(frozen=True)
class Row:
    text: str
    label: int
    source: str  # chat, cssrs, twitter, sdcnl, moderation, davidson, toxigen, locomo
    group: str  # rows of one group are never split across folds
    family: str = ""
    sets_bar: bool = True  # a chat negative that the crisis bar is chosen on (see SPENT_EVAL_REGISTERS)


def extraction_files() -> list[Path]:
    found = [*(MEMORY / "eval").glob("extraction_*.jsonl"), *(MEMORY / "training" / "data").glob("extraction_*.jsonl")]
    return sorted(path for path in found if path.name not in EXTRACTION_WAITING)


def everyday_rows(*paths: Path, seen: set[str] | None = None) -> list[Row]:
    """Everyday negatives from memory's extraction sets: each row not marked sensitive (a painful message marked
    not sensitive is no crisis either). They do not set the crisis bar (easier than the hard negatives)."""
    rows, seen = [], (seen or set()) | waiting_holdout_texts()
    for path in paths:
        for data in records(path):
            text = str(data["text"])
            key = text_key(text)
            if data.get("sensitive") is True or key in seen:
                continue
            seen.add(key)
            family = str(data.get("id", "row")).split("-")[0]
            rows.append(Row(text, 0, "chat", f"extraction:{path.stem}:{family}", "everyday_extraction", False))
    return rows


def training_rows(chat: list[Path], data: Path, locomo: Path) -> list[Row]:
    """Every row the detector trains on: chat-style rows, memory's everyday rows, the public sets and LoCoMo."""
    chats = chat_rows(*chat)
    everyday = everyday_rows(*extraction_files(), seen={text_key(r.text) for r in chats})
    return chats + everyday + public_rows(data) + locomo_rows(locomo)


def chat_files() -> list[Path]:
    """Every chat-style training file: ours by several writers (chat_train.jsonl, chat_more_*.jsonl) and the
    spent evaluation sets."""
    return [CHAT_TRAIN, *sorted(HERE.glob("chat_more_*.jsonl")), *(EVAL / name for name in TRAINED_EVAL)]


def records(path: Path) -> list[dict[str, Any]]:
    """The JSON objects of a JSON-lines file, blank lines skipped."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def text_key(text: str) -> str:
    """A text as rows are compared: case and spacing aside."""
    return " ".join(text.lower().split())


def waiting_holdout_texts(trained: Collection[str] = TRAINED_EVAL) -> set[str]:
    """Texts (case and spacing aside) of the chat holdouts in eval/ not among ``trained``: a training file may hold
    the same everyday phrase ("yo whats up") by chance, and a holdout's text must never be trained on."""
    texts = set()
    for path in EVAL.glob("chat_*holdout*.jsonl"):
        if path.name in trained:
            continue
        for data in records(path):
            for text in [data["text"]] if "text" in data else data.get("turns", []):
                texts.add(text_key(str(text)))
    return texts


def chat_rows(*paths: Path) -> list[Row]:
    """Rows of the given files; a text seen before (case and spacing aside) is skipped, so that a phrasing two
    writers happened to share is not counted twice, and so is a text of a holdout still waiting."""
    rows, seen = [], waiting_holdout_texts()
    for path in paths:
        for data in records(path):
            text = str(data["text"])
            key = text_key(text)
            risk, family = str(data["risk"]), str(data.get("family", "unknown"))
            if key in seen or risk == "concern" or family.startswith("abuse"):
                continue
            seen.add(key)
            sets_bar = path.name not in SPENT_EVAL_REGISTERS + MULTILINGUAL
            rows.append(Row(text, int(risk in CRISIS), "chat", f"chat:{family}", family, sets_bar))
    return rows


def locomo_rows(path: Path) -> list[Row]:
    if not path.exists():
        return []
    rows = []
    for sample in json.loads(path.read_text(encoding="utf-8")):
        for key, turns in sample.get("conversation", {}).items():
            if key.startswith("session_") and isinstance(turns, list):
                group = f"locomo:{sample.get('sample_id')}:{key}"
                rows.extend(Row(str(t["text"]), 0, "locomo", group) for t in turns if t.get("text"))
    return rows


def public_rows(root: Path) -> list[Row]:
    rows: list[Row] = []
    for user in datasets.cssrs_users(root):
        if user.at_risk or user.label == "Supportive":
            rows.extend(Row(p, int(user.at_risk), "cssrs", f"cssrs:{user.user}") for p in user.posts)
    rows.extend(Row(t, int(y), "twitter", f"twitter:{i}") for i, (t, y) in enumerate(datasets.twitter_intention(root)))
    rows.extend(Row(t, 1, "sdcnl", f"sdcnl:{i}") for i, (t, y) in enumerate(datasets.sdcnl(root)) if y)
    for i, (text, labels) in enumerate(datasets.moderation(root)):
        label = datasets.moderation_label(labels, ("SH",))
        if label is not None:
            rows.append(Row(text, int(label), "moderation", f"moderation:{i}"))
    davidson = datasets.davidson(root)
    picked = np.random.default_rng(SEED).permutation(len(davidson))[:DAVIDSON_SAMPLE]
    rows.extend(Row(davidson[i][0], 0, "davidson", f"davidson:{i}") for i in sorted(picked))
    rows.extend(Row(t, 0, "toxigen", f"toxigen:{i}") for i, (t, _) in enumerate(datasets.toxigen(root)))
    return rows


class EmbeddingCache:
    """Embeddings by sha1 of the text, kept between runs (the public sets take a few minutes to embed)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.vectors: dict[str, np.ndarray] = {}
        if path.exists():
            with np.load(path) as data:
                self.vectors = dict(zip(data["keys"].tolist(), data["vectors"], strict=True))
        self._encode = None

    def embed(self, texts: list[str]) -> np.ndarray:
        keys = [hashlib.sha1(t.encode()).hexdigest() for t in texts]  # noqa: S324 - a cache key, not security
        missing = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in self.vectors}.items())
        if missing:
            if self._encode is None:
                self._encode = open_minilm(threads=1).encoder()
            print(f"embedding {len(missing)} texts", file=sys.stderr)
            for start in range(0, len(missing), 256):
                chunk = missing[start : start + 256]
                for (key, _), vector in zip(chunk, self._encode([t for _, t in chunk]), strict=True):
                    self.vectors[key] = vector
                if start % 2560 == 0:
                    print(f"  {start + len(chunk)}/{len(missing)}", file=sys.stderr)
            self.save()
        return np.stack([self.vectors[k] for k in keys])

    def save(self) -> None:
        keys = sorted(self.vectors)
        np.savez(self.path, keys=np.array(keys), vectors=np.stack([self.vectors[k] for k in keys]))


def weights_of(rows: list[Row]) -> np.ndarray:
    weights = np.array(
        [CHAT_WEIGHT if r.source == "chat" else LOCOMO_WEIGHT if r.source == "locomo" else 1.0 for r in rows]
    )
    # Each class carries the same total weight, as class_weight="balanced" would.
    y = np.array([r.label for r in rows])
    for label in (0, 1):
        weights[y == label] *= weights.sum() / (2 * weights[y == label].sum())
    return weights


def fit(x: np.ndarray, rows: list[Row]) -> LogisticRegression:
    y = np.array([r.label for r in rows])
    return LogisticRegression(C=C, max_iter=5000).fit(x, y, sample_weight=weights_of(rows))


def out_of_fold(x: np.ndarray, rows: list[Row]) -> np.ndarray:
    y = np.array([r.label for r in rows])
    groups = [r.group for r in rows]
    scores = np.zeros(len(rows))
    for train_idx, test_idx in StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=SEED).split(x, y, groups):
        model = fit(x[train_idx], [rows[i] for i in train_idx])
        scores[test_idx] = model.predict_proba(x[test_idx])[:, 1]
    return scores


def bar_negatives(rows: list[Row], scores: np.ndarray) -> np.ndarray:
    """Scores of the chat negatives the crisis bar is chosen on (Row.sets_bar)."""
    return np.array([s for r, s in zip(rows, scores, strict=True) if r.source == "chat" and not r.label and r.sets_bar])


def threshold_at(negative_scores: np.ndarray, fpr: float) -> float:
    ordered = np.sort(negative_scores)
    return float(ordered[min(len(ordered) - 1, int(len(ordered) * (1 - fpr)))]) + 1e-6


def metrics(rows: list[Row], scores: np.ndarray, crisis: float, concern: float) -> dict[str, object]:
    result: dict[str, object] = {}
    for source in sorted({r.source for r in rows}):
        pos = [s for r, s in zip(rows, scores, strict=True) if r.source == source and r.label == 1]
        neg = [s for r, s in zip(rows, scores, strict=True) if r.source == source and r.label == 0]
        result[source] = {
            "positives": len(pos),
            "negatives": len(neg),
            "cv_recall": round(sum(s >= crisis for s in pos) / len(pos), 4) if pos else None,
            "cv_false_alarm": round(sum(s >= crisis for s in neg) / len(neg), 4) if neg else None,
            "cv_concern_or_above_on_negatives": round(sum(s >= concern for s in neg) / len(neg), 4) if neg else None,
        }
    users: dict[str, bool] = {}
    for r, s in zip(rows, scores, strict=True):
        if r.source == "cssrs" and r.label == 1:
            users[r.group] = users.get(r.group, False) or bool(s >= crisis)
    result["cssrs_users"] = round(sum(users.values()) / max(1, len(users)), 4)
    families: dict[str, list[bool]] = {}
    for r, s in zip(rows, scores, strict=True):
        if r.source == "chat":
            families.setdefault(f"{'+' if r.label else '-'}{r.family}", []).append(bool(s >= crisis))
    result["chat_by_family_flagged"] = {f: f"{sum(v)}/{len(v)}" for f, v in sorted(families.items())}
    return result


def combined_on_chat(rows: list[Row], scores: np.ndarray, crisis: float) -> dict[str, object]:
    """The detector as deployed on our chat rows: rules + TF-IDF classifier (never trained on these rows) or
    the head's out-of-fold score at the crisis threshold."""
    without_head = RiskAssessor(load_classifier())
    alarms = {"positives": [0, 0], "negatives": [0, 0]}
    rules_alone = {"positives": [0, 0], "negatives": [0, 0]}
    for row, score in zip(rows, scores, strict=True):
        if row.source != "chat":
            continue
        ruled = without_head.assess(row.text).level >= RiskLevel.IDEATION
        key = "positives" if row.label else "negatives"
        alarms[key][0] += int(ruled or score >= crisis)
        alarms[key][1] += 1
        rules_alone[key][0] += int(ruled)
        rules_alone[key][1] += 1
    return {
        "recall": round(alarms["positives"][0] / max(1, alarms["positives"][1]), 4),
        "false_alarm": round(alarms["negatives"][0] / max(1, alarms["negatives"][1]), 4),
        "rules_and_tfidf_alone_recall": round(rules_alone["positives"][0] / max(1, rules_alone["positives"][1]), 4),
        "rules_and_tfidf_alone_false_alarm": round(
            rules_alone["negatives"][0] / max(1, rules_alone["negatives"][1]), 4
        ),
    }


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data/safety"))
    parser.add_argument("--locomo", type=Path, default=Path("../shared/data/locomo/locomo.json"))
    parser.add_argument("--chat", type=Path, nargs="+", default=chat_files(), help="chat-style row files")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "companion-safety-embeddings.npz")
    parser.add_argument("--embed-only", action="store_true", help="fill the embedding cache and stop")
    args = parser.parse_args()
    rows = training_rows(args.chat, args.data, args.locomo)
    cache = EmbeddingCache(args.cache)
    x = cache.embed([r.text for r in rows])
    if args.embed_only:
        return
    scores = out_of_fold(x, rows)
    everyday = np.array([s for r, s in zip(rows, scores, strict=True) if r.source == "locomo"])
    chat_negatives = bar_negatives(rows, scores)
    crisis = max(threshold_at(everyday, CRISIS_EVERYDAY_FPR), threshold_at(chat_negatives, CRISIS_CHAT_FPR))
    concern = min(crisis, threshold_at(everyday, CONCERN_EVERYDAY_FPR))
    cv = metrics(rows, scores, crisis, concern)
    cv["chat_combined_with_rules"] = combined_on_chat(rows, scores, crisis)
    print(json.dumps({"crisis_threshold": crisis, "concern_threshold": concern, **cv}, indent=1), file=sys.stderr)


if __name__ == "__main__":
    main()
