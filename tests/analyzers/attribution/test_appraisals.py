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


@pytest.mark.parametrize("tail", [", in a blatant attempt to push young people to sign up",
                                  ", in a bid to win back customers", ", in an effort to calm the markets"])
def test_a_closing_purpose_the_writer_ascribes_is_cut(tail: str) -> None:
    text = f"Pages run by the council published notes saying that the fees would fall{tail}."
    content = f"that the fees would fall{tail}"
    (s,) = built(text, ("source", "Pages run by the council"), ("cue", "saying"), ("content", content))
    assert [text[c.start : c.end] for c in s.content] == ["that the fees would fall"]


def test_an_attempt_that_is_the_reported_content_stays() -> None:
    text = "The minister said the strike was an attempt to bring down the government."
    content = "the strike was an attempt to bring down the government"
    (s,) = built(text, ("source", "The minister"), ("cue", "said"), ("content", content))
    assert [text[c.start : c.end] for c in s.content] == [content]
