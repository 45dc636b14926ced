"""A content that opens a quotation runs on to its closing mark (`attribution/quoting.py`)."""

from __future__ import annotations

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.quoting import complete_quotations
from newssift.analyzers.quotes import QuotesAnalyzer
from newssift.analyzers.statements import build
from newssift.text import Article
from tests.analyzers.attribution.roles import role_span

TEXT = ('The senator wrote: "Fake numbers from fake experts. Ohio knows better!" Some aides worry, '
        'two people said.')


def analysed(text: str, quotes: bool = True) -> Analysis:
    analysis = Analysis.of(Article(text))
    if quotes:
        QuotesAnalyzer()(analysis)
    return analysis


def two_statements(a: Analysis) -> list[Linked]:
    return [Linked(role_span(a, "cue", "wrote:"), role_span(a, "source", "The senator"),
                   [role_span(a, "content", '"Fake numbers from fake experts.')]),
            Linked(role_span(a, "cue", "said"), role_span(a, "source", "two people"),
                   [role_span(a, "content", 'Ohio knows better!" Some aides worry')])]


def texts(a: Analysis, linked: list[Linked]) -> list[list[str]]:
    return [[a.text[c.start : c.end] for c in x.content] for x in linked]


def test_cut_quotation_runs_to_its_close_and_the_next_statement_gives_its_tail_up() -> None:
    a = analysed(TEXT)
    assert texts(a, complete_quotations(a, two_statements(a))) == [
        ['"Fake numbers from fake experts. Ohio knows better!"'], ["Some aides worry"]]


def test_without_a_quotes_layer_nothing_changes() -> None:
    a = analysed(TEXT, quotes=False)
    assert texts(a, complete_quotations(a, two_statements(a))) == [
        ['"Fake numbers from fake experts.'], ['Ohio knows better!" Some aides worry']]


def test_a_cue_inside_the_rest_of_the_quotation_stops_it() -> None:
    a = analysed('"We are ready. Come," he said.')

    def cut() -> Linked:
        return Linked(role_span(a, "cue", "said"), role_span(a, "source", "he"),
                      [role_span(a, "content", '"We are ready.')])

    assert texts(a, complete_quotations(a, [cut()])) == [['"We are ready. Come,"']]
    other_cue = Linked(role_span(a, "cue", "Come"))
    assert texts(a, complete_quotations(a, [cut(), other_cue]))[0] == ['"We are ready.']


def test_a_quotation_closing_in_a_later_paragraph_is_left_to_the_linker() -> None:
    a = analysed('PENCE: "We are ready.\n\n"WALLACE: Are you?"')
    x = Linked(role_span(a, "cue", ":"), role_span(a, "source", "PENCE"),
               [role_span(a, "content", '"We are ready.')])
    assert texts(a, complete_quotations(a, [x])) == [['"We are ready.']]


def test_a_sourceless_cue_inside_a_quotation_is_a_quoted_word() -> None:
    text = 'Rents rose. The regime "seeks to export its crisis abroad by creating an enemy."'
    a = Analysis.of(Article(text))
    spans = [role_span(a, "cue", "seeks"), role_span(a, "content", 'to export its crisis abroad by creating an enemy."')]
    statements, _ = build(a, spans)
    assert [(s.cue, text[s.content[0].start : s.content[0].end]) for s in statements] == [
        (None, '"seeks to export its crisis abroad by creating an enemy."')]
