""""According to the paper" refers to the latest paper-like document (a study), not a later report."""

from __future__ import annotations

from tests.analyzers.attribution.roles import build_tagged

STUDY_THEN_REPORT = (
    "A study published in the journal Coastal Health on Monday found that sea swimmers slept longer. "
    "A separate report by the city council said the pools were underused. "
    "According to the paper, swimmers in cold water slept 40 minutes more.")
ROLES = [("source", "A study published in the journal Coastal Health"), ("cue", "found"),
         ("content", "that sea swimmers slept longer"), ("source", "A separate report by the city council"),
         ("cue", "said"), ("content", "the pools were underused"), ("cue", "According to"),
         ("source", "the paper"), ("content", "swimmers in cold water slept 40 minutes more")]


def _source_of(statements: list, sources: list, words: str) -> str:
    s = next(s for s in statements if s.source is not None and s.source.text == words)
    return next(e.name for e in sources if s.id in e.statements)


def test_the_paper_is_the_study_not_the_later_report() -> None:
    statements, sources = build_tagged(STUDY_THEN_REPORT, ROLES)
    assert _source_of(statements, sources, "the paper") == "study"


def test_with_two_studies_the_paper_is_the_latest_one() -> None:
    text = STUDY_THEN_REPORT.replace("A separate report by the city council", "A second study by the council")
    roles = [(r, w.replace("A separate report by the city council", "A second study by the council"))
             for r, w in ROLES]
    statements, sources = build_tagged(text, roles)
    second = _entry_of(statements, sources, "A second study by the council")
    assert _entry_of(statements, sources, "the paper") == second


def _entry_of(statements: list, sources: list, words: str) -> str:
    s = next(s for s in statements if s.source is not None and s.source.text == words)
    return next(e.source_id for e in sources if s.id in e.statements)
