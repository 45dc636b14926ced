"""The entities layer as the attribution rules read it: indexed once per layer, never stale."""

from __future__ import annotations

from newssift.analysis import Analysis
from newssift.analyzers.attribution.entity_layer import entities_within, layer_memo
from newssift.analyzers.entities import Entity
from newssift.text import Article

TEXT = "Title\n\nAna Berg of Velmont Chemicals met Tomas Ruiz in Dunmarrow."


def _analysis(entities: list) -> Analysis:
    analysis = Analysis.of(Article(TEXT, title="Title"))
    analysis.layers["entities"] = entities
    return analysis


def _entity(name: str, label: str) -> Entity:
    start = TEXT.index(name)
    return Entity(start, start + len(name), name, label, 0.9, f"e-{name}")


def test_entities_inside_a_range_in_order_of_their_start_objects_or_dicts() -> None:
    ruiz, berg, velmont = _entity("Tomas Ruiz", "PER"), _entity("Ana Berg", "PER"), _entity("Velmont Chemicals", "ORG")
    analysis = _analysis([ruiz, berg.to_dict(), velmont])  # out of order, mixed shapes
    assert [d["text"] for d in entities_within(analysis, 0, len(TEXT))] == [
        "Ana Berg", "Velmont Chemicals", "Tomas Ruiz"]
    inside = entities_within(analysis, TEXT.index("Ana"), TEXT.index(" met"))
    assert [d["text"] for d in inside] == ["Ana Berg", "Velmont Chemicals"]
    assert entities_within(analysis, TEXT.index("Berg"), len(TEXT))[0]["text"] == "Velmont Chemicals"


def test_a_new_or_grown_layer_is_indexed_again_and_gets_a_fresh_memo() -> None:
    first = _analysis([_entity("Ana Berg", "PER")])
    assert len(entities_within(first, 0, len(TEXT))) == 1
    layer_memo(first)["answer"] = 1
    second = _analysis([_entity("Tomas Ruiz", "PER")])
    assert [d["text"] for d in entities_within(second, 0, len(TEXT))] == ["Tomas Ruiz"]
    assert "answer" not in layer_memo(second)
    second.layers["entities"].append(_entity("Dunmarrow", "LOC"))
    assert [d["text"] for d in entities_within(second, 0, len(TEXT))] == ["Tomas Ruiz", "Dunmarrow"]
    assert entities_within(_analysis([]), 0, len(TEXT)) == []
