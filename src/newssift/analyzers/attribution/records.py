"""The records of the `statements`, `sources` and `sourcing` layers (JSON shapes in schema/layers/)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newssift.text import Span


@dataclass
class SourceRef:
    """A source (or `via`) mention inside a statement."""

    start: int
    end: int
    text: str
    kind: str
    source_id: str | None = None
    role: str | None = None  # title words ("Kremlin spokesman"), not serialised here
    name: str | None = None  # the name words ("Dmitry Peskov"), not serialised here
    link_score: float = 1.0  # confidence of a coreference link, folded into the statement score
    refers_to: Span | None = None  # a relative pronoun's antecedent ("Visser, who said"), not serialised

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind,
                "source_id": self.source_id}


@dataclass
class Cue:
    start: int
    end: int
    text: str
    stance: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "stance": self.stance}


@dataclass
class Statement:
    id: str
    type: str
    score: float
    source: SourceRef | None
    cue: Cue | None
    content: list[Span]
    via: SourceRef | None = None
    text_of: str = field(default="", repr=False)  # the article text, for slicing; not serialised
    turn: bool = False  # a transcript turn ("MAYOR OKAFOR: …"): the speaker's own words; not serialised

    @property
    def start(self) -> int:
        return min(s.start for s in self.parts())

    @property
    def end(self) -> int:
        return max(s.end for s in self.parts())

    def parts(self) -> list[Any]:
        return [p for p in (self.source, self.cue, self.via, *self.content) if p is not None]

    @property
    def root_kind(self) -> str:
        """The kind the statement finally rests on: the via source's when there is one."""
        if self.via is not None:
            return self.via.kind
        return self.source.kind if self.source is not None else "unattributed"

    def to_dict(self) -> dict[str, Any]:
        t = self.text_of
        return {
            "id": self.id, "start": self.start, "end": self.end, "text": t[self.start : self.end],
            "label": "statement", "type": self.type, "score": round(float(self.score), 4),
            "source": self.source.to_dict() if self.source else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "content": [{"start": c.start, "end": c.end, "text": t[c.start : c.end]} for c in self.content],
            "via": self.via.to_dict() if self.via else None,
        }


@dataclass
class SourceEntry:
    source_id: str
    name: str
    kind: str
    role: str | None
    mentions: list[Span]
    statements: list[str]
    entity_id: str | None = None
    text_of: str = field(default="", repr=False)

    def to_dict(self) -> dict[str, Any]:
        t = self.text_of
        return {"source_id": self.source_id, "name": self.name, "kind": self.kind, "role": self.role,
                "mentions": [{"start": m.start, "end": m.end, "text": t[m.start : m.end]}
                             for m in sorted(set(self.mentions))],
                "statements": list(self.statements), "entity_id": self.entity_id}


QUOTE_MARKS = "\"“”«»"
TRAILING = ".,;:!?"


def statement_type(text: str, content: list[Span], quotations: list[Span] | None = None) -> str:
    """direct (all content inside quotations), indirect (none) or mixed.

    `quotations`: the article's quotations, marks included (`chains.quotation_spans`: from the quotes
    layer, which tells a single-mark quotation from an apostrophe); without them, double and angle
    marks at a content piece's edges decide."""
    if quotations is not None:
        return _type_by_spans(text, content, quotations)
    chunks = [text[c.start : c.end].strip() for c in content]
    if not any(ch in QUOTE_MARKS for c in chunks for ch in c):
        return "indirect"
    quoted = all(c[:1] in QUOTE_MARKS and c.rstrip(TRAILING)[-1:] in QUOTE_MARKS for c in chunks if c)
    return "direct" if quoted else "mixed"


def _type_by_spans(text: str, content: list[Span], quotations: list[Span]) -> str:
    inside = touched = 0
    for c in content:
        start = c.start + len(text[c.start : c.end]) - len(text[c.start : c.end].lstrip())
        end = c.start + len(text[c.start : c.end].rstrip().rstrip(TRAILING).rstrip())
        core = Span(start, max(start, end))
        if any(q.contains(core) for q in quotations):
            inside += 1
        elif any(q.overlaps(c) for q in quotations):
            touched += 1
    if inside == len(content) and content:
        return "direct"
    return "mixed" if inside or touched else "indirect"
