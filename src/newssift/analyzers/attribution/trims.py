"""Edges the tagger sometimes takes into a span that belong to neither speaker nor words.

- A source closing on an aside between commas before its cue ("The Keldari Foreign Ministry, for its
  part, denied …"; `source_asides`) ends before the aside's comma (`drop_source_aside`).
- A content ending on a coordinating conjunction ("Starlane Records insisted the cancellation was down
  to 'logistical challenges' and | denied …", "welcomed the verdict but | said …") ends before it and
  before a comma left in front of it (`drop_trailing_conjunction`).
Both are applied by the analyzer after repair.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from newssift import lexicons
from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan

CONJUNCTIONS = frozenset({"and", "but", "or", "nor", "yet"})


@cache
def _asides() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(a.lower().split()) for a in lexicons.load("source_asides"))


def drop_source_aside(analysis: Analysis, x: Linked) -> RoleSpan | None:
    """x's source without a closing ", for its part,"-like aside (see the module docstring)."""
    src, toks = x.source, analysis.tokens
    if src is None or src.end > x.cue.start:
        return src
    words = [t.text.lower() for t in toks[src.token_start : src.token_end]]
    while words and words[-1] == ",":
        words.pop()
    for aside in _asides():
        n = len(aside)
        if len(words) > n + 1 and tuple(words[-n:]) == aside and words[-n - 1] == ",":
            end_tok = src.token_start + len(words) - n - 1
            if end_tok > src.token_start:
                return replace(src, end=toks[end_tok - 1].end, token_end=end_tok)
    return src


def drop_trailing_conjunction(analysis: Analysis, x: Linked) -> list[RoleSpan]:
    """x's contents without a closing "and" / "but" (and a comma before it)."""
    toks, out = analysis.tokens, []
    for c in x.content:
        end = c.token_end
        while end - c.token_start > 1 and toks[end - 1].text.lower() in CONJUNCTIONS:
            end -= 1
        while end < c.token_end and end - c.token_start > 1 and toks[end - 1].text == ",":
            end -= 1
        out.append(c if end == c.token_end else replace(c, end=toks[end - 1].end, token_end=end))
    return out
