"""Is a headline's cue an action, not a statement?

A headline is terse: "The rent bill protects everyone except the people", "Ministry appoints committee
to investigate …", "Brimley named 'Pothole Capital' for third year running". The tagger reads the verb
as a cue and the subject as its source, but only a speech or thought verb of the cue lexicon
(`cue_verbs`: "says", "warns", "according to" …) makes a headline opening with its source an
attribution. A statement in the title whose source opens the title and whose cue holds no cue of the
lexicon (and is not a speaker label's colon, read by `layout`) is no statement, nor a title's colon
after a phrase opening with a preposition ("Inside Harlow Logistics: how warnings were ignored")
(`is_headline_action`,
applied by the analyzer); a source closing the headline after its content ("Daily walk linked to …,
study finds") keeps any cue.
Limits: the body keeps its cues outside the lexicon (PolNeAR marks many: "pledged", "requires").
"""

from __future__ import annotations

from newssift.analysis import Analysis
from newssift.analyzers.attribution.lexicon import Lexicon
from newssift.analyzers.attribution.linker import Linked

# "Inside Harlow Logistics: how warnings were ignored": a colon after a phrase opening with one of these
# is a rubric's, not a speaker label's
RUBRIC_PREPOSITIONS = frozenset({"inside", "behind", "beyond", "after", "before", "under", "within", "among",
                                 "across", "from", "into", "on", "in", "at"})


def is_headline_action(analysis: Analysis, x: Linked, lex: Lexicon) -> bool:
    """`x`'s cue is in the title, after a source opening the title, and holds no cue of the lexicon."""
    title = analysis.sentences[x.cue.sentence]
    if title.paragraph is not None or x.source is None or x.source.token_start != title.token_start:
        return False
    words = analysis.text[x.cue.start : x.cue.end].lower().split()
    if not any(w.isalpha() for w in words):  # a speaker label's colon, unless a place or time opens it
        return analysis.text[x.source.start : x.source.end].split()[0].lower() in RUBRIC_PREPOSITIONS
    return not any(lex.cue_at(words, i) for i in range(len(words)))
