"""A quotation inside a quotation: "The prime minister said to me, ‘Tomasz, bring me an agreement,’"
Mr. Ilvan told the broadcaster.

The outer statement is the quoting speaker's; the words inside the single marks are the quoted third
person's. A content that opens with a double quotation mark and then "<source> <cue>[ (to) me/us/him/her/
them], '" with a cue of the lexicon holds a nested statement: that source, that cue and the quotation in
single marks up to its closing mark before the outer closing mark (`find_inner_quote`, read by the
analyzer beside `chains.find_nested`); an adverb closing the source ("My father always told me") is
no part of it (`source_adverbs.without_adverb`).
Limits: only a quotation the inner speaker opens, right after the outer opening mark.
"""

from __future__ import annotations

import re

from newssift.analyzers.attribution.lexicon import Lexicon
from newssift.analyzers.attribution.source_adverbs import without_adverb
from newssift.text import Span

INNER = re.compile(
    r"[\"“]\s*(?P<src>[A-Z][^,;:.“”\"‘’']{1,60}?)\s+(?P<cue>[a-z]+)"
    r"(?:\s+(?:to\s+)?(?:me|us|him|her|them))?\s*,\s*"
    r"(?P<quote>[‘'][^’\"“”]{3,}?[’'])(?=[,.!?]?\s*[”\"])")


def find_inner_quote(text: str, content: Span, lexicon: Lexicon) -> tuple[Span, Span, Span] | None:
    """(source, cue, quotation) of a quoted third person opening `content` (see the module docstring)."""
    m = INNER.match(text, content.start, content.end)
    if m is None or m.group("cue") not in lexicon.cues or lexicon.cues.get(m.group("src").lower()):
        return None
    return without_adverb(text, Span(*m.span("src"))), Span(*m.span("cue")), Span(*m.span("quote"))
