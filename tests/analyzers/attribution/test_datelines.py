"""A wire dateline opening the sentence is no content piece."""

from __future__ import annotations

from tests.analyzers.attribution.roles import built


def test_a_dateline_piece_is_dropped_from_the_content() -> None:
    text = ("HARWELL, May 3 (Wire) - The canal will reopen to barges next week, according to two "
            "people familiar with the repairs.")
    [s] = built(text, ("content", "HARWELL"), ("content", "The canal will reopen to barges next week"),
                ("cue", "according to"), ("source", "two people familiar with the repairs"))
    assert [text[c.start : c.end] for c in s.content] == ["The canal will reopen to barges next week"]


def test_a_piece_running_over_the_dateline_starts_after_it() -> None:
    text = "HARWELL, May 3 (Wire) - The canal will reopen next week, the owners said."
    [s] = built(text, ("content", "HARWELL, May 3 (Wire) - The canal will reopen next week"), ("source", "the owners"),
                ("cue", "said"))
    assert [text[c.start : c.end] for c in s.content] == ["The canal will reopen next week"]
