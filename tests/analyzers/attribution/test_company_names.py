"""A name closing like a company's is an organisation."""

from __future__ import annotations

import pytest

from newssift.analyzers.attribution.company_names import club_source, company_source
from newssift.analyzers.attribution.sources import SourceType, classify
from tests.analyzers.attribution.roles import build_tagged


@pytest.mark.parametrize("phrase", ["The shop's landlord, Ferncroft Estates,", "Brannock Holdings",
                                    "The builder, Arden Homes Ltd,"])
def test_a_company_name_is_an_organisation(phrase: str) -> None:
    assert company_source(classify(phrase)).kind == "organisation"


@pytest.mark.parametrize("phrase", ["The owner, Tessa Marle,", "her partners"])
def test_other_names_keep_their_kind(phrase: str) -> None:
    assert company_source(classify(phrase)).kind == classify(phrase).kind


def test_the_landlord_is_typed_an_organisation() -> None:
    text = "The café's landlord, Ferncroft Estates, said the rent had not risen."
    _, sources = build_tagged(text, [("source", "The café's landlord, Ferncroft Estates,"), ("cue", "said"),
                                     ("content", "the rent had not risen")])
    assert [e.kind for e in sources] == ["organisation"]


@pytest.mark.parametrize(("phrase", "text"), [
    ("Dunholm Rovers", "Dunholm Rovers said the deal was off."),
    ("Castellon", "He joined Real Castellon in May. Castellon said the deal was off."),
])
def test_a_club_is_an_organisation(phrase: str, text: str) -> None:
    assert club_source(text, SourceType("person", None, phrase, phrase.lower())).kind == "organisation"


def test_a_person_is_no_club() -> None:
    text = "Ines Castellon said the deal was off. Castellon was in Orsk."
    assert club_source(text, SourceType("person", None, "Castellon", "castellon")).kind == "person"
