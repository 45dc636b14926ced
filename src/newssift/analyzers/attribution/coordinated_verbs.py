"""A source that runs over the first of two coordinated verbs: "Researchers at the University of
Caldmoor [followed 2,400 adults for five years] and found that …".

The tagger may take everything before "and <cue>" as the source. When the source is followed only by
"and" before its cue, and holds a lower-case past form in "-ed" that follows a noun or name and is
followed by no preposition (not a modifier: "Officials involved in the talks", "Researchers based at
…"), the source ends before that verb (`cut_coordinated_verb`); the first verb's clause is the
subject's action, not part of who is speaking.
Limits: regular past forms only; a relative clause ("who followed …") is left alone.
"""

from __future__ import annotations

from dataclasses import replace

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan

NOT_BEFORE = frozenset({"who", "which", "that", "been", "was", "were", "has", "have", "had", "is", "are",
                        "the", "a", "an", "and", "or", ","})
PREPOSITIONS = frozenset({"in", "at", "by", "with", "from", "to", "on", "for", "of", "as", "into", "under"})


def cut_coordinated_verb(analysis: Analysis, x: Linked) -> RoleSpan | None:
    """x's source cut before a coordinated first verb (see the module docstring), else x's own."""
    src, toks, text = x.source, analysis.tokens, analysis.text
    if src is None or src.end > x.cue.start or text[src.end : x.cue.start].strip().lower() != "and":
        return src
    for i in range(src.token_start + 1, src.token_end - 1):
        word = toks[i].text
        if not (word.isalpha() and word.islower() and word.endswith("ed")):
            continue
        if toks[i - 1].text.lower() in NOT_BEFORE or toks[i + 1].text.lower() in PREPOSITIONS:
            continue
        return replace(src, end=toks[i - 1].end, token_end=i)
    return src
