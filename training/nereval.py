"""conlleval-style scoring (exact span + type P/R/F1 over BIO token tags) and the CoNLL-2003
shared-task lexicon baseline."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

import numpy as np

from newssift.analyzers.ner_features import LABELS, bio_chunks

MAX_PHRASE = 6


def sentence_tags(piece_labels: Sequence[int] | np.ndarray, first_piece: np.ndarray) -> list[str]:
    """Token tags from piece labels: each token takes its first piece's label ("O" if it has none)."""
    return [LABELS[int(piece_labels[f])] if f >= 0 else "O" for f in first_piece]


def prf(gold: list[list[str]], pred: list[list[str]]) -> dict[str, float]:
    """Micro P/R/F1 (in %) of exactly matching chunks, as conlleval computes them."""
    tp = n_gold = n_pred = 0
    for g, p in zip(gold, pred, strict=True):
        gc, pc = set(bio_chunks(g)), set(bio_chunks(p))
        tp += len(gc & pc)
        n_gold += len(gc)
        n_pred += len(pc)
    precision = 100 * tp / n_pred if n_pred else 0.0
    recall = 100 * tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
    return {"precision": round(precision, 2), "recall": round(recall, 2), "f1": round(f1, 2),
            "gold": n_gold, "predicted": n_pred}


def lexicon(train: Any) -> dict[tuple[str, ...], str]:
    """Entity phrases of the training data → their most frequent type."""
    counts: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for toks, tags in zip(train.tokens, train.tags):
        start = None
        for i, tag in enumerate([*tags, "O"]):
            if start is not None and not tag.startswith("I-"):
                counts[tuple(toks[start:i])][tags[start][2:]] += 1
                start = None
            if tag.startswith("B-") or (tag.startswith("I-") and start is None):
                start = i
    return {phrase: c.most_common(1)[0][0] for phrase, c in counts.items()}


def lexicon_tags(tokens: list[str], phrases: dict[tuple[str, ...], str]) -> list[str]:
    tags, i = ["O"] * len(tokens), 0
    while i < len(tokens):
        for n in range(min(MAX_PHRASE, len(tokens) - i), 0, -1):
            typ = phrases.get(tuple(tokens[i : i + n]))
            if typ:
                tags[i : i + n] = [f"B-{typ}"] + [f"I-{typ}"] * (n - 1)
                i += n - 1
                break
        i += 1
    return tags
