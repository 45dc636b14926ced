"""A cue inside a citing phrase is part of the cited source: "The ministry said, citing [intelligence
reports], that …".

The tagger may read the last word of the cited phrase as a cue ("citing intelligence | reports |, that
the rebels …") and its first words as that cue's source; the real cue ("said") is then left without its
content. A cue span (and a source span right before it) lying inside ", citing|quoting Y," after
"citing" and before the closing comma, when that comma is followed by the content ("that", a quotation
mark) or the cue, names part of Y: both are dropped before linking, so the outer cue gets the content
and `chains` reads Y as its via (`drop_cited_cues`).
Limits: only a phrase closed by a comma in the same sentence.
"""

from __future__ import annotations

import re

from newssift.analysis import Analysis
from newssift.analyzers.attribution.tagger import RoleSpan

CITED = re.compile(r",\s*(?:citing|quoting)\s+(?P<y>[^,;.:\"“”]{1,80}?)\s*,\s*(?=that\b|[\"“])", re.I)


def drop_cited_cues(analysis: Analysis, spans: list[RoleSpan]) -> list[RoleSpan]:
    """`spans` without cues inside a citing phrase and sources right before them (module docstring)."""
    phrases = [(m.start("y"), m.end("y")) for m in CITED.finditer(analysis.text)]
    if not phrases:
        return spans
    dropped = [r for r in spans if r.role == "cue" and _inside(r, phrases)]
    cued = [(a, b) for a, b in phrases if any(a <= c.start and c.end <= b for c in dropped)]
    return [r for r in spans if r not in dropped and not (r.role == "source" and _inside(r, cued))]


def _inside(r: RoleSpan, phrases: list[tuple[int, int]]) -> bool:
    return any(a <= r.start and r.end <= b for a, b in phrases)
