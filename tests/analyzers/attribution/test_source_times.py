"""A source does not open with the words of a time clause ("weeks after | the regulator")."""

from __future__ import annotations

import pytest

from tests.analyzers.attribution.roles import built


@pytest.mark.parametrize(("tagged", "expected"), [
    ("weeks after the harbour board", "the harbour board"),
    ("two days before the harbour board", "the harbour board"),
    ("shortly after the harbour board", "the harbour board"),
    ("the harbour board", "the harbour board"),
    ("Weekly Harbour News", "Weekly Harbour News"),  # a name, not a measure and "after"
])
def test_a_time_opening_is_cut_from_the_source(tagged: str, expected: str) -> None:
    text = f"The dredging stopped, {tagged} said the channel was too shallow."
    [s] = built(text, ("source", tagged), ("cue", "said"), ("content", "the channel was too shallow"))
    assert s.source.text == expected
