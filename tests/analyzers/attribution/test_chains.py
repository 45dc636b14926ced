"""Citing chains: 'X, citing Y, reported …' when the tagger took 'citing Y' alone as the source."""

from __future__ import annotations

import pytest

from newssift.analyzers.attribution.chains import split_chain
from newssift.text import Span


@pytest.mark.parametrize(("text", "tagged", "expected"), [
    ("The state agency (VNA), citing informed sources in the ministry, reported that troops moved.",
     "citing informed sources in the ministry", ("The state agency (VNA)", "informed sources in the ministry")),
    ("In this context, the agency, citing officials, reported that troops moved.",
     "citing officials", ("the agency", "officials")),
    ("Troops moved and citing officials reported that troops moved.",
     "citing officials", ("citing officials", None)),  # no comma before: left alone
])
def test_a_source_opening_with_citing_is_the_via_of_the_phrase_before_its_comma(text: str, tagged: str,
                                                                                 expected: tuple) -> None:
    start = text.index(tagged)
    cue = text.index("reported")
    outer, via = split_chain(text, Span(start, start + len(tagged)), Span(cue, cue + 8), None)
    assert (text[outer.start : outer.end], via and text[via.start : via.end]) == expected


@pytest.mark.parametrize(("content", "expected"), [
    ("the minister noted that the wells are dry", ("the minister", "noted", "the wells are dry")),
    ("why they say that, but it is simply not the case", None),
])
def test_a_nested_attribution_opens_the_content_only_with_a_that_clause(content: str, expected: tuple | None) -> None:
    from newssift.analyzers.attribution.chains import find_nested
    from newssift.analyzers.attribution.lexicon import load

    found = find_nested(content, Span(0, len(content)), load())
    assert (None if found is None else tuple(content[s.start : s.end] for s in found)) == expected
