"""A vote or a reaction with a plain noun-phrase content ("voted for the plan") is no statement."""

from __future__ import annotations

import pytest

from tests.analyzers.attribution.roles import built


@pytest.mark.parametrize(("cue", "content", "count"), [
    ("eventually voted for", "the budget", 0),
    ("abstained on", "the motion", 0),
    ("reacted angrily to", "the closures", 0),
    ("reacted", 'that the closures were "a betrayal"', 1),  # words: a statement
    ("said", "the budget", 1),  # no vote word
])
def test_a_vote_or_reaction_is_no_statement(cue: str, content: str, count: int) -> None:
    text = f"The councillors {cue} {content}."
    assert len(built(text, ("source", "The councillors"), ("cue", cue), ("content", content))) == count
