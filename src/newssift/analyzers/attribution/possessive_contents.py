"""A content cut after its possessive: 'Her daughter said [her] mother died peacefully …, ["with the sea
outside the window"]'.

The tagger may close a content on a lone possessive determiner right after the cue and pick it up again
later in the sentence, leaving the noun and what follows untagged. A content piece that is one
possessive word (`POSSESSIVES`) runs on to the next content piece of the same statement in its
sentence, when the statement's cue and source lie outside the gap (`join_possessive`, applied by the
analyzer). A lone possessive with nothing after it is left to `quantifiers.is_bare_possessive`.
Limits: the next piece must be in the same sentence.
"""

from __future__ import annotations

from dataclasses import replace

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan

POSSESSIVES = frozenset({"her", "his", "their", "its", "our", "my", "your"})


def join_possessive(analysis: Analysis, x: Linked) -> list[RoleSpan]:
    """x's content with a lone possessive piece run on to the next piece (module docstring)."""
    pieces = sorted(x.content, key=lambda c: c.start)
    out: list[RoleSpan] = []
    for c in pieces:
        p = out[-1] if out else None
        if (p is not None and _lone_possessive(analysis, p) and c.sentence == p.sentence
                and not _between(x, p, c)):
            out[-1] = replace(p, end=c.end, token_end=c.token_end)
        else:
            out.append(c)
    return out


def _lone_possessive(analysis: Analysis, c: RoleSpan) -> bool:
    return c.token_end - c.token_start == 1 and analysis.text[c.start : c.end].lower() in POSSESSIVES


def _between(x: Linked, a: RoleSpan, b: RoleSpan) -> bool:
    """Does x's cue or source lie between pieces `a` and `b`?"""
    return any(r is not None and a.end <= r.start and r.end <= b.start for r in (x.cue, x.source))
