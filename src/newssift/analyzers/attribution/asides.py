"""A source tagged inside a dash aside between a subject and its cue is not the cue's source.

"The Treasury's impact note — buried, naturally, on page 47 of a document released late on a Friday
— admits that …": the tagger may take a phrase inside the aside ("page 47 of a document") as the
source; the aside closes right before the cue, so the cue's source is the phrase before the opening
dash, from its clause start ("The Treasury's impact note"), when it names a source (not a pronoun,
not a bare function word). Dashes: "—", "–" and "--" (two "-" tokens).
Limits: one aside per clause; the phrase before it is taken whole back to a comma, semicolon, colon or
the sentence start.
"""

from __future__ import annotations

from newssift.analysis import Analysis
from newssift.analyzers.attribution.lexicon import Lexicon
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
