"""An organisation's name runs on over a capitalised 'of' / 'for' phrase."""

from __future__ import annotations

import pytest

from newssift.analyzers.attribution.full_names import full_name
from newssift.analyzers.attribution.lexicon import load
from newssift.analyzers.attribution.sources import classify


@pytest.mark.parametrize(("text", "expected"), [
    ("The Ministry of Defence of the Republic of Kestova", "Ministry of Defence of the Republic of Kestova"),
    ("the Westhaven Chamber of Commerce", "Westhaven Chamber of Commerce"),
    ("the Velgrad Institute for Strategic Studies", "Velgrad Institute for Strategic Studies"),
    ("the Ministry of Defence and the police", "Ministry of Defence"),
    ("the ministry of defence", "ministry"),
    ("the Bank of England's governor", "Bank"),
])
def test_an_organisation_name_runs_on_over_a_capitalised_of_phrase(text: str, expected: str) -> None:
    assert full_name(text, classify(text, load(), "ORG")).name == expected


def test_a_body_named_by_its_head_still_joins_the_full_name() -> None:
    from newssift.analysis import Analysis
    from newssift.analyzers.statements import build
    from newssift.text import Article
    from tests.analyzers.attribution.roles import role_span

    text = "The Ministry of Administrative Affairs said it was ready. A ministry spokeswoman said it was late."
    a = Analysis.of(Article(text))
    spans = [role_span(a, "source", "The Ministry of Administrative Affairs"), role_span(a, "cue", "said"),
             role_span(a, "content", "it was ready"), role_span(a, "source", "A ministry spokeswoman"),
             role_span(a, "cue", "said", last=True), role_span(a, "content", "it was late")]
    sources = build(a, spans)[1]
    assert [e.name for e in sources] == ["Ministry of Administrative Affairs"]
