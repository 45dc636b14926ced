"""Genre: opinion, reporting or satire (SemEval-2023 Task 3 subtask 1).

A temperature-calibrated softmax head on the article's features (mean and max of its sentence vectors
from `analysis.encoding`), run in numpy. `genre`: {label, score, scores: {label: score}}, or null for an
article without sentences. Data, scores and limits in `models/genre/README.md`.
Limits: English only; trained on 347 articles of which 306 are opinion, 33 reporting and 8 satire, so
satire is rarely recognised and "reporting" is less reliable than "opinion".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from newssift.analysis import Analysis
from newssift.analyzers.persuasion import features as F
from newssift.analyzers.persuasion.model import SoftmaxHead, check_dim
from newssift.errors import AnalyzerError
from newssift.heads import ModelDir, models_root
from newssift.pipeline import Analyzer

DESCRIPTIONS = {
    "opinion": "Argues a point of view: commentary, editorials, columns and partisan writing.",
    "reporting": "Sets out to inform about events, attributing claims to sources.",
    "satire": "Mocks its subject through irony or invented, absurd news.",
}


@dataclass(frozen=True, slots=True)
class Genre:
    label: str
    score: float
    scores: dict[str, float]


@cache
def _load(path: str) -> tuple[list[str], SoftmaxHead]:
    model = ModelDir.load(path)
    return model.labels, SoftmaxHead(model, "article")


class GenreAnalyzer(Analyzer):
    name = "genre"
    requires = ("encoding",)
    assigns = ("genre",)

    def __init__(self, model_dir: Path | str | None = None):
        self.labels, self.head = _load(str(model_dir or models_root() / "genre"))

    def predict(self, batch: Sequence[Analysis]) -> list[Genre | None]:
        return [self._predict_one(a) for a in batch]

    def _predict_one(self, analysis: Analysis) -> Genre | None:
        if analysis.encoding is None:
            raise AnalyzerError("analyzer 'genre' needs analysis.encoding; run the encoder first")
        vectors = analysis.encoding.sentence_vectors
        if not len(vectors):
            return None
        check_dim(self.head, F.ARTICLE_PARTS, vectors.shape[1], "the genre model")
        probs = self.head.probs(F.article_features(vectors))[0]
        best = int(probs.argmax())
        scores = {label: round(float(p), 4) for label, p in zip(self.labels, probs, strict=True)}
        return Genre(self.labels[best], round(float(probs[best]), 4), scores)

    def set_annotations(self, batch: Sequence[Analysis], predictions: list[Genre | None]) -> None:
        for analysis, genre in zip(batch, predictions, strict=True):
            analysis.layers["genre"] = genre
