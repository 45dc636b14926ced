""""The company said …" again, after other speakers: the body the first "the company" stood for."""

from __future__ import annotations

from tests.analyzers.attribution.roles import build_tagged

TEXT = ("Home energy company Tellvane is recalling 300,000 batteries, the company said on Tuesday.\n\n"
        "Chief executive Anouk Verbeek told reporters she was sorry.\n\n"
        "The regulator announced that it had opened an inquiry.\n\n"
        "The company added that none of the fires had caused injuries.")
ROLES = [("content", "Home energy company Tellvane is recalling 300,000 batteries"), ("source", "the company"),
         ("cue", "said"), ("source", "Chief executive Anouk Verbeek"), ("cue", "told reporters"),
         ("content", "she was sorry"), ("source", "The regulator"), ("cue", "announced"),
         ("content", "that it had opened an inquiry"), ("source", "The company"), ("cue", "added"),
         ("content", "that none of the fires had caused injuries")]


def test_the_company_again_is_the_body_the_first_the_company_stood_for() -> None:
    statements, sources = build_tagged(TEXT, ROLES, marked=[("Tellvane", "ORG")])
    first, last = statements[0], statements[-1]
    entry = next(e for e in sources if first.id in e.statements)
    assert entry.name == "Tellvane" and last.id in entry.statements

