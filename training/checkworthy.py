"""Train the check-worthiness head on CLEF CheckThat! 2024 task 1 English.

    python -m training.checkworthy --data /work/shared/data/checkworthy

An ensemble of small MLPs (sentence vector + max-pooled word pieces + text features) trained on CLEF
2024 train + dev (optionally + `--extra clef2020`), merged into one wider MLP (averaged logits). The
epoch count and the decision threshold are chosen on 5-fold out-of-fold predictions over train+dev
(`training.checkworthy_cv`), then the ensemble is trained on all of train+dev; dev-test is only
reported, never used for a choice. `--select dev` restores the earlier procedure (train on train,
choose on dev). Writes `src/newssift/models/checkworthy/`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import torch
from torch import nn

from newssift.analyzers.checkworthy import sentence_inputs
from training.checkworthy_card import card
from training.checkworthy_cv import baseline_cv, ensemble_logits, oof_logits, select
from training.checkworthy_data import Labelled, extra, norm, read_clef
from training.common import encode_cached, save_model_dir, train_or_card

OUT = Path(__file__).resolve().parents[1] / "src" / "newssift" / "models" / "checkworthy"


def rows(data: Labelled, name: str) -> tuple[np.ndarray, np.ndarray]:
    encoded = encode_cached(data.texts, name)
    x = np.stack([sentence_inputs(e.vector, e.tokens, t) for e, t in zip(encoded, data.texts)])
    return x, np.asarray(data.labels, np.float32)


def f1_at(probs: np.ndarray, y: np.ndarray, threshold: float) -> float:
    pred = probs >= threshold
    tp = float((pred & (y == 1)).sum())
    return 2 * tp / (pred.sum() + (y == 1).sum()) if tp else 0.0


def best_threshold(probs: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    grid = np.round(np.arange(0.05, 0.96, 0.01), 2)
    scores = [f1_at(probs, y, t) for t in grid]
    i = int(np.argmax(scores))
    return float(grid[i]), scores[i]


def train_one(x: torch.Tensor, y: torch.Tensor, dev: torch.Tensor, args, seed: int):
    """One MLP; returns (model, dev logits per epoch)."""
    torch.manual_seed(seed)
    model = nn.Sequential(nn.Dropout(args.dropout), nn.Linear(x.shape[1], args.hidden), nn.ReLU(),
                          nn.Dropout(args.dropout), nn.Linear(args.hidden, 1))
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=args.weight_decay)
    loss_fn = nn.BCEWithLogitsLoss()
    states, dev_logits = [], []
    for _ in range(args.epochs):
        model.train()
        for batch in torch.randperm(len(y)).split(args.batch):
            loss = loss_fn(model(x[batch])[:, 0], y[batch])
            opt.zero_grad()
            loss.backward()
            opt.step()
        model.eval()
        with torch.no_grad():
            dev_logits.append(model(dev)[:, 0].numpy())
        states.append({k: v.clone() for k, v in model.state_dict().items()})
    return model, states, dev_logits


def merge(states: list[dict], mean: torch.Tensor, std: torch.Tensor) -> dict[str, torch.Tensor]:
    """k MLPs → one MLP whose logit is their mean; input standardisation folded into layer 0."""
    w1 = torch.cat([s["1.weight"] for s in states]) / std
    b1 = torch.cat([s["1.bias"] for s in states]) - w1 @ mean
    w2 = torch.cat([s["4.weight"] for s in states], 1) / len(states)
    b2 = torch.stack([s["4.bias"] for s in states]).mean(0)
    return {"0.weight": w1, "0.bias": b1, "1.weight": w2, "1.bias": b2}


def sigmoid(x: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-x))


def fit(x: np.ndarray, y: np.ndarray, xd: np.ndarray, yd: np.ndarray, args: argparse.Namespace):
    """Train the ensemble; pick the epoch and threshold on dev (`xd`, `yd`).

    Returns the merged tensors, the threshold, dev F1 per epoch and the chosen epoch (0-based)."""
    mean, std = x.mean(0), x.std(0).clip(1e-3)
    tx = torch.from_numpy((x - mean) / std)
    td = torch.from_numpy((xd - mean) / std)
    runs = [train_one(tx, torch.from_numpy(y), td, args, args.seed + k) for k in range(args.ensemble)]
    per_epoch = [best_threshold(sigmoid(np.mean([r[2][e] for r in runs], 0)), yd)[1]
                 for e in range(args.epochs)]
    epoch = int(np.argmax(per_epoch))
    tensors = merge([r[1][epoch] for r in runs], torch.from_numpy(mean), torch.from_numpy(std))
    threshold, _ = best_threshold(predict(tensors, xd), yd)
    return tensors, threshold, per_epoch, epoch


def train(args: argparse.Namespace) -> None:
    torch.set_num_threads(args.threads)
    root = Path(args.data)
    splits = {s: read_clef(root, s) for s in ("train", "dev", "dev-test")}
    extra_data = None
    if args.extra:
        seen = {norm(t) for d in splits.values() for t in d.texts}
        extra_data = extra(root, args.extra, seen)
    x, y = rows(splits["train"], "checkworthy-train")
    xd, yd = rows(splits["dev"], "checkworthy-dev")
    xt, yt = rows(splits["dev-test"], "checkworthy-dev-test")
    xe = rows(extra_data, "checkworthy-extra-" + "+".join(args.extra)) if extra_data else None
    if args.select == "dev":
        if xe is not None:
            x, y = np.concatenate([x, xe[0]]), np.concatenate([y, xe[1]])
        tensors, threshold, per_epoch, epoch = fit(x, y, xd, yd, args)
        metrics = {"dev_f1_per_epoch": [round(float(v), 4) for v in per_epoch],
                   "baseline": baseline(splits["train"], splits)}
        n, positive = len(y), int(y.sum())
    else:
        tensors, threshold, metrics, epoch = fit_cv(np.concatenate([x, xd]), np.concatenate([y, yd]),
                                                   args, xe)
        metrics["baseline"] = baseline_pooled(splits, args)
        n, positive = len(y) + len(yd) + (len(xe[1]) if xe else 0), int(y.sum() + yd.sum())
    metrics.update({"dev": scores(predict(tensors, xd), yd, threshold),
                    "dev-test": scores(predict(tensors, xt), yt, threshold), "epoch": epoch + 1,
                    "train_sentences": n, "train_positive": positive})
    print(metrics, flush=True)
    config = {"task": "checkworthy", "encoder": "all-MiniLM-L6-v2", "threshold": threshold,
              "inputs": "sentence vector (384) + max-pooled word pieces (384) + 8 text features",
              "hidden": args.hidden, "ensemble": args.ensemble, "extra": args.extra,
              "selection": args.select, "folds": args.folds, "metrics": metrics, "seed": args.seed}
    save_model_dir(Path(args.out), tensors, config, ["checkworthy"], card(config))
    print(f"wrote {args.out}")


def fit_cv(x: np.ndarray, y: np.ndarray, args: argparse.Namespace,
           xe: tuple[np.ndarray, np.ndarray] | None):
    """Epoch and threshold from k-fold OOF predictions over the pool (x, y); then the ensemble
    trained on the whole pool for that many epochs. Returns (tensors, threshold, metrics, epoch)."""
    oof = oof_logits(x, y, args, xe)
    epoch, threshold, per_epoch = select(oof, y)
    final = argparse.Namespace(**{**vars(args), "epochs": epoch + 1})
    states, mean, std, _ = ensemble_logits(x, y, x[:1], final, xe)
    tensors = merge([s[epoch] for s in states], torch.from_numpy(mean), torch.from_numpy(std))
    metrics = {"oof": scores(sigmoid(oof[epoch]), y, threshold),
               "oof_f1_per_epoch": [round(float(v), 4) for v in per_epoch]}
    return tensors, threshold, metrics, epoch


def baseline_pooled(splits: dict[str, Labelled], args: argparse.Namespace) -> dict[str, dict]:
    """The baseline under the model's CV procedure (pool = train + dev)."""
    pool = splits["train"] + splits["dev"]
    held = {s: splits[s] for s in ("dev", "dev-test")}
    threshold, oof, probs = baseline_cv(pool, held, args.folds, args.seed)
    out = {"oof": scores(oof, np.asarray(pool.labels), threshold)}
    return out | {s: scores(probs[s], np.asarray(held[s].labels), threshold) for s in held}


def baseline_probs(train: Labelled, splits: dict[str, Labelled]) -> dict[str, np.ndarray]:
    """TF-IDF (word 1-2-grams) + logistic regression trained on `train`: P(Yes) per split."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    lr = LogisticRegression(max_iter=2000, C=4.0)
    lr.fit(vec.fit_transform(train.texts), train.labels)
    return {s: lr.predict_proba(vec.transform(d.texts))[:, 1] for s, d in splits.items()}


def baseline(train: Labelled, splits: dict[str, Labelled]) -> dict[str, dict[str, float]]:
    """The baseline's scores at the threshold best on dev."""
    probs = baseline_probs(train, splits)
    threshold, _ = best_threshold(probs["dev"], np.asarray(splits["dev"].labels))
    return {s: scores(probs[s], np.asarray(splits[s].labels), threshold) for s in ("dev", "dev-test")}


def predict(tensors: dict[str, torch.Tensor], x: np.ndarray) -> np.ndarray:
    h = np.maximum(x @ tensors["0.weight"].numpy().T + tensors["0.bias"].numpy(), 0)
    return sigmoid((h @ tensors["1.weight"].numpy().T + tensors["1.bias"].numpy())[:, 0])


def scores(probs: np.ndarray, y: np.ndarray, threshold: float) -> dict[str, float]:
    pred = probs >= threshold
    tp = float((pred & (y == 1)).sum())
    precision = tp / pred.sum() if pred.sum() else 0.0
    recall = tp / (y == 1).sum()
    return {"f1": round(float(f1_at(probs, y, threshold)), 4), "precision": round(float(precision), 4),
            "recall": round(float(recall), 4), "accuracy": round(float((pred == (y == 1)).mean()), 4),
            "n": len(y), "positive": int(y.sum())}


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", required=True, help="folder with clef2024_en/ (and the extra sets)")
    p.add_argument("--out", default=str(OUT))
    p.add_argument("--extra", nargs="*", default=[], choices=["clef2020", "claimbuster"])
    p.add_argument("--epochs", type=int, default=12)
    p.add_argument("--hidden", type=int, default=256)
    p.add_argument("--ensemble", type=int, default=5)
    p.add_argument("--dropout", type=float, default=0.3)
    p.add_argument("--lr", type=float, default=1e-3)
    p.add_argument("--weight-decay", type=float, default=1e-2)
    p.add_argument("--batch", type=int, default=64)
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--card-only", action="store_true",
                   help="only rewrite README.md of --out from its config.json")
    p.add_argument("--select", choices=["cv", "dev"], default="cv",
                   help="cv: epoch + threshold from k-fold OOF over train+dev, final fit on train+dev; "
                        "dev: train on train, choose on dev (the earlier procedure)")
    p.add_argument("--folds", type=int, default=5)
    p.add_argument("--seed", type=int, default=7)
    return p


def main(argv: list[str] | None = None) -> None:
    train_or_card(parser(), train, card, argv)


if __name__ == "__main__":
    main()
