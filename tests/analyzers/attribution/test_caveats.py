"""The reporter's caveat and the speaker's refusal close no content."""

from __future__ import annotations

from tests.analyzers.attribution.roles import built


def _contents(text: str, statements: list) -> list[list[str]]:
    return [[text[c.start : c.end] for c in s.content] for s in statements]


def test_an_unverified_claim_appositive_is_the_writers() -> None:
    text = ("The army said on Friday that its units had retaken the bridge at Osk, killing twelve fighters, "
            "a claim that could not be independently verified.")
    statements = built(text, ("source", "The army"), ("cue", "said on Friday"),
                       ("content", "that its units had retaken the bridge at Osk, killing twelve fighters, "
                                   "a claim that could not be independently verified"))
    assert _contents(text, statements) == [["that its units had retaken the bridge at Osk, killing twelve fighters"]]


def test_a_refusal_to_comment_after_the_content_is_no_part_of_it() -> None:
    text = "The water authority confirmed that it had closed two wells but declined to comment further."
    statements = built(text, ("source", "The water authority"), ("cue", "confirmed"),
                       ("content", "that it had closed two wells but declined to comment further"))
    assert _contents(text, statements) == [["that it had closed two wells"]]


def test_a_claim_the_speaker_calls_unconfirmed_inside_a_quotation_is_kept_when_nothing_precedes() -> None:
    text = "The mayor said a claim that could not be verified had spread online."
    statements = built(text, ("source", "The mayor"), ("cue", "said"),
                       ("content", "a claim that could not be verified had spread online"))
    assert _contents(text, statements) == [["a claim that could not be verified had spread online"]]
