""""It" after a document introduced in its own paragraph is that document, not the one of an earlier
paragraph."""

from __future__ import annotations

from tests.analyzers.attribution.roles import build_tagged


def test_it_is_the_document_just_introduced_not_an_earlier_paragraphs_source() -> None:
    text = ("The readout issued by the Varnish presidency said the talks were frank.\n\n"
            "The Osterby readout, published hours later, struck a cooler tone. It stated that no date was set.")
    statements, sources = build_tagged(text, [
        ("source", "The readout issued by the Varnish presidency"), ("cue", "said"),
        ("content", "the talks were frank"),
        ("source", "It"), ("cue", "stated"), ("content", "that no date was set")])
    last = next(s for s in statements if s.cue.text == "stated")
    entry = next(e for e in sources if last.id in e.statements)
    assert "Osterby" in entry.name


def test_it_in_the_same_paragraph_keeps_the_source_before_it() -> None:
    text = ("The readout issued by the Varnish presidency said the talks were frank. It stated that a date "
            "would follow.")
    statements, sources = build_tagged(text, [
        ("source", "The readout issued by the Varnish presidency"), ("cue", "said"),
        ("content", "the talks were frank"),
        ("source", "It"), ("cue", "stated"), ("content", "that a date would follow")])
    entry = next(e for e in sources if statements[-1].id in e.statements)
    assert statements[0].id in entry.statements


def test_it_after_a_bare_definite_document_is_the_document_named_before() -> None:
    text = ("Pupils sleep less, according to a large study of schools.\n\n"
            "The study, published on Wednesday, followed 9,000 pupils. It found that scores fell.")
    statements, sources = build_tagged(text, [
        ("content", "Pupils sleep less"), ("cue", "according to"), ("source", "a large study of schools"),
        ("source", "It"), ("cue", "found"), ("content", "that scores fell")])
    entry = next(e for e in sources if statements[-1].id in e.statements)
    assert statements[0].id in entry.statements
