"""'He said [X] and [that Y]': the first conjunct is content, not the circumstance of the saying."""

from __future__ import annotations

from tests.analyzers.attribution.roles import built


def _contents(text: str, statements: list) -> list[list[str]]:
    return [[text[c.start : c.end] for c in s.content] for s in statements]


def test_a_piece_joined_to_a_that_piece_by_and_is_content() -> None:
    text = "She said exports had risen for a year and that new buyers were arriving from the south."
    statements = built(text, ("source", "She"), ("cue", "said"), ("content", "exports had risen for a year"),
                       ("content", "that new buyers were arriving from the south"))
    assert _contents(text, statements) == [
        ["exports had risen for a year and that new buyers were arriving from the south"]]


def test_a_circumstance_before_a_that_piece_is_still_dropped() -> None:
    text = "She said during a meeting of the Council on Friday that new buyers were arriving."
    statements = built(text, ("source", "She"), ("cue", "said"), ("content", "the Council"),
                       ("content", "that new buyers were arriving"))
    assert _contents(text, statements) == [["that new buyers were arriving"]]
