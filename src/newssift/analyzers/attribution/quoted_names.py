"""Is a name inside a quotation? '"We are going to bring Carrow home," she said.'

A name spoken inside a quotation is something the speaker talks about, not the speaker: he/she after
it is not that name ("…bring Carrow home," she said' is the candidate who spoke, not "Carrow", a
state the entity tagger took for a person). `coref._named_since` skips such names (`in_quotation`).
Limits: quotations of the quotes layer (label "quote"), else double and angle marks; a name quoted as
the speaker's own self-introduction ('"I am Ana Ruiz," she said') is skipped all the same.
"""

from __future__ import annotations

from bisect import bisect_right

from newssift.analysis import Analysis
from newssift.analyzers.attribution.chains import quotation_spans
from newssift.analyzers.attribution.entity_layer import layer_memo


def in_quotation(analysis: Analysis, start: int, end: int) -> bool:
    """Does [start, end) lie inside one of the article's quotations?"""
    memo = layer_memo(analysis)
    if "quotations" not in memo:
        found = quotation_spans(analysis.text, analysis.layers.get("quotes"), min_words=1)
        spans = sorted((s for s, _ in found), key=lambda s: s.start)
        memo["quotations"] = ([s.start for s in spans], spans)
    starts, spans = memo["quotations"]
    i = bisect_right(starts, start) - 1
    return i >= 0 and spans[i].start <= start and end <= spans[i].end
