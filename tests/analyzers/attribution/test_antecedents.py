"""Antecedents outside the sources: the role before a name, the previous sentence's source, an unnamed
person the text introduces."""

from __future__ import annotations

import pytest

from newssift.analysis import Analysis
from newssift.analyzers.attribution.antecedents import role_before
from newssift.analyzers.statements import build
from newssift.text import Article
from tests.analyzers.attribution.roles import role_span


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Housing Minister Ottilie Brandt has a talent for it.", "Ottilie Brandt", "Housing Minister"),
    ("Rents rose. When Ottilie Brandt spoke, nobody listened.", "Ottilie Brandt", None),
    ("The letter was signed by Dr Amara Oyelaran.", "Amara Oyelaran", None),
    ("It was read by presiding judge Miriam Okafor.", "Miriam Okafor", "judge"),
])
def test_the_title_words_before_a_name_are_its_role(text: str, name: str, role: str | None) -> None:
    a = Analysis.of(Article(text))
    assert role_before(a, text.index(name)) == role


def _pronoun_source(text: str, spans: list[tuple[str, str]]) -> tuple[str, str | None, float]:
    a = Analysis.of(Article(text))
    statements, sources = build(a, [role_span(a, role, words) for role, words in spans])
    last = statements[-1].source
    entry = next(e for e in sources if e.source_id == last.source_id)
    return entry.name, entry.role, last.link_score


@pytest.mark.parametrize(("first", "expected"), [
    ("Local sources in the city stated", ("Local sources", None, 0.35)),
    ("The regional council stated", ("regional council", None, 0.35)),
    ("Two people close to him stated", ("She", "unresolved pronoun", 0.3)),
])
def test_a_stray_she_right_after_a_statement_by_sources_is_those_sources(first: str, expected: tuple) -> None:
    text = ("Minister Igor Vell said the plan was sound.\n\nRents rose. Prices rose.\n\n"
            f"{first} that the centre was hiring.\n\nShe pointed out that training was a condition.")
    source = first.removesuffix(" stated")
    assert _pronoun_source(text, [
        ("source", "Minister Igor Vell"), ("cue", "said"), ("content", "the plan was sound"),
        ("source", source), ("cue", "stated"), ("content", "that the centre was hiring"),
        ("source", "She"), ("cue", "pointed out"), ("content", "that training was a condition")]) == expected


def test_she_after_a_colleague_the_writer_introduced_is_that_colleague() -> None:
    text = "Rents rose. A colleague put it better than I can. “We used to teach,” she told me."
    found = _pronoun_source(text, [("content", "“We used to teach,”"), ("source", "she"), ("cue", "told")])
    assert found == ("A colleague", None, 0.6)


@pytest.mark.parametrize(("after", "expected"), [
    (" The sources added that roads were full.", "Local sources"),
    (" Roads were full.", "Igor Vell"),  # a weak link to the person stays
])
def test_she_between_two_statements_of_the_same_sources_is_those_sources(after: str, expected: str) -> None:
    text = ("Minister Igor Vell said the plan was sound.\n\nLocal sources stated that families left. "
            "She explained that schools were opened." + after)
    spans = [("source", "Minister Igor Vell"), ("cue", "said"), ("content", "the plan was sound"),
             ("source", "Local sources"), ("cue", "stated"), ("content", "that families left"),
             ("source", "She"), ("cue", "explained"), ("content", "that schools were opened")]
    if "added" in after:
        spans += [("source", "The sources"), ("cue", "added"), ("content", "that roads were full")]
    a = Analysis.of(Article(text))
    statements, sources = build(a, [role_span(a, role, words) for role, words in spans])
    she = next(s for s in statements if s.source is not None and s.source.text == "She")
    assert next(e.name for e in sources if e.source_id == she.source.source_id) == expected


def test_it_after_a_document_the_previous_sentence_introduced_is_that_document() -> None:
    text = ("The ruling says the deal was secret.\n\nThe firm was fined.\n\nA statement from the Aldane family "
            "was read outside the court by his daughter. “Our father gave thirty years to this port,” it said.")
    a = Analysis.of(Article(text))
    spans = [role_span(a, "source", "The ruling"), role_span(a, "cue", "says"),
             role_span(a, "content", "the deal was secret"), role_span(a, "content", "“Our father gave thirty years to this port,”"),
             role_span(a, "source", "it", last=True), role_span(a, "cue", "said", last=True)]
    statements, sources = build(a, spans)
    it = statements[-1]
    entry = next(e for e in sources if e.source_id == it.source.source_id)
    assert (entry.name, entry.kind, it.source.link_score) == ("A statement from the Aldane family", "document", 0.6)


def test_she_after_a_person_named_in_her_paragraph_is_that_person_not_one_of_an_earlier_paragraph() -> None:
    text = ("Actor Luca Brandeis said the label only loves money.\n\n"
            "It is not the first time Kaya Moreno has clashed with bosses. In 2022 she accused her managers.")
    a = Analysis.of(Article(text))
    a.layers["entities"] = [{"start": text.index(w), "end": text.index(w) + len(w), "label": "PER",
                             "entity_id": e} for w, e in [("Luca Brandeis", "e1"), ("Kaya Moreno", "e2")]]
    spans = [role_span(a, "source", "Actor Luca Brandeis"), role_span(a, "cue", "said"),
             role_span(a, "content", "the label only loves money"), role_span(a, "source", "she", last=True),
             role_span(a, "cue", "accused"), role_span(a, "content", "her managers")]
    statements, sources = build(a, spans)
    she = statements[-1]
    assert next(e.name for e in sources if e.source_id == she.source.source_id) == "Kaya Moreno"


def test_the_subject_named_right_before_a_quotation_takes_its_pronoun() -> None:
    from tests.analyzers.attribution.roles import build_tagged

    text = ("Ada Moss, a nurse, said our rota was fair. Her colleague Ivo Brandt, 40, was less sure. "
            "\"Nobody asked us,\" he added.")
    statements, sources = build_tagged(
        text, [("source", "Ada Moss, a nurse,"), ("cue", "said"), ("content", "our rota was fair"),
               ("content", "\"Nobody asked us,\""), ("source", "he"), ("cue", "added")],
        [("Ada Moss", "PER"), ("Ivo Brandt", "PER")])
    by_id = {e.source_id: e.name for e in sources}
    assert [by_id[s.source.source_id] for s in statements] == ["Ada Moss", "Ivo Brandt"]


def test_a_name_inside_a_statement_before_the_quotation_is_not_its_subject() -> None:
    from newssift.analyzers.attribution.antecedents import subject_before

    text = "Rhea Moss said the rota was fair. Later on that week Ivo Brandt, her boss, left. \"No,\" she said."
    analysis = Analysis.of(Article(text))
    name = {"start": text.index("Ivo"), "end": text.index("Ivo") + len("Ivo Brandt")}
    assert not subject_before(analysis, name, text.index("she"))  # four words before the name
