"""Paragraph thresholds chosen on the SemEval rows, with labels only our own articles carry kept."""

from __future__ import annotations

import numpy as np

from training.persuasion import real_news_thresholds
from training.persuasion_fit import micro_thresholds


def _rows() -> tuple[np.ndarray, np.ndarray]:
    """40 real-news rows, then 40 of our dense own rows; label 1 occurs in our rows only."""
    y = np.zeros((80, 2), np.float32)
    probs = np.zeros((80, 2), np.float32)
    y[:40:4, 0], probs[:40, 0] = 1, 0.1
    probs[:40:4, 0] = 0.3  # real news: label 0 scores low, found above ~0.3
    y[40:60, 0], probs[40:60, 0], probs[60:, 0] = 1, 0.8, 0.55  # own rows: a higher bar pays
    probs[:40, 1] = 0.05
    y[40::2, 1], probs[40::2, 1], probs[41::2, 1] = 1, 0.7, 0.35
    return probs, y


def test_thresholds_come_from_the_real_news_rows_and_unseen_labels_from_all() -> None:
    probs, y = _rows()
    first, every = micro_thresholds(probs[:40], y[:40]), micro_thresholds(probs, y)
    assert first[0] < every[0]  # the rows disagree on label 0
    thr = real_news_thresholds(probs, y, 40)
    assert thr[0] == first[0] and thr[1] == every[1]
    assert np.array_equal(real_news_thresholds(probs[:40], y[:40], 40), first)
