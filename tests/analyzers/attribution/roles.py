"""Test helper: a tagged role span over the words of a hand-written passage."""

from __future__ import annotations

from newssift.analysis import Analysis
from newssift.analyzers.attribution.tagger import RoleSpan


def role_span(analysis: Analysis, role: str, words: str, last: bool = False) -> RoleSpan:
    """The RoleSpan of `role` over the first (or, with `last`, the last) occurrence of `words`."""
    start = analysis.text.rindex(words) if last else analysis.text.index(words)
    end = start + len(words)
    toks = [i for i, t in enumerate(analysis.tokens) if start <= t.start and t.end <= end]
    sentence = next((i for i, s in enumerate(analysis.sentences) if s.start <= start < s.end), 0)
    return RoleSpan(role, start, end, 0.9, sentence, toks[0], toks[-1] + 1)


def built(text: str, *roles: tuple[str, str]) -> list:
    """The statements `build` makes of `text` tagged with (role, words) pairs, in that order."""
    from newssift.analyzers.statements import build
    from newssift.text import Article

    analysis = Analysis.of(Article(text))
    return build(analysis, [role_span(analysis, role, words) for role, words in roles])[0]
