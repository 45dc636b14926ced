"""A name inside a quotation is not the he/she who speaks after it."""

from __future__ import annotations

from newssift.analysis import Analysis
from newssift.analyzers.statements import build
from newssift.text import Article
from tests.analyzers.attribution.roles import role_span


def test_she_after_a_quotation_naming_someone_is_the_earlier_speaker() -> None:
    text = '"We built the bridges," Tull told supporters.\n\nShe went on. "We are going to bring Carrow home," she said.'
    a = Analysis.of(Article(text))
    a.layers["entities"] = [{"start": text.index("Tull"), "end": text.index("Tull") + 4, "label": "PER",
                             "entity_id": "e1"},
                            {"start": text.index("Carrow"), "end": text.index("Carrow") + 6, "label": "PER",
                             "entity_id": "e2"}]
    spans = [role_span(a, "content", '"We built the bridges,"'), role_span(a, "source", "Tull"),
             role_span(a, "cue", "told"), role_span(a, "content", '"We are going to bring Carrow home,"'),
             role_span(a, "source", "she"), role_span(a, "cue", "said")]
    statements, sources = build(a, spans)
    assert statements[0].source.source_id == statements[1].source.source_id
    assert [e.name for e in sources] == ["Tull"]
