"""'He said [inflation had fallen] and [that investors were returning]': two conjuncts, both content.

A content piece between a cue and a later "that" piece is usually the circumstance of the saying
("said during a meeting of [the Council] on Friday that …", dropped by `repair.drop_circumstance`). When
only a coordinating conjunction lies between the piece and the "that" piece ("said inflation had fallen
for three months and that investors were returning"), the piece is the first of two coordinated
contents and stays (`is_first_conjunct`).
Limits: the conjunction must lie right between the two pieces (a comma before it allowed).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newssift.analysis import Analysis
from newssift.analyzers.attribution.tagger import RoleSpan

JOIN = re.compile(r",?\s*(?:and|but|or)\s*", re.I)


def is_first_conjunct(analysis: Analysis, piece: RoleSpan, that_pieces: Sequence[RoleSpan]) -> bool:
    """Is `piece` joined by a bare conjunction to a "that" piece right after it?"""
    return any(piece.end <= t.start and JOIN.fullmatch(analysis.text[piece.end : t.start]) is not None
               for t in that_pieces)
