"""A directive coordinated inside a content ("said … and urged X to …") is a second statement."""

from __future__ import annotations

from tests.analyzers.attribution.roles import built

TEXT = "The ferry union said the new rota was unsafe and urged members to refuse extra shifts."


def test_the_directive_is_its_own_statement_of_the_same_source() -> None:
    statements = built(TEXT, ("source", "The ferry union"), ("cue", "said"),
                       ("content", "the new rota was unsafe and urged members to refuse extra shifts"))
    found = {s.cue.text: (s.source.text, [TEXT[c.start : c.end] for c in s.content]) for s in statements}
    assert found == {"said": ("The ferry union", ["the new rota was unsafe"]),
                     "urged": ("The ferry union", ["members to refuse extra shifts"])}


def test_a_plain_coordination_stays_one_content() -> None:
    text = "The ferry union said the new rota was unsafe and asked for nothing more than a review."
    statements = built(text, ("source", "The ferry union"), ("cue", "said"),
                       ("content", "the new rota was unsafe and asked for nothing more than a review"))
    assert [s.cue.text for s in statements] == ["said"]


def test_a_directive_inside_a_quotation_stays() -> None:
    text = 'The ferry union said "crews who want and asked to leave early were refused" last week.'
    statements = built(text, ("source", "The ferry union"), ("cue", "said"),
                       ("content", '"crews who want and asked to leave early were refused"'))
    assert [s.cue.text for s in statements] == ["said"]
