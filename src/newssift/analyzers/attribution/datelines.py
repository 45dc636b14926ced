"""A wire dateline is no content: "VARENNA, June 12 (Wire) - The governments … have agreed …, according
to two people briefed on the negotiations."

The tagger may mark the place name of a dateline opening the sentence ("VARENNA") as a content piece
of its own before the real content. A content piece lying wholly inside a dateline or live-blog
timestamp at the start of its sentence (`linker.DATELINE`) is dropped when another piece is left
(`drop_dateline_content`, applied by the analyzer); a piece running from the dateline into the
sentence starts after it.
Limits: only a dateline the linker's pattern reads (capitalised place, optional date and agency, a dash).
"""

from __future__ import annotations

from dataclasses import replace

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import DATELINE, Linked
from newssift.analyzers.attribution.tagger import RoleSpan


def _dateline_end(analysis: Analysis, piece: RoleSpan) -> int | None:
    """The end of the dateline opening the sentence of `piece`, if there is one."""
    sentence = analysis.sentences[piece.sentence] if piece.sentence < len(analysis.sentences) else None
    if sentence is None:
        return None
    m = DATELINE.match(analysis.text, analysis.tokens[sentence.token_start].start)
    return m.end() if m else None


def drop_dateline_content(analysis: Analysis, x: Linked) -> list[RoleSpan]:
    """x's content without the pieces inside an opening dateline (module docstring)."""
    out = []
    for c in x.content:
        end = _dateline_end(analysis, c)
        if end is None or c.start >= end:
            out.append(c)
        elif c.end > end:
            first = next(i for i in range(c.token_start, c.token_end) if analysis.tokens[i].start >= end)
            out.append(replace(c, start=analysis.tokens[first].start, token_start=first))
    return out if out else x.content
