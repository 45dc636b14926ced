"""'According to [a local official who spoke by phone from a neighbouring] town, shelling …': the source
after "according to" runs to its comma.

The tagger may stop a long source after "according to" a word or two short of the comma that closes it.
When at most `MAX_REST` word tokens (no punctuation, no quotation mark) lie between the source's end and
that comma, in the same sentence, and no content piece starts among them, the source runs on over them
(`finish_according`, applied by the analyzer).
Limits: only a source right after an "according to" cue; the comma must come first.

'According to Moss, [the next survey, planned] for January, will ask voters …': after a sentence-opening
"According to SOURCE," everything up to the sentence's end is what the source says. The tagger may
start the content a few words late, leaving its subject (often with an appositive) untagged; when the
first content piece after the source's comma starts at most `MAX_SUBJECT` tokens later, none of them a
quotation mark, the piece starts right after the comma (`open_according`, applied by the analyzer).
"""

from __future__ import annotations

from dataclasses import replace

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan

MAX_REST = 2
MAX_SUBJECT = 10
QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})


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


def open_according(analysis: Analysis, x: Linked) -> list[RoleSpan]:
    """x's content pieces, the first after a sentence-opening "According to SOURCE," started right
    after the comma (see the module docstring)."""
    src, toks = x.source, analysis.tokens
    cue = analysis.text[x.cue.start : x.cue.end].lower()
    if (src is None or src.start < x.cue.end or cue != "according to"
            or x.cue.token_start != analysis.sentences[x.cue.sentence].token_start):
        return x.content
    comma = src.token_end
    after = [c for c in x.content if c.sentence == x.cue.sentence and c.token_start > comma]
    if comma >= len(toks) or toks[comma].text != "," or not after:
        return x.content
    first = min(after, key=lambda c: c.token_start)
    gap = toks[comma + 1 : first.token_start]
    if not gap or len(gap) > MAX_SUBJECT or any(t.text in QUOTES for t in gap):
        return x.content
    opened = replace(first, start=gap[0].start, token_start=comma + 1)
    return [opened if c is first else c for c in x.content]
