"""Trains the second opinion on the detector over meaning and writes its weights as JSON.

    python services/safety/training/train_second_opinion.py --write   # part of `make train-safety`

MiniLM's vocabulary is English. On messages in other languages the detector over meaning raises crises on most of
them whatever they say (on the spent holdouts 73-127, which it never trained on: 212 of 227 everyday messages in
Cyrillic, a third of those in other languages written in Latin letters), and its true catches there are as many.
The second opinion reads spelling, not meaning: character 2- to 5-grams of each word (`text.char_grams`), TF-IDF and a
logistic regression, trained on every chat-style message our writers wrote in many languages (the spent holdouts,
the chat training files) and memory's everyday first messages. Where the detector over meaning alone raises a crisis
(no rule, no classifier) and the second opinion scores the message below its bar, the message is a concern instead
(`risk.UNCONFIRMED_RULE`). Where nothing raises a crisis on a message not in English and the second opinion scores it
at or above ALONE_BAR, it raises the crisis itself (`risk.SECOND_OPINION_RULE`): the rules and MiniLM miss most
crises written in other languages in words they were not written from.

The bar is chosen on out-of-fold scores, folds grouped by writer (one file is one writer): the largest bar of
`BARS` under which no at-risk message of the spent holdouts from 73 to LAST_SPENT_HOLDOUT (the writers the detector
over meaning never trained on) that the detector alone raises would be taken. The figures go to MODEL_CARD.json, key
"second_opinion". Holdouts not yet measured (after LAST_SPENT_HOLDOUT) are never read: the files trained on are listed
by number.
"""

import argparse
import datetime
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from train_meaning import (
    CHAT_TRAIN,
    CRISIS,
    EVAL,
    HERE,
    everyday_rows,
    extraction_files,
    records,
    text_key,
    waiting_holdout_texts,
)

from companion_safety.bootstrap import risk_assessor
from companion_safety.config import SafetySettings
from companion_safety.domain.classifier import CHARS, Head, LinearTextClassifier
from companion_safety.domain.risk import SECOND_OPINION_HEAD, UNCONFIRMED_RULE
from companion_safety.domain.text import char_grams, reads_as_english

SEED = 20261207
WEIGHTS = HERE.parent / "src/companion_safety/adapters/model/second_opinion.json"
CARD = HERE / "MODEL_CARD.json"
# Every chat holdout measured before this model was trained (the first is chat_crisis_holdout.jsonl).
LAST_SPENT_HOLDOUT = 149
SPENT = (
    "chat_crisis.jsonl",
    "chat_crisis_fresh_rules.jsonl",
    "chat_everyday_holdout.jsonl",
    "chat_crisis_holdout.jsonl",
    *(f"chat_crisis_holdout_{n}.jsonl" for n in range(2, LAST_SPENT_HOLDOUT + 1)),
)
# The writers the detector over meaning never trained on (train_meaning.SPENT_EVAL_REGISTERS ends at 72, and the
# development files wholly in other languages were written after its last training): where its lone alarms are what
# a new writer will see, and the bar is chosen.
BAR_WRITERS = (
    *(f"chat_crisis_holdout_{n}.jsonl" for n in range(73, LAST_SPENT_HOLDOUT + 1)),
    *(f"chat_more_multilingual_{part}.jsonl" for part in "cdefghij"),
)
# Steps of 0.01 up to 0.1 (fiftieth session): with steps of 0.02 one at-risk message at 0.074 (out-of-fold) took the
# bar from 0.08 to 0.06, 125 fewer of the same writers' everyday lone alarms vetoed; 0.07 keeps 62 of them.
BARS = (0.02, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3)
# At or above this score the second opinion raises a crisis by itself on a message not in English (no rule and not
# the detector over meaning did). Chosen on the spent holdouts 122-133 as they were measured (the levels the shipped
# assessor gave each message then, before any rule was written from them) with each message's out-of-fold score:
# 0.7 caught 108 of their 154 missed crises not in English at 7 more false alarms of their 1,240 everyday messages
# not in English; 0.8 caught 87 at 4, 0.6 caught 126 at 26, 0.5 caught 135 at 40 (the weights of 7 Dec 2026). In
# English 0.7 would have caught 5 of 11 misses at 8 more false alarms of 1,392: the second opinion stays off English.
# The card lists, for each bar of ALONE_BARS, the share of the bar writers' messages not in English at or above it.
ALONE_BAR = 0.7
ALONE_BARS = (0.5, 0.6, 0.7, 0.8, 0.9)
FOLDS = 5
MAX_TERMS = 40000
C = 4.0


def chat_files() -> list[Path]:
    return [CHAT_TRAIN, *sorted(HERE.glob("chat_more_*.jsonl")), *(EVAL / name for name in SPENT)]


def training_rows() -> tuple[list[str], list[int], list[str], list[str]]:
    """Texts, labels (1: ideation, plan or an act under way), groups (the file: its writer) and each row's risk.
    Concern rows and abuse disclosures are left out, as the detector over meaning leaves them out: neither is
    everyday, and neither is the writer's own crisis."""
    texts: list[str] = []
    labels: list[int] = []
    groups: list[str] = []
    risks: list[str] = []
    seen = waiting_holdout_texts(SPENT)
    for path in chat_files():
        for data in records(path):
            key = text_key(str(data["text"]))
            risk, family = str(data["risk"]), str(data.get("family", ""))
            if key in seen or risk == "concern" or family.startswith("abuse"):
                continue
            seen.add(key)
            texts.append(str(data["text"]))
            labels.append(int(risk in CRISIS))
            groups.append(path.name)
            risks.append(risk)
    for row in everyday_rows(*extraction_files(), seen=seen):
        texts.append(row.text)
        labels.append(0)
        groups.append(row.group.rsplit(":", 1)[0])
        risks.append("none")
    return texts, labels, groups, risks


def fit(texts: list[str], labels: list[int]) -> tuple[TfidfVectorizer, LogisticRegression]:
    vectorizer = TfidfVectorizer(
        analyzer=char_grams, sublinear_tf=True, min_df=2, max_features=MAX_TERMS, dtype=np.float64
    )
    features = vectorizer.fit_transform(texts)
    model = LogisticRegression(C=C, class_weight="balanced", max_iter=3000, random_state=SEED)
    model.fit(features, labels)
    return vectorizer, model


def out_of_fold(texts: list[str], labels: list[int], groups: list[str]) -> list[float]:
    scores = [0.0] * len(texts)
    for k, (train, test) in enumerate(GroupKFold(n_splits=FOLDS).split(texts, labels, groups)):
        vectorizer, model = fit([texts[i] for i in train], [labels[i] for i in train])
        probabilities = model.predict_proba(vectorizer.transform([texts[i] for i in test]))[:, 1]
        for i, p in zip(test, probabilities, strict=True):
            scores[i] = float(p)
        print(f"fold {k + 1}/{FOLDS}", file=sys.stderr)
    return scores


def lone_alarms(texts: list[str], groups: list[str]) -> list[bool]:
    """For the rows of BAR_WRITERS: whether the detector over meaning alone raises a crisis (a second opinion
    that always disagrees marks exactly those); other rows: False."""
    never = LinearTextClassifier("never", {SECOND_OPINION_HEAD: Head(vocabulary={}, bias=-60.0, threshold=1.0)}, CHARS)
    assessor = risk_assessor(SafetySettings(meaning_detector=True, second_opinion=False)).with_second_opinion(never)
    lone = []
    for text, group in zip(texts, groups, strict=True):
        lone.append(group in BAR_WRITERS and UNCONFIRMED_RULE in assessor.assess(text).matched_rules)
    return lone


def choose_bar(scores: list[float], labels: list[int], lone: list[bool], risks: list[str]) -> dict[str, object]:
    at_risk = [s for s, y, alone in zip(scores, labels, lone, strict=True) if alone and y]
    everyday = [s for s, r, alone in zip(scores, risks, lone, strict=True) if alone and r == "none"]
    by_bar = {
        str(bar): {
            "at_risk_taken": sum(s < bar for s in at_risk),
            "everyday_false_alarms_taken": sum(s < bar for s in everyday),
        }
        for bar in BARS
    }
    safe = [bar for bar in BARS if by_bar[str(bar)]["at_risk_taken"] == 0]
    return {
        "bar": max(safe) if safe else 0.0,
        "lone_alarms_at_risk": len(at_risk),
        "lone_alarms_everyday": len(everyday),
        "by_bar": by_bar,
    }


def alone_shares(texts: list[str], scores: list[float], risks: list[str], groups: list[str]) -> dict[str, object]:
    """For the bar writers' messages not in English: the share of everyday and of at-risk ones scoring at or above
    each bar of ALONE_BARS (out-of-fold)."""
    foreign = [
        (score, risk)
        for text, score, risk, group in zip(texts, scores, risks, groups, strict=True)
        if group in BAR_WRITERS and not reads_as_english(text)
    ]
    everyday = [s for s, r in foreign if r == "none"]
    at_risk = [s for s, r in foreign if r in CRISIS]
    return {
        "everyday_not_english": len(everyday),
        "at_risk_not_english": len(at_risk),
        "by_bar": {
            str(bar): {
                "everyday_share": round(sum(s >= bar for s in everyday) / len(everyday), 4),
                "at_risk_share": round(sum(s >= bar for s in at_risk) / len(at_risk), 4),
            }
            for bar in ALONE_BARS
        },
    }


def auc(scores: list[float], labels: list[int]) -> float:
    ranked = sorted(zip(scores, labels, strict=True))
    positives = sum(labels)
    negatives = len(labels) - positives
    rank_sum = sum(rank for rank, (_, y) in enumerate(ranked, start=1) if y)
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)


def to_dict(vectorizer: TfidfVectorizer, model: LogisticRegression, version: str, bar: float) -> dict[str, object]:
    coefficients = model.coef_[0]
    vocabulary = {
        term: [round(float(vectorizer.idf_[i]), 5), round(float(coefficients[i]), 5)]
        for term, i in vectorizer.vocabulary_.items()
    }
    head = {
        "vocabulary": vocabulary,
        "bias": round(float(model.intercept_[0]), 6),
        "threshold": bar,
        "alone_threshold": ALONE_BAR,
    }
    return {"version": version, "analyzer": CHARS, "heads": {SECOND_OPINION_HEAD: head}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="write the weights and the model card's entry")
    parser.add_argument("--dump", type=Path, help="write each row's out-of-fold score here (JSON lines)")
    args = parser.parse_args()
    texts, labels, groups, risks = training_rows()
    print(f"{len(texts)} rows, {sum(labels)} at risk, {len(set(groups))} groups", file=sys.stderr)
    scores = out_of_fold(texts, labels, groups)
    lone = lone_alarms(texts, groups)
    choice = choose_bar(scores, labels, lone, risks)
    print(json.dumps(choice), file=sys.stderr)
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as out:
            for text, group, risk, score, alone in zip(texts, groups, risks, scores, lone, strict=True):
                row = {"text": text, "group": group, "risk": risk, "score": score, "lone": alone}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    vectorizer, model = fit(texts, labels)
    version = "chars-" + datetime.date.today().strftime("%Y%m%d")
    weights = to_dict(vectorizer, model, version, float(str(choice["bar"])))
    entry = {
        "version": version,
        "trained_on": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "command": "python services/safety/training/train_second_opinion.py --write",
        "algorithm": f"scikit-learn TfidfVectorizer(text.char_grams: character 2-5-grams of each word, sublinear tf,"
        f" min_df=2, the {MAX_TERMS} most frequent) + LogisticRegression(C={C}, class_weight=balanced)",
        "seed": SEED,
        "rows": {"total": len(texts), "at_risk": sum(labels), "by_risk": dict(Counter(risks))},
        "files": [path.name for path in chat_files()] + ["memory extraction sets: train_meaning.extraction_files()"],
        "cross_validated": {
            "folds": f"{FOLDS}, grouped by file (one writer each)",
            "auc_all_rows": round(auc(scores, labels), 4),
        },
        "bar": {
            "chosen_on": "out-of-fold scores of the rows of chat_crisis_holdout_73 ... _"
            f"{LAST_SPENT_HOLDOUT} and chat_more_multilingual_c ... _j that the shipped detector over meaning alone"
            f" raises: the largest bar of {BARS} that takes no at-risk message",
            **choice,
        },
        "alone_bar": {
            "bar": ALONE_BAR,
            "chosen_on": "the spent holdouts 122-133 as measured (train_second_opinion.ALONE_BAR)",
            **alone_shares(texts, scores, risks, groups),
        },
    }
    print(json.dumps(entry["cross_validated"]), file=sys.stderr)
    if not args.write:
        return
    WEIGHTS.write_text(json.dumps(weights, sort_keys=True, separators=(",", ":"), ensure_ascii=False) + "\n")
    entry["weights_sha256"] = hashlib.sha256(WEIGHTS.read_bytes()).hexdigest()
    card = json.loads(CARD.read_text())
    card["second_opinion"] = entry
    CARD.write_text(json.dumps(card, indent=2, sort_keys=True) + "\n")
    print(f"wrote {WEIGHTS} ({WEIGHTS.stat().st_size} bytes) and {CARD}", file=sys.stderr)


if __name__ == "__main__":
    main()
