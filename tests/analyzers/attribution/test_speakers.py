""""A Tellvane spokesman said … He said …": he is the spokesman (the body's source), not an earlier
unnamed person."""

from __future__ import annotations

import pytest

from tests.analyzers.attribution.roles import build_tagged

TEXT = ("One user posted a photograph of a scorched wall. A Tellvane {noun} said the company had tripled the "
        "number of engineers. {pronoun} added that customers could check their serial number online.")


@pytest.mark.parametrize(("noun", "pronoun", "expected"), [
    ("spokesman", "He", "Tellvane"),
    ("spokesperson", "She", "Tellvane"),
    ("spokeswoman", "He", "One user"),  # the other gender: not the spokeswoman
])
def test_he_after_a_spokesman_is_the_body_he_speaks_for(noun: str, pronoun: str, expected: str) -> None:
    text = TEXT.format(noun=noun, pronoun=pronoun)
    statements, sources = build_tagged(text, [
        ("source", "One user"), ("cue", "posted a photograph of"), ("content", "a scorched"),
        ("source", f"A Tellvane {noun}"), ("cue", "said"),
        ("content", "the company had tripled the number of engineers"),
        ("source", pronoun), ("cue", "added"), ("content", "that customers could check their serial number online")],
        marked=[("Tellvane", "ORG")])
    last = statements[-1]
    assert next(e.name for e in sources if last.id in e.statements) == expected


def test_she_after_a_spokeswoman_for_a_body_is_the_body() -> None:
    text = ("Organiser Dawn Fitzgerald said the payment came with strings attached. A spokeswoman for the "
            "board confirmed that mediators had stayed until dawn. She added that the board remained available.")
    statements, sources = build_tagged(text, [
        ("source", "Organiser Dawn Fitzgerald"), ("cue", "said"),
        ("content", "the payment came with strings attached"),
        ("source", "A spokeswoman for the board"), ("cue", "confirmed"),
        ("content", "that mediators had stayed until dawn"),
        ("source", "She"), ("cue", "added"), ("content", "that the board remained available")],
        marked=[("Dawn Fitzgerald", "PER")])
    last = statements[-1]
    assert next(e.name for e in sources if last.id in e.statements) != "Dawn Fitzgerald"
