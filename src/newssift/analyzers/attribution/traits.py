"""Is a cue a trait, not a statement? "Housing Minister Ottilie Brandt has a talent for the reassuring
phrase."

The tagger may read "has a talent for" as a cue and "the reassuring phrase" as its content: a source
described, not a source speaking. A cue that opens with a form of "have" followed, within a few words (a
determiner, an adjective), by a trait noun (`trait_nouns`: talent, knack, weakness …) and holds no cue of
the lexicon before it is no statement (`is_trait`, applied by the analyzer). The trait noun may also
open the content right after a bare "has" cue.
Limits: "have" + noun only; other descriptions of a source ("is known for") stay statements when the
tagger reads them as cues.
"""

from __future__ import annotations

from functools import cache

from newssift import lexicons
from newssift.analysis import Analysis
from newssift.analyzers.attribution.lexicon import Lexicon
from newssift.analyzers.attribution.linker import Linked

HAVE = frozenset({"has", "have", "had", "having"})
_WINDOW = 3  # words after "have" in which the trait noun must come


@cache
def _traits() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicons.load("trait_nouns"))


def is_trait(analysis: Analysis, x: Linked, lex: Lexicon) -> bool:
    """Does `x`'s cue open with "have" and a trait noun (see the module docstring)?"""
    text = analysis.text
    after = text[x.cue.end : x.cue.end + 40].split()[:_WINDOW]
    words = [w.strip(",.;:").lower() for w in text[x.cue.start : x.cue.end].split() + after]
    if len(words) < 2 or words[0] not in HAVE:
        return False
    for i, w in enumerate(words[1 : 1 + _WINDOW], 1):
        if lex.cue_at(words, i):
            return False
        if w in _traits():
            return True
    return False
