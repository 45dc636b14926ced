"""Source coreference helpers: which entities inside a source mention name the source itself."""

from __future__ import annotations

from newssift.analysis import Analysis
from newssift.analyzers.attribution.coref import head_entities
from newssift.analyzers.attribution.records import SourceRef
from newssift.text import Article


def test_entities_after_a_comma_or_preposition_are_not_the_source() -> None:
    text = "Marta Visser, who leads the branch of the Transport Union, said so."
    analysis = Analysis.of(Article(text))
    end = text.index(", said")
    analysis.layers["entities"] = [
        {"start": 0, "end": 12, "label": "PER", "entity_id": "e1"},
        {"start": text.index("Transport"), "end": end, "label": "ORG", "entity_id": "e2"},
    ]
    found = head_entities(analysis, SourceRef(0, end, text[:end], "person"))
    assert [d["entity_id"] for d in found] == ["e1"]
