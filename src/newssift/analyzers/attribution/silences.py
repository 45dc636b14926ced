"""Is a cue a silence, not a statement? "The monitors have said nothing about the build-up."

The tagger may read "have said nothing about" as a cue and "the build-up" as its content: the source is
reported to have said nothing, so there are no words to attribute. A cue holding, after its first word,
a word of `silence_words` ("nothing") is no statement (`is_silence`, applied by the analyzer).
A negated saying before an open question ("It did not say | whether any of its soldiers had been
killed", "would not say how many") leaves the question open: no statement either. So does a non-response
("did not respond to requests for | the calculation behind it", "has not replied to | the letter"):
a negated respond / reply / answer before anything but a that-clause or a quotation (`NO_ANSWER`).
Limits: the silence word must lie inside the tagged cue; "said nothing was wrong", where the tagger
puts "nothing" in the content, stays a statement, as it should.
"""

from __future__ import annotations

import re
from functools import cache

from newssift import lexicons
from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked

NOT_SAY = re.compile(r"(?:did|does|do|would|could|will|can)(?: not|n't|n’t) (?:say|specify|disclose|reveal)"
                     r"|(?:cannot|can't|can’t) say")
NO_ANSWER = re.compile(r"(?:did|does|do|has|have|had|would|could|will)(?: not|n't|n’t)(?: immediately| yet)? "
                       r"(?:respond|reply|answer|responded|replied|answered)\b.*")
QUESTION_WORDS = frozenset({"whether", "if", "how", "when", "why", "who", "what", "which", "where"})


@cache
def _silences() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicons.load("silence_words"))


def is_silence(analysis: Analysis, x: Linked) -> bool:
    """Does x's cue say that nothing was said (see the module docstring)?"""
    words = analysis.text[x.cue.start : x.cue.end].lower().split()
    return (any(w in _silences() for w in words[1:]) or _unanswered(analysis, x, words)
            or _no_answer(analysis, x))


def _no_answer(analysis: Analysis, x: Linked) -> bool:
    """"did not respond to requests for | the calculation": no answer given, no statement."""
    if not NO_ANSWER.fullmatch(analysis.text[x.cue.start : x.cue.end].lower()):
        return False
    first = min(x.content, key=lambda c: c.start, default=None)
    opener = analysis.text[first.start : first.end].lstrip()[:5].lower() if first is not None else ""
    return not opener.startswith(("that ", '"', "“", "'", "‘"))


def _unanswered(analysis: Analysis, x: Linked, words: list[str]) -> bool:
    """"did not say | whether …", "would not say | how many …": a question left open, no statement."""
    first = min(x.content, key=lambda c: c.start, default=None)
    if first is None or first.start < x.cue.end or not NOT_SAY.fullmatch(" ".join(words)):
        return False
    opener = analysis.text[first.start : first.end].split()[:1]
    return bool(opener) and opener[0].lower() in QUESTION_WORDS
