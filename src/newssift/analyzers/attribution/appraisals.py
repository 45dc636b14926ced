"""Someone else's appraisal in an appositive is no part of the content: "The company said it would write
to every driver this week[, a move the union described as an attempt to go over its head]".

A content piece that closes on ", a/an <noun> [that/which] <at most `MAX_SOURCE` words> <verb> …"
with an appraised noun (`lexicons/en/appraised_nouns.txt`: move, decision, plan …) and an appraisal verb
(`lexicons/en/appraisal_verbs.txt`: described, called, branded …) ends before the comma: the appositive
reports what another source (the union, critics) makes of it (`drop_appraisal_tail`, applied by the
analyzer).
The same holds for a closing adjunct in which the writer ascribes a purpose ("…, noting that there are
financial advantages[, in a blatant attempt to push young people to apply]"; ", in a bid to …", ", in an
effort to …"): ", in a/an [<at most two words>] <purpose noun> to …" (`lexicons/en/purpose_nouns.txt`).
Limits: the appraisal itself is not made a statement of its own; only at the end of a content piece.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from newssift import lexicons
from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan

MAX_SOURCE = 4


@cache
def _pattern() -> re.Pattern[str]:
    nouns = "|".join(sorted(re.escape(n) for n in lexicons.load("appraised_nouns")))
    verbs = "|".join(sorted(re.escape(v) for v in lexicons.load("appraisal_verbs")))
    words = rf"(?:[\w'’-]+\s+){{1,{MAX_SOURCE}}}?"
    purposes = "|".join(sorted(re.escape(n) for n in lexicons.load("purpose_nouns")))
    return re.compile(rf",\s*(?:(?:a|an)\s+(?:{nouns})\s+(?:(?:that|which)\s+)?{words}(?:{verbs})\b"
                      rf"|in\s+(?:a|an)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{purposes})\s+to\b)[^.;]*$", re.I)


def drop_appraisal_tail(analysis: Analysis, x: Linked) -> list[RoleSpan]:
    """x's content pieces without a closing appraisal appositive (module docstring)."""
    return [_cut(analysis, c) for c in x.content]


def _cut(analysis: Analysis, c: RoleSpan) -> RoleSpan:
    chunk = analysis.text[c.start : c.end]
    m = _pattern().search(chunk)
    if m is None or not chunk[: m.start()].strip():
        return c
    end = c.start + len(chunk[: m.start()].rstrip())
    toks = analysis.tokens
    k = next((i for i in range(c.token_end - 1, c.token_start - 1, -1) if toks[i].end <= end), c.token_start)
    return replace(c, end=toks[k].end, token_end=k + 1)
