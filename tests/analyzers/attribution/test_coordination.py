"""A coordinated cue with no source: a pronoun opening a clause in between is its source."""

from __future__ import annotations

import pytest

from newssift.analysis import Analysis
from newssift.analyzers.attribution.coordination import coordinated_source
from newssift.analyzers.attribution.linker import Linked
from newssift.text import Article
from tests.analyzers.attribution.roles import role_span


@pytest.mark.parametrize(("text", "content", "cue", "expected"), [
    ("When deputies asked him to name a route, he waffled and finally mumbled something about a review.",
     "him to name a route", "finally mumbled something about", "he"),
    ("The deputies asked about the route, and later demanded a review.", "about the route",
     "later demanded", "The deputies"),
    ("The deputies asked whether, as she said, the route was safe, and demanded a review.",
     "whether, as she said, the route was safe", "demanded", "The deputies"),
])
def test_a_pronoun_opening_a_clause_in_between_owns_the_coordinated_cue(text: str, content: str, cue: str,
                                                                        expected: str) -> None:
    analysis = Analysis.of(Article(text))
    source = role_span(analysis, "source", "deputies" if expected == "he" else "The deputies")
    prev = Linked(role_span(analysis, "cue", "asked"), source=source,
                  content=[role_span(analysis, "content", content)])
    found = coordinated_source(analysis, prev, role_span(analysis, "cue", cue))
    assert found is not None and text[found.start : found.end] == expected


@pytest.mark.parametrize(("text", "cue", "source", "dropped"), [
    ("That is a curious thing to say about a bill sold as a shield.", "to say about", None, True),
    ("People came to sit somewhere warm, to ask for help with a form.", "to ask for", None, True),
    ("The mayor wants to say that the bill is a shield.", "to say", "The mayor", False),
    ("Said to be close to a deal, the talks resumed.", "Said", None, False),
])
def test_an_infinitive_cue_with_no_source_is_nobodys_statement(text: str, cue: str, source: str | None,
                                                               dropped: bool) -> None:
    from newssift.analyzers.attribution.coordination import is_sourceless_infinitive

    analysis = Analysis.of(Article(text))
    x = Linked(role_span(analysis, "cue", cue), source=role_span(analysis, "source", source) if source else None)
    assert is_sourceless_infinitive(analysis, x) is dropped


def test_a_participle_outside_the_lexicon_after_a_comma_takes_no_source() -> None:
    """'"…," she said, drawing loud applause. "…"': the applause is no statement."""
    from tests.analyzers.attribution.roles import built

    text = ('Mira Holt ended on her slogan. "We will win this," she said, drawing loud applause from the hall. '
            '"Every vote counts."')
    statements = built(text, ("content", '"We will win this,"'), ("source", "she"), ("cue", "said"),
                       ("cue", "drawing"), ("content", '"Every vote counts."'))
    assert [s.cue.text for s in statements if s.cue is not None] == ["said"]


@pytest.mark.parametrize(("text", "name", "cue", "content", "expected"), [
    ("Asked about the bid, Marit Holm smiled and said she would wait.", "Marit Holm", "said",
     "she would wait", "Marit Holm"),
    ("The club's chair, Ivo Sand, left the stage early and said the vote was void.", "Ivo Sand", "said",
     "the vote was void", "Ivo Sand"),
    ("The gates opened at noon and said nothing changed.", "", "said", "nothing changed", None),  # no name
    ("Ivo Sand, the chair, met rivals, and said the vote was void.", "Ivo Sand", "said",
     "the vote was void", None),  # a comma inside the verb phrase: not read
    ("He is a donor to the Sand campaign and said the vote was void.", "Sand", "said",
     "the vote was void", None),  # the name opens no clause
    ("Ivo Sand left early and was quoted as saying the vote was void.", "Ivo Sand", "was quoted as saying",
     "the vote was void", None),  # a passive
    ("Councillor Ivo Sand went further, accusing the board of waste.", "Ivo Sand", "accusing",
     "the board of waste", "Ivo Sand"),  # a participle after a comma
    ("Ivo Sand went further, and accused the board of waste.", "Ivo Sand", "accused",
     "the board of waste", None),  # a comma inside the verb phrase
    ("Ivo Sand went further, arguing the board had wasted money.", "", "arguing",
     "the board had wasted money", None),  # no name of the entities layer
])
def test_a_cue_after_and_takes_the_name_its_first_verb_phrase_follows(text: str, name: str, cue: str,
                                                                      content: str, expected: str | None) -> None:
    from newssift.analyzers.attribution.coordination import coordinated_subject

    analysis = Analysis.of(Article(text))
    if name:
        at = text.index(name)
        analysis.layers["entities"] = [{"start": at, "end": at + len(name), "label": "PER", "entity_id": "e0"}]
    x = Linked(role_span(analysis, "cue", cue), content=[role_span(analysis, "content", content)])
    found = coordinated_subject(analysis, x)
    assert (text[found.start : found.end] if found else None) == expected


@pytest.mark.parametrize(("text", "cue", "content", "expected"), [
    ("Prices rose, with reports in Norway suggesting the deal was done.", "suggesting",
     "the deal was done", "reports in Norway"),
    ("Fans left early, with many saying the match was dull.", "saying", "the match was dull", "many"),
    ("Prices rose, suggesting the deal was done.", "suggesting", "the deal was done", None),  # no "with"
    ("Prices rose, with reports, some say, suggesting a deal.", "suggesting", "a deal", None),  # a comma
    ("The ad ends with footage of Ivo Sand saying he is rich.", "saying", "he is rich", None),  # "of"
])
def test_a_participle_cue_after_with_takes_the_phrase_between(text: str, cue: str, content: str,
                                                              expected: str | None) -> None:
    from newssift.analyzers.attribution.coordination import absolute_subject

    analysis = Analysis.of(Article(text))
    x = Linked(role_span(analysis, "cue", cue), content=[role_span(analysis, "content", content)])
    found = absolute_subject(analysis, x)
    assert (text[found.start : found.end] if found else None) == expected
