"""'Brandt has a talent for the reassuring phrase': a trait of the source, no statement."""

from __future__ import annotations

import pytest

from newssift.analysis import Analysis
from newssift.analyzers.statements import build
from newssift.text import Article
from tests.analyzers.attribution.roles import role_span


@pytest.mark.parametrize(("text", "source", "cue", "content", "kept"), [
    ("Minister Ada Brandt has a talent for the reassuring phrase.", "Minister Ada Brandt",
     "has a talent for", "the reassuring phrase", False),
    ("Minister Ada Brandt has a real knack for the memorable line.", "Minister Ada Brandt",
     "has", "a real knack for the memorable line", False),
    ("Minister Ada Brandt had no doubts about the plan.", "Minister Ada Brandt",
     "had no doubts about", "the plan", True),
    ("Minister Ada Brandt has said the plan has a weakness.", "Minister Ada Brandt",
     "has said", "the plan has a weakness", True),
])
def test_a_have_cue_with_a_trait_noun_is_no_statement(text: str, source: str, cue: str, content: str,
                                                      kept: bool) -> None:
    a = Analysis.of(Article(text))
    spans = [role_span(a, "source", source), role_span(a, "cue", cue), role_span(a, "content", content)]
    statements, _ = build(a, spans)
    assert bool(statements) is kept
