"""A fronted venue is where something was said, not what was said.

"In her ruling, Judge Croft wrote that …", "In a post on Sunday, the mayor said …": the tagger may read
the opening prepositional phrase as a content piece of the statement. A content piece of at most
`MAX_WORDS` words that opens with a preposition of place or occasion ("in", "on", "at", "during"), ends
right before the source (a comma at most in between) and comes with another content piece after the cue
is dropped (`drop_fronted_venue`, applied by the analyzer).
Limits: only a venue right before the source; "Judge Croft, in her ruling, wrote …" is left alone.
"""

from __future__ import annotations

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan

PREPOSITIONS = frozenset({"in", "on", "at", "during"})
MAX_WORDS = 6


def drop_fronted_venue(analysis: Analysis, x: Linked) -> list[RoleSpan]:
    """x's content without a fronted venue phrase (module docstring)."""
    if x.source is None or not any(c.start >= x.cue.end for c in x.content):
        return x.content
    return [c for c in x.content if not _is_venue(analysis, c, x.source)]


def _is_venue(analysis: Analysis, c: RoleSpan, source: RoleSpan) -> bool:
    text = analysis.text
    words = text[c.start : c.end].split()
    return (c.end <= source.start and text[c.end : source.start].strip() in ("", ",")
            and 1 < len(words) <= MAX_WORDS and words[0].lower() in PREPOSITIONS
            and not any(ch in text[c.start : c.end] for ch in "\"“”"))
