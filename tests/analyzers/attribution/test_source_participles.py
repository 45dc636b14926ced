"""A source does not close on the participle of an adjunct ("…, speaking | privately, said")."""

from __future__ import annotations

import pytest

from tests.analyzers.attribution.roles import built


@pytest.mark.parametrize(("tagged", "expected"), [
    ("One of the ferry owners, speaking", "One of the ferry owners"),
    ("One of the ferry owners, speaking from Harwell", "One of the ferry owners"),
    ("Several ferry owners, including Ada Rell", "Several ferry owners, including Ada Rell"),
    ("One of the ferry owners", "One of the ferry owners"),
])
def test_an_adjunct_participle_is_cut_from_the_source(tagged: str, expected: str) -> None:
    text = f"{tagged} privately, said the timetable would change in May."
    [s] = built(text, ("source", tagged), ("cue", "said"), ("content", "the timetable would change in May"))
    assert s.source.text == expected
