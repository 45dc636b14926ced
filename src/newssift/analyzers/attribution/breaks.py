"""A content piece does not run over a paragraph break.

A headline without a closing full stop may be read as one sentence with the paragraph after it, and a
content piece then runs from the headline into the story ("how warnings were ignored\\n\\nFor more than a
year …, according to internal documents"). What was said lies on its cue's side of the break: a piece
crossing a blank line keeps only its part in the cue's paragraph side (after the last break when the cue
follows it, before the first when the cue precedes it) (`keep_cue_side`, applied by the analyzer).
A quotation running over paragraphs (each paragraph opening with a quotation mark, the convention) is
one piece and stays whole.
Limits: a piece holding its own cue is kept whole.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan

BREAK = re.compile(r"\n\s*\n")
QUOTE_OPENERS = "\"“‘«'"


def keep_cue_side(analysis: Analysis, x: Linked) -> list[RoleSpan]:
    """x's content pieces cut at a paragraph break to their cue's side (see the module docstring)."""
    return [_cut(analysis, c, x.cue) for c in x.content]


def _cut(analysis: Analysis, c: RoleSpan, cue: RoleSpan) -> RoleSpan:
    breaks = list(BREAK.finditer(analysis.text, c.start, c.end))
    if not breaks or any(analysis.text[b.end() : b.end() + 1] in QUOTE_OPENERS for b in breaks):
        return c  # a quotation running over paragraphs opens each one with a mark: one quotation
    start, end = (breaks[-1].end(), c.end) if cue.start >= c.end else (c.start, breaks[0].start())
    if cue.start < c.end and cue.end > c.start:
        return c  # a cue inside its own piece: leave it to the other rules
    toks = [i for i in range(c.token_start, c.token_end)
            if start <= analysis.tokens[i].start and analysis.tokens[i].end <= end]
    if not toks:
        return c
    first, last = analysis.tokens[toks[0]], analysis.tokens[toks[-1]]
    return replace(c, start=first.start, end=last.end, token_start=toks[0], token_end=toks[-1] + 1)
