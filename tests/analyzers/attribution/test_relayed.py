""""Economists polled by the Herald expect …": the outlet or organisation that asked relays what the people
asked said; it is the statement's source and they are its `via` (the statement rests on them)."""

from __future__ import annotations

import pytest

from newssift.analysis import Analysis
from newssift.analyzers.attribution.tagger import RoleSpan
from newssift.analyzers.statements import build
from newssift.text import Article


def role(analysis: Analysis, r: str, words: str) -> RoleSpan:
    start = analysis.text.index(words)
    toks = [i for i, t in enumerate(analysis.tokens) if start <= t.start < start + len(words)]
    return RoleSpan(r, start, start + len(words), 0.9, 0, toks[0], toks[-1] + 1)


def one(text: str, source: str, cue: str, content: str) -> dict:
    a = Analysis.of(Article(text))
    statements, sources = build(a, [role(a, "source", source), role(a, "cue", cue), role(a, "content", content)])
    assert len(statements) == 1
    return statements[0].to_dict() | {"root": statements[0].root_kind, "sources": len(sources)}


@pytest.mark.parametrize(("text", "source", "outlet", "kind", "asked"), [
    ("Economists polled by the Herald expect the bank to raise rates in March.",
     "Economists polled by the Herald", "the Herald", "media", "Economists"),
    ("Economists polled by the Herald expect the bank to raise rates in March.",
     "Economists", "the Herald", "media", "Economists"),
    ("Residents, contacted by the Valley Courier, said the water was brown.",
     "Residents", "the Valley Courier", "media", "Residents"),
    ("Analysts surveyed by the central bank expect inflation to ease.",
     "Analysts surveyed by the central bank", "the central bank", "organisation", "Analysts"),    ("Most economists polled by Halvard Bank last week expect rates to hold.",
     "Most economists polled by Halvard Bank last week", "Halvard Bank", "organisation",
     "Most economists"),
    ("Traders surveyed by the Herald on Monday expect the bank to wait.",
     "Traders surveyed by the Herald on Monday", "the Herald", "media", "Traders"),
])
def test_the_outlet_that_asked_is_recorded_and_the_statement_rests_on_the_people_asked(
        text: str, source: str, outlet: str, kind: str, asked: str) -> None:
    cue = "expect" if " expect " in text else "said"
    s = one(text, source, cue, text[text.index(cue) + len(cue) + 1 : -1])
    assert (s["source"]["text"], s["source"]["kind"]) == (outlet, kind)
    assert (s["via"]["text"], s["via"]["kind"], s["root"], s["sources"]) == (asked, "anonymous", "anonymous", 2)


def test_contacted_by_phone_is_no_relay() -> None:
    s = one("Three officials contacted by phone said the road was shut.",
            "Three officials contacted by phone", "said", "the road was shut")
    assert (s["source"]["text"], s["via"]) == ("Three officials contacted by phone", None)
