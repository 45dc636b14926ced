"""A cue saying that nothing was said ("have said nothing about") is no statement."""

from __future__ import annotations

import pytest

from newssift.analysis import Analysis
from newssift.analyzers.statements import build
from newssift.text import Article
from tests.analyzers.attribution.roles import role_span


def test_a_cue_saying_nothing_was_said_is_no_statement() -> None:
    text = "The monitors have said nothing about the build-up."
    a = Analysis.of(Article(text))
    spans = [role_span(a, "source", "The monitors"), role_span(a, "cue", "have said nothing about"),
             role_span(a, "content", "the build-up")]
    assert build(a, spans)[0] == []


def test_nothing_in_the_content_is_still_a_statement() -> None:
    text = "The minister said nothing was wrong."
    a = Analysis.of(Article(text))
    spans = [role_span(a, "source", "The minister"), role_span(a, "cue", "said"),
             role_span(a, "content", "nothing was wrong")]
    assert [s.cue.text for s in build(a, spans)[0]] == ["said"]


@pytest.mark.parametrize(("text", "content", "count"), [
    ("The army did not say whether any of its soldiers had been wounded.",
     "whether any of its soldiers had been wounded", 0),  # an open question: nothing said
    ("The army did not say its soldiers had been wounded, but denied that any had died.",
     "its soldiers had been wounded", 1),  # a claim: a statement
])
def test_a_negated_saying_is_a_statement_only_before_a_claim(text: str, content: str, count: int) -> None:
    analysis = Analysis.of(Article(text))
    statements, _ = build(analysis, [role_span(analysis, "source", "The army"),
                                     role_span(analysis, "cue", "did not say"),
                                     role_span(analysis, "content", content)])
    assert len(statements) == count


@pytest.mark.parametrize(("cue", "content", "count"), [
    ("did not respond to requests for", "the figures behind it", 0),  # no answer: nothing said
    ("has not replied to", "the letter", 0),
    ("did not immediately respond to", "questions about the survey", 0),
    ("did not respond", 'that it "had no record of the survey"', 1),  # a claim: a statement
])
def test_a_non_response_is_no_statement(cue: str, content: str, count: int) -> None:
    text = f"The office {cue} {content}."
    analysis = Analysis.of(Article(text))
    statements, _ = build(analysis, [role_span(analysis, "source", "The office"), role_span(analysis, "cue", cue),
                                     role_span(analysis, "content", content)])
    assert len(statements) == count
