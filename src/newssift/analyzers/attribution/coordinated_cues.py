"""A cue verb coordinated inside a statement's content is a second statement of the same source: "Helga
Marrow told reporters the worst would pass by noon but warned of flooding on the high tide".

The tagger may read everything after "told" as one content. A content piece (after its cue, in the cue's
sentence) that holds "but" / "and" followed by a past-tense cue of the lexicon ("warned", "added"; a
first word ending in "-ed" or one of `IRREGULAR`) or of `EXTRA` ("called for") and a word after it is
cut before the conjunction; the cue becomes one of its own with the same source and the rest of the
piece as its content (as `directives` does for "and urged", whose verbs are left to it). Not inside a
quotation the piece opens, nor when another statement already has its cue there, and at least
`MIN_BEFORE` words must stay before the conjunction.
Limits: one split per content piece; a verb whose subject is the content's own subject ("said the mayor
had resigned and admitted it") is read as the source's too.
"""

from __future__ import annotations

from newssift.analysis import Analysis
from newssift.analyzers.attribution.content_splits import InnerCue, after_conjunction, split_at_inner_cues
from newssift.analyzers.attribution.directives import DIRECTIVES
from newssift.analyzers.attribution.lexicon import Lexicon
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan

CONJUNCTIONS = frozenset({"but", "and"})
IRREGULAR = frozenset({"said", "told", "wrote", "spoke"})
QUOTES = "\"“”«»"
MIN_BEFORE = 3
EXTRA = (["called", "for"],)  # cues PolNeAR marks that are no entry of the tagger's cue lexicon
_DIRECTIVE_VERBS = frozenset(d[0] for d in DIRECTIVES)  # "and urged …": `directives`, with its own checks


def split_coordinated_cues(analysis: Analysis, linked: list[Linked], lexicon: Lexicon) -> list[Linked]:
    return split_at_inner_cues(analysis, linked, lambda c: _coordinated(analysis, c, lexicon))


def _coordinated(analysis: Analysis, c: RoleSpan, lexicon: Lexicon) -> InnerCue | None:
    """The cue after a conjunction inside content piece `c`, if any."""
    toks = analysis.tokens
    words = [t.text.lower() for t in toks[c.token_start : c.token_end]]
    for i in range(MIN_BEFORE, len(words) - 2):
        if words[i] not in CONJUNCTIONS:
            continue
        if any(q in analysis.text[c.start : toks[c.token_start + i].start] for q in QUOTES):
            return None
        verb = words[i + 1]
        if words[i + 1 : i + 3] in EXTRA and i + 3 < len(words):
            return after_conjunction(analysis, c.token_start + i, c.token_start + i + 3)
        if not (verb.endswith("ed") or verb in IRREGULAR) or verb in _DIRECTIVE_VERBS:
            continue
        found = lexicon.cue_at(words, i + 1)
        if found is not None and i + 1 + found[0] < len(words):
            return after_conjunction(analysis, c.token_start + i, c.token_start + i + 1 + found[0])
    return None
