"""A share of respondents as the subject of a cue: "Among them, [55 per cent] said they would use the
new line at least once a week".

The tagger may read a percentage right before a cue as content: the cue then has no source and two
content pieces, the percentage and what was said. A statement with no source whose content piece ends
right before its cue (same sentence) and is a share, a percentage with an optional approximator
(`lexicons/en/approximators.txt`: "about", "nearly", "more than") and "of <group>" ("62 per cent of
opponents"), or "one in five" / "two in three", is the share's statement: the piece becomes its source
(`share_subject`, applied by the analyzer before sources are repaired; typed anonymous, as any unnamed
group).
Limits: a share spelled as a fraction ("a third of voters", "two-thirds") is left to the tagger.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from newssift import lexicons
from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan

SHARE = r"(?:\d[\d.,]*\s*(?:per\s?cent|percent|%)|(?:one|two|three|four|nine|\d+)\s+in\s+(?:\w+))"
GROUP = r"(?:\s+of\s+(?:the\s+|those\s+|all\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)?"


@cache
def _pattern() -> re.Pattern[str]:
    approx = sorted((line.split("=")[0].strip() for line in lexicons.load("approximators")), key=len,
                    reverse=True)
    opener = "|".join(re.escape(a) for a in approx if a)
    return re.compile(rf"(?:(?:{opener})\s+)?{SHARE}{GROUP}", re.I)


def share_subject(analysis: Analysis, x: Linked) -> tuple[RoleSpan | None, list[RoleSpan]]:
    """x's (source, content): a share read as content right before a sourceless cue becomes its source
    (module docstring)."""
    if x.source is not None or len(x.content) < 2:
        return x.source, x.content
    piece = next((c for c in x.content if c.sentence == x.cue.sentence and c.token_end == x.cue.token_start),
                 None)
    if piece is None or _pattern().fullmatch(analysis.text[piece.start : piece.end]) is None:
        return x.source, x.content
    return replace(piece, role="source"), [c for c in x.content if c is not piece]
