"""A coordinated cue with no source: a pronoun opening a clause in between is its source."""

from __future__ import annotations

import pytest

from newssift.analysis import Analysis
from newssift.analyzers.attribution.coordination import coordinated_source
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan
from newssift.text import Article


def role_span(analysis: Analysis, role: str, words: str) -> RoleSpan:
    start = analysis.text.index(words)
    end = start + len(words)
    toks = [i for i, t in enumerate(analysis.tokens) if start <= t.start and t.end <= end]
    return RoleSpan(role, start, end, 0.9, 0, toks[0], toks[-1] + 1)


@pytest.mark.parametrize(("text", "content", "cue", "expected"), [
    ("When deputies asked him to name a route, he waffled and finally mumbled something about a review.",
     "him to name a route", "finally mumbled something about", "he"),
    ("The deputies asked about the route, and later demanded a review.", "about the route",
     "later demanded", "The deputies"),
    ("The deputies asked whether, as she said, the route was safe, and demanded a review.",
     "whether, as she said, the route was safe", "demanded", "The deputies"),
])
def test_a_pronoun_opening_a_clause_in_between_owns_the_coordinated_cue(text: str, content: str, cue: str,
                                                                        expected: str) -> None:
    analysis = Analysis.of(Article(text))
    source = role_span(analysis, "source", "deputies" if expected == "he" else "The deputies")
    prev = Linked(role_span(analysis, "cue", "asked"), source=source,
                  content=[role_span(analysis, "content", content)])
    found = coordinated_source(analysis, prev, role_span(analysis, "cue", cue))
    assert found is not None and text[found.start : found.end] == expected
