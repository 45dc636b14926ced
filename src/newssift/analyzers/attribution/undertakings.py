"""Is a cue an undertaking, not a statement? "Leaders agree to resume border talks", "Kethmar offered to
share real-time data from the dam".

The tagger reads "agree | to resume talks" as a statement, as it does "said | that …": but agreeing or
offering to do something is an act, not words the source is reported to have said. A cue whose last word
is one of `undertaking_verbs` (agree, offered …) with a content that opens with "to" and a verb (not "to
the …": "agreed to the terms" is left as it is) and holds no quotation mark is no statement
(`is_undertaking`, applied by the analyzer) in a title, or after another statement's cue in its sentence
("said the breakthrough came when Kethmar offered to share …": part of what was said). In the body on its
own ("Vessaria and Kelmar have agreed to resume talks") it stays, as PolNeAR marks it (dropping those
cost 0.13 cue and 0.08 source exact F1 on PolNeAR dev).
Limits: "offered to resign, telling reporters …" loses only the offer; "agreed to" a quoted proposal
keeps its quotation and stays; promises and vows ("vowed to fight on") are speech acts and stay.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from newssift import lexicons
from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked

QUOTES = "\"“”‘’"
NOT_VERBS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their",
                       "our", "my", "your", "some", "any", "all", "it", "them", "him", "us", "me", "what",
                       "which"})
INFINITIVE = re.compile(r"to\s+([A-Za-z]+)")


@cache
def _verbs() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicons.load("undertaking_verbs"))


def is_undertaking(analysis: Analysis, x: Linked, others: Sequence[Linked] = ()) -> bool:
    """Is x an agreement or offer to act, with a bare infinitive content, in the title or after another
    statement's cue in its sentence (`others`; module docstring)?"""
    cue = analysis.text[x.cue.start : x.cue.end].lower().split()
    if not cue or cue[-1] not in _verbs() or not x.content:
        return False
    title = analysis.sentences[x.cue.sentence].paragraph is None
    if not title and not any(o is not x and o.cue.sentence == x.cue.sentence and o.cue.end <= x.cue.start
                             for o in others):
        return False
    first = min(x.content, key=lambda c: c.start)
    content = " ".join(analysis.text[c.start : c.end] for c in x.content)
    m = INFINITIVE.match(analysis.text[first.start : first.end])
    return m is not None and m.group(1).lower() not in NOT_VERBS and not any(q in content for q in QUOTES)
