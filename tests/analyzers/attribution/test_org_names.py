"""A one-word PER entity that the article also names as an organisation is one (`organisation_entity`)."""

from __future__ import annotations

from newssift.analysis import Analysis
from newssift.analyzers.attribution.org_names import organisation_entity
from newssift.text import Article


def test_a_name_read_once_as_a_person_and_once_as_an_organisation_is_an_organisation() -> None:
    text = "Holmly, the bread app, will close. Holmly did not reply. Ada Finch said so."
    analysis = Analysis.of(Article(text))
    second = text.index("Holmly", 5)
    analysis.layers["entities"] = [
        {"start": 0, "end": 6, "label": "PER", "entity_id": "e1"},
        {"start": second, "end": second + 6, "label": "ORG", "entity_id": "e1"},
        {"start": text.index("Ada"), "end": text.index(" said"), "label": "PER", "entity_id": "e2"},
    ]
    first, _, person = analysis.layers["entities"]
    assert organisation_entity(analysis, first)
    assert not organisation_entity(analysis, person)
