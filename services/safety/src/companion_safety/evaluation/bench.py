"""The safety benchmark: `make bench-safety SAFETY_DATA=<dir> LOCOMO=<file> OUT=<results.json>`.

Runs the service's detectors exactly as deployed (rules + the shipped classifier weights + the crisis detector
over MiniLM embeddings; nothing is trained here) on any data laid out like `../shared/data/safety`. Definitions:
- a crisis alarm is a risk level of ideation or above (what triggers crisis support);
- C-SSRS recall is per user (Ideation, Behavior, Attempt): a user is found when any one of their posts raises
  an alarm, as a companion sees each message; "Supportive" users are the hard negatives;
- hate/harassment: the "harassment" category; Davidson classes 0 and 1 (hate, offensive) against 2; ToxiGen
  hate against neutral; moderation eval H, H2 or HR;
- chat (chat_crisis.jsonl): recall on ideation/plan/imminent rows, false alarms on "none" rows;
- goodbye (goodbyes.jsonl): share of manipulative replies replaced, of honest replies replaced;
- chat holdouts (`chat_crisis_holdout*.jsonl` and `chat_everyday_holdout*.jsonl` of the dev set, only with
  `--holdouts`): as chat, per file (the everyday sets hold no risk: false alarms only);
- chat context (`chat_context_dev.jsonl`; with `--holdouts` also each `chat_context_holdout*.jsonl`, per file):
  conversations whose last turn is read after the earlier ones (`domain.context`), recall and false alarms in
  context and of the last turn alone.
The hate sets are assessed without the meaning detector: it only sets the self-harm level, never harassment,
so their figures are the same and the benchmark stays minutes shorter.
The shipped classifier was trained on ../shared/data/safety: figures on that directory are in-sample for it;
the cross-validated figures are in services/safety/training/MODEL_CARD.json.
"""

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from companion_safety.adapters.model import load_classifier
from companion_safety.bootstrap import risk_assessor
from companion_safety.config import SafetySettings
from companion_safety.domain.context import CONTEXT_BAR, in_context
from companion_safety.domain.review import review_reply
from companion_safety.domain.risk import HARASSMENT, RiskAssessment, RiskAssessor, RiskLevel
from companion_safety.evaluation import datasets

CRISIS_RISKS = ("ideation", "plan", "imminent")


def _rate(hits: int, total: int) -> float | None:
    return round(hits / total, 4) if total else None


def _f1(pairs: Sequence[tuple[bool, bool]]) -> float | None:
    tp = sum(1 for truth, predicted in pairs if truth and predicted)
    fp = sum(1 for truth, predicted in pairs if not truth and predicted)
    fn = sum(1 for truth, predicted in pairs if truth and not predicted)
    if not pairs or tp == 0:
        return 0.0 if pairs else None
    return round(2 * tp / (2 * tp + fp + fn), 4)


def chat_figures(rows: list[tuple[str, str]], assess: Callable[[str], RiskAssessment]) -> dict[str, object]:
    levels = [(assess(t).level, risk) for t, risk in rows]
    crisis = [level for level, risk in levels if risk in CRISIS_RISKS]
    safe = [level for level, risk in levels if risk == "none"]
    concern = [level for level, risk in levels if risk == "concern"]
    return {
        "recall": _rate(sum(1 for level in crisis if level >= RiskLevel.IDEATION), len(crisis)),
        "false_alarm": _rate(sum(1 for level in safe if level >= RiskLevel.IDEATION), len(safe)),
        "concern_or_above_on_concern_rows": _rate(
            sum(1 for level in concern if level >= RiskLevel.CONCERN), len(concern)
        ),
        "exact_level": _rate(sum(1 for level, risk in levels if level.name.lower() == risk), len(levels)),
        "rows": len(levels),
    }


def context_figures(
    conversations: list[tuple[list[str], str]], assess: Callable[[str], RiskAssessment], bar: float = CONTEXT_BAR
) -> dict[str, object]:
    """Each conversation's last turn assessed as the service does: after the earlier turns, whose levels (each
    read in its own context) are what the service would have stored; and, for comparison, alone."""
    alone, read = [], []
    for turns, risk in conversations:
        levels: list[RiskLevel] = []
        for text in turns[:-1]:
            levels.append(in_context(assess(text), text, levels, bar).level)
        last = assess(turns[-1])
        alone.append((last.level, risk))
        read.append((in_context(last, turns[-1], levels, bar).level, risk))

    def figures(levels: list[tuple[RiskLevel, str]]) -> dict[str, object]:
        crisis = [level for level, risk in levels if risk in CRISIS_RISKS]
        safe = [level for level, risk in levels if risk == "none"]
        return {
            "recall": _rate(sum(1 for level in crisis if level >= RiskLevel.IDEATION), len(crisis)),
            "false_alarm": _rate(sum(1 for level in safe if level >= RiskLevel.IDEATION), len(safe)),
        }

    return {"in_context": figures(read), "last_turn_alone": figures(alone), "conversations": len(conversations)}


def run(
    safety_data: Path, locomo: Path, dev_set: Path | None, *, meaning: bool = True, holdouts: bool = False
) -> dict[str, object]:
    # The assessor the service builds, from its settings (SAFETY_MEANING_*: threads, int8); --no-meaning turns the
    # detector over meaning off.
    assessor = risk_assessor(SafetySettings(meaning_detector=meaning))
    categories_assessor = RiskAssessor(load_classifier())
    latencies: list[float] = []

    def assess(text: str, timed: bool = False) -> RiskAssessment:
        start = time.perf_counter()
        result = assessor.assess(text)
        if timed:
            latencies.append((time.perf_counter() - start) * 1000)
        return result

    def alarm(text: str, timed: bool = False) -> bool:
        return assess(text, timed).level >= RiskLevel.IDEATION

    recall_by_set: dict[str, float | None] = {}
    counts: dict[str, int] = {}
    found_total = positives_total = 0
    users = datasets.cssrs_users(safety_data)
    at_risk = [u for u in users if u.at_risk]
    found = sum(1 for u in at_risk if any(alarm(p) for p in u.posts))
    supportive = [u for u in users if u.label == "Supportive"]
    supportive_flagged = sum(1 for u in supportive if any(alarm(p) for p in u.posts))
    sets: list[tuple[str, list[str]]] = [
        ("moderation_self_harm", [t for t, lab in datasets.moderation(safety_data) if lab.get("SH") == 1]),
        ("twitter_intention", [t for t, y in datasets.twitter_intention(safety_data) if y]),
    ]
    if at_risk:
        recall_by_set["cssrs_users"] = _rate(found, len(at_risk))
        counts["cssrs_users"] = len(at_risk)
        found_total, positives_total = found, len(at_risk)
    for name, texts in sets:
        if texts:
            hits = sum(1 for t in texts if alarm(t))
            recall_by_set[name], counts[name] = _rate(hits, len(texts)), len(texts)
            found_total, positives_total = found_total + hits, positives_total + len(texts)

    everyday = datasets.locomo_turns(locomo)
    everyday_alarms = [t for t in everyday if alarm(t, timed=True)]
    safe_prompts = [t for t, safe in datasets.xstest(safety_data) if safe]
    xstest_alarms = [t for t in safe_prompts if alarm(t, timed=True)]

    def harassment(text: str) -> bool:
        return HARASSMENT in categories_assessor.assess(text).categories

    hate_sets: dict[str, list[tuple[bool, bool]]] = {
        "davidson": [(y, harassment(t)) for t, y in datasets.davidson(safety_data)],
        "toxigen": [(y, harassment(t)) for t, y in datasets.toxigen(safety_data)],
        "moderation": [
            (bool(label), harassment(t))
            for t, labels in datasets.moderation(safety_data)
            if (label := datasets.moderation_label(labels, datasets.MODERATION_HATE_KEYS)) is not None
        ],
    }
    pooled = [pair for pairs in hate_sets.values() for pair in pairs]

    results: dict[str, object] = {
        "crisis": {
            "recall": _rate(found_total, positives_total),
            "recall_by_set": recall_by_set,
            "positives_by_set": counts,
            "cssrs_supportive_users_flagged": _rate(supportive_flagged, len(supportive)),
        },
        "false_alarm": {
            "everyday_chat": _rate(len(everyday_alarms), len(everyday)),
            "everyday_chat_turns": len(everyday),
            "everyday_chat_alarms": len(everyday_alarms),
            "xstest_safe": _rate(len(xstest_alarms), len(safe_prompts)),
            "xstest_safe_prompts": len(safe_prompts),
            "xstest_safe_alarms": len(xstest_alarms),
        },
        "hate_harassment_f1": _f1(pooled),
        "hate_harassment_f1_by_set": {name: _f1(pairs) for name, pairs in hate_sets.items() if pairs},
    }
    chat_dir = safety_data if (safety_data / "chat_crisis.jsonl").exists() else dev_set
    chat_rows = datasets.chat_crisis(chat_dir) if chat_dir is not None else []
    if chat_dir is not None and chat_rows:
        results["chat"] = {
            "source": str(chat_dir / "chat_crisis.jsonl"),
            **chat_figures(chat_rows, lambda t: assess(t, timed=True)),
        }
    if holdouts and dev_set is not None:
        results["chat_holdouts"] = {
            path.name: chat_figures(datasets.chat_crisis(path.parent, path.name), assess)
            for path in sorted(
                [*dev_set.glob("chat_crisis_holdout*.jsonl"), *dev_set.glob("chat_everyday_holdout*.jsonl")]
            )
        }
    context_dir = safety_data if (safety_data / "chat_context_dev.jsonl").exists() else dev_set
    if context_dir is not None and (context_dir / "chat_context_dev.jsonl").exists():
        results["chat_context"] = context_figures(datasets.chat_context(context_dir, "chat_context_dev.jsonl"), assess)
    if holdouts and dev_set is not None:
        results["chat_context_holdouts"] = {
            path.name: context_figures(datasets.chat_context(path.parent, path.name), assess)
            for path in sorted(dev_set.glob("chat_context_holdout*.jsonl"))
        }
    goodbye_dir = safety_data if (safety_data / "goodbyes.jsonl").exists() else dev_set
    goodbye_rows = datasets.goodbyes(goodbye_dir) if goodbye_dir is not None else []
    if goodbye_dir is not None and goodbye_rows:
        manipulative = [(u, r) for u, r, m in goodbye_rows if m]
        honest = [(u, r) for u, r, m in goodbye_rows if not m]

        def replaced(pairs: list[tuple[str, str]]) -> int:
            return sum(1 for u, r in pairs if not review_reply(r, u).allowed)

        results["goodbye"] = {
            "source": str(goodbye_dir / "goodbyes.jsonl"),
            "caught": _rate(replaced(manipulative), len(manipulative)),
            "wrongly_replaced": _rate(replaced(honest), len(honest)),
            "manipulative_reaching_user": len(manipulative) - replaced(manipulative),
            "rows": len(goodbye_rows),
        }
    latencies.sort()
    long_post = "I feel like nothing matters any more. " * 400
    long_ms = _time_once(lambda: assessor.assess(long_post))
    results["assess_latency_ms"] = {
        "p50": round(statistics.median(latencies), 3) if latencies else None,
        "p95": round(latencies[int(0.95 * (len(latencies) - 1))], 3) if latencies else None,
        "messages": len(latencies),
        "long_post_15k_chars": round(long_ms, 3),
    }
    results["detector_version"] = assessor.version
    results["notes"] = (
        "Rates are fractions. The classifier and the meaning detector were trained on ../shared/data/safety (the "
        "meaning detector also on LoCoMo's turns as negatives); on those files the crisis, hate and false-alarm "
        "figures are in-sample for them (cross-validated figures: training/MODEL_CARD.json). "
        "The phrase rules and goodbye review were written against the chat and goodbye dev sets in "
        "services/safety/eval, so those figures are in-sample for the rules."
    )
    return results


def _time_once(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return (time.perf_counter() - start) * 1000


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Safety benchmark (see module docstring).")
    parser.add_argument("--safety-data", type=Path, required=True)
    parser.add_argument("--locomo", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--dev-set", type=Path, default=None, help="chat_crisis/goodbyes when SAFETY_DATA has none")
    parser.add_argument("--no-meaning", action="store_true", help="rules and TF-IDF classifier only (comparison)")
    parser.add_argument("--holdouts", action="store_true", help="also the dev set's chat_crisis_holdout*.jsonl")
    args = parser.parse_args(argv)
    results = run(args.safety_data, args.locomo, args.dev_set, meaning=not args.no_meaning, holdouts=args.holdouts)
    text = json.dumps(results, indent=2)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n")
    print(text, file=sys.stdout)


if __name__ == "__main__":
    main()
