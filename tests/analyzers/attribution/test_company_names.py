"""A name closing like a company's is an organisation."""

from __future__ import annotations

import pytest

from newssift.analyzers.attribution.company_names import company_source
from newssift.analyzers.attribution.sources import classify
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
