""""The paper" is a research paper (a document) when the text makes it one, else a newspaper (media)."""

from __future__ import annotations

import pytest

from newssift.analyzers.attribution.lexicon import load
from newssift.analyzers.attribution.papers import retype
from newssift.analyzers.attribution.sources import classify
from tests.analyzers.attribution.roles import role_span

STUDY = ("A paper published in the journal Nature last month found that the drug cut deaths by a third. "
         "According to the paper, the effect was largest in older patients.")


def kind(text: str, phrase: str, nth: int = 0) -> str:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    lex = load()
    return retype(text, start, start + len(phrase), classify(phrase, lex), lex).kind


@pytest.mark.parametrize(("text", "phrase", "nth", "expected"), [
    (STUDY, "A paper published in the journal Nature last month", 0, "document"),
    (STUDY, "the paper", 0, "document"),
    ("According to a study published on Tuesday, walking helped. Critics noted the tests were given "
     "twice. According to the paper, 9 percent dropped out. The paper also said it held.", "the paper", 0,
     "document"),
    ("According to a study published on Tuesday, walking helped. According to the paper, 9 percent "
     "dropped out. The paper also said it held.", "The paper", 0, "document"),
    ("A working paper from the central bank said rates would fall.", "A working paper from the central bank",
     0, "document"),
    ("The Herald reported on Monday that the mayor would resign. According to the paper, she told aides.",
     "the paper", 0, "media"),
    ("A study found that walking helped. The Herald said on Monday that it disagreed. According to the "
     "paper, its editors were not convinced.", "the paper", 0, "media"),
    ("The paper said on Tuesday that the editor had resigned.", "The paper", 0, "media"),
])
def test_the_paper_is_a_document_after_a_research_paper_and_media_after_a_newspaper(
        text: str, phrase: str, nth: int, expected: str) -> None:
    assert kind(text, phrase, nth) == expected


def test_according_to_the_paper_after_a_journal_paper_is_a_document_source() -> None:
    from newssift.analysis import Analysis
    from newssift.analyzers.attribution.tagger import RoleSpan
    from newssift.analyzers.statements import build
    from newssift.text import Article

    a = Analysis.of(Article(STUDY))

    def role(r: str, words: str) -> RoleSpan:
        return role_span(a, r, words)

    spans = [role("source", "A paper published in the journal Nature last month"), role("cue", "found"),
             role("content", "that the drug cut deaths by a third"), role("cue", "According to"),
             role("source", "the paper"), role("content", "the effect was largest in older patients")]
    statements, sources = build(a, spans)
    assert [(s.source.text, s.source.kind) for s in statements] == [  # a closing time is no part of it
        ("A paper published in the journal Nature", "document"), ("the paper", "document")]
    assert len(sources) == 1 and sources[0].kind == "document"


@pytest.mark.parametrize(("text", "head", "since_words", "expected"), [
    ("According to a study published on Tuesday, walking helped. The findings were reviewed by a panel. "
     "According to the paper, 9 percent dropped out.", "study", "a study", True),
    ("A report by the council said the river was clean. Researchers published a study in Nature. "
     "According to the paper, it was not.", "report", "A report", False),
    ("A leaked memo said the river was clean. According to the paper, it was not.", "memo", "A leaked memo",
     False),
])
def test_the_paper_is_the_research_document_that_spoke_last_unless_another_came_in(
        text: str, head: str, since_words: str, expected: bool) -> None:
    from newssift.analyzers.attribution.papers import same_document

    assert same_document(text, "paper", text.index(since_words), text.index("the paper"), head) is expected


def test_according_to_the_paper_after_a_study_is_that_study() -> None:
    from newssift.analysis import Analysis
    from newssift.analyzers.attribution.tagger import RoleSpan
    from newssift.analyzers.statements import build
    from newssift.text import Article

    text = ("Walking helped, according to a study published on Tuesday in the journal Neurology Open. "
            "Critics noted the tests were given twice. According to the paper, 9 percent dropped out.")
    a = Analysis.of(Article(text))

    def role(r: str, words: str) -> RoleSpan:
        return role_span(a, r, words)

    spans = [role("content", "Walking helped"), role("cue", "according to"),
             role("source", "a study published on Tuesday in the journal Neurology Open"),
             role("cue", "According to"), role("source", "the paper"), role("content", "9 percent dropped out")]
    statements, sources = build(a, spans)
    assert [s.source.kind for s in statements] == ["document", "document"]
    assert [(s.name, len(s.mentions)) for s in sources] == [("study", 2)]
