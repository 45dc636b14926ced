"""'The survey's authors, led by hydrologist Dr. Mira Castell, said …': the group is the source.

The tagger may tag both the group and the person who leads it as sources; the linker keeps the one
nearest the cue, the leader. When the text from the sentence's start to the source is a capitalised
noun phrase of at most 60 characters, a comma and "led by" / "headed by" / "chaired by" /
"coordinated by", the source is the whole phrase ("The survey's authors, led by hydrologist Dr. Mira
Castell of Lundby University"): the group speaks, its leader named in it (`group_source`, applied by the
analyzer).
Limits: the group must open the sentence (not after a fronted time or place: "On Monday the panel, led
by …" keeps the tagged source).
"""

from __future__ import annotations

import re
from dataclasses import replace

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan

LED_BY = re.compile(r"^(?:(?:But|And)\s+)?(?!(?:On|In|At|After|Before|During|Last|Earlier|Later)\b)"
                    r"(?P<x>[A-Z][^,;:\"“”]{2,60}),\s+"
                    r"(?:led|headed|chaired|coordinated)\s+by\s+$")


def group_source(analysis: Analysis, x: Linked) -> RoleSpan | None:
    """x's source, widened over the group it leads (module docstring)."""
    src = x.source
    if src is None or src.end > x.cue.start:
        return src
    s = analysis.sentences[x.cue.sentence]
    m = LED_BY.match(analysis.text[s.start : src.start])
    if m is None:
        return src
    k = next((i for i in range(s.token_start, src.token_start)
              if analysis.tokens[i].start >= s.start + m.start("x")), None)
    if k is None:
        return src
    return replace(src, start=analysis.tokens[k].start, token_start=k)
