"""'When I put this to the minister's office, a spokesman told me …': the spokesman speaks for the office."""

from __future__ import annotations

import pytest

from tests.analyzers.attribution.roles import build_tagged


@pytest.mark.parametrize(("opening", "expected"), [
    ("When I put this to the minister's office, a spokesman", ("minister's office", "organisation", "spokesman")),
    ("When I asked about the council's plan, a spokesman", ("a spokesman", "anonymous", "spokesman")),
    ("The ministry did not reply. Later a spokesman", ("a spokesman", "anonymous", "spokesman")),
    ("When I put “the agency is broken” to the minister, a spokesman", ("a spokesman", "anonymous", "spokesman")),
])
def test_an_unnamed_spokesman_speaks_for_the_body_the_sentence_names_before_him(opening: str,
                                                                                 expected: tuple) -> None:
    statements, sources = build_tagged(f"{opening} told me the exemptions were needed.", [
        ("source", "a spokesman"), ("cue", "told me"), ("content", "the exemptions were needed")])
    said = next(s for s in statements if s.cue is not None)
    entry = next(e for e in sources if e.source_id == said.source.source_id)
    assert (entry.name, entry.kind, entry.role) == expected


@pytest.mark.parametrize(("marked", "expected"), [
    ([("Kaya Moreno", "PER")], ("representative for Moreno", "person", "representative for Moreno")),
    ([("Kaya Moreno", "PER"), ("Moreno Records", "ORG")], ("Moreno", "organisation", "representative")),
])
def test_a_representative_for_a_person_is_a_person(marked: list, expected: tuple) -> None:
    text = "Kaya Moreno cancelled. Moreno Records paid. A representative for Moreno said the dates would move."
    statements, sources = build_tagged(text, [("source", "A representative for Moreno"), ("cue", "said"),
                                              ("content", "the dates would move")], marked)
    entry = next(e for e in sources if e.source_id == statements[0].source.source_id)
    assert (entry.name, entry.kind, entry.role) == expected


@pytest.mark.parametrize(("marked", "expected"), [
    ([("Brightmoor Music", "ORG")], ("Brightmoor Music", "organisation", "spokesperson")),
    ([], ("A spokesperson for the label", "anonymous", "spokesperson")),
])
def test_a_spokesperson_for_the_noun_speaks_for_the_organisation_it_named_before(marked: list,
                                                                                  expected: tuple) -> None:
    text = ("The singer had begged bosses at her label, Brightmoor Music, to keep the tour. A spokesperson "
            "for the label said the tour had lost money.")
    statements, sources = build_tagged(text, [("source", "A spokesperson for the label"), ("cue", "said"),
                                              ("content", "the tour had lost money")], marked)
    entry = next(e for e in sources if e.source_id == statements[0].source.source_id)
    assert (entry.name, entry.kind, entry.role) == expected
