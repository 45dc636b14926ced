"""A source cut before its head noun, after a capitalised modifier: "[Two Western] diplomats in the
Ostmark capital, who asked not to be named, said …".

The tagger may close a source on a nationality or other capitalised modifier, leaving out its head noun
when a relative clause stands between the source and its cue (the forward widening of `repair` stops at
the clause break). A source whose last word is capitalised or a number, right before a source noun of
the lexicon ("diplomats", "officials"), runs on over that noun and over a short "in" / "at" / "from" /
"of" phrase after it, up to the comma that opens the clause (`finish_head`).
Limits: one head word; the phrase after it is at most `MAX_PHRASE` words and must end at a comma.
"""

from __future__ import annotations

from dataclasses import replace

from newssift.analysis import Analysis
from newssift.analyzers.attribution.lexicon import Lexicon
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan

PREPOSITIONS = frozenset({"in", "at", "from", "of"})
MAX_PHRASE = 6


def finish_head(analysis: Analysis, x: Linked, lexicon: Lexicon) -> RoleSpan | None:
    """x's source run on over its head noun (see the module docstring), else x's own."""
    src, toks = x.source, analysis.tokens
    if src is None or src.end > x.cue.start:
        return src
    k = src.token_end
    last = toks[k - 1].text
    if k >= x.cue.token_start or not (last[:1].isupper() or last.isdigit()) or last.isupper():
        return src
    if toks[k].text.lower() not in lexicon.nouns or not toks[k].text.islower():
        return src
    end = k + 1
    if end < x.cue.token_start and toks[end].text.lower() in PREPOSITIONS:
        comma = next((i for i in range(end, min(end + MAX_PHRASE + 1, x.cue.token_start))
                      if toks[i].text == ","), None)
        words = [t.text.replace("'", "").replace("’", "") for t in toks[end:comma or end]]
        if comma is not None and all(w.isalnum() for w in words):
            end = comma
    return replace(src, end=toks[end - 1].end, token_end=end)
