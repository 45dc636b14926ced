"""'Fans …, with many saying …': a bare quantifier source is the group before it; 'admitting | their' is
no statement."""

from __future__ import annotations

import pytest

from newssift.analysis import Analysis
from newssift.analyzers.statements import build
from newssift.text import Article
from tests.analyzers.attribution.roles import role_span


@pytest.mark.parametrize(("text", "expected"), [
    ("Fans took to social media, with many saying they had spent hundreds.", ("Fans", "anonymous")),
    ("The hall was full, with many saying they had spent hundreds.", ("many", "anonymous")),
])
def test_a_bare_quantifier_source_is_the_group_named_before_it(text: str, expected: tuple) -> None:
    a = Analysis.of(Article(text))
    spans = [role_span(a, "source", "many"), role_span(a, "cue", "saying"),
             role_span(a, "content", "they had spent hundreds")]
    statements, sources = build(a, spans)
    entry = next(e for e in sources if e.source_id == statements[0].source.source_id)
    assert (entry.name, entry.kind) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Several pensioners waited outside. One, who lives nearby, said the bus had not come.", ("pensioners", "anonymous")),
    ("Several pensioners waited outside.\n\nOne, who lives nearby, said the bus had not come.", ("One", "anonymous")),
    ("Several pensioners waited outside. The driver saw one, who said the bus had not come.", ("one", "anonymous")),
])
def test_a_sentence_opening_quantifier_is_the_group_of_the_sentence_before(text: str, expected: tuple) -> None:
    a = Analysis.of(Article(text))
    spans = [role_span(a, "source", "One" if "One" in text else "one", last=True), role_span(a, "cue", "said"),
             role_span(a, "content", "the bus had not come")]
    statements, sources = build(a, spans)
    entry = next(e for e in sources if e.source_id == statements[0].source.source_id)
    assert (entry.name, entry.kind) == expected


@pytest.mark.parametrize(("text", "source", "cue", "content"), [
    ("Two businessmen were given suspended sentences after admitting their part in the scheme.", "Two",
     "admitting", "their"),
    ("Rents rose. We wrote twice, and we never heard that.", "we", "never", "that"),
])
def test_a_lone_possessive_or_that_content_is_no_statement(text: str, source: str, cue: str, content: str) -> None:
    a = Analysis.of(Article(text))
    spans = [role_span(a, "source", source), role_span(a, "cue", cue), role_span(a, "content", content)]
    assert build(a, spans)[0] == []


def test_a_lone_article_source_is_no_statement() -> None:
    text = "Tull wants more clinics, a promise her campaign costed at $180 million."
    a = Analysis.of(Article(text))
    spans = [role_span(a, "source", "a "), role_span(a, "cue", "promise"),
             role_span(a, "content", "her campaign costed at $180 million")]
    assert build(a, spans)[0] == []
