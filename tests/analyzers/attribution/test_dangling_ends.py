"""A content left ending on a subordinator runs on once the statement after it is gone."""

from __future__ import annotations

from tests.analyzers.attribution.roles import built


def test_a_content_hanging_on_when_runs_on_over_a_dropped_undertaking() -> None:
    text = "A ferry clerk said the strike ended when the owners agreed to restore the night shift."
    statements = built(text, ("source", "A ferry clerk"), ("cue", "said"), ("content", "the strike ended when"),
                       ("source", "the owners"), ("cue", "agreed"), ("content", "to restore the night shift"))
    assert [(s.cue.text, [text[c.start : c.end] for c in s.content]) for s in statements] == [
        ("said", ["the strike ended when the owners agreed to restore the night shift"])]


def test_a_content_stops_at_a_standing_statements_source() -> None:
    text = "The clerk said the strike ended because the owners claimed the shift would return."
    statements = built(text, ("source", "The clerk"), ("cue", "said"), ("content", "the strike ended because"),
                       ("source", "the owners"), ("cue", "claimed"), ("content", "the shift would return"))
    said = next(s for s in statements if s.cue.text == "said")
    assert not any("owners" in text[c.start : c.end] for c in said.content)
