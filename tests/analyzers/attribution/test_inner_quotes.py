"""A quotation inside a quotation is the inner speaker's."""

from __future__ import annotations

from newssift.analyzers.attribution.inner_quotes import find_inner_quote
from newssift.analyzers.attribution.lexicon import load
from newssift.text import Span


def _found(text: str) -> tuple[str, str, str] | None:
    found = find_inner_quote(text, Span(0, len(text)), load())
    return None if found is None else tuple(text[s.start : s.end] for s in found)


def test_a_third_person_quoted_inside_a_quotation_is_a_nested_statement() -> None:
    text = "\"My father told me, 'Never sell the boat before the storm,'\""
    assert _found(text) == ("My father", "told", "'Never sell the boat before the storm,'")


def test_a_quotation_with_no_inner_speaker_holds_no_nested_statement() -> None:
    assert _found("\"We sold the boat, 'the old one,' before the storm\"") is None


def test_an_adverb_closing_the_inner_source_is_no_part_of_it() -> None:
    text = "\"My grandmother always told us, 'Keep the well clean,'\""
    assert _found(text) == ("My grandmother", "told", "'Keep the well clean,'")
