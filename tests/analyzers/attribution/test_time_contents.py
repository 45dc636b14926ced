"""A content that is only a time adjunct ("was giving | a second day at the court") is no statement."""

from __future__ import annotations

from tests.analyzers.attribution.roles import built


def test_a_time_adjunct_alone_is_no_content() -> None:
    text = "Mira Holt, 52, was giving evidence for a third day at Stanmoor Crown Court."
    assert not built(text, ("source", "Mira Holt, 52,"), ("cue", "was giving"),
                     ("content", "a third day at Stanmoor Crown Court"))


def test_a_claim_about_a_day_stays_a_statement() -> None:
    text = "Mira Holt said the third day at the depot had been the worst."
    [s] = built(text, ("source", "Mira Holt"), ("cue", "said"),
                ("content", "the third day at the depot had been the worst"))
    assert s.cue.text == "said"
