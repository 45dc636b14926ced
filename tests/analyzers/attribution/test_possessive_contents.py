"""A content cut after its possessive runs on to the next piece of the sentence."""

from __future__ import annotations

from tests.analyzers.attribution.roles import built


def test_a_lone_possessive_piece_runs_on_to_the_next_piece() -> None:
    text = ('Her daughter, Ruth Hale, said her mother died peacefully on Saturday, "with the sea outside the '
            'window".')
    (s,) = built(text, ("source", "Her daughter, Ruth Hale,"), ("cue", "said"), ("content", "her"),
                 ("content", '"with the sea outside the window"'))
    assert [text[c.start : c.end] for c in s.content] == [
        'her mother died peacefully on Saturday, "with the sea outside the window"']


def test_pieces_with_the_source_between_stay_apart() -> None:
    text = '"We were surprised," her colleague said, "and so was she."'
    (s,) = built(text, ("content", '"We were surprised,"'), ("source", "her colleague"), ("cue", "said"),
                 ("content", '"and so was she."'))
    assert len(s.content) == 2
