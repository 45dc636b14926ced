"""An inverted source does not run on over the topic of its cue ("said X, a tenant, | of the minister")."""

from __future__ import annotations

import pytest

from tests.analyzers.attribution.roles import built


@pytest.mark.parametrize(("tagged", "expected"), [
    ("Ola Brandt, a ferry pilot, of the harbour master", "Ola Brandt, a ferry pilot"),
    ("Ola Brandt, of the Harwell Pilots' Guild", "Ola Brandt, of the Harwell Pilots' Guild"),  # affiliation
    ("Ola Brandt, a ferry pilot", "Ola Brandt, a ferry pilot"),
])
def test_the_topic_is_cut_from_an_inverted_source(tagged: str, expected: str) -> None:
    text = f'"He never answers the radio," said {tagged}.'
    [s] = built(text, ("content", '"He never answers the radio,"'), ("cue", "said"), ("source", tagged))
    assert s.source.text == expected
