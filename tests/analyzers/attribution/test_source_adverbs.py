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
