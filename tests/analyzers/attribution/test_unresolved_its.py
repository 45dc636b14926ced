"""An "it" that shows something and points at no source ("It showed no sign of …") is no statement."""

from __future__ import annotations

from tests.analyzers.attribution.roles import build_tagged


def test_an_unresolved_it_that_showed_is_dropped_with_its_source() -> None:
    text = "Mr Odum had his X-ray in May. It showed no fracture at all."
    statements, sources = build_tagged(text, [("source", "It"), ("cue", "showed"), ("content", "no fracture at all")])
    assert not statements
    assert not sources


def test_an_it_that_said_stays() -> None:
    text = "Mr Odum had his X-ray in May. It said nothing was broken."
    statements, _ = build_tagged(text, [("source", "It"), ("cue", "said"), ("content", "nothing was broken")])
    assert [s.cue.text for s in statements] == ["said"]
