"""A source tagged inside a dash aside before the cue gives way to the subject before the aside."""

from __future__ import annotations

import pytest

from newssift.analysis import Analysis
from newssift.analyzers.attribution.asides import aside_subject
from newssift.analyzers.attribution.lexicon import load as load_lexicon
from newssift.text import Article
from tests.analyzers.attribution.roles import role_span


@pytest.mark.parametrize(("text", "source", "cue", "expected"), [
    ("The Treasury's impact note — buried, naturally, on page 47 of a document released late — admits "
     "that the poor pay more.", "page 47 of a document", "admits", "The Treasury's impact note"),
    ("Last year, the audit office's report -- drafted by the auditor Ana Berg -- found that costs rose.",
     "the auditor Ana Berg", "found", "the audit office's report"),
    ("The levy — the minister says — is fair.", "the minister", "says", "the minister"),
    ("It — according to the report by Ana Berg — admits nothing.", "Ana Berg", "admits", "Ana Berg"),
])
def test_source_inside_a_dash_aside_gives_way_to_the_subject(text: str, source: str, cue: str,
                                                             expected: str) -> None:
    analysis = Analysis.of(Article(text))
    found = aside_subject(analysis, role_span(analysis, "source", source), role_span(analysis, "cue", cue),
                          load_lexicon())
    assert found is not None and text[found.start : found.end] == expected


@pytest.mark.parametrize(("text", "source", "expected"), [
    ("The council's impact assessment, to its credit, admits as much.", "The", "The council's impact assessment"),
    ("The report of the audit office admits as much.", "The", "The report of the audit office"),
])
def test_a_lone_article_source_runs_on_to_its_phrase(text: str, source: str, expected: str) -> None:
    from newssift.analyzers.attribution.extents import finish_cut

    analysis = Analysis.of(Article(text))
    found = finish_cut(analysis, role_span(analysis, "source", source), role_span(analysis, "cue", "admits"))
    assert text[found.start : found.end] == expected


def test_a_source_cut_inside_an_entity_name_takes_the_whole_name_from_the_content() -> None:
    from newssift.analyzers.attribution.extents import widen_to_entity
    from newssift.analyzers.attribution.linker import Linked

    text = "The blaze started at the plant, the Dunmarrow Fire and Rescue Service said in a statement."
    analysis = Analysis.of(Article(text))
    name = "Dunmarrow Fire and Rescue Service"
    analysis.layers["entities"] = [{"start": text.index(name), "end": text.index(name) + len(name),
                                    "label": "ORG", "entity_id": "e1"}]
    x = Linked(role_span(analysis, "cue", "said in a statement"), source=role_span(analysis, "source", "Rescue Service"),
               content=[role_span(analysis, "content", "The blaze started at the plant, the Dunmarrow Fire")])
    source, content = widen_to_entity(analysis, x)
    assert text[source.start : source.end] == "the Dunmarrow Fire and Rescue Service"
    assert [text[c.start : c.end] for c in content] == ["The blaze started at the plant"]



@pytest.mark.parametrize(("text", "source", "cue", "content", "expected"), [
    ("As Finance Minister Ana Berg put it on Monday, the budget is balanced.", "Finance Minister Ana Berg",
     "put", "it on Monday, the budget is balanced", ["the budget is balanced"]),
    ("As the minister said last week, the levy will raise $4bn.", "the minister", "said",
     "the levy will raise $4bn", ["the levy will raise $4bn"]),
    ("Ana Berg put it on Monday, and the budget is balanced.", "Ana Berg", "put",
     "it on Monday, and the budget is balanced", ["it on Monday, and the budget is balanced"]),
])
def test_an_as_clause_keeps_the_main_clause_as_content(text: str, source: str, cue: str, content: str,
                                                       expected: list[str]) -> None:
    from newssift.analyzers.attribution.asides import as_clause_content
    from newssift.analyzers.attribution.linker import Linked

    analysis = Analysis.of(Article(text))
    x = Linked(role_span(analysis, "cue", cue), source=role_span(analysis, "source", source),
               content=[role_span(analysis, "content", content)])
    assert [text[c.start : c.end] for c in as_clause_content(analysis, x)] == expected


@pytest.mark.parametrize(("source", "expected"), [
    ("Health Minister Ilse", "Health Minister Ilse Varga"),  # cut inside the name: runs on to its end
    ("Health Minister Ilse Varga", "Health Minister Ilse Varga"),
])
def test_a_source_cut_before_the_end_of_a_name_runs_on_to_it(source: str, expected: str) -> None:
    from newssift.analyzers.attribution.extents import widen_to_entity
    from newssift.analyzers.attribution.linker import Linked

    text = "Health Minister Ilse Varga, who toured the ward, said more beds would open."
    analysis = Analysis.of(Article(text))
    analysis.layers["entities"] = [{"start": text.index("Ilse"), "end": text.index(", who"), "label": "PER",
                                    "entity_id": "e1"}]
    x = Linked(role_span(analysis, "cue", "said"), source=role_span(analysis, "source", source),
               content=[role_span(analysis, "content", "more beds would open")])
    found, content = widen_to_entity(analysis, x)
    assert text[found.start : found.end] == expected
    assert [text[c.start : c.end] for c in content] == ["more beds would open"]
