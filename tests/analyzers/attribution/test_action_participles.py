"""A comma-led action participle is no statement; a comma-led cue with words reported is."""

from __future__ import annotations

import pytest

from tests.analyzers.attribution.roles import built


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("Tarnby cancelled the fair on Monday, escalating a dispute with the council.", "escalating",
     "a dispute with the council"),
    ('The leaflet called the scheme "reckless", wording the authors never used.', "wording",
     "the authors never used"),
])
def test_an_action_participle_is_no_statement(text: str, cue: str, content: str) -> None:
    source = text.split(" ", 2)[0] if text.startswith("Tarnby") else "The leaflet"
    statements = built(text, ("source", source), ("cue", cue), ("content", content))
    assert not [s for s in statements if s.cue.text == cue]


@pytest.mark.parametrize(("cue", "content"), [
    ("encouraging", "other wards to follow them"),
    ("describing", 'the plan as "a mess"'),
    ("accusing", "the board of hiding the figures"),
    ("stressing", "the wards were safe"),
])
def test_a_participle_with_words_reported_stays(cue: str, content: str) -> None:
    text = f"Orla Fenwick praised the nurses, {cue} {content}."
    statements = built(text, ("source", "Orla Fenwick"), ("cue", cue), ("content", content))
    assert [s for s in statements if s.cue.text == cue]
