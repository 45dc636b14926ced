"""A source does not run over the first of two coordinated verbs ("X followed … and found that …")."""

from __future__ import annotations

import pytest

from tests.analyzers.attribution.roles import built


@pytest.mark.parametrize(("tagged", "expected"), [
    ("Surveyors at the Orvel Trust counted 300 nests", "Surveyors at the Orvel Trust"),
    ("Surveyors based at the Orvel Trust", "Surveyors based at the Orvel Trust"),  # a modifier
    ("Surveyors who counted 300 nests", "Surveyors who counted 300 nests"),  # a relative clause
])
def test_the_first_verb_leaves_the_source(tagged: str, expected: str) -> None:
    text = f"{tagged} and found that the colony had doubled."
    [s] = built(text, ("source", tagged), ("cue", "found"), ("content", "that the colony had doubled"))
    assert s.source.text == expected
