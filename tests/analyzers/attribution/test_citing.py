"""A cue the tagger found inside 'X said, citing Y, that …' is part of Y."""

from __future__ import annotations

from tests.analyzers.attribution.roles import built


def test_a_cue_inside_the_citing_phrase_leaves_the_content_to_the_outer_cue() -> None:
    text = "The port authority said, citing customs reports, that two cargo ships had been turned away."
    statements = built(text, ("source", "The port authority"), ("cue", "said"), ("cue", "citing"),
                       ("source", "customs"), ("cue", "reports"),
                       ("content", "that two cargo ships had been turned away"))
    assert [(s.source.text, s.cue.text, s.via.text if s.via else None) for s in statements] == [
        ("The port authority", "said", "customs reports")]


def test_a_cue_after_a_citing_phrase_that_opens_no_content_is_kept() -> None:
    text = "He spoke on condition of anonymity, citing rules, and officials said the ships were turned away."
    statements = built(text, ("source", "officials"), ("cue", "said"), ("content", "the ships were turned away"))
    assert [s.cue.text for s in statements] == ["said"]
