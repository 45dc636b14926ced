"""A source tagged inside a dash aside between a subject and its cue is not the cue's source.

"The Treasury's impact note — buried, naturally, on page 47 of a document released late on a Friday
— admits that …": the tagger may take a phrase inside the aside ("page 47 of a document") as the
source; the aside closes right before the cue, so the cue's source is the phrase before the opening
dash, from its clause start ("The Treasury's impact note"), when it names a source (not a pronoun,
not a bare function word). Dashes: "—", "–" and "--" (two "-" tokens).
An "As <source> <cue> …," clause is an aside too: the words between its cue and comma ("As Ana Berg
put [it on Monday], the budget is balanced") are no content; the main clause is (`as_clause_content`).
Limits: one aside per clause; the phrase before it is taken whole back to a comma, semicolon, colon or
the sentence start.
"""

from __future__ import annotations

from dataclasses import replace

from newssift.analysis import Analysis
from newssift.analyzers.attribution.lexicon import Lexicon
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.sources import classify
from newssift.analyzers.attribution.tagger import RoleSpan

DASHES = {"—", "–"}
STARTS = {",", ";", ":"}
MAX_SUBJECT = 10


def _dash_before(analysis: Analysis, k: int) -> int | None:
    """Start token of a dash ending right before token `k` ("—", or "-" "-"), else None."""
    toks = analysis.tokens
    if k >= 1 and toks[k - 1].text in DASHES:
        return k - 1
    if k >= 2 and toks[k - 1].text == "-" and toks[k - 2].text == "-":
        return k - 2
    return None


def aside_subject(analysis: Analysis, src: RoleSpan | None, cue: RoleSpan,
                  lexicon: Lexicon) -> RoleSpan | None:
    """The subject before a dash aside holding the source `src`, the aside closing right before `cue`."""
    toks = analysis.tokens
    if src is None or src.end > cue.start:
        return src
    close = _dash_before(analysis, cue.token_start)
    first = analysis.sentences[cue.sentence].token_start
    if close is None or src.token_end > close:
        return src
    open_at = next((d for i in range(src.token_start, first, -1)
                    if (d := _dash_before(analysis, i)) is not None), None)
    if open_at is None:
        return src
    start = open_at
    while start > first and toks[start - 1].text not in STARTS and open_at - start < MAX_SUBJECT:
        start -= 1
    if start == open_at or (start > first and toks[start - 1].text not in STARTS):
        return src
    kind = classify(analysis.text[toks[start].start : toks[open_at - 1].end], lexicon)
    if kind.kind == "pronoun" or not kind.head.isalpha():
        return src
    return RoleSpan("source", toks[start].start, toks[open_at - 1].end, src.score, cue.sentence,
                    start, open_at)


AS_OPENERS = {"as", "like"}


def as_clause_content(analysis: Analysis, x: Linked) -> list[RoleSpan]:
    """'As Finance Minister Ana Berg put it on Monday, the budget is balanced': in a sentence opening
    with "As <source> <cue> …," the words between the cue and that comma are the cue's object and
    adverbials ("it on Monday"), not what was said; content there gives way to the main clause."""
    toks, cue = analysis.tokens, x.cue
    first = analysis.sentences[cue.sentence].token_start
    if x.source is None or toks[first].text.lower() not in AS_OPENERS or x.source.token_start != first + 1:
        return x.content
    comma = next((i for i in range(cue.token_end, analysis.sentences[cue.sentence].token_end)
                  if toks[i].text == ","), None)
    if comma is None:
        return x.content
    out = []
    for c in x.content:
        if c.sentence == cue.sentence and c.token_start < comma < c.token_end - 1:
            c = replace(c, start=toks[comma + 1].start, token_start=comma + 1)
        if not (c.sentence == cue.sentence and c.token_end <= comma + 1 and c.token_start >= cue.token_end):
            out.append(c)
    return out or x.content
