"""'The prime minister' is not the foreign minister named before."""

from __future__ import annotations

import pytest

from newssift.analyzers.attribution.modifiers import same_office
from tests.analyzers.attribution.roles import build_tagged


@pytest.mark.parametrize(("mention", "role", "expected"), [
    ("The prime minister", "foreign minister of Norvia", False),
    ("the foreign minister", "foreign minister of Norvia", True),
    ("the minister", "foreign minister of Norvia", True),
    ("the former minister", "foreign minister of Norvia", True),  # a time, not an office
    ("the company's chief executive", "Harlow's chief executive", True),
])
def test_a_different_modifier_before_the_head_names_another_office(mention: str, role: str,
                                                                    expected: bool) -> None:
    assert same_office(mention, role) is expected


def test_the_prime_minister_does_not_join_the_foreign_minister() -> None:
    text = ("The foreign minister of Norvia, Ivo Stan, said talks would resume. "
            "The prime minister said the budget was ready.")
    _, sources = build_tagged(text, [("source", "The foreign minister of Norvia, Ivo Stan,"), ("cue", "said"),
                                     ("content", "talks would resume"), ("source", "The prime minister"),
                                     ("cue", "said the"), ("content", "budget was ready")])
    assert len(sources) == 2
