"""Scores what `train_tagger.py --test SET ... --out SPANS` tagged on sets it did not train on: per set, the rules
alone and the rules with the tagger's findings (domain/tagged.py at the given bars), scored as `make
bench-extraction` scores (companion_devtools.bench_extraction.score), in-process and without safety (so the rows
of the `sens` family, which safety keeps to their episode in the system, count here as they are read).

    python services/memory/training/score_tagger.py SPANS [--bars USER OTHER NAME ...]

Prints counts only, no text.
"""

import argparse
import json
from datetime import datetime
from pathlib import Path

from companion_devtools.bench_extraction import score
from companion_memory.domain.extraction import extract, from_found
from companion_memory.domain.model import EPISODE, Memory, Message
from companion_memory.domain.tagged import Bars, spans_of, tagged_facts

EVAL = Path(__file__).resolve().parent.parent / "eval"


def listed(memory: Memory) -> dict[str, object]:
    """A memory as the API lists it (the keys the scoring reads)."""
    return {
        "kind": memory.kind,
        "subject": memory.subject,
        "attribute": memory.attribute,
        "value": memory.value,
        "text": memory.text,
        "valid_from": memory.valid_from.isoformat() if memory.valid_from else None,
        "sensitive": memory.sensitive,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("spans", help="the --out file of train_tagger.py --test")
    parser.add_argument("--bars", nargs=3, type=float, action="append", metavar=("USER", "OTHER", "NAME"))
    args = parser.parse_args()
    tagged = json.loads(Path(args.spans).read_text())
    by_row = {(t["set"], t["id"]): t for t in tagged}
    sets = sorted({t["set"] for t in tagged})
    for user, other, name in args.bars or [(Bars().user, Bars().other, Bars().name)]:
        bars = Bars(user, other, name)
        totals = {"expected": 0, "rules": [0, 0, 0], "tagger": [0, 0, 0]}
        for set_name in sets:
            rows = [json.loads(line) for line in (EVAL / set_name).read_text().splitlines() if line.strip()]
            rules, both = {}, {}
            for row in rows:
                said_at = datetime.fromisoformat(row["said_at"].replace("Z", "+00:00"))
                message = Message("u", "c", row["id"], row["text"], said_at, row.get("time_zone") or "UTC")
                memories = extract(message, lambda: "id")
                t = by_row[(set_name, row["id"])]
                spans = spans_of(row["text"], [tuple(o) for o in t["offsets"]], t["tags"], t["names"])
                known = [m for m in memories if m.kind != EPISODE]
                found = tagged_facts(row["text"], spans, said_at, message.time_zone, known, bars)
                rules[row["id"]] = [listed(m) for m in memories]
                both[row["id"]] = rules[row["id"]] + [listed(from_found(message, lambda: "id", f)) for f in found]
            alone, added = score(rows, rules), score(rows, both)
            totals["expected"] += alone["facts_expected"]
            for key, result in (("rules", alone), ("tagger", added)):
                for i, figure in enumerate(("facts_found", "misattributed", "forbidden")):
                    totals[key][i] += result[figure]
            print(
                f"{set_name} bars {user}/{other}/{name}: facts {alone['facts_expected']}; rules found "
                f"{alone['facts_found']}, misattributed {alone['misattributed']}, forbidden {alone['forbidden']}; "
                f"with the tagger found {added['facts_found']}, misattributed {added['misattributed']}, "
                f"forbidden {added['forbidden']}"
            )
        expected = totals["expected"]
        (r_found, r_mis, r_forb), (t_found, t_mis, t_forb) = totals["rules"], totals["tagger"]
        print(
            f"all bars {user}/{other}/{name}: facts {expected}; rules recall {r_found / expected:.3f} ({r_found}), "
            f"misattributed {r_mis}, forbidden {r_forb}; with the tagger recall {t_found / expected:.3f} ({t_found}), "
            f"misattributed {t_mis}, forbidden {t_forb}"
        )


if __name__ == "__main__":
    main()
