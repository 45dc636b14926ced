"""A relative clause describing a place or body before the source is no content: "But in Dunmara, [which
lost nearly half its farmland to the flooding,] residents describe a slow unravelling".

The tagger may read a non-defining relative clause set between commas before the source as part of what
was said. A content piece before the statement's source (and cue) that opens with a relative word
("which", "where", "whose", "who") right after a comma, and ends at a comma or runs up to the next
comma, describes the noun before it in the writer's voice: it is dropped when the statement keeps another
piece (`drop_relative_aside`, applied by the analyzer).
Limits: only pieces before both the source and the cue.
"""

from __future__ import annotations

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan

OPENERS = frozenset({"which", "where", "whose", "who"})


def drop_relative_aside(analysis: Analysis, x: Linked) -> list[RoleSpan]:
    """x's content pieces without a relative clause between commas before its source (module docstring)."""
    src, toks = x.source, analysis.tokens
    if src is None or len(x.content) < 2:
        return x.content
    first = min(src.start, x.cue.start)
    kept = [c for c in x.content if not (c.end <= first and c.token_start > 0
                                         and toks[c.token_start].text.lower() in OPENERS
                                         and toks[c.token_start - 1].text == ","
                                         and _closed(analysis, c))]
    return kept or x.content


def _closed(analysis: Analysis, c: RoleSpan) -> bool:
    toks = analysis.tokens
    if toks[c.token_end - 1].text == ",":
        return True
    return c.token_end < len(toks) and toks[c.token_end].text == ","
