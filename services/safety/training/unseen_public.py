"""The deployed crisis detector on rows of the public sets that its learned parts never trained on.

    python services/safety/training/unseen_public.py --data ../shared/data/safety --out unseen.json

`make bench-safety` on ../shared/data/safety is in-sample: the TF-IDF classifier trained on every row there, and
the detector over meaning on a sample of each set. Here each row is assessed as the service assesses it (rules,
classifier, detector over meaning, `bootstrap.risk_assessor`), except that
- the classifier's self-harm head is the one fitted, in train.py's own 5-fold cross-validation (same folds,
  same seed), without the row's fold (C-SSRS users never split across folds); its thresholds are the shipped ones;
- rows the detector over meaning was trained on (train_finetune.py's sample of each public set, drawn again with
  its seed) are left out, and with them every C-SSRS user who wrote one of them.

What stays in-sample: the phrase rules, some of which were written after reading missed moderation rows (see the
README's safety section). Prints and writes recall on the at-risk rows (C-SSRS users, Twitter intention,
moderation self-harm: the keys of the benchmark) and false alarms on their negatives (~5 min).
"""

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import numpy as np
import train
import train_finetune as tf
import train_meaning as tm
from sklearn.model_selection import StratifiedGroupKFold

from companion_safety.adapters.model import load_classifier
from companion_safety.bootstrap import risk_assessor
from companion_safety.config import SafetySettings
from companion_safety.domain.classifier import Head, LinearTextClassifier
from companion_safety.domain.risk import RiskAssessor, RiskLevel
from companion_safety.domain.text import normalize


def seen_by_meaning(root: Path) -> set[str]:
    """Texts of the public rows train_finetune.py trained the model on (its seeded sample of each set)."""
    public = tm.public_rows(root)
    return {public[i].text for i in tf.kept_rows(public)}


def fold_heads(rows: list[tuple[str, int, str]], shipped: Head) -> list[tuple[Head, np.ndarray]]:
    """train.py's self-harm folds: for each, the head fitted without it (shipped thresholds) and its row indices."""
    texts = [normalize(t) for t, _, _ in rows]
    y = np.array([label for _, label, _ in rows])
    groups = [source if source.startswith("cssrs:") else str(i) for i, (_, _, source) in enumerate(rows)]
    folds = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=train.SEED)
    heads = []
    for k, (train_idx, test_idx) in enumerate(folds.split(np.zeros(len(y)), y, groups)):
        print(f"fold {k + 1}/5: fitting the self-harm head on {len(train_idx)} rows", file=sys.stderr)
        vectorizer, model = train._fit([texts[i] for i in train_idx], y[train_idx], train.KEEP["self_harm"])
        vocabulary = {
            str(term): (float(vectorizer.idf_[i]), float(model.coef_[0][i]))
            for term, i in vectorizer.vocabulary_.items()
        }
        heads.append((replace(shipped, vocabulary=vocabulary, bias=float(model.intercept_[0])), test_idx))
    return heads


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True, help="a directory laid out like ../shared/data/safety")
    parser.add_argument("--out", type=Path, help="write the figures here (JSON)")
    parser.add_argument("--show-missed", action="store_true", help="print the missed moderation self-harm rows")
    args = parser.parse_args()

    rows = train.self_harm_examples(args.data)
    seen = seen_by_meaning(args.data)
    shipped = load_classifier()
    deployed = risk_assessor(SafetySettings())
    alarms: dict[int, bool] = {}
    for head, test_idx in fold_heads(rows, shipped.heads["self_harm"]):
        classifier = LinearTextClassifier(shipped.version + "-fold", {**shipped.heads, "self_harm": head})
        assessor = RiskAssessor(classifier, deployed._meaning)
        for i in test_idx:
            text, _, source = rows[i]
            if source.split(":")[0] in ("cssrs", "twitter", "moderation") and text not in seen:
                alarms[int(i)] = assessor.assess(text).level >= RiskLevel.IDEATION

    figures: dict[str, object] = {}
    users: dict[str, list[int]] = defaultdict(list)
    for i, (_, _, source) in enumerate(rows):
        if source.startswith("cssrs:"):
            users[source].append(i)
    unseen_users = {u: idx for u, idx in users.items() if all(i in alarms for i in idx)}
    at_risk = [idx for idx in unseen_users.values() if rows[idx[0]][1] == 1]
    supportive = [idx for idx in unseen_users.values() if rows[idx[0]][1] == 0]
    figures["cssrs_users"] = {
        "recall": round(sum(any(alarms[i] for i in idx) for idx in at_risk) / max(1, len(at_risk)), 4),
        "at_risk_users": len(at_risk),
        "supportive_users_flagged": round(
            sum(any(alarms[i] for i in idx) for idx in supportive) / max(1, len(supportive)), 4
        ),
        "supportive_users": len(supportive),
        "users_left_out_seen_by_meaning": len(users) - len(unseen_users),
    }
    for name, source in (("twitter_intention", "twitter"), ("moderation_self_harm", "moderation")):
        positives = [i for i in alarms if rows[i][2] == source and rows[i][1] == 1]
        negatives = [i for i in alarms if rows[i][2] == source and rows[i][1] == 0]
        figures[name] = {
            "recall": round(sum(alarms[i] for i in positives) / max(1, len(positives)), 4),
            "positives": len(positives),
            "false_alarm": round(sum(alarms[i] for i in negatives) / max(1, len(negatives)), 4),
            "negatives": len(negatives),
        }
    if args.show_missed:
        for i in sorted(alarms):
            if rows[i][2] == "moderation" and rows[i][1] == 1 and not alarms[i]:
                print("missed:", rows[i][0][:200].replace("\n", " "), file=sys.stderr)
    figures["detector_version"] = deployed.version
    print(json.dumps(figures, indent=2))
    if args.out:
        args.out.write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
