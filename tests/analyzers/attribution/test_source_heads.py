"""A source cut after a capitalised modifier runs on over its head noun ("[Two Northern] envoys …")."""

from __future__ import annotations

from tests.analyzers.attribution.roles import built

TEXT = ("Two Northern diplomats in the port city, who asked not to be named, said the convoy had turned "
        "back.")


def test_the_head_noun_and_its_place_join_the_source() -> None:
    [s] = built(TEXT, ("source", "Two Northern"), ("cue", "said"), ("content", "the convoy had turned back"))
    assert s.source.text == "Two Northern diplomats in the port city"


def test_a_source_ending_in_lower_case_is_left_alone() -> None:
    text = TEXT.replace("Two Northern diplomats", "Two tired diplomats")
    [s] = built(text, ("source", "Two tired"), ("cue", "said"), ("content", "the convoy had turned back"))
    assert s.source.text != "Two tired diplomats in the port city"
