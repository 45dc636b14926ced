"""Recalling an envoy or a product is no statement: "Veloria recalled its ambassador from Ostmark on
Thursday", "The firm recalled 40,000 heaters".

"Recall" is a cue when it means remembering aloud ("She recalled that the door was open"). A cue whose
last word is a form of "recall" with a content (after it, in its sentence, with no quotation mark)
that opens with a number, or with a short noun phrase that `sources.classify` types a person's role
("its ambassador", "the envoy") followed by a preposition, "home" or nothing, is the act of summoning
back, not words: it is dropped (`is_recall`, applied by the analyzer).
Limits: "recalled his mother telling him …" (a person followed by a verb) stays.
"""

from __future__ import annotations

from newssift.analysis import Analysis
from newssift.analyzers.attribution.lexicon import Lexicon
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.sources import classify

RECALL = frozenset({"recall", "recalls", "recalled", "recalling"})
AFTER = frozenset({"from", "to", "home", "for", "after", "over", "on", "in", "amid", ",", "."})
QUOTES = "\"“”«»"
MAX_NP = 4


def is_recall(analysis: Analysis, x: Linked, lexicon: Lexicon) -> bool:
    toks = analysis.tokens
    if toks[x.cue.token_end - 1].text.lower() not in RECALL:
        return False
    after = sorted((c for c in x.content if c.sentence == x.cue.sentence and c.start >= x.cue.end),
                   key=lambda c: c.start)
    if not after or any(q in analysis.text[c.start : c.end] for c in after for q in QUOTES):
        return False
    words = [t.text for t in toks[after[0].token_start : after[0].token_end]]
    if not words or words[0].lower() == "that":
        return False
    if words[0][:1].isdigit():
        return True  # "recalled 40,000 heaters"
    for n in range(2, min(MAX_NP, len(words)) + 1):
        follows = words[n].lower() if n < len(words) else "."
        if follows in AFTER and classify(" ".join(words[:n]), lexicon).kind == "person":
            return True
    return False
