"""An agreement or offer to act ("agree to resume talks") is no statement; "agreed that …" is one."""

from __future__ import annotations

import pytest

from tests.analyzers.attribution.roles import built


@pytest.mark.parametrize(("cue", "content", "count"), [
    ("agree", "to reopen the canal locks", 0),
    ("have agreed", "to reopen the canal locks next spring", 0),
    ("offered", "to pay for the repairs", 0),
    ("agreed", "that the canal locks should reopen", 1),  # a clause: what they hold true
    ("agreed", "to the terms", 1),  # not an infinitive: left to the other rules
    ("offered", 'to "look again" at the repairs', 1),  # quoted words
    ("promised", "to pay for the repairs", 1),  # a promise is a speech act
])
def test_an_undertaking_is_no_statement(cue: str, content: str, count: int) -> None:
    text = f"The two boatyards {cue} {content}."
    assert len(built(text, ("source", "The two boatyards"), ("cue", cue), ("content", content))) == count
