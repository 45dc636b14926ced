"""'one veteran, who asked not to be named, claimed …': the anonymity clause is no statement."""

from __future__ import annotations

from newssift.analysis import Analysis
from newssift.analyzers.statements import build
from newssift.text import Article
from tests.analyzers.attribution.roles import role_span


def test_an_anonymity_clause_takes_no_role_and_leaves_the_source_to_the_next_cue() -> None:
    text = "But one industry veteran, who asked not to be named, claimed the label had been burning money."
    a = Analysis.of(Article(text))
    spans = [role_span(a, "source", "one industry veteran"), role_span(a, "source", "who"),
             role_span(a, "cue", "asked"), role_span(a, "content", "not to be named"),
             role_span(a, "cue", "claimed"), role_span(a, "content", "the label had been burning money")]
    statements, _ = build(a, spans)
    assert [(s.source.text, s.cue.text) for s in statements] == [("one industry veteran", "claimed")]


def test_a_source_running_into_the_clause_ends_before_it() -> None:
    text = "A senior official in the office, who asked not to be named, said the minister was not told."
    a = Analysis.of(Article(text))
    spans = [role_span(a, "source", "A senior official in the office, who"), role_span(a, "cue", "asked"),
             role_span(a, "content", "not to be named"), role_span(a, "cue", "said"),
             role_span(a, "content", "the minister was not told")]
    statements, _ = build(a, spans)
    assert [(s.source.text, s.cue.text) for s in statements] == [("A senior official in the office", "said")]


def test_asking_that_ones_name_be_withheld_is_an_anonymity_clause() -> None:
    """"who asked that his name be withheld because he fears reprisals" says nothing to check."""
    text = ("The informant, who asked that his name be withheld because he fears reprisals, worked at the "
            "depot for six years.")
    a = Analysis.of(Article(text))
    spans = [role_span(a, "source", "who"), role_span(a, "cue", "asked"),
             role_span(a, "content", "that his name be withheld because he fears reprisals, worked at the depot")]
    assert build(a, spans)[0] == []
