"""'In her ruling, Judge Osei wrote that …': the fronted venue is no content."""

from __future__ import annotations

import pytest

from tests.analyzers.attribution.roles import built


@pytest.mark.parametrize(("text", "venue", "source", "cue", "content", "expected"), [
    ("In her ruling, Judge Mara Osei wrote that the fees were unlawful.", "In her ruling", "Judge Mara Osei",
     "wrote", "that the fees were unlawful", ["that the fees were unlawful"]),
    ("On its website, the council said that the pool would close.", "On its website", "the council",
     "said", "that the pool would close", ["that the pool would close"]),
    # a quotation before the source is what was said
    ('"In the end, it failed," Osei wrote, "and it cost us."', '"In the end, it failed,"', "Osei",
     "wrote", '"and it cost us."', ['"In the end, it failed,"', '"and it cost us."']),
])
def test_a_fronted_venue_is_no_content(text: str, venue: str, source: str, cue: str, content: str,
                                       expected: list[str]) -> None:
    s = built(text, ("content", venue), ("source", source), ("cue", cue), ("content", content))[0]
    assert [text[c.start : c.end] for c in s.content] == expected
