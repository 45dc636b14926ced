"""Fitting the persuasion heads: small torch MLPs, Platt scaling, per-label thresholds, cross-validation.

Heads are `nn.Sequential(Linear, ReLU, Dropout, Linear)` (or a single `Linear`), so `heads.MLPHead`
reads them back in numpy. Thresholds and calibration are always fitted on out-of-fold predictions of
the training data, never on the split being reported.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

torch.set_num_threads(1)  # the machine is shared: one thread trains as fast as two here


@dataclass
class FitOptions:
    hidden: int = 256
    epochs: int = 30
    lr: float = 1e-3
    weight_decay: float = 1e-4
    dropout: float = 0.2
    batch: int = 256
    pos_weight_cap: float = 10.0  # multi-label: positive weight sqrt(neg/pos), capped
    multiclass: bool = False
    balanced: bool = True  # multiclass: weight classes by inverse frequency
    seed: int = 0


def make_net(in_dim: int, out_dim: int, opts: FitOptions) -> nn.Sequential:
    if opts.hidden <= 0:
        return nn.Sequential(nn.Linear(in_dim, out_dim))
    return nn.Sequential(nn.Linear(in_dim, opts.hidden), nn.ReLU(), nn.Dropout(opts.dropout),
                         nn.Linear(opts.hidden, out_dim))


def _loss(y: np.ndarray, opts: FitOptions) -> nn.Module:
    if opts.multiclass:
        counts = np.bincount(y, minlength=int(y.max()) + 1).astype(np.float32)
        weight = counts.sum() / np.maximum(counts, 1) / len(counts) if opts.balanced else None
        return nn.CrossEntropyLoss(weight=None if weight is None else torch.from_numpy(weight))
    pos = y.sum(0)
    ratio = np.sqrt((len(y) - pos) / np.maximum(pos, 1))
    return nn.BCEWithLogitsLoss(pos_weight=torch.from_numpy(
        np.clip(ratio, 1.0, opts.pos_weight_cap).astype(np.float32)))


def fit(x: np.ndarray, y: np.ndarray, opts: FitOptions) -> nn.Sequential:
    """Train a head on features `x` and multi-hot `y` (or class ids when `opts.multiclass`)."""
    torch.manual_seed(opts.seed)
    out_dim = int(y.max()) + 1 if opts.multiclass else y.shape[1]
    net = make_net(x.shape[1], out_dim, opts)
    loss_fn = _loss(y, opts)
    optim = torch.optim.AdamW(net.parameters(), lr=opts.lr, weight_decay=opts.weight_decay)
    xt = torch.from_numpy(np.ascontiguousarray(x, np.float32))
    yt = torch.from_numpy(y.astype(np.int64 if opts.multiclass else np.float32))
    gen = torch.Generator().manual_seed(opts.seed)
    net.train()
    for _ in range(opts.epochs):
        for idx in torch.randperm(len(xt), generator=gen).split(opts.batch):
            optim.zero_grad()
            loss_fn(net(xt[idx]), yt[idx]).backward()
            optim.step()
    net.eval()
    return net


def logits(net: nn.Sequential, x: np.ndarray, batch: int = 65536) -> np.ndarray:
    with torch.no_grad():
        parts = [net(torch.from_numpy(np.ascontiguousarray(x[i : i + batch], np.float32))).numpy()
                 for i in range(0, len(x), batch)]
    return np.concatenate(parts) if parts else np.zeros((0, 0), np.float32)


def tensors(net: nn.Sequential | list[nn.Sequential], prefix: str) -> dict[str, np.ndarray]:
    """Named weights of a net; of a bag of nets under `<prefix><i>.` (see `bag_prefixes`)."""
    if isinstance(net, list):
        return {k: v for i, n in enumerate(net) for k, v in tensors(n, f"{prefix}{i}.").items()}
    return {f"{prefix}{k}": v.detach().numpy() for k, v in net.state_dict().items()}


def bag_prefixes(net: nn.Sequential | list[nn.Sequential], prefix: str) -> str | list[str]:
    """The config's tensor prefix of a net, or the list of them for a bag of nets."""
    return [f"{prefix}{i}." for i in range(len(net))] if isinstance(net, list) else prefix


def bag_probs(net: nn.Sequential | list[nn.Sequential], x: np.ndarray, a: np.ndarray,
              b: np.ndarray) -> np.ndarray:
    """Platt-calibrated probabilities of a net, or their mean over a bag of nets (as the numpy
    `MultiLabelHead` computes them)."""
    nets = net if isinstance(net, list) else [net]
    return np.mean([sigmoid(logits(n, x) * a + b) for n in nets], axis=0)


def oof_logits(x: np.ndarray, y: np.ndarray, groups: np.ndarray, opts: FitOptions,
               folds: int = 5, fitter: Callable | None = None) -> np.ndarray:
    """Out-of-fold logits by grouped k-fold (a group is an article: no article in two folds)."""
    return oof_fit(x, y, groups, opts, folds, fitter)[0]


def oof_fit(x: np.ndarray, y: np.ndarray, groups: np.ndarray, opts: FitOptions, folds: int = 5,
            fitter: Callable | None = None) -> tuple[np.ndarray, list[nn.Sequential]]:
    """`oof_logits` and the k fold nets that made them."""
    from sklearn.model_selection import GroupKFold

    fitter = fitter or fit
    out, nets = None, []
    for tr, te in GroupKFold(n_splits=folds).split(x, groups=groups):
        nets.append(fitter(x[tr], y[tr], opts))
        part = logits(nets[-1], x[te])
        out = np.zeros((len(x), part.shape[1]), np.float32) if out is None else out
        out[te] = part
    return out, nets


def platt(raw: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per label (a, b) so that sigmoid(a * logit + b) is calibrated on (raw, y)."""
    from sklearn.linear_model import LogisticRegression

    a = np.ones(raw.shape[1], np.float32)
    b = np.zeros(raw.shape[1], np.float32)
    for k in range(raw.shape[1]):
        if 0 < y[:, k].sum() < len(y):
            lr = LogisticRegression(C=100.0).fit(raw[:, [k]], y[:, k])
            a[k], b[k] = max(float(lr.coef_[0, 0]), 1e-3), float(lr.intercept_[0])
    return a, b


def sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -30, 30)))


GRID = np.round(np.arange(0.05, 0.951, 0.025), 3)


def f1(tp: float, fp: float, fn: float) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def thresholds(probs: np.ndarray, y: np.ndarray, min_pos: int = 5,
               floor: float = 0.3) -> np.ndarray:
    """Per label, the grid threshold maximising that label's F1 on (probs, y).

    Labels with fewer than `min_pos` positives keep at least `floor` (a rare label's best threshold on
    a handful of examples is noise)."""
    out = np.full(probs.shape[1], 0.5, np.float32)
    for k in range(probs.shape[1]):
        pos = y[:, k].astype(bool)
        scores = [f1(float((probs[pos, k] >= t).sum()), float((probs[~pos, k] >= t).sum()),
                     float((probs[pos, k] < t).sum())) for t in GRID]
        best = float(GRID[int(np.argmax(scores))])
        out[k] = best if pos.sum() >= min_pos else max(best, floor)
    return out


def _counts(probs: np.ndarray, y: np.ndarray, t: float, k: int) -> np.ndarray:
    pred = probs[:, k] >= t
    pos = y[:, k].astype(bool)
    return np.array([(pred & pos).sum(), (pred & ~pos).sum(), (~pred & pos).sum()], float)


def micro_thresholds(probs: np.ndarray, y: np.ndarray, passes: int = 2) -> np.ndarray:
    """Per-label thresholds that maximise micro-F1 over all labels (SemEval's headline measure).

    Starts from the best single threshold, then adjusts one label at a time (coordinate ascent)."""
    def micro(t: np.ndarray) -> float:
        return f1(*sum(_counts(probs, y, float(t[k]), k) for k in range(y.shape[1])))

    best_global = max(GRID, key=lambda t: micro(np.full(y.shape[1], t)))
    thr = np.full(y.shape[1], best_global, np.float32)
    per = [_counts(probs, y, float(thr[k]), k) for k in range(y.shape[1])]
    for _ in range(passes):
        for k in range(y.shape[1]):
            rest = sum(per) - per[k]
            options = [(f1(*(rest + _counts(probs, y, float(t), k))), -abs(t - best_global), t)
                       for t in GRID]
            thr[k] = max(options)[2]
            per[k] = _counts(probs, y, float(thr[k]), k)
    return thr
