""""Councillors should vote against the plan": an obligation modal read as a cue is no statement."""

from __future__ import annotations

import pytest

from tests.analyzers.attribution.roles import built


@pytest.mark.parametrize(("text", "roles", "cues"), [
    ("Trustees should vote against the merger on Monday.",
     [("source", "Trustees"), ("cue", "should vote against"), ("content", "the merger on Monday")], []),
    ("If the water is unsafe, we must all be told.",
     [("source", "we"), ("cue", "must"), ("content", "If the water is unsafe")], []),
    ("The mayor must admit that the budget failed.",
     [("source", "The mayor"), ("cue", "must admit"), ("content", "that the budget failed")], ["must admit"]),
])
def test_an_obligation_modal_is_no_cue_unless_a_speech_verb_follows(text: str, roles: list, cues: list) -> None:
    assert [s.cue.text for s in built(text, *roles)] == cues
