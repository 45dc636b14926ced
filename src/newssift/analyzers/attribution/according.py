"""'According to [a local official who spoke by phone from a neighbouring] town, shelling …': the source
after "according to" runs to its comma.

The tagger may stop a long source after "according to" a word or two short of the comma that closes it.
When at most `MAX_REST` word tokens (no punctuation, no quotation mark) lie between the source's end and
that comma, in the same sentence, and no content piece starts among them, the source runs on over them
(`finish_according`, applied by the analyzer).
Limits: only a source right after an "according to" cue; the comma must come first.
"""

from __future__ import annotations

from dataclasses import replace

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan

MAX_REST = 2


def finish_according(analysis: Analysis, x: Linked) -> RoleSpan | None:
    """x's source run on to its closing comma (see the module docstring)."""
    src, toks = x.source, analysis.tokens
    if (src is None or src.start < x.cue.end or src.token_start - x.cue.token_end > 1
            or analysis.text[x.cue.start : x.cue.end].lower() != "according to"):
        return src
    end = analysis.sentences[src.sentence].token_end
    k = src.token_end
    while k < end and k - src.token_end <= MAX_REST and toks[k].text[:1].isalnum():
        k += 1
    starts = {c.token_start for c in x.content}
    if (k == src.token_end or k >= end or toks[k].text != "," or k - src.token_end > MAX_REST
            or any(src.token_end <= s < k for s in starts)):
        return src
    return replace(src, end=toks[k - 1].end, token_end=k)
