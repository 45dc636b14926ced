"""Model selection for the check-worthiness head by k-fold cross-validation (no held-out split needed).

The pool (CLEF 2024 train + dev) is cut into `k` stratified folds; for each fold the ensemble is
trained on the other folds and its averaged logits on the held-out fold are kept for every epoch.
The pooled out-of-fold (OOF) predictions choose the epoch and the decision threshold; the shipped
model is then trained on the whole pool for that many epochs. The same procedure is applied to the
TF-IDF + LR baseline so both are comparable. Limits: the OOF threshold assumes the pool's positive
rate (about 23%); a split with a different rate gets a threshold that is not optimal for it.
"""

from __future__ import annotations

import argparse

import numpy as np
import torch

from training.checkworthy_data import Labelled


def folds(y: np.ndarray, k: int, seed: int) -> np.ndarray:
    """Stratified fold index (0..k-1) per row, reproducible from `seed`."""
    rng = np.random.default_rng(seed)
    fold = np.empty(len(y), np.int64)
    for label in (0, 1):
        idx = rng.permutation(np.flatnonzero(y == label))
        fold[idx] = np.arange(len(idx)) % k
    return fold


def ensemble_logits(x: np.ndarray, y: np.ndarray, xh: np.ndarray, args: argparse.Namespace,
                    extra: tuple[np.ndarray, np.ndarray] | None = None):
    """Train the ensemble on (x, y) [+ extra rows]; returns (states per member per epoch, mean, std,
    held-out mean logits per epoch with shape (epochs, len(xh)))."""
    from training.checkworthy import train_one

    if extra is not None:
        x, y = np.concatenate([x, extra[0]]), np.concatenate([y, extra[1]])
    mean, std = x.mean(0), x.std(0).clip(1e-3)
    tx = torch.from_numpy((x - mean) / std)
    th = torch.from_numpy((xh - mean) / std)
    runs = [train_one(tx, torch.from_numpy(y), th, args, args.seed + m) for m in range(args.ensemble)]
    logits = np.mean([np.stack(r[2]) for r in runs], 0)
    return [r[1] for r in runs], mean, std, logits


def oof_logits(x: np.ndarray, y: np.ndarray, args: argparse.Namespace,
               extra: tuple[np.ndarray, np.ndarray] | None = None) -> np.ndarray:
    """Out-of-fold ensemble logits per epoch, shape (epochs, len(y))."""
    fold = folds(y, args.folds, args.seed)
    out = np.zeros((args.epochs, len(y)), np.float32)
    for f in range(args.folds):
        held = fold == f
        *_, logits = ensemble_logits(x[~held], y[~held], x[held], args, extra)
        out[:, held] = logits
        print(f"fold {f + 1}/{args.folds} done", flush=True)
    return out


def select(oof: np.ndarray, y: np.ndarray) -> tuple[int, float, list[float]]:
    """(epoch index, threshold, OOF F1 per epoch): the epoch and threshold best on the OOF pool."""
    from training.checkworthy import best_threshold, sigmoid

    per_epoch = [best_threshold(sigmoid(o), y)[1] for o in oof]
    epoch = int(np.argmax(per_epoch))
    threshold, _ = best_threshold(sigmoid(oof[epoch]), y)
    return epoch, threshold, per_epoch


def baseline_cv(pool: Labelled, splits: dict[str, Labelled], k: int, seed: int):
    """TF-IDF + LR with the model's procedure: threshold from OOF on the pool, fit on the pool.

    Returns (threshold, OOF probabilities, probabilities per split)."""
    from training.checkworthy import baseline_probs, best_threshold

    y = np.asarray(pool.labels)
    fold = folds(y, k, seed)
    oof = np.zeros(len(y))
    for f in range(k):
        held = fold == f
        part = Labelled([t for t, h in zip(pool.texts, held) if not h], y[~held].tolist())
        oof[held] = baseline_probs(part, {"held": Labelled(
            [t for t, h in zip(pool.texts, held) if h], y[held].tolist())})["held"]
    threshold, _ = best_threshold(oof, y)
    return threshold, oof, baseline_probs(pool, splits)
