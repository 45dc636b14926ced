"""A relative clause between commas before the source is no content."""

from __future__ import annotations

from tests.analyzers.attribution.roles import built


def test_a_relative_clause_before_the_source_is_dropped() -> None:
    text = "But in Marrow Bay, which lost its pier in the storm, fishermen say the season is over."
    (s,) = built(text, ("content", "which lost its pier in the storm"), ("source", "fishermen"),
                 ("cue", "say"), ("content", "the season is over"))
    assert [text[c.start : c.end] for c in s.content] == ["the season is over"]


def test_a_fronted_content_is_kept() -> None:
    text = "The pier, which was built in 1902, will be rebuilt, fishermen say."
    (s,) = built(text, ("content", "The pier, which was built in 1902, will be rebuilt"),
                 ("source", "fishermen"), ("cue", "say"))
    assert [text[c.start : c.end] for c in s.content] == ["The pier, which was built in 1902, will be rebuilt"]
