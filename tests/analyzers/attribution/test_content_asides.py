"""A discourse aside opening a content is the writer's: 'He noted, however, that …'."""

from __future__ import annotations

from tests.analyzers.attribution.roles import built


def test_an_opening_aside_leaves_the_content() -> None:
    text = "The economist noted, however, that the trend matched two smaller polls."
    (s,) = built(text, ("source", "The economist"), ("cue", "noted"),
                 ("content", "however, that the trend matched two smaller polls"))
    assert [text[c.start : c.end] for c in s.content] == ["that the trend matched two smaller polls"]


def test_an_aside_inside_the_content_stays() -> None:
    text = "The mayor said the plan, however, was shelved."
    (s,) = built(text, ("source", "The mayor"), ("cue", "said"), ("content", "the plan, however, was shelved"))
    assert [text[c.start : c.end] for c in s.content] == ["the plan, however, was shelved"]


def test_an_aside_word_opening_a_clause_without_a_comma_stays() -> None:
    text = "The coach said too many players were injured."
    (s,) = built(text, ("source", "The coach"), ("cue", "said"), ("content", "too many players were injured"))
    assert [text[c.start : c.end] for c in s.content] == ["too many players were injured"]
