"""Quotations finish what the tagger cut: a content that opens a quotation runs on to its closing mark.

The tagger reads one sentence at a time, so a quotation of several sentences ('… the senator wrote:
"Fake numbers from fake experts. Ohio knows better!"') can come out cut at a sentence end, its tail
left over as content for the next statement's cue. With the quotes layer, a content piece that starts
inside a quotation and stops before its closing mark in the same paragraph runs on to that mark, unless
another statement's cue lies in between (a quotation over several paragraphs is the linker's: in a
transcript it may hold speaker turns); content of other statements inside the stretch it gained is
given up (trimmed to what follows the quotation, or dropped). Without a quotes layer nothing changes.
A cue with no source inside a quotation (The Keldari regime "[seeks] to export its internal crisis …")
is a quoted word, no attribution (`is_quoted_cue`): the quotation stays unattributed.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from newssift.analysis import Analysis
from newssift.analyzers.attribution import chains
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan
from newssift.text import Span


def complete_quotations(analysis: Analysis, linked: list[Linked]) -> list[Linked]:
    layer = analysis.layers.get("quotes")
    if layer is None:
        return linked
    quotes = [q for q, _ in chains.quotation_spans(analysis.text, layer, min_words=1)]
    cues = [x.cue for x in linked]
    for x in linked:
        for i, c in enumerate(x.content):
            q = next((q for q in quotes if q.start <= c.start < q.end and c.end < q.end), None)
            if q is None or "\n" in analysis.text[c.end : q.end] or any(c.end <= k.start < q.end
                                                                          for k in cues):
                continue
            x.content[i] = _run_to(analysis, c, q.end)
            _give_up(analysis, [y for y in linked if y is not x], Span(c.end, q.end))
    return linked


def _run_to(analysis: Analysis, c: RoleSpan, end: int) -> RoleSpan:
    token_end = bisect.bisect_left([t.start for t in analysis.tokens], end)
    return replace(c, end=end, token_end=max(token_end, c.token_end))


def _give_up(analysis: Analysis, others: list[Linked], gained: Span) -> None:
    """Content of `others` inside `gained` is dropped; content that starts inside it and runs past it
    keeps only what follows."""
    text = analysis.text
    for y in others:
        kept = []
        for p in y.content:
            if not gained.start <= p.start < gained.end:
                kept.append(p)
            elif p.end > gained.end:
                start = gained.end + len(text[gained.end : p.end]) - len(text[gained.end : p.end].lstrip())
                if start < p.end:
                    token_start = bisect.bisect_left([t.start for t in analysis.tokens], start)
                    kept.append(replace(p, start=start, token_start=token_start))
        y.content = kept


def is_quoted_cue(x: Linked, quotations: list[Span]) -> bool:
    """Is `x` sourceless with its cue inside one of the (marked) `quotations`?"""
    return x.source is None and any(q.start < x.cue.start and x.cue.end < q.end for q in quotations)
