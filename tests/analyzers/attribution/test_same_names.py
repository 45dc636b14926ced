"""'The bakery company, Holm Bread, said …; Holm Bread said …': one organisation, not a person the second time."""

from __future__ import annotations

from newssift.analysis import Analysis
from newssift.analyzers.statements import build
from newssift.text import Article
from tests.analyzers.attribution.roles import role_span

TEXT = ("The bakery company, Holm Bread, said that prices would rise. "
        "Workers were not told. Holm Bread added it would review the plan.")


def test_a_name_that_spoke_as_an_organisation_stays_one_when_read_as_a_person() -> None:
    a = Analysis.of(Article(TEXT))
    first, second = TEXT.index("Holm Bread"), TEXT.rindex("Holm Bread")
    a.layers["entities"] = [{"start": first, "end": first + 10, "label": "ORG", "entity_id": "e0"},
                            {"start": second, "end": second + 10, "label": "PER", "entity_id": "e1"}]
    spans = [role_span(a, "source", "The bakery company, Holm Bread,"), role_span(a, "cue", "said"),
             role_span(a, "content", "that prices would rise"), role_span(a, "source", "Holm Bread", last=True),
             role_span(a, "cue", "added"), role_span(a, "content", "it would review the plan")]
    _, sources = build(a, spans)
    assert [(s.name, s.kind, len(s.mentions)) for s in sources] == [("Holm Bread", "organisation", 2)]
