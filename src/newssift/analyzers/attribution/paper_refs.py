""""According to the paper, …" after a study and another document: the paper is the study.

`coref` links a definite research paper ("the paper", `papers.retype`) to a document source that spoke
before it. The latest document is not always the one: "A study published in the journal Coastal Health
found … A separate report by the city council said … According to the paper, …" means the study. A
document is paper-like when its head is a research-paper noun (`PAPER_HEADS`: study, paper, preprint,
analysis) or its first mention carries a research marker (`research_papers`: "journal",
"researchers"); the latest paper-like document is the candidate when there is one, else the latest
document (`research_document`). A report or survey introduced after a paper-like candidate does not
stand in the way; another paper-like one ("a new study") does (`papers.same_document`).
Limits: word order only; a report is never the paper when a study spoke before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from newssift.analyzers.attribution import papers
from newssift.analyzers.attribution.records import SourceEntry

PAPER_HEADS = frozenset({"study", "studies", "paper", "papers", "preprint", "analysis"})
WORD = re.compile(r"\w+(?:[-'’]\w+)*")


class _Document(Protocol):
    entry: SourceEntry
    head: str
    last: int


D = TypeVar("D", bound=_Document)


def research_document(text: str, docs: Sequence[D], head: str, start: int) -> D | None:
    """The document source `docs` (in text order) that "the <head>" at `start` refers to, if any."""
    if not docs:
        return None
    paperlike = [d for d in docs if _paper_like(text, d)]
    last = paperlike[-1] if paperlike else docs[-1]
    competing = PAPER_HEADS if paperlike else None
    return last if papers.same_document(text, head, last.last, start, last.head, competing) else None


def _paper_like(text: str, d: _Document) -> bool:
    if d.head in PAPER_HEADS:
        return True
    first = min(d.entry.mentions, key=lambda m: m.start, default=None)
    words = {w.lower() for w in WORD.findall(text[first.start : first.end])} if first else set()
    return bool(words & papers.markers())
