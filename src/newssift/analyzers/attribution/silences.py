"""Is a cue a silence, not a statement? "The monitors have said nothing about the build-up."

The tagger may read "have said nothing about" as a cue and "the build-up" as its content: the source is
reported to have said nothing, so there are no words to attribute. A cue holding, after its first word,
a word of `silence_words` ("nothing") is no statement (`is_silence`, applied by the analyzer).
Limits: the silence word must lie inside the tagged cue; "said nothing was wrong", where the tagger
puts "nothing" in the content, stays a statement, as it should.
"""

from __future__ import annotations

from functools import cache

from newssift import lexicons
from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked


@cache
def _silences() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicons.load("silence_words"))


def is_silence(analysis: Analysis, x: Linked) -> bool:
    """Does x's cue say that nothing was said (see the module docstring)?"""
    words = analysis.text[x.cue.start : x.cue.end].lower().split()
    return any(w in _silences() for w in words[1:])
