"""A closing reporting clause takes the whole clause before it when the tagger split it at a verb."""

from __future__ import annotations

from tests.analyzers.attribution.roles import built

TEXT = "Harwell Ferries plans to retire the oldest of its boats by the end of May, the operator announced."


def test_a_split_clause_goes_whole_to_the_closing_cue() -> None:
    statements = built(TEXT, ("source", "Harwell Ferries"), ("cue", "plans"), ("content", "to retire"),
                       ("content", "the oldest of its boats by the end of May"), ("source", "the operator"),
                       ("cue", "announced"))
    announced = next(s for s in statements if s.cue.text == "announced")
    assert [TEXT[c.start : c.end] for c in announced.content] == [
        "Harwell Ferries plans to retire the oldest of its boats by the end of May"]


def test_a_content_opening_its_sentence_is_left_alone() -> None:
    text = "The oldest boats will be retired by May, the operator announced."
    [s] = built(text, ("content", "The oldest boats will be retired by May"), ("source", "the operator"),
                ("cue", "announced"))
    assert [text[c.start : c.end] for c in s.content] == ["The oldest boats will be retired by May"]
