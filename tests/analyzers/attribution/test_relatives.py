"""Relative-pronoun sources: the noun phrase they stand for, and defining clauses that report nothing."""

from __future__ import annotations

import pytest

from newssift.analysis import Analysis
from newssift.analyzers.attribution.lexicon import load as load_lexicon
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.relatives import noun_antecedent, relative_content
from newssift.analyzers.attribution.repair import repair
from newssift.analyzers.attribution.tagger import RoleSpan
from newssift.text import Article
from tests.analyzers.attribution import roles


def role_span(analysis: Analysis, role: str, words: str) -> RoleSpan:
    return roles.role_span(analysis, role, words, last=role == "content")


def linked(analysis: Analysis, source: str, cue: str, content: str) -> Linked:
    return Linked(role_span(analysis, "cue", cue), source=role_span(analysis, "source", source),
                  content=[role_span(analysis, "content", content)])


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        ("The plan was rejected by the harbour mayor, who said it would cost too much.", "said",
         "the harbour mayor"),
        ("There are some economists who argue that the levy should go.", "argue", "some economists"),
        ("He wrote to them, who said nothing.", "said", None),
    ],
)
def test_relative_source_stands_for_the_noun_phrase_before_it(text: str, cue: str, expected: str | None) -> None:
    analysis = Analysis.of(Article(text))
    x = linked(analysis, "who", cue, text[text.index(cue) + len(cue) + 1 : -1])
    found = noun_antecedent(analysis, x, load_lexicon())
    assert (text[found.start : found.end] if found else None) == expected


@pytest.mark.parametrize(
    ("text", "source", "cue", "content", "kept"),
    [
        ("The council scorns anyone who disagrees with it.", "who", "disagrees with", "it", False),
        ("The next mayor who proposes real reform will be ignored.", "who", "proposes", "real reform", False),
        ("Trade falls in nations that oppose the pact.", "that", "oppose", "the pact", False),
        ("Economists who argue that the levy works are rare.", "who", "argue", "the levy works", True),
        ("The mayor, who opposes the levy, left early.", "who", "opposes", "the levy", True),
        ('Anyone who shouts "fraud" is heard.', "who", "shouts", '"fraud"', True),
    ],
)
def test_defining_relative_with_no_speech_cue_is_no_attribution(
    text: str, source: str, cue: str, content: str, kept: bool
) -> None:
    analysis = Analysis.of(Article(text))
    assert bool(repair(analysis, [linked(analysis, source, cue, content)], load_lexicon())) is kept


@pytest.mark.parametrize(
    ("text", "relative", "source", "expected"),
    [
        ("Harlow unveiled Loomline, a rental plan that it says will halve costs.", "that", "it",
         ["a rental plan", "will halve costs"]),
        ("Harlow unveiled Loomline, which the group says will halve costs.", "which", "the group",
         ["Loomline", "will halve costs"]),
        ("Harlow said that it says will halve costs.", "that", "it", ["will halve costs"]),
    ],
)
def test_relative_content_before_its_source_is_the_noun_phrase_it_stands_for(
    text: str, relative: str, source: str, expected: list[str]
) -> None:
    analysis = Analysis.of(Article(text))
    start = text.index(f" {relative} {source} says") + 1
    k = next(i for i, t in enumerate(analysis.tokens) if t.start == start)
    rel = RoleSpan("content", start, start + len(relative), 0.9, 0, k, k + 1)
    x = Linked(role_span(analysis, "cue", "says"), source=role_span(analysis, "source", source),
               content=[rel, role_span(analysis, "content", "will halve costs")])
    assert [text[c.start : c.end] for c in relative_content(analysis, x)] == expected


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        ("Okafor, who declined to be interviewed, said in a letter that the vote had been fair.",
         "who declined to be interviewed", "Okafor"),
        ("The port's chief executive, who has run it for a decade, told us the cranes were unsafe.",
         "who has run it for a decade", "The port's chief executive"),
    ],
)
def test_a_relative_clause_tagged_as_source_gives_way_to_the_subject_it_describes(
        text: str, source: str, expected: str) -> None:
    cue = "said in a letter" if "letter" in text else "told"
    content = "that the vote had been fair" if "letter" in text else "the cranes were unsafe"
    statements = roles.built(text, ("source", source), ("cue", cue), ("content", content))
    assert [s.source.text for s in statements] == [expected]


def test_a_which_source_after_a_capitalised_name_is_that_name() -> None:
    text = ("The Green List, which is set to enter parliament for the first time, said on social media that "
            "voters had spoken.")
    (s,), sources = roles.build_tagged(text, [("source", "which"), ("cue", "said on social media"),
                                              ("content", "that voters had spoken")])
    assert sources[0].name == "Green List" and s.source.kind == "organisation"


def test_a_passive_report_in_a_relative_clause_reads_the_name_as_its_subject() -> None:
    text = "Coach Ilse Marren praised the squad despite an injury to Tovi Renard, who is expected to miss May."
    statements = roles.built(text, ("cue", "is expected"), ("content", "to miss May"))
    found = [s for s in statements if s.cue.text == "is expected"]
    assert found and found[0].source is None
    assert [text[c.start : c.end] for c in found[0].content] == ["Tovi Renard", "to miss May"]
