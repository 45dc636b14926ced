"""A nationality epithet ("the Polish coach") is the person named just before, not a new source."""

from __future__ import annotations

import pytest

from newssift.analyzers.attribution.epithets import is_epithet
from tests.analyzers.attribution.roles import build_tagged


@pytest.mark.parametrize(("text", "expected"), [
    ("The Polish coach", True),
    ("the Danish rowing coach, who arrived in May,", True),
    ("The Polish government", False),  # a body, not a person
    ("The coach", False),  # no nationality: the role-noun rule
    ("the polish coach", False),  # not a nationality written so
    ("The Polish coaches", False),  # a group
])
def test_is_epithet(text: str, expected: bool) -> None:
    assert is_epithet(text) is expected


def test_an_epithet_and_the_she_after_it_are_the_person_named_before() -> None:
    text = ("Rowing coach Edda Marsk named her crew on Monday. The Danish coach admitted that the boat was "
            "slow. Stroke Per Lund is injured, and she said the bow pair would change.")
    statements, sources = build_tagged(
        text, (("source", "The Danish coach"), ("cue", "admitted"), ("content", "that the boat was slow"),
               ("source", "she"), ("cue", "said"), ("content", "the bow pair would change")),
        [("Edda Marsk", "PER"), ("Per Lund", "PER")])
    names = {s.source_id: s.name for s in sources}
    assert [names[s.source.source_id] for s in statements] == ["Edda Marsk", "Edda Marsk"]
