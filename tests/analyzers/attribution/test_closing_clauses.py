"""A sentence closing on ", the survey found." is read as a statement when the tagger missed its cue."""

from __future__ import annotations

import pytest

from tests.analyzers.attribution.roles import built


def test_a_missed_closing_clause_is_read_in() -> None:
    text = "Harbour fees doubled over the winter, the audit found."
    [s] = built(text, ("source", "the audit"))
    assert (s.source.text, s.cue.text, [text[c.start : c.end] for c in s.content]) == (
        "the audit", "found", ["Harbour fees doubled over the winter"])


def test_a_lexicon_cue_with_a_short_tail() -> None:
    text = "Harbour fees doubled over the winter, the harbour board said on Monday."
    [s] = built(text)
    assert (s.source.text, s.cue.text) == ("the harbour board", "said")


@pytest.mark.parametrize("text", [
    "Harbour fees doubled over the winter, the audit found, and boats left.",  # the clause does not close it
    '"Harbour fees doubled," the audit found.',  # quoted: other rules
    "Harbour fees doubled over the winter, the boats left.",  # no cue
])
def test_no_closing_clause(text: str) -> None:
    assert not [s for s in built(text) if s.cue is not None]


@pytest.mark.parametrize("text", [
    "As with much at the harbour, the interests of member states.",  # a plural noun, not a verb
    "Ferry fares rose, the board that published them.",  # a relative inside the subject
])
def test_no_closing_clause_without_a_finite_reporting_verb(text: str) -> None:
    assert not [s for s in built(text) if s.cue is not None]


def test_a_tagged_cue_with_no_content_takes_the_clause_before_it() -> None:
    text = "The Orvel ferry will stop running in May, its operator announced in a post on Sunday."
    [s] = built(text, ("source", "its operator"), ("cue", "announced"))
    assert (s.source.text, s.cue.text, [text[c.start : c.end] for c in s.content]) == (
        "its operator", "announced", ["The Orvel ferry will stop running in May"])
