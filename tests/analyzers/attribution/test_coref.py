"""Source coreference helpers: which entities inside a source mention name the source itself."""

from __future__ import annotations

import pytest

from newssift.analysis import Analysis
from newssift.analyzers.attribution.coref import head_entities
from newssift.analyzers.attribution.org_names import named_as_organisation, named_as_person
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


def _entities(text: str, marked: list[tuple[str, str, str, int]]) -> list[dict]:
    out = []
    for words, label, eid, nth in marked:
        start = -1
        for _ in range(nth + 1):
            start = text.index(words, start + 1)
        out.append({"start": start, "end": start + len(words), "label": label, "entity_id": eid})
    return out


@pytest.mark.parametrize(("text", "marked", "expected"), [
    ("The engineering firm Vantor won. Vantor said so.",
     [("Vantor", "ORG", "e1", 0), ("Vantor", "PER", "e1", 1)], True),
    ("Calder Freight cut jobs. Calder said so.",
     [("Calder Freight", "ORG", "e1", 0), ("Calder", "PER", "e2", 1)], True),
    ("Daniel Yusuf spoke. Yusuf Holdings paid. Yusuf said so.",
     [("Daniel Yusuf", "PER", "e1", 0), ("Yusuf Holdings", "ORG", "e2", 0), ("Yusuf", "PER", "e1", 2)], False),
    ("Ana Berg spoke. Berg said so.", [("Ana Berg", "PER", "e1", 0), ("Berg", "PER", "e1", 1)], False),
    ("The engineering firm Vantor won. Vantor said so.",
     [("Vantor", "PER", "e1", 0), ("Vantor", "PER", "e1", 1)], True),
    ("The winner Vantor spoke. Vantor said so.",
     [("Vantor", "PER", "e1", 0), ("Vantor", "PER", "e1", 1)], False),
    ("Ostrel blames Marvany for the floods. The Ostreli news agency said so.",
     [("Ostrel", "PER", "e1", 0)], True),
    ("Ostrelia blames Marvany for the floods. The Ostrelian army said so.",
     [("Ostrelia", "PER", "e1", 0)], True),
    ("Ana Tarn spoke. The Tarni river rose. Tarn said so.",
     [("Ana Tarn", "PER", "e1", 0), ("Tarn", "PER", "e1", 1)], False),
])
def test_a_bare_name_the_article_names_as_an_organisation_is_one(text: str, marked: list,
                                                                 expected: bool) -> None:
    analysis = Analysis.of(Article(text))
    analysis.layers["entities"] = _entities(text, marked)
    last = analysis.layers["entities"][-1]
    assert named_as_organisation(analysis, last, {"firm", "company"}) is expected


@pytest.mark.parametrize(("text", "marked", "expected"), [
    ("The depot is run by Velmont Chemicals. Fumes leaked on Tuesday. The firm said no one was hurt.",
     [("Velmont Chemicals", "ORG", "e1", 0)], "Velmont Chemicals"),
    ("Velmont Chemicals was fined by the Environment Agency. The company said it would appeal.",
     [("Velmont Chemicals", "ORG", "e1", 0), ("Environment Agency", "ORG", "e2", 0)], "Velmont Chemicals"),
    ("The plan was backed by the City Council. The company said it would appeal.",
     [("City Council", "ORG", "e1", 0)], "company"),
    ("The depot is run by Velmont Chemicals.\n\nFumes leaked.\n\nResidents left.\n\nThe firm said so.",
     [("Velmont Chemicals", "ORG", "e1", 0)], "firm"),
    ("Yields fell, Halvor Bank data showed. The central bank said rates would hold.",
     [("Halvor Bank", "ORG", "e1", 0)], "central bank"),
])
def test_the_firm_is_the_company_named_just_before_even_if_it_never_spoke(
        text: str, marked: list, expected: str) -> None:
    from newssift.analyzers.attribution.tagger import RoleSpan
    from newssift.analyzers.statements import build

    analysis = Analysis.of(Article(text))
    analysis.layers["entities"] = _entities(text, marked)

    def role(r: str, words: str) -> RoleSpan:
        start = text.rindex(words)
        toks = [i for i, t in enumerate(analysis.tokens) if start <= t.start < start + len(words)]
        return RoleSpan(r, start, start + len(words), 0.9, 0, toks[0], toks[-1] + 1)

    said = text[text.rindex(" said ") + 6 : -1]
    source = next(w for w in ("The firm", "The company", "The central bank") if w in text)
    _, sources = build(analysis, [role("source", source), role("cue", "said"), role("content", said)])
    assert [(s.name, s.kind) for s in sources] == [(expected, "organisation")]


@pytest.mark.parametrize(("body", "roles", "expected"), [
    ("Health Minister Ana Ruiz said the report was flawed.",
     [("source", "Health Minister Ana Ruiz"), ("cue", "said"), ("content", "the report was flawed")],
     [["Minister", "Health Minister Ana Ruiz"]]),
    ("Health Minister Ana Ruiz said the report was flawed. Finance Minister Ivo Brandt said it was not.",
     [("source", "Health Minister Ana Ruiz"), ("cue", "said"), ("content", "the report was flawed"),
      ("source", "Finance Minister Ivo Brandt"), ("cue", "said"), ("content", "it was not")],
     [["Minister"], ["Health Minister Ana Ruiz"], ["Finance Minister Ivo Brandt"]]),
    ("Residents said the report was flawed.",
     [("source", "Residents"), ("cue", "said"), ("content", "the report was flawed")],
     [["Minister"], ["Residents"]]),
])
def test_a_role_headline_label_links_to_the_one_person_the_body_names_with_that_role(
        body: str, roles: list, expected: list) -> None:
    from newssift.analyzers.attribution.tagger import RoleSpan
    from newssift.analyzers.statements import build

    text = "Minister: 'We will not resign'\n\n" + body
    analysis = Analysis.of(Article(text))
    assert analysis.title is not None

    def role(r: str, words: str, nth: int) -> RoleSpan:
        start = -1
        for _ in range(nth + 1):
            start = text.index(words, start + 1)
        toks = [i for i, t in enumerate(analysis.tokens) if start <= t.start < start + len(words)]
        return RoleSpan(r, start, start + len(words), 0.9, 0, toks[0], toks[-1] + 1)

    seen: dict[str, int] = {}
    spans = []
    for r, words in roles:
        spans.append(role(r, words, seen.get(words, 0)))
        seen[words] = seen.get(words, 0) + 1
    _, sources = build(analysis, spans)
    assert [[text[m.start : m.end] for m in sorted(s.mentions)] for s in sources] == expected


@pytest.mark.parametrize(("marked", "expected"), [
    ([("Petra Ossin", "PER", "e1", 0), ("Ossin", "ORG", "e2", 2)], True),
    ([("Petra Ossin", "PER", "e1", 0), ("Ossin Holdings", "ORG", "e3", 0), ("Ossin", "ORG", "e2", 2)], False),
    ([("Ossin", "ORG", "e2", 2)], False),
])
def test_a_lone_surname_read_as_an_organisation_is_the_person(marked: list, expected: bool) -> None:
    text = "Petra Ossin spoke for Ossin Holdings. Later Ossin argued that it was unfair."
    analysis = Analysis.of(Article(text))
    analysis.layers["entities"] = _entities(text, marked)
    last = analysis.layers["entities"][-1]
    assert named_as_person(analysis, last) is expected


def test_a_place_the_entities_layer_reads_as_a_location_speaks_as_an_organisation() -> None:
    """"Ostrel and neighbouring Marvany have agreed …": two countries, not a person named Marvany."""
    from tests.analyzers.attribution.roles import role_span

    text = "Ostrel and neighbouring Marvany have agreed to resume talks next month."
    analysis = Analysis.of(Article(text))
    analysis.layers["entities"] = _entities(text, [("Ostrel", "PER", "e1", 0), ("Marvany", "LOC", "e2", 0)])
    spans = [role_span(analysis, "source", "Ostrel and neighbouring Marvany"),
             role_span(analysis, "cue", "have agreed"), role_span(analysis, "content", "to resume talks next month")]
    from newssift.analyzers.statements import build

    [s], _ = build(analysis, spans)
    assert s.source.kind == "organisation"


@pytest.mark.parametrize(("text", "roles", "expected"), [
    ("The Valmont Times said the plan had failed. The newspaper added that protests were likely.",
     [("source", "The Valmont Times"), ("cue", "said"), ("content", "the plan had failed"),
      ("source", "The newspaper"), ("cue", "added"), ("content", "that protests were likely")],
     [("Valmont Times", "media", 2)]),
    ("The Varoshi News Agency reported that troops moved. The agency added that talks had stopped.",
     [("source", "The Varoshi News Agency"), ("cue", "reported"), ("content", "that troops moved"),
      ("source", "The agency"), ("cue", "added"), ("content", "that talks had stopped")],
     [("Varoshi News Agency", "media", 2)]),
    ("The Harbour Board said the plan had failed. The newspaper added that protests were likely.",
     [("source", "The Harbour Board"), ("cue", "said"), ("content", "the plan had failed"),
      ("source", "The newspaper"), ("cue", "added"), ("content", "that protests were likely")],
     [("Harbour Board", "organisation", 1), ("newspaper", "media", 1)]),
])
def test_the_newspaper_or_the_agency_is_the_outlet_named_just_before(text: str, roles: list,
                                                                     expected: list) -> None:
    from newssift.analyzers.statements import build
    from tests.analyzers.attribution.roles import role_span

    analysis = Analysis.of(Article(text))
    _, sources = build(analysis, [role_span(analysis, r, w, last=w.startswith("that")) for r, w in roles])
    assert [(s.name, s.kind, len(s.statements)) for s in sources] == expected


def test_a_bare_authority_is_the_authority_named_in_the_text() -> None:
    """"… the Tidewater Harbour Authority wrote to the firm. The authority said …": the authority named
    inside another statement's content, though it never spoke as a source."""
    from tests.analyzers.attribution.roles import build_tagged

    text = ("The filing shows that the Tidewater Harbour Authority wrote to the firm in May. The authority "
            "said it would not comment.")
    statements, sources = build_tagged(
        text, (("source", "The filing"), ("cue", "shows"), ("content", "that the Tidewater Harbour Authority "
               "wrote to the firm in May"), ("source", "The authority"), ("cue", "said"),
               ("content", "it would not comment")), [("Tidewater Harbour Authority", "ORG")])
    names = {s.source_id: s.name for s in sources}
    said = next(s for s in statements if s.cue.text == "said")
    assert names[said.source.source_id] == "Tidewater Harbour Authority"


def test_the_company_is_not_a_thing_it_owns() -> None:
    """"Harwell Ferries … its Tern Bay terminal …, the company said": not the terminal the NER called an ORG."""
    from tests.analyzers.attribution.roles import build_tagged

    text = "Harwell Ferries will close its Tern Bay terminal in May, the company said."
    statements, sources = build_tagged(
        text, (("content", "Harwell Ferries will close its Tern Bay terminal in May"), ("source", "the company"),
               ("cue", "said")), [("Harwell Ferries", "ORG"), ("Tern Bay", "ORG")])
    names = {s.source_id: s.name for s in sources}
    assert names[statements[0].source.source_id] == "Harwell Ferries"
