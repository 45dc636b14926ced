"""A live-blog time stamp is no content."""

from __future__ import annotations

import pytest

from tests.analyzers.attribution.roles import built


@pytest.mark.parametrize("stamp", ["11:50", "9.05am", "14:20 GMT"])
def test_the_time_stamp_is_dropped(stamp: str) -> None:
    text = f"Ferry news\n\n{stamp} Ferries to Orsk will not sail on Friday, the port authority said."
    [s] = built(text, ("content", f"{stamp} Ferries to Orsk will not sail on Friday"),
                ("source", "the port authority"), ("cue", "said"))
    assert [text[c.start : c.end] for c in s.content] == ["Ferries to Orsk will not sail on Friday"]


def test_a_number_that_is_no_time_stays() -> None:
    text = "Ferry news\n\n12 ferries to Orsk will not sail on Friday, the port authority said."
    [s] = built(text, ("content", "12 ferries to Orsk will not sail on Friday"),
                ("source", "the port authority"), ("cue", "said"))
    assert text[s.content[0].start : s.content[0].end].startswith("12 ferries")
