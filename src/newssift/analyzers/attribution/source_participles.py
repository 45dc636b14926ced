"""A source does not end on the participle of an adjunct: "A member of the ruling party's executive,
speaking privately, said …".

The tagger may run a source on over the comma and the first word of a participial adjunct after it
(", speaking" of ", speaking privately,") and leave the rest out of every role. A source before its cue
whose last comma-separated piece opens with a lower-case word in -ing (at most `MAX_PIECE` words) is cut
before that comma (`drop_source_participle`, applied by the analyzer). "including" (", including the
mayor": part of the group), "according" and a few more prepositions in -ing are left alone, and so is a
piece that opens with a capitalised word (", Speaking Trust chair Ann Lee" is a name).
Limits: a noun in -ing (", building manager") after a comma would be cut too; none was seen closing a
tagged source.
"""

from __future__ import annotations

from dataclasses import replace

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan

KEEP = frozenset({"including", "according", "excluding", "representing", "during"})
MAX_PIECE = 4  # words of the adjunct inside the source


def drop_source_participle(analysis: Analysis, x: Linked) -> RoleSpan | None:
    """x's source cut before a closing ", <participle in -ing> …" piece (module docstring)."""
    src, toks = x.source, analysis.tokens
    if src is None or src.end > x.cue.start:
        return src
    words = [t.text for t in toks[src.token_start : src.token_end]]
    end = len(words)
    while end and words[end - 1] == ",":
        end -= 1
    comma = next((i for i in range(end - 1, 0, -1) if words[i] == ","), None)
    if comma is None or not 0 < end - comma - 1 <= MAX_PIECE:
        return src
    first = words[comma + 1]
    if not (first.islower() and first.endswith("ing") and len(first) > 5 and first not in KEEP):
        return src
    cut = src.token_start + comma
    return replace(src, end=toks[cut - 1].end, token_end=cut)
