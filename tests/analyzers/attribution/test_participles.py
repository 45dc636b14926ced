"""'Figures published by the Trust show …': one statement, the document its source, the body its via."""

from __future__ import annotations

from newssift.analysis import Analysis
from newssift.analyzers.attribution.chains import split_chain
from newssift.analyzers.statements import build
from newssift.text import Article, Span
from tests.analyzers.attribution.roles import role_span

TEXT = "The pool is busy. Data published by the Harbour Sports Board show that visits rose by a third."


def test_a_publishing_participle_before_by_and_the_tagged_body_make_one_statement() -> None:
    a = Analysis.of(Article(TEXT))
    spans = [role_span(a, "content", "The pool is busy"), role_span(a, "source", "Data"),
             role_span(a, "cue", "published"), role_span(a, "source", "the Harbour Sports Board"),
             role_span(a, "cue", "show"), role_span(a, "content", "that visits rose by a third")]
    statements, _ = build(a, spans)
    assert [s.cue.text for s in statements if s.cue] == ["show"]
    main = next(s for s in statements if s.cue)
    assert main.source.text == "Data published by the Harbour Sports Board" and main.source.kind == "document"
    assert main.via is not None and main.via.text == "the Harbour Sports Board"


def test_the_body_a_document_was_published_by_is_its_via_without_a_closing_date() -> None:
    text = "A report released by the Kessel Institute on Monday found that rents rose."
    src = "A report released by the Kessel Institute on Monday"
    outer, via = split_chain(text, Span(0, len(src)), Span(len(src) + 1, len(src) + 6), None)
    assert (text[outer.start : outer.end], via and text[via.start : via.end]) == (src, "the Kessel Institute")


def test_a_time_between_the_participle_and_by_keeps_the_document_as_the_source() -> None:
    text = "Rents rose. A report published last week by the Kessel Institute estimated that rents rose."
    a = Analysis.of(Article(text))
    spans = [role_span(a, "source", "A report"), role_span(a, "cue", "published"),
             role_span(a, "source", "the Kessel Institute"), role_span(a, "cue", "estimated"),
             role_span(a, "content", "that rents rose", last=True)]
    statements, _ = build(a, spans)
    assert [s.cue.text for s in statements if s.cue] == ["estimated"]
    main = statements[0]
    assert main.source.text == "A report published last week by the Kessel Institute"
    assert main.source.kind == "document" and main.via is not None and main.via.text == "the Kessel Institute"


def test_the_body_after_a_time_and_by_is_the_via() -> None:
    text = "A survey released on Monday by the Kessel Institute found that rents rose."
    src = "A survey released on Monday by the Kessel Institute"
    outer, via = split_chain(text, Span(0, len(src)), Span(len(src) + 1, len(src) + 6), None)
    assert (text[outer.start : outer.end], via and text[via.start : via.end]) == (src, "the Kessel Institute")


def test_a_source_tagged_over_an_obtaining_participle_runs_on_over_the_outlet_with_no_via() -> None:
    text = "Fees rose. Emails obtained by the Tarnby Echo show that the board knew of the rise in May."
    a = Analysis.of(Article(text))
    spans = [role_span(a, "source", "Emails obtained"), role_span(a, "source", "the Tarnby Echo"),
             role_span(a, "cue", "show"), role_span(a, "content", "that the board knew of the rise in May")]
    statements, _ = build(a, spans)
    main = next(s for s in statements if s.cue)
    assert main.source.text == "Emails obtained by the Tarnby Echo" and main.source.kind == "document"
    assert main.via is None
