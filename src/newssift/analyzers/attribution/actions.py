"""Tagged cues that report no words: a person showing a state, an inability.

- A person who "shows" something shows a state, not a claim ("Corrow showed no reaction as …"), unless
  "that" / "how" opens the content: `is_shown_state`. Documents and figures that show stay statements.
- A statement nested in another's content whose source ends on a negated modal of ability ("… warned
  that studies of this kind could not | show that …", "… that officials cannot | say whether …") says
  what cannot be said, not a claim (`negated_modal_end`, read by the analyzer). PolNeAR marks such
  top-level cues ("he could not explain why …"), so those are kept.
Limits: the person test reads the entities layer (PER) or a he / she pronoun source.
"""

from __future__ import annotations

from newssift.analysis import Analysis
from newssift.analyzers.attribution.entity_layer import entities_within
from newssift.analyzers.attribution.linker import Linked

SHOW = frozenset({"show", "shows", "showed", "shown", "showing"})
OPENERS = frozenset({"that", "how", "what", "why", "whether"})
PERSON_PRONOUNS = frozenset({"he", "she"})
MODALS = frozenset({"can", "could"})  # ability; "did not deny", "would not discuss" are other rules' business
NEGATED = frozenset({"cannot", "can't", "couldn't", "can’t", "couldn’t"})


def _words(analysis: Analysis, start: int, end: int) -> list[str]:
    return [t.text.lower() for t in analysis.tokens[start:end]]


def is_shown_state(analysis: Analysis, x: Linked) -> bool:
    cue_words = _words(analysis, x.cue.token_start, x.cue.token_end)
    if x.source is None or not cue_words or cue_words[-1] not in SHOW:
        return False
    after = [c for c in x.content if c.start >= x.cue.end]
    if not after or analysis.tokens[min(c.token_start for c in after)].text.lower() in OPENERS:
        return False
    src = analysis.text[x.source.start : x.source.end].strip()
    person = src.lower() in PERSON_PRONOUNS or any(
        d.get("label") == "PER" and d["end"] >= x.source.end - 1
        for d in entities_within(analysis, x.source.start, x.source.end))
    return person


def negated_modal_end(words: list[str]) -> bool:
    """Do lower-cased `words` end on a negated modal ("could not", "cannot")?"""
    if words and words[-1] in NEGATED:
        return True
    return len(words) >= 2 and words[-1] in ("not", "never") and words[-2] in MODALS
