"""The one told is no content."""

from __future__ import annotations

import pytest

from tests.analyzers.attribution.roles import built


@pytest.mark.parametrize("tagged", ["Courier the hall was never sold", "the Harrow Courier the hall was never sold"])
def test_the_addressee_is_dropped_from_the_content(tagged: str) -> None:
    text = "Marta Quell told the Harrow Courier the hall was never sold."
    [s] = built(text, ("source", "Marta Quell"), ("cue", "told"), ("content", tagged))
    assert [text[c.start : c.end] for c in s.content] == ["the hall was never sold"]


def test_an_object_that_is_no_addressee_stays() -> None:
    text = "Marta Quell told the truth about the sale."
    statements = built(text, ("source", "Marta Quell"), ("cue", "told"), ("content", "the truth about the sale"))
    assert all(text[c.start : c.end] == "the truth about the sale" for s in statements for c in s.content)
