"""A cue set between commas inside the clause it reports: the rest of the sentence is the content."""

from __future__ import annotations

from tests.analyzers.attribution.roles import built


def test_the_clause_around_a_parenthetical_cue_is_the_content() -> None:
    text = "The ferry is old. The new pier, Lind added, was quietly dropped from the plans."
    (s,) = built(text, ("source", "Lind"), ("cue", "added"), ("content", "dropped from the plans"))
    assert [text[c.start : c.end] for c in s.content] == ["The new pier", "was quietly dropped from the plans"]


def test_a_quotation_around_the_cue_is_left_to_the_quotation_rules() -> None:
    text = "\"The pier,\" she added, \"was dropped.\""
    statements = built(text, ("content", "\"The pier,\""), ("source", "she"), ("cue", "added"),
                       ("content", "\"was dropped.\""))
    assert [text[c.start : c.end] for c in statements[0].content] == ["\"The pier,\"", "\"was dropped.\""]


def test_a_closing_attribution_with_an_adjunct_is_no_interruption() -> None:
    text = "The talks began in January, an aide said, speaking on condition of anonymity."
    (s,) = built(text, ("content", "The talks began in January"), ("source", "an aide"), ("cue", "said"))
    assert [text[c.start : c.end] for c in s.content] == ["The talks began in January"]
