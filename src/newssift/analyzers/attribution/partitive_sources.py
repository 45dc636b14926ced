"""'One of | them, who asked not to be named, said …': a part of a group cut before its pronoun.

The tagger may close a source on "of" ("One of"), and the trims then leave "One": a number word named
as a person. A source followed by "of" and a plural pronoun or demonstrative (`GROUP_WORDS`: them, us,
those, these) runs on over both ("One of them"), which `sources.classify` reads as a part of a group
and coreference joins to the group named before (`partitives`) (`finish_partitive`, applied by the
analyzer).
Limits: only a pronoun or demonstrative after "of"; "One of the sources" is left to the tagger.
"""

from __future__ import annotations

from dataclasses import replace

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan

GROUP_WORDS = frozenset({"them", "us", "those", "these"})
PARTS = frozenset({"one", "two", "three", "four", "five", "some", "many", "most", "several", "none",
                   "each", "all", "both", "few", "neither", "either", "another"})


def finish_partitive(analysis: Analysis, x: Linked) -> RoleSpan | None:
    """x's source, run on over "of them" (module docstring)."""
    src, toks = x.source, analysis.tokens
    if src is None or src.token_end + 1 >= len(toks) or src.end > x.cue.start:
        return src
    words = analysis.text[src.start : src.end].lower().split()
    of_at = src.token_end - 1 if words and words[-1] == "of" else src.token_end
    if (of_at + 1 >= len(toks) or toks[of_at].text.lower() != "of"
            or toks[of_at + 1].text.lower() not in GROUP_WORDS):
        return src
    if not words or words[0] not in PARTS or toks[of_at + 1].start >= x.cue.start:
        return src
    return replace(src, end=toks[of_at + 1].end, token_end=of_at + 2)
