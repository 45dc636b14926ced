"""'one veteran, who asked not to be named, claimed …': the anonymity clause is no statement."""

from __future__ import annotations

from tests.analyzers.attribution.roles import built


def test_an_anonymity_clause_takes_no_role_and_leaves_the_source_to_the_next_cue() -> None:
    text = "But one industry veteran, who asked not to be named, claimed the label had been burning money."
    statements = built(text, ("source", "one industry veteran"), ("source", "who"), ("cue", "asked"),
                       ("content", "not to be named"), ("cue", "claimed"),
                       ("content", "the label had been burning money"))
    assert [(s.source.text, s.cue.text) for s in statements] == [("one industry veteran", "claimed")]


def test_a_source_running_into_the_clause_ends_before_it() -> None:
    text = "A senior official in the office, who asked not to be named, said the minister was not told."
    statements = built(text, ("source", "A senior official in the office, who"), ("cue", "asked"),
                       ("content", "not to be named"), ("cue", "said"), ("content", "the minister was not told"))
    assert [(s.source.text, s.cue.text) for s in statements] == [("A senior official in the office", "said")]


def test_asking_that_ones_name_be_withheld_is_an_anonymity_clause() -> None:
    """"who asked that his name be withheld because he fears reprisals" says nothing to check."""
    text = ("The informant, who asked that his name be withheld because he fears reprisals, worked at the "
            "depot for six years.")
    assert built(text, ("source", "who"), ("cue", "asked"),
                 ("content", "that his name be withheld because he fears reprisals, worked at the depot")) == []


def test_spoke_on_condition_that_they_not_be_identified_is_an_anonymity_clause() -> None:
    text = ("Three drivers, who spoke on condition that they not be identified because they fear losing shifts, "
            "said the depot ignored the rota.")
    statements = built(text, ("content", "Three drivers"), ("source", "who"),
                       ("content", "that they not be identified because they fear losing shifts"), ("cue", "said"),
                       ("content", "the depot ignored the rota"))
    assert [(s.source.text if s.source else None, s.cue.text, [text[c.start : c.end] for c in s.content])
            for s in statements] == [("Three drivers", "said", ["the depot ignored the rota"])]
