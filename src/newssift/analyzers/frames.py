"""Frames: how the article frames its issue (SemEval-2023 Task 3 subtask 2, 14 labels, multi-label).

A calibrated multi-label head on the article's features (mean and max of its sentence vectors from
`analysis.encoding`), run in numpy. `frames`: [{label, score}] for the labels whose calibrated score
reaches the label's threshold, highest score first. Label definitions (our own wording) are in
`lexicons/en/frames.json`; data, scores and limits in `models/frames/README.md`.
Limits: English only; trained on 347 articles, mostly opinion pieces on a handful of 2020-2022 topics;
an article without sentences gets no frames.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np

from newssift.analysis import Analysis
from newssift.analyzers.persuasion import features as F
from newssift.analyzers.persuasion.model import MultiLabelHead, check_dim
from newssift.errors import AnalyzerError
from newssift.heads import ModelDir, models_root
from newssift.pipeline import Analyzer


@dataclass(frozen=True, slots=True)
class Frame:
    label: str
    score: float


@cache
def definitions(language: str = "en") -> dict[str, dict[str, str]]:
    """{label: {"name", "definition"}} for the 14 frames (our own wording)."""
    path = resources.files("newssift.lexicons").joinpath(language, "frames.json")
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def _load(path: str) -> tuple[list[str], MultiLabelHead]:
    model = ModelDir.load(path)
    return model.labels, MultiLabelHead(model, "article")


class FramesAnalyzer(Analyzer):
    name = "frames"
    requires = ("encoding",)
    assigns = ("frames",)

    def __init__(self, model_dir: Path | str | None = None):
        self.labels, self.head = _load(str(model_dir or models_root() / "frames"))

    def predict(self, batch: Sequence[Analysis]) -> list[list[Frame]]:
        return [self._predict_one(a) for a in batch]

    def _predict_one(self, analysis: Analysis) -> list[Frame]:
        if analysis.encoding is None:
            raise AnalyzerError("analyzer 'frames' needs analysis.encoding; run the encoder first")
        vectors = analysis.encoding.sentence_vectors
        if not len(vectors):
            return []
        check_dim(self.head, F.ARTICLE_PARTS, vectors.shape[1], "the frames model")
        probs = self.head.probs(F.article_features(vectors))[0]
        chosen = np.flatnonzero(probs >= self.head.thresholds)
        return [Frame(self.labels[k], round(float(probs[k]), 4))
                for k in sorted(chosen, key=lambda k: -probs[k])]

    def set_annotations(self, batch: Sequence[Analysis], predictions: list[list[Frame]]) -> None:
        for analysis, frames in zip(batch, predictions, strict=True):
            analysis.layers["frames"] = frames
