"""A share of respondents read as content right before its cue is the cue's source."""

from __future__ import annotations

import pytest

from tests.analyzers.attribution.roles import built


@pytest.mark.parametrize("share", ["55 per cent", "nearly 40% of voters", "more than 70 percent",
                                   "one in five"])
def test_a_share_before_a_sourceless_cue_is_its_source(share: str) -> None:
    text = f"Among younger residents, {share} said they would use the line every week."
    (s,) = built(text, ("content", share), ("cue", "said"),
                 ("content", "they would use the line every week"))
    assert s.source is not None and s.source.text == share
    assert [text[c.start : c.end] for c in s.content] == ["they would use the line every week"]


def test_a_clause_before_the_cue_stays_content() -> None:
    text = "Prices rose by 5 per cent, officials said on Monday."
    statements = built(text, ("content", "Prices rose by 5 per cent"), ("cue", "said"))
    assert all(s.source is None or s.source.text != "Prices rose by 5 per cent" for s in statements)
