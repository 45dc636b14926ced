""""Spreadsheets included in the leak show that …": the document phrase is the source of the cue after it."""

from __future__ import annotations

import pytest

from tests.analyzers.attribution.roles import built


@pytest.mark.parametrize(
    ("text", "roles", "expected"),
    [
        ("Spreadsheets included in the audit show that the fund lost money twice.",
         [("source", "Spreadsheets"), ("cue", "included"), ("content", "that the fund lost money twice")],
         ("Spreadsheets included in the audit", "show", "document")),
        ("But invoices attached to the complaint suggest that the clinic billed twice.",
         [("cue", "suggest"), ("content", "that the clinic billed twice")],
         ("invoices attached to the complaint", "suggest", "document")),
        ("Internal emails seen by the Herald reveal that the deal was agreed in May.",
         [("source", "Internal emails"), ("cue", "seen"), ("content", "that the deal was agreed in May")],
         ("Internal emails seen by the Herald", "reveal", "document")),
    ],
)
def test_the_document_phrase_is_the_source_of_the_verb_after_its_participle(
        text: str, roles: list, expected: tuple) -> None:
    [s] = built(text, *roles)
    assert (s.source.text, s.cue.text, s.source.kind) == expected


def test_people_described_by_a_participle_are_left_alone() -> None:
    text = "Officials reached by phone confirmed that the road was shut."
    [s] = built(text, ("cue", "confirmed"), ("content", "that the road was shut"))
    assert s.source is None or s.source.kind != "document"
