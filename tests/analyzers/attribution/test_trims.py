"""', for its part,' closing a source and 'and' closing a content are cut."""

from __future__ import annotations

from newssift.analysis import Analysis
from newssift.analyzers.statements import build
from newssift.text import Article
from tests.analyzers.attribution.roles import role_span


def test_an_aside_closing_a_source_is_cut() -> None:
    text = "The Keldari Foreign Ministry, for its part, denied that troops had moved."
    a = Analysis.of(Article(text))
    spans = [role_span(a, "source", "The Keldari Foreign Ministry, for its part,"), role_span(a, "cue", "denied"),
             role_span(a, "content", "that troops had moved")]
    assert build(a, spans)[0][0].source.text == "The Keldari Foreign Ministry"


def test_a_conjunction_closing_a_content_is_cut() -> None:
    text = "Campaigners welcomed the verdict, but said it came too late."
    a = Analysis.of(Article(text))
    spans = [role_span(a, "source", "Campaigners"), role_span(a, "cue", "welcomed"),
             role_span(a, "content", "the verdict, but")]
    s = build(a, spans)[0][0]
    assert [text[c.start : c.end] for c in s.content] == ["the verdict"]


def test_a_source_closing_on_a_possessive_runs_on_to_its_cue() -> None:
    text = "Moreno's ex-boyfriend, actor Luca Brandeis, appeared to take a swipe at the label."
    a = Analysis.of(Article(text))
    spans = [role_span(a, "source", "Moreno's"), role_span(a, "cue", "appeared"),
             role_span(a, "content", "to take a swipe at the label")]
    assert build(a, spans)[0][0].source.text == "Moreno's ex-boyfriend, actor Luca Brandeis"


def test_a_second_cue_sharing_the_possessive_source_gets_the_run_on_source_too() -> None:
    text = "Moreno's ex-boyfriend, actor Luca Brandeis, took a swipe at the label, sharing a post reading: “Bye.”"
    a = Analysis.of(Article(text))
    spans = [role_span(a, "source", "Moreno's"), role_span(a, "cue", "took"),
             role_span(a, "content", "a swipe at the label"), role_span(a, "cue", "sharing a post reading:"),
             role_span(a, "content", "“Bye.”")]
    assert {s.source.text for s in build(a, spans)[0]} == {"Moreno's ex-boyfriend, actor Luca Brandeis"}


def test_a_contact_clause_after_a_subject_pronoun_joins_the_source() -> None:
    text = "The hydrologists we have asked say 400 homes should never have been built."
    a = Analysis.of(Article(text))
    spans = [role_span(a, "source", "The hydrologists we"), role_span(a, "cue", "have asked say"),
             role_span(a, "content", "400 homes should never have been built")]
    s = build(a, spans)[0][0]
    assert (s.source.text, s.cue.text) == ("The hydrologists we have asked", "say")


def test_a_content_running_into_a_relative_clause_ends_before_its_comma() -> None:
    text = "The ministry reported that tanks had moved near the village, in what officials described as a provocation."
    a = Analysis.of(Article(text))
    spans = [role_span(a, "source", "The ministry"), role_span(a, "cue", "reported"),
             role_span(a, "content", "that tanks had moved near the village, in what"),
             role_span(a, "source", "officials"), role_span(a, "cue", "described"),
             role_span(a, "content", "as a provocation")]
    s = build(a, spans)[0]
    assert [text[c.start : c.end] for c in s[0].content] == ["that tanks had moved near the village"]
    assert s[1].source.text == "officials"


def test_a_content_holding_the_next_source_after_which_ends_before_its_comma() -> None:
    text = "She pointed to the closure of the hospital, which health records attribute to staff shortages."
    a = Analysis.of(Article(text))
    spans = [role_span(a, "source", "She"), role_span(a, "cue", "pointed to"),
             role_span(a, "content", "the closure of the hospital, which health records"),
             role_span(a, "source", "health records"), role_span(a, "cue", "attribute"),
             role_span(a, "content", "to staff shortages")]
    s = build(a, spans)[0]
    assert [text[c.start : c.end] for c in s[0].content] == ["the closure of the hospital"]


def test_a_content_with_a_relative_clause_of_its_own_is_kept() -> None:
    text = "He said the plan, which was drafted in May, would fail."
    a = Analysis.of(Article(text))
    spans = [role_span(a, "source", "He"), role_span(a, "cue", "said"),
             role_span(a, "content", "the plan, which was drafted in May, would fail")]
    s = build(a, spans)[0][0]
    assert [text[c.start : c.end] for c in s.content] == ["the plan, which was drafted in May, would fail"]
