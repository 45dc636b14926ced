"""A reporting clause after its content takes the whole clause before it: "Solvane Energy expects to write
down the value of its field by as much as 900 million dollars, the company disclosed".

The tagger may split the reported clause at a verb of its own ("Solvane Energy | expects | to write
down" and "the value of … dollars"), so the closing "the company disclosed" gets only the words after
the split. A statement whose source and cue follow its one content piece (", the company disclosed"),
whose piece does not open its sentence, and whose sentence up to the piece is exactly another
statement's source, cue and content, takes the sentence from its start as its content; the other
statement's content runs on to the end of that piece, nested inside it (`join_inverted_clause`, applied
by the analyzer after repair).
Limits: one content piece and one statement before it; a dateline opening the sentence is skipped.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked, after_dateline


def _parts(x: Linked) -> list:
    return sorted([r for r in (x.source, x.cue, *x.content) if r is not None], key=lambda r: r.start)


def join_inverted_clause(analysis: Analysis, linked: list[Linked]) -> list[Linked]:
    """`linked` with split clauses before a closing reporting clause joined again (module docstring)."""
    text, toks = analysis.text, analysis.tokens
    for x in linked:
        if len(x.content) != 1 or x.source is None:
            continue
        piece = x.content[0]
        if not piece.end <= x.source.start < x.cue.start or text[piece.end : x.source.start].strip() != ",":
            continue
        s = analysis.sentences[piece.sentence]
        first = after_dateline(analysis, s.token_start, piece.token_start)
        if piece.token_start <= first:
            continue
        for y in linked:
            parts = _parts(y) if y is not x and y.source is not None and y.content else []
            if not parts or parts[0].token_start != first or parts[-1] not in y.content:
                continue
            gaps = [text[a.end : b.start] for a, b in pairwise([*parts, piece])]
            if any(g.strip() for g in gaps):
                continue
            last = parts[-1]
            y.content = [c for c in y.content if c is not last] + [replace(last, end=piece.end,
                                                                          token_end=piece.token_end)]
            x.content = [replace(piece, start=toks[first].start, token_start=first)]
            break
    return linked
