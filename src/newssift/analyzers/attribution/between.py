"""A content between two coordinated cues is the first cue's: "The city council urged residents [to
work from home where possible] and said [extra cycle racks had been installed]".

The linker gives a content piece to the nearest cue, here "said" right after the piece, which then
holds two pieces while "urged" holds none and, with its source, is dropped. When a cue of the sentence
has no content, the next cue has a piece before it and another after it, and the first piece follows the
content-less cue within `MAX_OBJECT` tokens (its object, "residents") and is parted from the next cue
only by a conjunction ("and", "but", optionally after a comma), the piece goes back to the first cue
(`give_back`, applied by `linker.link` before content-less cues are dropped).
Limits: cues of one sentence only; the object between the cue and the piece holds no punctuation.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from newssift.analysis import Analysis

if TYPE_CHECKING:
    from newssift.analyzers.attribution.linker import Linked

MAX_OBJECT = 4
CONJUNCTIONS = frozenset({"and", "but"})


def give_back(analysis: Analysis, cues: list[Linked]) -> None:
    """Contents of one sentence's cues, rebalanced in place (module docstring); `cues` in text order."""
    toks = analysis.tokens
    ordered = sorted(cues, key=lambda x: x.cue.start)
    for x, y in itertools.pairwise(ordered):
        if x.content or len(y.content) < 2:
            continue
        before = [c for c in y.content if x.cue.end <= c.start and c.end <= y.cue.start]
        if len(before) != 1 or not any(c.start >= y.cue.end for c in y.content):
            continue
        piece = before[0]
        gap = toks[x.cue.token_end : piece.token_start]
        link = [t.text.lower() for t in toks[piece.token_end : y.cue.token_start]]
        if len(gap) > MAX_OBJECT or any(not t.text[:1].isalnum() for t in gap):
            continue
        if not (0 < len(link) <= 2 and link[-1] in CONJUNCTIONS and link[:-1] in ([], [","])):
            continue
        y.content.remove(piece)
        x.content.append(piece)
