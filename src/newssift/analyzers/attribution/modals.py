"""Is a cue an obligation, not a statement? "Councillors should vote against the plan on Thursday",
"When a doctor with that much experience is worried, we should all be worried."

The tagger may read an obligation modal ("should", "must", "ought") as a cue, alone or with the verb
after it ("should vote against"): that is the writer's recommendation of what someone ought to do, not
something anyone said. A cue opening with such a modal and holding no cue of the lexicon is no statement
(`is_obligation`, applied by the analyzer); "should say", "must admit" (lexicon cues after the modal)
stay statements.
Limits: the three modals only; "would", "could", "may" hedge what is said and are left alone.
"""

from __future__ import annotations

from newssift.analysis import Analysis
from newssift.analyzers.attribution.lexicon import Lexicon
from newssift.analyzers.attribution.linker import Linked

OBLIGATION = frozenset({"should", "must", "ought"})


def is_obligation(analysis: Analysis, x: Linked, lex: Lexicon) -> bool:
    """Does `x`'s cue open with an obligation modal and hold no lexicon cue?"""
    words = [w.strip(",.;:").lower() for w in analysis.text[x.cue.start : x.cue.end].split()]
    return (bool(words) and words[0] in OBLIGATION
            and not any(lex.cue_at(words, i) for i in range(1, len(words))))
