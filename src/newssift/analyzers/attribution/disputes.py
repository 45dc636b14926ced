"""Is a negated dispute of a plain noun phrase a statement? "Tellvane did not dispute the date."

"did not dispute | the date", "has not challenged the ruling", "would not contest the figures": the source
is reported not to challenge a thing, and says nothing about it; with a plain noun phrase as the
object there are no words to attribute, so no statement (`is_undisputed`, applied by the analyzer).
So for a thing left unmentioned: "The readout did not mention a timetable for new talks" says only
what the readout lacks.
A that-clause or a quotation after the verb ("did not deny that it had known", 'did not dispute
"the broad outline"') stays a statement.
A noun phrase here: a content piece opening on a determiner or possessive, of at most six words,
holding no quotation mark and no auxiliary or common finite verb ("did not deny the report was
accurate" keeps its clause).
"did not deny the transfers" stays a statement (neutral stance, `lexicon.stance`): a denial withheld
reads as a concession the writer reports, as the analyzer's pipeline test expects.
Limits: no parser; the negation must lie in the cue or the few words before it, right before the verb.
"""

from __future__ import annotations

import re

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked

NEGATED_DISPUTE = re.compile(
    r"(?:\bnot|n[’']t|\bnever)\s+(?:(?:yet|immediately|publicly|formally|directly|seriously)\s+)?"
    r"(?:disput|contest|challeng|mention)\w*\s*$", re.I)
_OPENERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "these", "those",
                      "any", "such", "either", "both", "each"})
_VERBS = frozenset({"is", "was", "were", "are", "be", "been", "had", "has", "have", "would", "will",
                    "could", "can", "should", "might", "may", "did", "does", "do"})
_MAX_WORDS = 6
_QUOTES = "\"“”«»"


def is_undisputed(analysis: Analysis, x: Linked) -> bool:
    """Is x a negated dispute of a plain noun phrase (module docstring)?"""
    if len(x.content) != 1 or x.content[0].start < x.cue.end:
        return False
    text = analysis.text
    c = x.content[0]
    s = analysis.sentences[x.cue.sentence]
    if NEGATED_DISPUTE.search(text[max(s.start, x.cue.start - 30) : c.start]) is None:
        return False
    chunk = text[c.start : c.end]
    words = [w.strip(".,;:").lower() for w in chunk.split()]
    return (0 < len(words) <= _MAX_WORDS and words[0] in _OPENERS and not any(q in chunk for q in _QUOTES)
            and not any(w in _VERBS for w in words))
