"""A negated dispute of a plain noun phrase is no statement."""

from __future__ import annotations

import pytest

from tests.analyzers.attribution.roles import built


@pytest.mark.parametrize(("cue", "content"), [
    ("did not dispute", "the figure"),
    ("did not", "the figure"),  # the verb left between cue and content
    ("has not challenged", "the ruling"),
    ("did not mention", "a timetable for new talks"),  # a thing left unmentioned
])
def test_a_negated_dispute_of_a_noun_phrase_is_no_statement(cue: str, content: str) -> None:
    text = f"The council {cue.replace('did not', 'did not dispute') if cue == 'did not' else cue} {content}."
    assert built(text, ("source", "The council"), ("cue", cue), ("content", content)) == []


@pytest.mark.parametrize("content", [
    "that the figure was wrong",  # a that-clause
    '"the broad outline" of the account',  # a quotation
    "the report was accurate",  # a clause with its own verb
])
def test_a_negated_dispute_of_a_claim_stays_a_statement(content: str) -> None:
    text = f"The council did not dispute {content}."
    statements = built(text, ("source", "The council"), ("cue", "did not dispute"), ("content", content))
    assert len(statements) == 1


def test_a_withheld_denial_stays_a_statement() -> None:
    text = "The council did not deny the transfers."
    assert len(built(text, ("source", "The council"), ("cue", "did not deny"), ("content", "the transfers"))) == 1


def test_a_plain_dispute_stays_a_statement() -> None:
    text = "The council disputed the figure."
    assert len(built(text, ("source", "The council"), ("cue", "disputed"), ("content", "the figure"))) == 1
