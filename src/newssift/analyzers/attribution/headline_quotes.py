"""A headline that quotes and then names its speaker: "'We cannot sandbag our way out of this': the mayor
of Brenholt on the floods".

A title made of a quotation, a colon and a source phrase, optionally followed by what the speaker talks
about ("on the floods", "about …"), is a statement: the quotation its content, the colon its cue, the
phrase its source (`quote_first`, read by `layout`). Coreference links a role-only phrase to the one
person the body names with that role ("the town's mayor, Clara Vendt").
Limits: titles only; the source phrase is one to eight words.
"""

from __future__ import annotations

import re

from newssift.analysis import Analysis
from newssift.analyzers.attribution.records import Cue, SourceRef, Statement, statement_type
from newssift.text import Span

SCORE = 0.8
_QUOTE_FIRST = re.compile(
    r"\s*(?P<quote>[\"“‘'«][^\"“”‘’'«»]{3,}[\"”’'»])\s*(?P<colon>:)\s+"
    r"(?P<source>[^\s:][^:]*?)(?:\s+(?:on|about|over)\s+[^:]+)?\s*$")
MAX_SOURCE_WORDS = 8


def quote_first(analysis: Analysis) -> list[Statement]:
    """The statement of a "'…': speaker on topic" title, if the article's title is one."""
    title = analysis.title
    if title is None:
        return []
    text = analysis.text
    m = _QUOTE_FIRST.match(text, title.start, title.end)
    if m is None or len(m.group("source").split()) > MAX_SOURCE_WORDS:
        return []
    a, b = m.span("source")
    content = [Span(*m.span("quote"))]
    ref = SourceRef(a, b, text[a:b], "anonymous")
    cue = Cue(m.start("colon"), m.end("colon"), ":", "neutral")
    return [Statement("", statement_type(text, content), SCORE, ref, cue, content, text_of=text)]

