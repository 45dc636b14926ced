"""An organisation's name runs on over a capitalised 'of' / 'for' phrase."""

from __future__ import annotations

import pytest

from newssift.analyzers.attribution.full_names import full_name, same_name
from newssift.analyzers.attribution.lexicon import load
from newssift.analyzers.attribution.sources import classify
from tests.analyzers.attribution.roles import role_span


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


def test_a_body_named_by_the_first_word_of_its_name_is_the_same_source() -> None:
    from newssift.analysis import Analysis
    from newssift.analyzers.statements import build
    from newssift.text import Article

    text = ("Calder Freight announced that it would cut 1,200 jobs. A union leader called the plan reckless. "
            "Calder said the cuts were unavoidable.")
    a = Analysis.of(Article(text))
    at = text.rindex("Calder")
    a.layers["entities"] = [{"start": 0, "end": 14, "label": "ORG", "entity_id": "e0"},
                            {"start": at, "end": at + 6, "label": "ORG", "entity_id": "e1"}]
    spans = [role_span(a, "source", "Calder Freight"), role_span(a, "cue", "announced"),
             role_span(a, "content", "that it would cut 1,200 jobs"), role_span(a, "source", "Calder", last=True),
             role_span(a, "cue", "said"), role_span(a, "content", "the cuts were unavoidable")]
    _, sources = build(a, spans)
    assert len(sources) == 1 and sources[0].name == "Calder Freight"


@pytest.mark.parametrize(("entry", "name", "expected"), [
    ("Calder Freight", "calder", True),
    ("Ministry of Defence", "ministry", True),
    ("Calder Freight", "calder freight", True),
    ("Calder Freight", "freight", False),
    ("company", "company", True),
    ("Calder Freight", "calder group", False),
    ("Vessaria and neighbouring Kelmar", "vessaria", False),  # two bodies, not one name
])
def test_same_name(entry: str, name: str, expected: bool) -> None:
    assert same_name(entry, name) is expected
