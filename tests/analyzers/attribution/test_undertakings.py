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
    ("promised", "to pay for the repairs", 1),  # a promise is a speech act
])
def test_an_undertaking_in_a_title_is_no_statement(cue: str, content: str, count: int) -> None:
    text = f"The two boatyards {cue} {content}\n\nThe canal reopened on Monday."  # a title with no stop
    assert len(built(text, ("source", "The two boatyards"), ("cue", cue), ("content", content))) == count


def test_an_undertaking_in_the_body_stays_unless_it_is_part_of_what_was_said() -> None:
    text = ("Boatyards in talks\n\nThe two boatyards have agreed to share the slipway. A clerk said the "
            "dispute ended when the owners offered to pay for the crane.")
    statements = built(text, ("source", "The two boatyards"), ("cue", "have agreed"),
                       ("content", "to share the slipway"), ("source", "A clerk"), ("cue", "said"),
                       ("content", "the dispute ended when"), ("source", "the owners"), ("cue", "offered"),
                       ("content", "to pay for the crane"))
    assert [s.cue.text for s in statements] == ["have agreed", "said"]
    assert text[statements[1].content[0].start : statements[1].content[-1].end].endswith("pay for the crane")
