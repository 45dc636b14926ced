"""A discourse aside opening a content is the writer's, not the speaker's: 'He noted, [however,] that
the direction of travel matched two smaller polls'.

The tagger may open a content on the connective set between commas after the cue ("however", "for
her part", "in fact": `lexicons/en/content_asides.txt`). A content piece that opens with such an aside
followed by a comma, with at least `MIN_REST` tokens after the comma, starts after the comma
(`drop_content_aside`, applied by the analyzer).
Limits: only an aside opening the piece; one in the middle of a content ("the plan, however, was
shelved") is part of the reported clause and stays.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from newssift import lexicons
from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan

MIN_REST = 2


@cache
def _asides() -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(a.split()) for a in lexicons.load("content_asides")), key=len, reverse=True))


def drop_content_aside(analysis: Analysis, x: Linked) -> list[RoleSpan]:
    """x's content pieces without an opening aside and its comma (module docstring)."""
    return [_cut(analysis, c) for c in x.content]


def _cut(analysis: Analysis, c: RoleSpan) -> RoleSpan:
    toks = analysis.tokens
    words = [t.text.lower() for t in toks[c.token_start : c.token_end]]
    aside = next((a for a in _asides() if tuple(words[: len(a)]) == a), None)
    if aside is None or len(words) < len(aside) + 1 + MIN_REST or words[len(aside)] != ",":
        return c
    k = c.token_start + len(aside) + 1
    return replace(c, start=toks[k].start, token_start=k)
