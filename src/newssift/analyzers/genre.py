"""Genre: opinion, reporting or satire (SemEval-2023 Task 3 subtask 1).

A temperature-calibrated softmax head on the article's features (mean and max of its sentence vectors
from `analysis.encoding`, plus, when the model was trained with them, the surface style features of
`persuasion.style` computed from the article text and its title and body sentences, standardised with
the means and deviations stored in the model), run in numpy. `genre`: {label, score, scores:
{label: score}}, or null for an article without sentences. Data, scores and limits in
`models/genre/README.md`.
Limits: English only; trained on 347 SemEval articles (306 opinion, 33 reporting, 8 satire), 600
PolNeAR hard-news articles as weakly labelled reporting (`training/genre_news.py`) and 801 SemEval
articles in five other languages read through the English encoder (`training/genre_languages.py`;
61 satire) and 48 articles written for newssift (`training/genre_own.py`; 24 satire), so what it knows
of satire comes mostly from our own writers: satire unlike theirs (an ironic column) may read as opinion
and a sarcastic column as satire; political writing leans towards reporting; a text of a few sentences
carries too little for a genre.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from newssift.analysis import Analysis
from newssift.analyzers.persuasion import features as F
from newssift.analyzers.persuasion.model import SoftmaxHead, check_dim
from newssift.analyzers.persuasion.style import STYLE_NAMES, style_features
from newssift.errors import AnalyzerError, ModelError
from newssift.heads import ModelDir, models_root
from newssift.pipeline import Analyzer
from newssift.text import Span

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


def raw_features(analysis: Analysis, style: bool = True) -> np.ndarray:
    """One row: article features of the encoding, then (if `style`) the style features of the text
    (title = the segmentation's title, body = the sentences inside paragraphs); not standardised."""
    x = F.article_features(analysis.encoding.sentence_vectors)
    if not style:
        return x
    body = [Span(s.start, s.end) for s in analysis.sentences if s.paragraph is not None]
    return np.concatenate([x, style_features(analysis.text, analysis.title, body)], axis=1)


@dataclass(frozen=True)
class GenreModel:
    """The head plus its input recipe: style features on or off, and the input standardisation."""

    labels: list[str]
    head: SoftmaxHead
    style: bool
    mean: np.ndarray | None
    std: np.ndarray | None
    offsets: np.ndarray

    @property
    def extra(self) -> int:
        return len(STYLE_NAMES) if self.style else 0

    def features(self, analysis: Analysis) -> np.ndarray:
        x = raw_features(analysis, self.style)
        if self.mean is not None and self.std is not None:
            x = (x - self.mean) / self.std
        return x.astype(np.float32)


@cache
def _load(path: str) -> GenreModel:
    model = ModelDir.load(path)
    cfg = model.config.get("article") or {}
    style = cfg.get("style") is not None
    if style and list(cfg["style"]) != STYLE_NAMES:
        raise ModelError(f"{path} was trained with other style features; retrain it with the "
                         "command in its README.md")
    offsets = np.asarray(cfg.get("offsets", [0.0] * len(model.labels)), np.float32)
    return GenreModel(model.labels, SoftmaxHead(model, "article"), style,
                      model.tensors.get("input.mean"), model.tensors.get("input.std"), offsets)


class GenreAnalyzer(Analyzer):
    name = "genre"
    requires = ("encoding",)
    assigns = ("genre",)

    def __init__(self, model_dir: Path | str | None = None):
        self.model = _load(str(model_dir or models_root() / "genre"))
        self.labels = self.model.labels

    def predict(self, batch: Sequence[Analysis]) -> list[Genre | None]:
        return [self._predict_one(a) for a in batch]

    def _predict_one(self, analysis: Analysis) -> Genre | None:
        if analysis.encoding is None:
            raise AnalyzerError("analyzer 'genre' needs analysis.encoding; run the encoder first")
        vectors = analysis.encoding.sentence_vectors
        if not len(vectors):
            return None
        head = self.model.head
        check_dim(head, F.ARTICLE_PARTS, vectors.shape[1], "the genre model", self.model.extra)
        probs = head.probs(self.model.features(analysis), self.model.offsets)[0]
        best = int(probs.argmax())
        scores = {label: round(float(p), 4) for label, p in zip(self.labels, probs, strict=True)}
        return Genre(self.labels[best], round(float(probs[best]), 4), scores)

    def set_annotations(self, batch: Sequence[Analysis], predictions: list[Genre | None]) -> None:
        for analysis, genre in zip(batch, predictions, strict=True):
            analysis.layers["genre"] = genre
