"""Ranked check-worthy claims: which sentences to check first, who made them, what they involve.

A sentence becomes a claim when its `checkworthy` score reaches `threshold` (0.5, the model's own
decision point), or when it holds a figure (a count, money, percent or measure quantity) and its score
reaches `numeric_floor`: numeric claims are the ones a fact-checker can most often verify, so they are let
in a little earlier. Each claim carries:
- its span: the content of the statement that covers the sentence, cut to the sentence, when the
  statements layer found one ("recruits are offered monthly salaries ..."), else the whole sentence;
- the statement id, its source id and source kind (`"unattributed"` when no statement or source);
- the `entity_id`s of the entities inside the span and the indexes of the quantities inside the span,
  so a numeric claim always comes with its figures.
Claims are ranked by score (ties: text order). Rule-based over the other layers: it reads `statements`,
`entities` and `quantities` when present and works without them (every claim then `unattributed`).
Limits: one claim per sentence at most; a claim split over two sentences is two claims.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from newssift.analysis import Analysis
from newssift.pipeline import Analyzer
from newssift.text import Sentence

NUMERIC = frozenset({"count", "money", "percent", "measure"})


@dataclass(frozen=True, slots=True)
class Claim:
    rank: int
    start: int
    end: int
    text: str
    score: float
    sentence: int
    statement: str | None
    source_id: str | None
    source_kind: str
    entities: list[str] = field(default_factory=list)
    quantities: list[int] = field(default_factory=list)
    label: str = "claim"

    def to_dict(self) -> dict[str, Any]:
        return {"rank": self.rank, "start": self.start, "end": self.end, "text": self.text,
                "label": self.label, "score": round(float(self.score), 4), "sentence": self.sentence,
                "statement": self.statement, "source_id": self.source_id,
                "source_kind": self.source_kind, "entities": list(self.entities),
                "quantities": list(self.quantities)}


def get(record: Any, name: str, default: Any = None) -> Any:
    """A field of a layer record, whether it is a dict or an object."""
    if isinstance(record, dict):
        return record.get(name, default)
    return getattr(record, name, default)


def _inside(record: Any, start: int, end: int) -> bool:
    a, b = get(record, "start"), get(record, "end")
    return a is not None and start <= a and b <= end


def _overlap(a: int, b: int, c: int, d: int) -> int:
    return max(0, min(b, d) - max(a, c))


def covering_statement(statements: Sequence[Any], s: Sentence) -> Any | None:
    """The statement whose content overlaps the sentence most (else whose span does), or None."""
    best, best_overlap = None, 0
    for st in statements:
        parts = get(st, "content") or []
        overlap = sum(_overlap(get(c, "start"), get(c, "end"), s.start, s.end) for c in parts)
        overlap = overlap or _overlap(get(st, "start"), get(st, "end"), s.start, s.end) // 4
        if overlap > best_overlap:
            best, best_overlap = st, overlap
    return best


def claim_span(statement: Any | None, s: Sentence) -> tuple[int, int]:
    """The statement's content inside the sentence, or the sentence."""
    parts = [(max(get(c, "start"), s.start), min(get(c, "end"), s.end))
             for c in (get(statement, "content") or [] if statement is not None else [])]
    parts = [(a, b) for a, b in parts if b - a > 0]
    if not parts:
        return s.start, s.end
    start, end = min(a for a, _ in parts), max(b for _, b in parts)
    return (start, end) if end - start >= 12 else (s.start, s.end)


class ClaimsAnalyzer(Analyzer):
    """Assigns `claims` (see the module docstring)."""

    name = "claims"
    requires = ("checkworthy", "quantities")
    assigns = ("claims",)

    def __init__(self, threshold: float = 0.5, numeric_floor: float = 0.25):
        self.threshold = threshold
        self.numeric_floor = numeric_floor

    def __call__(self, analysis: Analysis) -> Analysis:
        analysis.layers["claims"] = self.claims(analysis)
        return analysis

    def claims(self, analysis: Analysis) -> list[Claim]:
        scores = analysis.sentence_fields.get("checkworthy") or [0.0] * len(analysis.sentences)
        quantities = analysis.layers.get("quantities") or []
        found = []
        for i, s in enumerate(analysis.sentences):
            numeric = any(get(q, "label") in NUMERIC and _inside(q, s.start, s.end)
                          for q in quantities)
            if scores[i] >= self.threshold or (numeric and scores[i] >= self.numeric_floor):
                found.append(self._claim(analysis, i, s, float(scores[i])))
        found.sort(key=lambda c: (-c.score, c.start))
        return [dataclasses.replace(c, rank=k + 1) for k, c in enumerate(found)]

    def _claim(self, analysis: Analysis, i: int, s: Sentence, score: float) -> Claim:
        layers = analysis.layers
        statement = covering_statement(layers.get("statements") or [], s)
        source = get(statement, "source") if statement is not None else None
        start, end = claim_span(statement, s)
        entity_ids: list[str] = []
        for e in layers.get("entities") or []:
            eid = get(e, "entity_id")
            if _inside(e, start, end) and eid and eid not in entity_ids:
                entity_ids.append(eid)
        quantities = [k for k, q in enumerate(layers.get("quantities") or [])
                      if _inside(q, start, end)]
        return Claim(0, start, end, analysis.text[start:end], score, i,
                     get(statement, "id") if statement is not None else None,
                     get(source, "source_id") if source is not None else None,
                     (get(source, "kind") if source is not None else None) or "unattributed",
                     entity_ids, quantities)

