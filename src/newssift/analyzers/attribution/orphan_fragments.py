"""A weak fragment of a later sentence is no part of a statement: "Most of the respondents cited cost as
the main reason for moving. Not everyone agrees with the union, however."

The tagger may mark a few words of the sentence after a statement ("Not everyone agrees") as content,
unsure (a low score), and the linker then hangs that orphan on the statement whose content reached the
sentence before. A content piece in a later sentence than its cue that holds no quotation mark, stops
short of its sentence's end (more words follow it) and scored below `WEAK` is dropped when another
piece is left (`drop_orphan_fragments`, applied by the analyzer). A whole later sentence, or a quoted
one, still continues the statement.
Limits: a confident fragment stays; a weak one inside its own statement's sentence is not touched.
"""

from __future__ import annotations

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan

WEAK = 0.5
QUOTES = "\"“”‘’«»"


def _stops_short(analysis: Analysis, c: RoleSpan) -> bool:
    """Do words of c's sentence follow c?"""
    s = analysis.sentences[c.sentence]
    return any(any(ch.isalnum() for ch in t.text) for t in analysis.tokens[c.token_end : s.token_end])


def drop_orphan_fragments(analysis: Analysis, x: Linked) -> list[RoleSpan]:
    """x's content without weak unquoted fragments of later sentences (module docstring)."""
    text = analysis.text
    kept = [c for c in x.content
            if not (c.sentence > x.cue.sentence and c.score < WEAK and c.start > x.cue.end
                    and not any(q in text[c.start : c.end] for q in QUOTES) and _stops_short(analysis, c))]
    return kept if kept else x.content
