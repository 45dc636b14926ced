"""'The prime minister' is not the foreign minister named before."""

from __future__ import annotations

import pytest

from newssift.analyzers.attribution.modifiers import same_body, same_office
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


@pytest.mark.parametrize(("mention", "name", "expected"), [
    ("the regional fire service", "National Weather Service", False),
    ("the county council", "Tarrow Borough Council", False),
    ("the weather service", "National Weather Service", True),
    ("the local council", "Tarrow Borough Council", True),  # a word of scope names no other body
    ("the service", "National Weather Service", True),
])
def test_a_body_modifier_the_name_lacks_names_another_body(mention: str, name: str, expected: bool) -> None:
    assert same_body(mention, name, mention.split()[-1]) is expected


def test_the_fire_service_does_not_join_the_weather_service() -> None:
    text = ("The National Weather Service said the storm would ease. "
            "Crews rescued four people, the regional fire service said.")
    _, sources = build_tagged(text, [("source", "The National Weather Service"), ("cue", "said"),
                                     ("content", "the storm would ease"), ("content", "Crews rescued four people"),
                                     ("source", "the regional fire service"), ("cue", "said.")])
    assert [s.name for s in sources] == ["National Weather Service", "regional fire service"]


def test_a_headline_capital_alone_makes_no_proper_name() -> None:
    from newssift.analyzers.attribution.modifiers import proper_name
    from newssift.analyzers.attribution.records import SourceEntry
    from newssift.text import Span

    title = Span(0, 40)

    def entry(name: str, start: int) -> SourceEntry:
        return SourceEntry("src1", name, "organisation", None, [Span(start, start + len(name))], ["s1"])

    assert not proper_name(entry("Bakery chain", 0), title)  # "Bakery chain says …": a description
    assert proper_name(entry("Holm Bread", 0), title)  # a name in the headline
    assert proper_name(entry("Holm", 60), title)  # a one-word name in the body
    assert not proper_name(entry("bakery chain", 60), None)
