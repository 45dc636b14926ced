"""Linking role spans into attributions: nearest cue, orphan contents, contents over sentences."""

from __future__ import annotations

import pytest

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import link
from newssift.analyzers.attribution.tagger import RoleSpan
from newssift.analyzers.statements import build
from newssift.text import Article
from tests.analyzers.attribution.roles import role_span


def role(analysis: Analysis, r: str, part: str, nth: int = 0) -> RoleSpan:
    text = analysis.text
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    toks = [i for i, t in enumerate(analysis.tokens) if start <= t.start < start + len(part)]
    si = next(i for i, s in enumerate(analysis.sentences) if s.start <= start < s.end)
    return RoleSpan(r, start, start + len(part), 0.9, si, toks[0], toks[-1] + 1)


def test_each_content_goes_to_the_nearest_cue_of_its_sentence() -> None:
    a = Analysis.of(Article("Ana said taxes rose, but Ben argued that wages fell."))
    spans = [role(a, "source", "Ana"), role(a, "cue", "said"), role(a, "content", "taxes rose"),
             role(a, "source", "Ben"), role(a, "cue", "argued"), role(a, "content", "wages fell")]
    got = [(a.text[x.source.start : x.source.end], [a.text[c.start : c.end] for c in x.content])
           for x in link(a, spans)]
    assert got == [("Ana", ["taxes rose"]), ("Ben", ["wages fell"])]


def test_a_quote_over_two_sentences_stays_one_content_span() -> None:
    a = Analysis.of(Article("“The dam held. The town is safe,” the engineer said."))
    spans = [role(a, "content", "“The dam held."), role(a, "content", "The town is safe,”"),
             role(a, "source", "the engineer"), role(a, "cue", "said")]
    (x,) = link(a, spans)
    assert [a.text[c.start : c.end] for c in x.content] == ["“The dam held. The town is safe,”"]


def test_a_cue_without_content_is_dropped() -> None:
    a = Analysis.of(Article("The mayor said nothing."))
    assert link(a, [role(a, "source", "The mayor"), role(a, "cue", "said")]) == []


def test_that_phrase_before_a_sourceless_cue_is_the_inner_source() -> None:
    text = "The envoy told reporters on Monday that the port authority noted that ships were waiting."
    a = Analysis.of(Article(text))
    spans = [role(a, "source", "The envoy"), role(a, "cue", "told"),
             role(a, "content", "that the port authority"), role(a, "cue", "noted"),
             role(a, "content", "that ships were waiting")]
    got = [(a.text[x.source.start : x.source.end] if x.source else None, a.text[x.cue.start : x.cue.end],
            [a.text[c.start : c.end] for c in x.content]) for x in link(a, spans)]
    assert got == [("The envoy", "told", ["that"]),
                   ("the port authority", "noted", ["that ships were waiting"])]


def test_a_that_content_goes_to_the_cue_before_it_even_when_another_is_nearer() -> None:
    text = "Ana told the long committee hearing in May that rents rose, Ben said."
    a = Analysis.of(Article(text))
    spans = [role(a, "source", "Ana"), role(a, "cue", "told"), role(a, "content", "that rents rose"),
             role(a, "source", "Ben"), role(a, "cue", "said")]
    told, said = link(a, spans)
    assert a.text[told.cue.start : told.cue.end] == "told"
    assert [a.text[c.start : c.end] for c in told.content] == ["that rents rose"]
    # "…, Ben said." closes the sentence: Ben is the source of the whole clause (Ana's statement nests)
    assert [a.text[c.start : c.end] for c in said.content] == [
        "Ana told the long committee hearing in May that rents rose"]


def _contents(a: Analysis, spans: list[RoleSpan]) -> list[list[str]]:
    return [[a.text[c.start : c.end] for c in x.content] for x in link(a, spans)]


def test_a_closing_attribution_takes_the_clause_before_its_comma() -> None:
    a = Analysis.of(Article("The ferry was held back in the wake of the storm, port sources said on Friday."))
    spans = [role(a, "content", "the storm"), role(a, "source", "port sources"), role(a, "cue", "said")]
    assert _contents(a, spans) == [["The ferry was held back in the wake of the storm"]]
    bare = [role(a, "source", "port sources"), role(a, "cue", "said")]  # no content tagged at all
    assert _contents(a, bare) == [["The ferry was held back in the wake of the storm"]]


def test_a_cue_with_content_after_it_is_no_closing_attribution() -> None:
    a = Analysis.of(Article("After the storm, port sources said that the ferry was held back."))
    spans = [role(a, "source", "port sources"), role(a, "cue", "said"),
             role(a, "content", "the ferry was held back")]
    assert _contents(a, spans) == [["the ferry was held back"]]
    long_tail = Analysis.of(Article(
        "The ferry was held back, port sources said after a long meeting with the harbour board."))
    tail = [role(long_tail, "source", "port sources"), role(long_tail, "cue", "said")]
    assert link(long_tail, tail) == []


def test_a_closing_attribution_may_end_on_an_adjunct_and_a_source_cut_short() -> None:
    a = Analysis.of(Article("The talks began in May, a person familiar with the matter said, speaking on "
                            "condition of anonymity because the talks were secret."))
    spans = [role(a, "source", "a person familiar with"), role(a, "cue", "said")]
    assert _contents(a, spans) == [["The talks began in May"]]
    tagged = [*spans, role(a, "content", "May"), role(a, "content", "anonymity because the talks were secret")]
    assert _contents(a, tagged) == [["The talks began in May"]]  # the adjunct is about the source
    more = Analysis.of(Article("The talks began in May, a person said, who was there."))
    assert link(more, [role(more, "source", "a person"), role(more, "cue", "said")]) == []


def test_a_closing_attribution_skips_a_dateline_and_keeps_content_in_its_adjunct() -> None:
    a = Analysis.of(Article("LONDON, March 4 (Wire) - Calder plans to cut 1,200 jobs, the company said in "
                            "a filing, as volumes fell."))
    spans = [role(a, "source", "the company"), role(a, "cue", "said"),
             role(a, "content", "as volumes fell")]
    assert _contents(a, spans) == [["Calder plans to cut 1,200 jobs", "as volumes fell"]]
    both = [*spans, role(a, "content", "plans to cut 1,200 jobs")]  # the tagger read both: kept as is
    assert _contents(a, both) == [["plans to cut 1,200 jobs", "as volumes fell"]]
    b = Analysis.of(Article("Calder plans to cut jobs, the company said, as volumes fell."))
    spans = [role(b, "source", "the company"), role(b, "cue", "said"), role(b, "content", "as volumes fell")]
    assert _contents(b, spans) == [["Calder plans to cut jobs", "as volumes fell"]]


def test_a_trailing_according_to_takes_the_clause_before_its_comma() -> None:
    a = Analysis.of(Article("The blast went off at nine in front of the depot, according to the fire chief."))
    spans = [role(a, "cue", "according to"), role(a, "source", "the fire chief")]
    assert _contents(a, spans) == [["The blast went off at nine in front of the depot"]]


def test_a_quotation_inside_a_new_paragraph_does_not_continue_the_previous_statement() -> None:
    a = Analysis.of(Article('The Herald reported that ships went south.\n\nThe union "has been lying for months."'))
    spans = [role(a, "source", "The Herald"), role(a, "cue", "reported"),
             role(a, "content", "that ships went south."), role(a, "content", '"has been lying for months."')]
    assert _contents(a, spans) == [["that ships went south."]]
    reopened = Analysis.of(Article('The mayor said: "The dam held.\n\n"The town is safe."'))
    spans = [role(reopened, "source", "The mayor"), role(reopened, "cue", "said"),
             role(reopened, "content", '"The dam held.'), role(reopened, "content", '"The town is safe."')]
    assert _contents(reopened, spans) == [['"The dam held.\n\n"The town is safe."']]  # merged


def test_a_determiner_ending_a_content_right_before_a_source_joins_the_source() -> None:
    text = "The envoy told reporters that the port authority noted that ships were waiting."
    a = Analysis.of(Article(text))
    spans = [role(a, "source", "The envoy"), role(a, "cue", "told"), role(a, "content", "that the"),
             role(a, "source", "port authority"), role(a, "cue", "noted"),
             role(a, "content", "that ships were waiting")]
    got = {a.text[x.cue.start : x.cue.end]: a.text[x.source.start : x.source.end] for x in link(a, spans)}
    assert got["noted"] == "the port authority"


def test_the_rest_of_a_closing_according_to_sentence_is_one_source() -> None:
    a = Analysis.of(Article("The port will close for a week, according to officials, dock workers and "
                            "people familiar with the plan."))
    spans = [role(a, "content", "The port will close for a week"), role(a, "cue", "according to"),
             role(a, "source", "officials,"), role(a, "source", "dock workers and people familiar"),
             role(a, "content", "with the plan")]
    (x,) = link(a, spans)
    assert a.text[x.source.start : x.source.end] == "officials, dock workers and people familiar with the plan"
    assert [a.text[c.start : c.end] for c in x.content] == ["The port will close for a week"]


def test_an_opening_according_to_keeps_its_content_after_the_source() -> None:
    a = Analysis.of(Article("According to officials, the port will close for a week."))
    spans = [role(a, "cue", "According to"), role(a, "source", "officials"),
             role(a, "content", "the port will close for a week")]
    (x,) = link(a, spans)
    assert a.text[x.source.start : x.source.end] == "officials"
    assert [a.text[c.start : c.end] for c in x.content] == ["the port will close for a week"]


def test_a_quotation_over_paragraphs_goes_whole_to_its_closing_cue() -> None:
    a = Analysis.of(Article("Ana Ruiz said the strike would spread.\n\n“It is hunger that drives them. "
                            "Nobody earns enough.\n\n“The owners know it,” she said."))
    spans = [role(a, "source", "Ana Ruiz"), role(a, "cue", "said"), role(a, "content", "the strike would spread"),
             role(a, "content", "“It is hunger that drives them."), role(a, "content", "Nobody earns enough."),
             role(a, "content", "“The owners know it,”"), role(a, "source", "she"), role(a, "cue", "said", 1)]
    first, second = link(a, spans)
    assert [a.text[c.start : c.end] for c in first.content] == ["the strike would spread"]
    assert a.text[second.content[0].start : second.content[-1].end].startswith("“It is hunger")
    assert a.text[second.content[-1].end - 4 : second.content[-1].end] == "it,”"


def test_a_that_content_passes_over_the_chain_word_to_the_cue_before_it() -> None:
    a = Analysis.of(Article("The operator reported, citing inspection records, that all ships were safe."))
    spans = [role(a, "source", "The operator"), role(a, "cue", "reported"), role(a, "cue", "citing"),
             role(a, "content", "inspection records"), role(a, "content", "that all ships were safe")]
    got = {a.text[x.cue.start : x.cue.end]: [a.text[c.start : c.end] for c in x.content] for x in link(a, spans)}
    assert got["reported"] == ["that all ships were safe"]


def test_content_in_an_adjunct_after_a_closing_according_to_is_dropped() -> None:
    text = "Opposition figures have questioned the drills, according to diplomatic sources, although none could be reached."
    a = Analysis.of(Article(text))
    spans = [role_span(a, "content", "Opposition figures have questioned"), role_span(a, "content", "the drills"),
             role_span(a, "cue", "according to"), role_span(a, "source", "diplomatic sources"),
             role_span(a, "content", "none")]
    s = build(a, spans)[0][0]
    assert [text[c.start : c.end] for c in s.content] == ["Opposition figures have questioned the drills"]


def test_a_question_opening_a_new_paragraph_goes_to_the_asker_after_it() -> None:
    text = ("The chair pressed her on why the office had not questioned the data, which the utility reported.\n\n"
            '"Did nobody in your office think that a gap of five hundred spills deserved a phone call?" '
            "Lindqvist asked.")
    a = Analysis.of(Article(text))
    spans = [role_span(a, "source", "The chair"), role_span(a, "cue", "pressed"),
             role_span(a, "content", "why the office had not questioned the data"), role_span(a, "cue", "reported"),
             role_span(a, "content", '"Did nobody in your office think that a gap of five hundred spills deserved a '
                                     'phone call?"'),
             role_span(a, "source", "Lindqvist"), role_span(a, "cue", "asked")]
    asked = next(x for x in link(a, spans) if text[x.cue.start : x.cue.end] == "asked")
    assert [text[c.start : c.end] for c in asked.content] == [
        '"Did nobody in your office think that a gap of five hundred spills deserved a phone call?"']


@pytest.mark.parametrize(("text", "sources", "content", "expected"), [
    # a role and the name after its comma are one source
    ("Its head of research, Lotte Jansen, said households had received conflicting advice.",
     ("Its head of research", "Lotte Jansen,"), "households had received conflicting advice",
     "Its head of research, Lotte Jansen,"),
    # a relative word after the comma is not joined to the name (the antecedent rule reads it)
    ("Local motorist Desmond Ruck, who drives daily, said he had replaced four axles.",
     ("Local motorist Desmond Ruck", "who"), "he had replaced four axles", "who"),
])
def test_a_source_split_at_a_comma_is_joined_unless_a_relative_word_follows(
        text: str, sources: tuple[str, str], content: str, expected: str) -> None:
    a = Analysis.of(Article(text))
    spans = [role_span(a, "source", sources[0]), role_span(a, "source", sources[1]),
             role_span(a, "cue", "said"), role_span(a, "content", content)]
    (x,) = link(a, spans)
    assert text[x.source.start : x.source.end] == expected
