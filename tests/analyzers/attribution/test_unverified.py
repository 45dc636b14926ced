"""A negated verification ("could not confirm either account") is no statement; "confirmed" is one."""

from __future__ import annotations

import pytest

from tests.analyzers.attribution.roles import built


@pytest.mark.parametrize(("text", "source", "cue", "content"), [
    ("The Courier could not independently confirm either account.", "The Courier",
     "could not independently confirm", "either account"),
    ("The Courier was unable to verify the video.", "The Courier", "verify", "the video"),  # negation before the cue
    ("Police have not been able to corroborate her account.", "Police", "corroborate", "her account"),
    ("The ministry didn't immediately confirm that two soldiers had died.", "The ministry",
     "didn't immediately confirm", "that two soldiers had died"),
])
def test_a_failure_to_verify_is_no_statement(text: str, source: str, cue: str, content: str) -> None:
    assert built(text, ("source", source), ("cue", cue), ("content", content)) == []


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("Police confirmed that two people had died.", "confirmed", "that two people had died"),
    ("Police said they could not rule out arson.", "said", "they could not rule out arson"),
])
def test_a_verification_or_another_negation_stays_a_statement(text: str, cue: str, content: str) -> None:
    (s,) = built(text, ("source", "Police"), ("cue", cue), ("content", content))
    assert s.cue.text == cue
