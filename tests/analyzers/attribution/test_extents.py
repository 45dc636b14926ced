"""Span-edge repairs of `attribution/extents.py` that run before linking."""

from __future__ import annotations

import pytest

from newssift.analysis import Analysis
from newssift.analyzers.attribution.extents import drop_adverbial_cues
from newssift.analyzers.statements import build
from newssift.text import Article
from tests.analyzers.attribution.roles import built
from tests.analyzers.attribution.roles import role_span as _span


@pytest.mark.parametrize(("text", "cues", "kept"), [
    ("The agency said in guidance issued Monday that adults should walk.", ["said in", "issued"], ["said in"]),
    ("The board said in a report published last month that loans failed.", ["said in", "published"],
     ["said in"]),
    ("Sato said in March, and officials confirmed, that staff would come.", ["said in", "confirmed"],
     ["said in", "confirmed"]),
    ("Sato said that staff had confirmed the plan.", ["said", "confirmed"], ["said", "confirmed"]),
])
def test_a_cue_inside_a_dangling_cues_adverbial_is_no_cue(text: str, cues: list[str], kept: list[str]) -> None:
    analysis = Analysis.of(Article(text))
    spans = [_span(analysis, "cue", c) for c in cues]
    assert [text[s.start : s.end] for s in drop_adverbial_cues(analysis, spans)] == kept


@pytest.mark.parametrize(("text", "source", "expected"), [
    ("Two members of the wage review board, in interviews last week, warned that pay would lag.",
     "Two members of the wage review", "Two members of the wage review board"),
    ("Three of the harbour pilots, in a letter on Monday, warned that the channel was unsafe.",
     "Three of the harbour pilots", "Three of the harbour pilots"),  # a full phrase stays
    ("Two members of the review team, in the end, warned that pay would lag.",
     "Two members of the review team", "Two members of the review team"),
])
def test_a_source_cut_before_the_noun_closing_its_phrase_runs_on_to_the_comma(text: str, source: str,
                                                                              expected: str) -> None:
    from newssift.analyzers.attribution.extents import finish_phrase
    from newssift.analyzers.attribution.lexicon import load
    from newssift.analyzers.attribution.linker import Linked

    analysis = Analysis.of(Article(text))
    x = Linked(_span(analysis, "cue", "warned"), source=_span(analysis, "source", source),
               content=[_span(analysis, "content", "that")])
    found = finish_phrase(analysis, x, load())
    assert found is not None and text[found.start : found.end] == expected


def test_a_source_never_widens_back_over_a_dash_or_but() -> None:
    text = ("A predator who turned the canal path into a nightmare for terrified women was finally behind bars"
            " last night - but locals say the damage is done.")
    a = Analysis.of(Article(text))
    spans = [_span(a, "source", "locals"), _span(a, "cue", "say"), _span(a, "content", "the damage is done")]
    assert build(a, spans)[0][0].source.text == "locals"


@pytest.mark.parametrize(("text", "cue", "content", "expected"), [
    ("The treasurer said in a written report to the board that reserves were low.", "said in a written",
     "that reserves were low", "said in a written report to the board"),
    ("The treasurer said in a long and angry report to the board that reserves were low.", "said in a long",
     "that reserves were low", "said in a long"),  # too many words left: no run-on
    ("The treasurer said in a letter, sent on Monday, that reserves were low.", "said in a letter",
     "that reserves were low", "said in a letter"),
])
def test_a_cue_cut_inside_its_adverbial_runs_on_to_its_content(text: str, cue: str, content: str,
                                                                expected: str) -> None:
    from tests.analyzers.attribution.roles import built

    [s] = built(text, ("source", "The treasurer"), ("cue", cue), ("content", content))
    assert s.cue.text == expected


def test_a_source_cut_before_its_document_noun_runs_on_to_the_cue() -> None:
    text = "Leaked test results show the team hid a positive sample."
    (s,) = built(text, ("source", "Leaked test"), ("cue", "show"), ("content", "the team hid a positive sample"))
    assert (s.source.text, s.source.kind) == ("Leaked test results", "document")
