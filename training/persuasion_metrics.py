"""Scores for the persuasion tasks, following the SemEval-2023 Task 3 definitions.

- Subtask 3 (paragraphs) and subtask 2 (frames): micro- and macro-F1 over the multi-hot label matrix of
  the full label list, as the official scorers compute them (sklearn `f1_score`, `zero_division=1`).
- Subtask 1 (genre): macro-F1 over the three classes.
- Spans (no official 2023 span scorer): label-aware character-overlap precision/recall in the style of
  SemEval-2020 Task 11: a predicted span earns the fraction of its characters covered by gold spans of
  the same label (recall symmetrically), averaged over predicted (gold) spans. Also the lenient
  "any overlap" variant: a span counts when it overlaps a same-label span at all.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

import numpy as np

Span = tuple[str, int, int]  # (label, start, end)


def multilabel_f1(gold: Sequence[Iterable[str]], pred: Sequence[Iterable[str]],
                  labels: Sequence[str]) -> dict[str, float]:
    from sklearn.metrics import f1_score
    from sklearn.preprocessing import MultiLabelBinarizer

    mlb = MultiLabelBinarizer(classes=list(labels)).fit([list(labels)])
    g = mlb.transform([list(x) for x in gold])
    p = mlb.transform([list(x) for x in pred])
    return {"micro_f1": float(f1_score(g, p, average="micro", zero_division=1)),
            "macro_f1": float(f1_score(g, p, average="macro", zero_division=1))}


def per_label_f1(gold: Sequence[Iterable[str]], pred: Sequence[Iterable[str]],
                 labels: Sequence[str]) -> dict[str, dict[str, float]]:
    out = {}
    for label in labels:
        g = np.array([label in set(x) for x in gold])
        p = np.array([label in set(x) for x in pred])
        tp, fp, fn = int((g & p).sum()), int((~g & p).sum()), int((g & ~p).sum())
        out[label] = {"f1": 2 * tp / (2 * tp + fp + fn) if tp else 0.0, "support": int(g.sum())}
    return out


def genre_macro_f1(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> float:
    from sklearn.metrics import f1_score

    return float(f1_score(gold, pred, labels=list(labels), average="macro", zero_division=0))


def _union(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _covered(a: int, b: int, union: list[tuple[int, int]]) -> int:
    return sum(max(0, min(b, y) - max(a, x)) for x, y in union)


def _side(spans: dict[str, list[Span]], other: dict[str, list[Span]]) -> tuple[float, float, int]:
    soft = hits = 0.0
    n = 0
    for doc, items in spans.items():
        by_label = defaultdict(list)
        for label, a, b in other.get(doc, []):
            by_label[label].append((a, b))
        unions = {k: _union(v) for k, v in by_label.items()}
        for label, a, b in items:
            if b <= a:
                continue
            got = _covered(a, b, unions.get(label, []))
            soft += got / (b - a)
            hits += got > 0
            n += 1
    return soft, hits, n


def span_prf(gold: dict[str, list[Span]], pred: dict[str, list[Span]]) -> dict[str, float]:
    """Soft (character-overlap) and lenient (any-overlap) P/R/F1 over all documents of `gold`."""
    pred = {d: pred.get(d, []) for d in gold}
    p_soft, p_hit, n_pred = _side(pred, gold)
    r_soft, r_hit, n_gold = _side(gold, pred)
    out = {"predicted": n_pred, "gold": n_gold}
    for name, p_num, r_num in (("soft", p_soft, r_soft), ("overlap", p_hit, r_hit)):
        p = p_num / n_pred if n_pred else 0.0
        r = r_num / n_gold if n_gold else 0.0
        out |= {f"{name}_p": p, f"{name}_r": r, f"{name}_f1": 2 * p * r / (p + r) if p + r else 0.0}
    return out
