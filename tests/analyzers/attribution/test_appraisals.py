"""Someone else's appraisal in a closing appositive is no part of the content."""

from __future__ import annotations

import pytest

from tests.analyzers.attribution.roles import built


@pytest.mark.parametrize("tail", [", a move the union described as an attempt to divide its members",
                                  ", a decision critics called reckless",
                                  ", a plan which opposition councillors branded a waste of money"])
def test_a_closing_appraisal_is_cut(tail: str) -> None:
    text = f"The company said it would write to every driver this week{tail}."
    content = f"it would write to every driver this week{tail}"
    (s,) = built(text, ("source", "The company"), ("cue", "said"), ("content", content))
    assert [text[c.start : c.end] for c in s.content] == ["it would write to every driver this week"]


def test_a_move_inside_the_content_stays() -> None:
    text = "The club said the transfer was a move the player had wanted for years."
    content = "the transfer was a move the player had wanted for years"
    (s,) = built(text, ("source", "The club"), ("cue", "said"), ("content", content))
    assert [text[c.start : c.end] for c in s.content] == [content]
