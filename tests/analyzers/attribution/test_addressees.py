"""Writing or speaking to someone, with no words reported, is no statement."""

from __future__ import annotations

import pytest

from tests.analyzers.attribution.roles import built


@pytest.mark.parametrize(("cue", "content", "count"), [
    ("wrote", "to Harwell Marina in May asking for the logbooks", 0),
    ("spoke", "to the harbour master on Friday", 0),
    ("wrote", "to the marina that the logbooks were missing", 1),  # a that-clause: words
    ("wrote", 'to the marina: "Send the logbooks"', 1),  # quoted words
    ("said", "to the marina in May", 1),  # not a contact verb: other rules decide
])
def test_an_addressee_only_is_no_statement(cue: str, content: str, count: int) -> None:
    text = f"The port inspectors {cue} {content}."
    assert len(built(text, ("source", "The port inspectors"), ("cue", cue), ("content", content))) == count


def test_an_apology_to_people_is_no_statement() -> None:
    text = "The Harwell clinic has apologised to dozens of families whose results were lost."
    assert not built(text, ("source", "The Harwell clinic"), ("cue", "has apologised to"),
                     ("content", "dozens of families whose results were lost"))

