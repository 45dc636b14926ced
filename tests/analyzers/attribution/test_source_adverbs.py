"""An adverb closing a source modifies the saying: "[My father always] told me …"."""

from __future__ import annotations

import pytest

from tests.analyzers.attribution.roles import built


@pytest.mark.parametrize(("source", "expected"), [("My grandmother always", "My grandmother"),
                                                  ("The harbour master later", "The harbour master"),
                                                  ("The frequently quoted aide", "The frequently quoted aide")])
def test_a_closing_adverb_leaves_the_source(source: str, expected: str) -> None:
    text = f"{source} told me the boats would not come back."
    (s,) = built(text, ("source", source), ("cue", "told me"), ("content", "the boats would not come back"))
    assert s.source.text == expected


def test_without_adverb_keeps_a_one_word_source() -> None:
    from newssift.analyzers.attribution.source_adverbs import without_adverb
    from newssift.text import Span

    assert without_adverb("Often she", Span(0, 9)) == Span(0, 9)
    assert without_adverb("Ms Dahl later", Span(0, 13)) == Span(0, 7)
