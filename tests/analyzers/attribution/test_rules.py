"""The rule tagger's backfill: sentences the model left untagged that plainly report speech."""

from __future__ import annotations

import pytest

from newssift.analysis import Analysis
from newssift.analyzers.attribution.rules import backfill
from newssift.analyzers.attribution.tagger import RoleSpan
from newssift.text import Article


@pytest.mark.parametrize(("text", "expected"), [
    ("It added that the strike would cost farmers millions.",
     [("source", "It"), ("cue", "added"), ("content", "that the strike would cost farmers millions")]),
    ("The union leader warned: the port will close.",
     [("source", "The union leader"), ("cue", "warned:"), ("content", "the port will close")]),
    ("Farmers in the north of the region said that prices fell.", []),  # subject too long to trust
    ("It added a new berth in May.", []),  # no "that" / ":" after the verb
    ("It is hard to believe that the port will close.", []),  # the writer's voice, no one's statement
    ("It was easy to say that prices fell.", []),
])
def test_an_untagged_sentence_that_plainly_reports_speech_is_backfilled(text: str, expected: list) -> None:
    a = Analysis.of(Article(text))
    assert [(r.role, text[r.start : r.end]) for r in backfill(a, [])] == expected


def test_a_sentence_the_model_tagged_is_left_alone() -> None:
    a = Analysis.of(Article("It added that the strike would cost farmers millions."))
    tagged = [RoleSpan("cue", 3, 8, 0.9, 0, 1, 2)]
    assert backfill(a, tagged) == tagged
