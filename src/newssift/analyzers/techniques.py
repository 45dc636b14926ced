"""Persuasion techniques: spans (`techniques`) and paragraph label sets (`paragraph_techniques`).

The 23 labels of SemEval-2023 Task 3 subtask 3 / CheckThat! 2024 Task 3 (definitions in our own words
in `lexicons/en/techniques.json`). Heads on the frozen shared encoder (`analysis.encoding` only), run in
numpy; see `models/techniques/README.md` for data, scores and limits.

- `techniques`: [{start, end, text, label, score, voice: author|quoted, statement: id|null, basis}],
  sorted by start. `basis`: `span` when the words themselves reach the technique's threshold,
  `paragraph` when only the paragraph is labelled with it and these are the words most likely to carry
  it (weaker evidence), `repetition` for words the article says again. `voice` is `quoted` when the
  span's middle lies in a statement's content (`statements` layer, read when an earlier analyzer
  assigned it) or else inside a quotation (`quotes` layer).
- `paragraph_techniques`: [{paragraph, labels, scores}] for every paragraph; a label's score mixes the
  paragraph head's probability with the highest word-piece probability inside the paragraph;
  `labels` are those reaching the label's threshold, `scores` lists every label scoring at least 0.1.
Spans are runs of word pieces over a label's threshold (lower inside a paragraph labelled with it),
widened to whole tokens; a span without a content word is dropped. A paragraph labelled with a
technique but holding no span of it gets the run around its content-word piece most likely to carry it, so
every paragraph label points at words. Repetition, which no one sentence shows, comes from a head that
reads each word with how often the article says it again (`persuasion.repetition`).
Limits: English only; trained on ~450 news and opinion articles about a few topics (2020-2022);
scores are probabilities calibrated on training folds, and rare techniques are seldom found.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from newssift.analysis import Analysis
from newssift.analyzers.persuasion.technique_model import Found, TechniqueModel
from newssift.analyzers.persuasion.voice import VoiceIndex
from newssift.errors import AnalyzerError
from newssift.heads import models_root
from newssift.pipeline import Analyzer

SCORE_FLOOR = 0.1  # paragraph scores below this are left out of `scores`


@dataclass(frozen=True, slots=True)
class Technique:
    start: int
    end: int
    text: str
    label: str
    score: float
    voice: str = "author"
    statement: str | None = None
    basis: str = "span"


@dataclass(frozen=True, slots=True)
class ParagraphTechniques:
    paragraph: int
    labels: list[str]
    scores: dict[str, float]


@dataclass(frozen=True, slots=True)
class Prediction:
    spans: list[Found]
    paragraphs: list[tuple[list[str], dict[str, float]]]


@cache
def definitions(language: str = "en") -> dict[str, dict[str, str]]:
    """{label: {"name", "definition"}} for the 23 techniques (our own wording)."""
    path = resources.files("newssift.lexicons").joinpath(language, "techniques.json")
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def _load(path: str) -> TechniqueModel:
    return TechniqueModel.load(path)


def _require_encoding(analysis: Analysis, name: str) -> Any:
    if analysis.encoding is None:
        raise AnalyzerError(f"analyzer {name!r} needs analysis.encoding; run the encoder first")
    return analysis.encoding


class TechniquesAnalyzer(Analyzer):
    name = "techniques"
    requires = ("encoding",)
    assigns = ("techniques", "paragraph_techniques")

    def __init__(self, model_dir: Path | str | None = None):
        self.model = _load(str(model_dir or models_root() / "techniques"))

    def predict(self, batch: Sequence[Analysis]) -> list[Prediction]:
        return [self._predict_one(a) for a in batch]

    def _predict_one(self, analysis: Analysis) -> Prediction:
        encoding = _require_encoding(analysis, self.name)
        if not analysis.sentences:
            return Prediction([], [([], {}) for _ in analysis.paragraphs])
        self.model.check(encoding)
        bounds = [(s.start, s.end) for s in analysis.sentences]
        tokens = [[(t.start, t.end) for t in analysis.tokens[s.token_start : s.token_end]]
                  for s in analysis.sentences]
        groups = [range(p.sentence_start, p.sentence_end) for p in analysis.paragraphs]
        probs, spans = self.model.analyse(analysis.text, encoding, groups,
                                          [s.paragraph for s in analysis.sentences], bounds,
                                          tokens)
        paragraphs = []
        for row in probs:
            labels = [self.model.labels[k] for k in range(len(row))
                      if row[k] >= self.model.paragraph.thresholds[k]]
            scores = {self.model.labels[k]: round(float(row[k]), 4)
                      for k in sorted(range(len(row)), key=lambda k: -row[k])
                      if row[k] >= SCORE_FLOOR}
            paragraphs.append((labels, scores))
        return Prediction(_merge(spans), paragraphs)

    def set_annotations(self, batch: Sequence[Analysis], predictions: list[Prediction]) -> None:
        for analysis, pred in zip(batch, predictions, strict=True):
            voices = VoiceIndex(analysis.layers)
            found = []
            for k, start, end, score, basis in pred.spans:
                voice, statement = voices.voice(start, end)
                found.append(Technique(start, end, analysis.text[start:end], self.model.labels[k],
                                       round(min(max(score, 0.0), 1.0), 4), voice, statement, basis))
            analysis.layers["techniques"] = found
            analysis.layers["paragraph_techniques"] = [
                ParagraphTechniques(p.index, labels, scores)
                for p, (labels, scores) in zip(analysis.paragraphs, pred.paragraphs, strict=True)]


BASES = ("span", "repetition", "paragraph")  # strongest first: a joined span keeps the stronger basis


def _merge(spans: list[Found]) -> list[Found]:
    """Sort by start and join overlapping or touching spans of the same label (keeping the max score
    and the stronger basis)."""
    out: list[Found] = []
    last: dict[int, int] = {}  # label -> index in out of its latest span
    for k, start, end, score, basis in sorted(spans, key=lambda s: (s[1], s[2], s[0])):
        j = last.get(k)
        if j is not None and start <= out[j][2]:
            _, s0, e0, sc0, b0 = out[j]
            out[j] = (k, s0, max(e0, end), max(sc0, score), min(b0, basis, key=BASES.index))
            continue
        last[k] = len(out)
        out.append((k, start, end, score, basis))
    return out
