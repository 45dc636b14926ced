"""A cue of meaning or understanding in a conditional clause about its source is no statement."""

from __future__ import annotations

import pytest

from newssift.analysis import Analysis
from newssift.analyzers.attribution.conditional import is_conditional
from newssift.analyzers.attribution.linker import Linked
from newssift.text import Article
from tests.analyzers.attribution.roles import role_span


@pytest.mark.parametrize(("text", "source", "cue", "content", "expected"), [
    ("If Mr Okafor means what he says, he will vote against the plan.", "Mr Okafor", "means",
     "what he says", True),
    ("Unless the mayor cannot understand the figures, she should cut the fare.", "the mayor",
     "cannot understand", "the figures", True),
    ("If the mayor says the fare will fall, she should cut it now.", "the mayor", "says",
     "the fare will fall", False),  # a report in a conditional clause stays a statement
    ("If voters ask the mayor about the fare, she must answer.", "voters", "ask",
     "the mayor about the fare", False),  # PolNeAR marks these
    ("Mr Okafor means what he says about the plan.", "Mr Okafor", "means", "what he says", False),
])
def test_a_supposition_in_a_conditional_clause_is_no_statement(text: str, source: str, cue: str,
                                                               content: str, expected: bool) -> None:
    analysis = Analysis.of(Article(text))
    x = Linked(role_span(analysis, "cue", cue), source=role_span(analysis, "source", source),
               content=[role_span(analysis, "content", content)])
    assert is_conditional(analysis, x) is expected
