"""'According to <source>, <content>': the source runs on to its comma."""

from __future__ import annotations

from tests.analyzers.attribution.roles import built


def test_a_source_cut_short_of_its_comma_after_according_to_runs_on_to_it() -> None:
    text = "According to a nurse who spoke by phone from the northern district, the clinic had run out of fuel."
    statements = built(text, ("cue", "According to"),
                       ("source", "a nurse who spoke by phone from the northern"),
                       ("content", "the clinic had run out of fuel"))
    assert [s.source.text for s in statements] == ["a nurse who spoke by phone from the northern district"]


def test_a_source_far_from_its_comma_is_left_alone() -> None:
    text = "According to a nurse in the district who spoke by phone late on Sunday, the clinic had run out of fuel."
    statements = built(text, ("cue", "According to"), ("source", "a nurse in the district"),
                       ("content", "the clinic had run out of fuel"))
    assert [s.source.text for s in statements] == ["a nurse in the district"]


def test_a_content_started_late_after_a_fronted_according_to_opens_at_the_comma() -> None:
    text = "According to Moss, the next survey, planned for January, will ask voters about the works."
    (s,) = built(text, ("cue", "According to"), ("source", "Moss"),
                 ("content", "for January, will ask voters about the works"))
    assert [text[c.start : c.end] for c in s.content] == [
        "the next survey, planned for January, will ask voters about the works"]
