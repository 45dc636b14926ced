"""The `statements` analyzer on passages written in the style of the held-out opinion, satire and
reporting articles: pronouns and relatives that must name their source, cues that are no attribution."""

from __future__ import annotations

import pytest

from newssift.analysis import Analysis
from newssift.analyzers.statements import StatementsAnalyzer
from newssift.heads import models_root
from newssift.text import Article

SHIPPED = models_root() / "statements"
shipped_only = pytest.mark.skipif(not (SHIPPED / "model.safetensors").is_file(),
                                  reason="no shipped statements model")


def _shipped(text: str) -> dict:
    """`text` through the shipped encoder, quotes, entities and statements, as the pipeline runs them."""
    from newssift.registry import build_pipeline

    return build_pipeline(["encoder", "quotes", "entities", "statements"])(Article(text)).to_dict()


def _rules(text: str, entities: list[tuple[str, str]]) -> dict:
    """`text` through the rule tagger, with an entities layer marking each (words, label)."""
    analysis = Analysis.of(Article(text))
    analysis.layers["entities"] = [{"start": text.index(w), "end": text.index(w) + len(w), "label": label,
                                    "entity_id": f"e{i}"} for i, (w, label) in enumerate(entities, 1)]
    StatementsAnalyzer(use_model=False)(analysis)
    return analysis.to_dict()


def _named(doc: dict, source_text: str) -> dict:
    ref = next(s["source"] for s in doc["statements"] if s["source"] and s["source"]["text"] == source_text)
    return next(e for e in doc["sources"] if e["source_id"] == ref["source_id"])


def test_it_with_no_organisation_source_is_the_organisation_named_before_it() -> None:
    text = "The Trellis Bank raised rates on Monday. It said inflation was too high."
    entry = _named(_rules(text, [("Trellis Bank", "ORG")]), "It")
    assert (entry["name"], entry["kind"]) == ("Trellis Bank", "organisation")


def test_it_with_no_organisation_named_stays_unresolved() -> None:
    text = "Rates rose on Monday. It said inflation was too high."
    entry = _named(_rules(text, []), "It")
    assert (entry["name"], entry["kind"], entry["role"]) == ("It", "anonymous", "unresolved pronoun")


@shipped_only
def test_shipped_it_names_the_organisation_that_never_spoke() -> None:
    doc = _shipped("The Trellis Bank raised rates on Monday. Analysts were surprised. "
                   "It said inflation was too high.")
    entry = _named(doc, "It")
    assert (entry["name"], entry["kind"]) == ("Trellis Bank", "organisation")


def test_first_person_in_the_writers_voice_is_the_author_not_the_last_person() -> None:
    text = "Mayor Lena Ruiz said the plan works. I said the plan fails. We said so again."
    doc = _rules(text, [("Lena Ruiz", "PER")])
    author = _named(doc, "I")
    assert (author["name"], author["kind"], author["role"]) == ("the author", "person", "author")
    assert _named(doc, "We")["source_id"] == author["source_id"]
    assert [m["text"] for m in _named(doc, "Mayor Lena Ruiz")["mentions"]] == ["Mayor Lena Ruiz"]


@shipped_only
def test_shipped_first_person_outside_quotes_is_the_author_and_she_skips_it() -> None:
    doc = _shipped("Councillor Edda Lindqvist told the chamber that the cuts were fair. We do not dispute "
                   "that the accounts are under strain. We dispute that libraries are the place to look.\n\n"
                   'Dr Amara Oyelaran, an ecologist, put it simply when she spoke to us: "Rivers recover '
                   'faster than people expect, but only if you stop poisoning them. I have seen it."')
    assert {_named(doc, "We")["name"]} == {"the author"}
    assert _named(doc, "she")["name"].endswith("Amara Oyelaran")
    assert "We" not in [m["text"] for m in _named(doc, "Councillor Edda Lindqvist")["mentions"]]


def test_a_described_agency_is_a_body_of_its_own_not_the_latest_organisation() -> None:
    text = ("Dunmarrow Police said the ring road was closed. The regional environment agency said it was "
            "monitoring the air. The agency said readings were normal.")
    doc = _rules(text, [("Dunmarrow Police", "ORG")])
    agency = _named(doc, "The regional environment agency")
    assert agency["name"] == "regional environment agency"
    assert agency["source_id"] != _named(doc, "Dunmarrow Police")["source_id"]
    assert _named(doc, "The agency")["source_id"] == agency["source_id"]


@pytest.mark.parametrize(("phrase", "kind"), [
    ("Tallis Polymers, which employs about 450 people at the site,", "organisation"),
    ("Ana Tallis, who employs about 450 people,", "person"),
    ("Tallis Polymers", "person"),  # no clause to tell: the name alone (the entities layer decides)
])
def test_a_name_a_which_clause_describes_is_an_organisation(phrase: str, kind: str) -> None:
    from newssift.analyzers.attribution.sources import classify

    assert classify(phrase).kind == kind


@shipped_only
def test_shipped_company_introduced_with_which_is_one_source_with_the_company() -> None:
    doc = _shipped("Tallis Polymers, which employs about 450 people at the site, said all staff were safe. "
                   "The company said it would not speculate on the cause.")
    first = _named(doc, "Tallis Polymers, which employs about 450 people at the site,")
    assert (first["name"], first["kind"]) == ("Tallis Polymers", "organisation")
    assert _named(doc, "The company")["source_id"] == first["source_id"]


@pytest.mark.parametrize(("phrase", "entity", "kind"), [
    ("Defenders of the bill", None, "anonymous"),
    ("Staff at the ministry", None, "anonymous"),
    ("Councillors", None, "anonymous"),
    ("Sanders", "PER", "person"),  # a surname the entities layer reads as a person stays one
    ("Peskov", None, "person"),
])
def test_a_capitalised_plural_for_people_is_anonymous_not_a_named_person(phrase: str, entity: str | None,
                                                                         kind: str) -> None:
    from newssift.analyzers.attribution.sources import classify

    assert classify(phrase, entity_label=entity).kind == kind


@pytest.mark.parametrize(("phrase", "kind", "name"), [
    ("The committee's chair, retired civil servant Dr Marguerite Fenn,", "person", "Dr Marguerite Fenn"),
    ("The panel's head, former judge Ana Berg", "person", "Ana Berg"),
    ("A spokesman for the ministry, speaking to Interfax News", None, None),
])
def test_a_name_after_a_lower_case_description_is_the_person(phrase: str, kind: str | None,
                                                              name: str | None) -> None:
    from newssift.analyzers.attribution.sources import classify

    found = classify(phrase)
    if kind is None:  # a participle clause names no one
        assert found.kind != "person" and found.name != "Interfax News"
    else:
        assert (found.kind, found.name) == (kind, name)


def test_he_is_the_person_named_in_his_paragraph_not_an_earlier_unnamed_source() -> None:
    text = ("Neither side said the talks had failed.\n\n"
            "Deputy minister Teodor Vasić flew home on Sunday. He said the border would stay open.")
    doc = _rules(text, [("Teodor Vasić", "PER")])
    he = _named(doc, "He")
    assert (he["name"], he["kind"]) == ("Teodor Vasić", "person")
    assert _named(doc, "Neither side")["source_id"] != he["source_id"]


@pytest.mark.parametrize(("phrase", "kind", "name"), [
    ("Dunmarrow General Hospital", "organisation", "Dunmarrow General Hospital"),
    ("the hauliers' association", "organisation", "hauliers' association"),
    ("The trust", "organisation", "trust"),
])
def test_hospitals_associations_and_trusts_are_organisations(phrase: str, kind: str, name: str) -> None:
    from newssift.analyzers.attribution.sources import classify

    found = classify(phrase)
    assert (found.kind, found.name) == (kind, name)


@pytest.mark.parametrize(("phrase", "entity", "kind", "name"), [
    ("the Chamber of Commerce's quarterly survey", "ORG", "document", "Chamber of Commerce's quarterly survey"),
    ("the Bank of Estrava's annual report", None, "document", "Bank of Estrava's annual report"),
    ("the head of the union", None, "person", None),  # not possessed; an office: a person (office_nouns)
])
def test_a_possessed_document_heads_its_phrase(phrase: str, entity: str | None, kind: str, name: str) -> None:
    from newssift.analyzers.attribution.sources import classify

    found = classify(phrase, entity_label=entity)
    assert (found.kind, found.name) == (kind, name)


@pytest.mark.parametrize(("phrase", "role", "name"), [
    ("Minister for Administrative Affairs Bertil Osgood", "Minister for Administrative Affairs", "Bertil Osgood"),
    ("Secretary of State Ana Berg", "Secretary of State", "Ana Berg"),
    ("the Minister of Foreign Affairs", "Minister", None),
    ("the director of Harlow Steel Works", "director", None),
])
def test_a_title_with_a_portfolio_ends_on_the_name(phrase: str, role: str, name: str | None) -> None:
    from newssift.analyzers.attribution.sources import classify

    found = classify(phrase)
    assert (found.kind, found.role, found.name) == ("person", role, name)


@pytest.mark.parametrize(("phrase", "entity", "name"), [
    ("the Kelmari newspaper the Morning Ledger", "ORG", "Morning Ledger"),
    ("the broadcaster RTV", None, "RTV"),
    ("the channel Rossiya 24", None, "Rossiya 24"),
])
def test_a_media_noun_before_a_name_is_that_outlet(phrase: str, entity: str | None, name: str) -> None:
    from newssift.analyzers.attribution.sources import classify

    found = classify(phrase, entity_label=entity)
    assert (found.kind, found.name) == ("media", name)


def test_a_statistics_bureau_is_an_organisation() -> None:
    from newssift.analyzers.attribution.sources import classify

    found = classify("the national statistics bureau")
    assert (found.kind, found.name) == ("organisation", "national statistics bureau")


def test_you_addressing_the_reader_is_no_statement_but_a_quoted_you_stays() -> None:
    text = ('You said the river was clean. The mayor said: "You said the river was clean, and you were '
            'wrong about it."')
    doc = _rules(text, [])
    sources = [s["source"]["text"] for s in doc["statements"] if s["source"]]
    assert sources == ["The mayor"]


def test_a_capitalised_definite_name_links_only_to_a_source_whose_name_ends_on_it() -> None:
    text = ("Police and the fire service said homes were evacuated. The Varnholt Library Trust said "
            "visits rose. The Dunmarrow Fire Service said the blaze was out. The Library Trust said so too.")
    doc = _rules(text, [("Varnholt Library Trust", "ORG"), ("Dunmarrow Fire Service", "ORG")])
    assert _named(doc, "The Dunmarrow Fire Service")["name"] == "Dunmarrow Fire Service"
    assert _named(doc, "The Library Trust")["name"] == "Varnholt Library Trust"


@pytest.mark.parametrize(("phrase", "name"), [("None of this", "None of this"),
                                              ("Neither of the ministers", "Neither of the ministers")])
def test_a_quantifier_of_phrase_is_no_named_person(phrase: str, name: str) -> None:
    from newssift.analyzers.attribution.sources import classify

    found = classify(phrase)
    assert (found.kind, found.name) == ("anonymous", name)


@pytest.mark.parametrize(("phrase", "kind", "name"), [
    ("The Alpine Conflict Monitor, an independent research group,", "organisation", "Alpine Conflict Monitor"),
    ("The Meridian Post, a daily newspaper,", "media", "Meridian Post"),
    ("Reuters, the news agency,", "media", "Reuters"),
])
def test_an_appositive_research_group_is_no_outlet(phrase: str, kind: str, name: str) -> None:
    from newssift.analyzers.attribution.sources import classify

    found = classify(phrase)
    assert (found.kind, found.name) == (kind, name)


@shipped_only
def test_shipped_pipeline_drops_a_supposition_in_a_conditional_clause() -> None:
    """"If Mr Okafor means what he says, …": the writer supposes, Okafor said nothing here."""
    doc = _shipped("Transport Minister Femi Okafor promised on Monday that fares would fall. If Mr Okafor "
                   "means what he says, he will vote against the plan.")
    assert "means" not in {s["cue"]["text"] for s in doc["statements"] if s["cue"]}


@shipped_only
def test_shipped_pipeline_reads_an_occupation_before_a_name_as_a_person() -> None:
    """"Shopkeeper Alma Treacher" is a person (the NER model may say ORG), so the "she" after is hers."""
    doc = _shipped("Shopkeeper Alma Treacher said trade had risen since the bridge reopened. “We had a "
                   "coach party last weekend,” she said.")
    treacher = [s for s in doc["sources"] if s["name"] == "Alma Treacher"]
    assert treacher and treacher[0]["kind"] == "person" and treacher[0]["role"] == "Shopkeeper"
    assert len(treacher[0]["statements"]) == 2


@shipped_only
def test_shipped_pipeline_reads_a_headline_action_as_no_statement() -> None:
    """A headline verb outside the cue lexicon ("Ministry appoints panel …") is no one's statement."""
    doc = _shipped("Ministry appoints panel to investigate why panels take so long\n\nThe council froze bus fares "
                   "on Monday. Its leader, Ana Brook, said the freeze would help families.")
    cues = {s["cue"]["text"] for s in doc["statements"] if s["cue"]}
    assert "appoints" not in cues and "said" in cues
