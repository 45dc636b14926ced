"""A person-typed name closing on a trade noun is a company's, unless the article reads it as a person's."""

from __future__ import annotations

import pytest

from newssift.analyzers.attribution.industry_names import industry_source
from newssift.analyzers.attribution.sources import SourceType


def _person(name: str) -> SourceType:
    return SourceType("person", None, name, name.split()[-1].lower())


@pytest.mark.parametrize("name", ["Brannock Water", "Velloby Foods", "Ostrel Rail", "Quarn Energy"])
def test_a_trade_name_is_an_organisation(name: str) -> None:
    assert industry_source(f"{name} said prices would rise.", _person(name)).kind == "organisation"


@pytest.mark.parametrize(("text", "name"), [
    ("Martin Power said he would appeal. Mr Power was fined in May.", "Martin Power"),  # a given name
    ("Tamsin Gas said the club was sold. Ms Gas joined in 2019.", "Tamsin Gas"),  # an honorific later
    ("Orla Power was fined. She said she would appeal.", "Orla Power"),  # "She" opens the next sentence
    ("Orla Power said she would appeal.", "Orla Power"),  # "she" in the same sentence
    ("Brannock Water Works said so.", "Brannock Water Works"),  # the last word is no trade noun
])
def test_a_person_stays_a_person(text: str, name: str) -> None:
    assert industry_source(text, _person(name)).kind == "person"


def test_other_kinds_are_left_alone() -> None:
    typed = SourceType("media", None, "Harbour Media", "media")
    assert industry_source("Harbour Media reported it.", typed) is typed
