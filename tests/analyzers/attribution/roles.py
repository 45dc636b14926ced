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


def build_tagged(text: str, roles: tuple[tuple[str, str], ...] | list[tuple[str, str]],
                 marked: list[tuple[str, str]] | tuple = ()) -> tuple[list, list]:
    """(statements, sources) `build` makes of `text` tagged with (role, words) pairs, in that order,
    with an entities layer of (words, label) pairs (first occurrences) when `marked` is given."""
    from newssift.analyzers.statements import build
    from newssift.text import Article

    analysis = Analysis.of(Article(text))
    if marked:
        analysis.layers["entities"] = [{"start": text.index(w), "end": text.index(w) + len(w), "label": label,
                                        "entity_id": f"e{i}"} for i, (w, label) in enumerate(marked)]
    return build(analysis, [role_span(analysis, role, words) for role, words in roles])


def built(text: str, *roles: tuple[str, str]) -> list:
    """The statements `build` makes of `text` tagged with (role, words) pairs, in that order."""
    return build_tagged(text, roles)[0]
