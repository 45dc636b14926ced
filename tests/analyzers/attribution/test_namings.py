"""A naming participle ("the pill, called dravine,") is no cue; the content around it is one."""

from __future__ import annotations

from tests.analyzers.attribution.roles import built

TEXT = "Surveyors found that those who took the pill, called dravine, slept longer than the others."


def test_the_naming_word_is_no_cue_and_the_content_is_whole() -> None:
    statements = built(TEXT, ("source", "Surveyors"), ("cue", "found"), ("content", "that those who took the pill,"),
                       ("cue", "called"), ("content", "dravine, slept longer than the others"))
    assert [s.cue.text for s in statements] == ["found"]
    assert [TEXT[c.start : c.end] for c in statements[0].content] == [
        "that those who took the pill, called dravine, slept longer than the others"]


def test_calling_something_a_name_stays_a_cue() -> None:
    text = "The mayor, Ona Brill, called the plan a disgrace."
    [s] = built(text, ("source", "The mayor, Ona Brill,"), ("cue", "called"), ("content", "the plan a disgrace"))
    assert s.cue.text == "called"
