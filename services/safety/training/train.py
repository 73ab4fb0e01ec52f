"""Trains the safety classifier from `../shared/data/safety` and writes its weights as JSON.

    make train-safety            # or: python services/safety/training/train.py --data ../shared/data/safety

Heads: self_harm (C-SSRS posts of at-risk users, Twitter intention, SDCNL r/SuicideWatch, moderation eval SH),
hate_harassment (Davidson, ToxiGen, moderation eval H/H2/HR), sexual (moderation S/S3), violence (V/V2).
Features are the service's own (`companion_safety.domain.text`), so training and serving cannot drift apart.
Thresholds are chosen on 5-fold out-of-fold scores, and the cross-validated metrics are written to the
provenance file: they are the honest, out-of-sample figures (the benchmark on the same data is in-sample).
"""

import argparse
import datetime
import hashlib
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedGroupKFold

from companion_safety.domain.phrases import RISK_WORDS
from companion_safety.domain.risk import RiskAssessor, RiskLevel
from companion_safety.domain.text import grams, normalize
from companion_safety.evaluation import datasets

SEED = 20261127
C = 4.0
WEIGHTS = Path(__file__).resolve().parents[1] / "src/companion_safety/adapters/model/classifier.json"
CARD = Path(__file__).resolve().parent / "MODEL_CARD.json"
# Everyday, non-crisis text that should not resemble a crisis: tweets labelled "neither" in Davidson and
# ToxiGen's neutral statements join the negatives of the self-harm head.
KEEP = {"self_harm": 40000, "hate_harassment": 20000, "sexual": 5000, "violence": 5000}
# The self-harm head's operating point, chosen by a sweep over the shipped model on ../shared/data (LoCoMo
# everyday turns as false alarms, the at-risk sets in-sample as recall) together with the risk-word gate in
# domain/risk.py: short texts need 0.92, posts of 60 words or more 0.75 (the model was trained on posts).
# A text of 40 words or more scoring 0.95 needs no risk word (long indirect posts).
SELF_HARM_OPERATING_POINT = {
    "threshold": 0.92,
    "long_threshold": 0.75,
    "long_words": 60,
    "ungated_threshold": 0.95,
    "ungated_words": 40,
}
TARGET_NEGATIVE_FPR = {"self_harm": 0.005, "hate_harassment": 0.10, "sexual": 0.02, "violence": 0.02}


def self_harm_examples(root: Path) -> list[tuple[str, int, str]]:
    # C-SSRS posts carry their user in the source ("cssrs:user-58") so that folds never split a user.
    rows: list[tuple[str, int, str]] = []
    for user in datasets.cssrs_users(root):
        if user.at_risk:
            rows.extend((p, 1, f"cssrs:{user.user}") for p in user.posts)
        elif user.label == "Supportive":
            rows.extend((p, 0, f"cssrs:{user.user}") for p in user.posts)
    rows.extend((t, int(y), "twitter") for t, y in datasets.twitter_intention(root))
    rows.extend((t, 1, "sdcnl") for t, y in datasets.sdcnl(root) if y)
    for text, labels in datasets.moderation(root):
        label = datasets.moderation_label(labels, ("SH",))
        if label is not None:
            rows.append((text, int(label), "moderation"))
    rows.extend((t, 0, "davidson") for t, _ in datasets.davidson(root))
    rows.extend((t, 0, "toxigen") for t, _ in datasets.toxigen(root))
    return rows


def hate_examples(root: Path) -> list[tuple[str, int, str]]:
    rows = [(t, int(y), "davidson") for t, y in datasets.davidson(root)]
    rows.extend((t, int(y), "toxigen") for t, y in datasets.toxigen(root))
    for text, labels in datasets.moderation(root):
        label = datasets.moderation_label(labels, datasets.MODERATION_HATE_KEYS)
        if label is not None:
            rows.append((text, int(label), "moderation"))
    return rows


def moderation_examples(root: Path, keys: tuple[str, ...]) -> list[tuple[str, int, str]]:
    rows = []
    for text, labels in datasets.moderation(root):
        label = datasets.moderation_label(labels, keys)
        if label is not None:
            rows.append((text, int(label), "moderation"))
    return rows


def _vectorizer(vocabulary: list[str] | None = None) -> TfidfVectorizer:
    # The tokens are the service's own (`grams`); the serving code recomputes exactly this TF-IDF.
    return TfidfVectorizer(
        analyzer=lambda text: grams(text), sublinear_tf=True, min_df=1 if vocabulary else 2, vocabulary=vocabulary
    )


def _fit(texts: list[str], y: "np.ndarray", keep: int) -> tuple[TfidfVectorizer, LogisticRegression]:
    """Fits on all terms, keeps the `keep` strongest, refits on those: the shipped vocabulary is the fitted one."""
    full = _vectorizer()
    model = LogisticRegression(C=C, max_iter=3000, class_weight="balanced").fit(full.fit_transform(texts), y)
    names = full.get_feature_names_out()
    kept = sorted(str(names[i]) for i in np.argsort(-np.abs(model.coef_[0]))[:keep])
    vectorizer = _vectorizer(kept)
    model = LogisticRegression(C=C, max_iter=3000, class_weight="balanced").fit(vectorizer.fit_transform(texts), y)
    return vectorizer, model


def train_head(name: str, rows: list[tuple[str, int, str]]) -> tuple[dict[str, object], dict[str, object]]:
    texts = [normalize(t) for t, _, _ in rows]
    y = np.array([label for _, label, _ in rows])
    groups = [source if source.startswith("cssrs:") else str(i) for i, (_, _, source) in enumerate(rows)]
    sources = [source.split(":")[0] for _, _, source in rows]
    out_of_fold = np.zeros(len(rows))
    folds = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=SEED)
    for train_idx, test_idx in folds.split(np.zeros(len(y)), y, groups):
        vectorizer, model = _fit([texts[i] for i in train_idx], y[train_idx], KEEP[name])
        out_of_fold[test_idx] = model.predict_proba(vectorizer.transform([texts[i] for i in test_idx]))[:, 1]
    negatives = np.sort(out_of_fold[y == 0])
    threshold = float(negatives[int(len(negatives) * (1 - TARGET_NEGATIVE_FPR[name]))])
    concern = float(negatives[int(len(negatives) * 0.95)]) if name == "self_harm" else 1.0
    metrics: dict[str, object] = {
        "threshold_at_target_fpr": round(threshold, 4),
        "examples": len(rows),
        "by_source": {},
    }
    for source in sorted(set(sources)):
        mask = np.array([s == source for s in sources])
        pos, neg = mask & (y == 1), mask & (y == 0)
        flagged = out_of_fold >= threshold
        tp, fp = int((flagged & pos).sum()), int((flagged & neg).sum())
        precision = tp / max(1, int((flagged & mask).sum()))
        recall = tp / max(1, int(pos.sum()))
        metrics["by_source"][source] = {  # type: ignore[index]
            "positives": int(pos.sum()),
            "negatives": int(neg.sum()),
            "cv_recall": round(recall, 4),
            "cv_false_positive_rate": round(fp / max(1, int(neg.sum())), 4),
            "cv_f1": round(2 * precision * recall / max(1e-9, precision + recall), 4),
        }
    if name == "self_harm":
        metrics["cv_combined_detector"] = combined_cv(rows, texts, out_of_fold)
    vectorizer, model = _fit(texts, y, KEEP[name])
    head = {
        "bias": round(float(model.intercept_[0]), 6),
        "threshold": round(threshold, 5),
        "concern_threshold": round(concern, 5),
        **(SELF_HARM_OPERATING_POINT if name == "self_harm" else {}),
        "vocabulary": {
            term: [round(float(vectorizer.idf_[i]), 6), round(float(model.coef_[0][i]), 6)]
            for term, i in sorted(vectorizer.vocabulary_.items())
        },
    }
    return head, metrics


def combined_cv(rows: list[tuple[str, int, str]], texts: list[str], scores: "np.ndarray") -> dict[str, object]:
    """Out-of-sample recall of the detector as deployed (rules, risk-word gate, operating point) on the
    benchmark's at-risk sets, using each text's out-of-fold classifier score."""
    rules = RiskAssessor()
    point = SELF_HARM_OPERATING_POINT

    def alarm(i: int) -> bool:
        if rules.assess(rows[i][0]).level >= RiskLevel.IDEATION:
            return True
        words = texts[i].count(" ") + 1
        threshold = point["long_threshold"] if words >= point["long_words"] else point["threshold"]
        if words >= point["ungated_words"] and scores[i] >= point["ungated_threshold"]:
            return True
        return bool(scores[i] >= threshold and RISK_WORDS.search(texts[i]))

    users: dict[str, bool] = {}
    for i, (_, label, source) in enumerate(rows):
        if source.startswith("cssrs:") and label == 1:
            users[source] = users.get(source, False) or alarm(i)
    result: dict[str, object] = {"cssrs_users": round(sum(users.values()) / max(1, len(users)), 4)}
    for source, key in (("twitter", "twitter_intention"), ("moderation", "moderation_self_harm")):
        hits = [alarm(i) for i, (_, label, s) in enumerate(rows) if s == source and label == 1]
        result[key] = round(sum(hits) / max(1, len(hits)), 4)
    return result


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data/safety"))
    args = parser.parse_args()
    root: Path = args.data
    heads, metrics = {}, {}
    for name, rows in (
        ("self_harm", self_harm_examples(root)),
        ("hate_harassment", hate_examples(root)),
        ("sexual", moderation_examples(root, ("S", "S3"))),
        ("violence", moderation_examples(root, ("V", "V2"))),
    ):
        heads[name], metrics[name] = train_head(name, rows)
        print(name, json.dumps(metrics[name]), file=sys.stderr)
    version = "linear-" + datetime.date.today().strftime("%Y%m%d")
    WEIGHTS.parent.mkdir(parents=True, exist_ok=True)
    WEIGHTS.write_text(json.dumps({"version": version, "heads": heads}, sort_keys=True, separators=(",", ":")))
    files = sorted(p for p in root.glob("*.*") if p.is_file())
    card = {
        "version": version,
        "trained_on": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "command": "make train-safety SAFETY_DATA=" + str(root),
        "algorithm": "scikit-learn TfidfVectorizer(word 1-2 grams of text.grams, sublinear tf, min_df=2, top-K terms by"
        " |coef| then refit) + LogisticRegression(C=4, class_weight=balanced); threshold at a target FPR on 5-fold"
        " out-of-fold scores of the negatives",
        "seed": SEED,
        "weights_sha256": sha256(WEIGHTS),
        "data_files": {p.name: sha256(p) for p in files},
        "licences": {
            "cssrs_reddit_500.csv": "CC BY 4.0 (Gaur et al. 2019)",
            "twitter_suicidal_intention.csv": "none stated (laxmimerit)",
            "sdcnl_suicide_vs_depression.csv": "none stated (ayaanzhaque/SDCNL)",
            "openai_moderation_eval.jsonl": "MIT (openai/moderation-api-release)",
            "davidson_hate_offensive.csv": "MIT (t-davidson)",
            "toxigen_seed_statements.csv": "MIT / CDLA-Permissive-2.0 (microsoft/TOXIGEN)",
        },
        "cross_validated_metrics": metrics,
    }
    if CARD.exists():  # the detector over meaning and the second opinion keep their own entries
        previous = json.loads(CARD.read_text())
        card.update({k: previous[k] for k in ("meaning", "meaning_finetuned", "second_opinion") if k in previous})
    CARD.write_text(json.dumps(card, indent=2, sort_keys=True) + "\n")
    print(f"wrote {WEIGHTS} ({WEIGHTS.stat().st_size} bytes) and {CARD}", file=sys.stderr)


if __name__ == "__main__":
    main()
