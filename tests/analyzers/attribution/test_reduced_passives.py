"""A reduced passive ("A captain accused of negligence told …") joins its noun phrase, not a cue."""

from __future__ import annotations

import pytest

from newssift.analyzers.attribution.sources import classify
from tests.analyzers.attribution.roles import built


def test_an_accused_noun_phrase_is_the_source_of_the_cue_after_it() -> None:
    text = "A ferry captain accused of careless navigation told the inquiry that the fog had been thick."
    [s] = built(text, ("source", "A ferry captain"), ("cue", "accused of"), ("content", "careless navigation"),
                ("cue", "told"), ("content", "that the fog had been thick"))
    assert (s.source.text, s.cue.text) == ("A ferry captain accused of careless navigation", "told")


def test_a_charged_man_with_a_later_cue() -> None:
    text = "A clerk charged with theft said the ledgers had been altered by others."
    [s] = built(text, ("source", "A clerk"), ("cue", "charged with"), ("content", "theft"), ("cue", "said"),
                ("content", "the ledgers had been altered by others"))
    assert s.source.text == "A clerk charged with theft"


def test_an_active_accusation_stays_a_statement() -> None:
    text = "The harbour master accused the captain of ignoring the fog signal."
    [s] = built(text, ("source", "The harbour master"), ("cue", "accused"),
                ("content", "the captain of ignoring the fog signal"))
    assert (s.source.text, s.cue.text) == ("The harbour master", "accused")


@pytest.mark.parametrize(("text", "name", "head"), [
    ("A ferry captain accused of careless navigation", "ferry captain", "captain"),
    ("A clerk charged with theft at the depot", "clerk", "clerk"),
    ("The accused", "accused", "accused"),  # the participle as the head itself
])
def test_a_reduced_passive_ends_the_source_name(text: str, name: str, head: str) -> None:
    t = classify(text)
    assert (t.name, t.head) == (name, head)
