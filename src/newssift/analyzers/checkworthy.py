"""Check-worthiness: one score in [0, 1] per sentence, "is this a factual claim worth checking?".

A small MLP head on the shared encoder's sentence vector, its max-pooled word-piece vectors and a few
cheap text features (numbers, proper-noun-like words, length, comparisons), trained on CLEF CheckThat!
2024 task 1 English (`python -m training.checkworthy --data /work/shared/data/checkworthy`).
Scores are calibrated so that the training run's decision threshold (chosen by cross-validation
over CLEF train+dev; see the model card) maps to 0.5: a sentence with
`checkworthy >= 0.5` is one the model calls check-worthy.
Limits: trained on US political debate transcripts, so news prose, headlines and quotes are out of
domain; a sentence is judged alone (no article context); English only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from newssift.analysis import Analysis
from newssift.errors import ModelError
from newssift.heads import ModelDir, models_root, sigmoid
from newssift.pipeline import Analyzer

NUMBER_WORDS = re.compile(
    r"\b(?:percent|per cent|million|billion|trillion|thousand|hundred|dozen|half|twice|double|"
    r"triple|quarter)\b|%|\$", re.IGNORECASE)
COMPARISON = re.compile(r"\b(?:more|less|fewer|most|least|than|higher|lower|increase\w*|"
                        r"decrease\w*|cut|rais\w+|record)\b", re.IGNORECASE)
YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
N_TEXT_FEATURES = 8


def text_features(text: str) -> np.ndarray:
    """Cheap features of one sentence (the same at training and inference)."""
    words = text.split()
    inner_caps = sum(w[:1].isupper() for w in words[1:] if w != "I")
    return np.array([
        any(c.isdigit() for c in text),
        bool(NUMBER_WORDS.search(text)),
        bool(YEAR.search(text)),
        min(inner_caps, 4) / 4,
        np.log1p(len(words)) / 4,
        text.rstrip().endswith("?"),
        bool(COMPARISON.search(text)),
        words[:1] in (["I"], ["We"], ["I'm"], ["I've"]),
    ], np.float32)


def sentence_inputs(vector: np.ndarray, token_vectors: np.ndarray, text: str) -> np.ndarray:
    """The head's input row: sentence vector, max-pooled piece vectors, text features."""
    pooled = token_vectors.max(0) if len(token_vectors) else np.zeros_like(vector)
    return np.concatenate([vector, pooled, text_features(text)]).astype(np.float32)


def calibrate(p: np.ndarray, threshold: float) -> np.ndarray:
    """Monotone piecewise-linear map of probabilities that sends `threshold` to 0.5."""
    p = np.asarray(p, np.float64)
    low = p / (2 * threshold)
    high = 0.5 + (p - threshold) / (2 * (1 - threshold))
    return np.clip(np.where(p < threshold, low, high), 0.0, 1.0)


class CheckworthyModel:
    """The shipped head: `scores(rows)` gives calibrated check-worthiness for input rows."""

    def __init__(self, path: Path | str | None = None):
        self.model = ModelDir.load(path or models_root() / "checkworthy")
        self.head = self.model.head()
        self.threshold = float(self.model.config.get("threshold", 0.5))
        if not 0 < self.threshold < 1:
            raise ModelError(f"checkworthy model threshold {self.threshold} is not in (0, 1)")

    def probabilities(self, rows: np.ndarray) -> np.ndarray:
        return sigmoid(self.head(rows)[:, 0]) if len(rows) else np.zeros(0)

    def scores(self, rows: np.ndarray) -> np.ndarray:
        return calibrate(self.probabilities(rows), self.threshold)


class CheckworthyAnalyzer(Analyzer):
    """Assigns the sentence field `checkworthy` (calibrated score; >= 0.5 means check-worthy)."""

    name = "checkworthy"
    requires = ("encoding",)
    assigns = ("checkworthy",)

    def __init__(self, model_dir: Path | str | None = None):
        self.model = CheckworthyModel(model_dir)

    def predict(self, batch: Sequence[Analysis]) -> list[np.ndarray]:
        rows, sizes = [], []
        for a in batch:
            enc = a.encoding
            rows += [sentence_inputs(enc.sentence_vectors[i], enc.token_vectors[i], s.text)
                     for i, s in enumerate(a.sentences)]
            sizes.append(len(a.sentences))
        scores = self.model.scores(np.stack(rows)) if rows else np.zeros(0)
        return list(np.split(scores, np.cumsum(sizes)[:-1]))

    def set_annotations(self, batch: Sequence[Analysis], predictions: list[np.ndarray]) -> None:
        for analysis, scores in zip(batch, predictions):
            analysis.sentence_fields["checkworthy"] = [round(float(s), 4) for s in scores]
