"""Is a cue a failure to verify, not a statement? "The Courier could not confirm either account."

"could not (independently) confirm", "was unable to verify", "has not been able to corroborate",
"cannot confirm", "did not immediately confirm": a negated verification verb says the source does not
vouch for what follows. A reporter's or an outlet's own "could not confirm the video" is a caveat, and an
official's "could not confirm that two people had died" asserts nothing either: no statement
(`is_unverified`, applied by the analyzer). The negation may lie inside the tagged cue or in the few
words before it.
Limits: the negation must come right before the verb (a few adverbs, "be able to", may lie between);
"confirmed", "verified" with no negation stay statements.
"""

from __future__ import annotations

import re

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked

VERIFY = re.compile(r"\b(?:confirm|verify|verified|corroborat|authenticat|substantiat)\w*", re.I)
NEGATED = re.compile(r"(?:\bnot|n[’']t|\bnever|\bunable to|\bcannot|\bno way to)"
                     r"(?:\s+(?:be|been|able|to|yet|immediately|independently|officially|publicly|fully|"
                     r"so far|as yet))*\s*$", re.I)


def is_unverified(analysis: Analysis, x: Linked) -> bool:
    """Does x's cue say that its source could not verify something (module docstring)?"""
    text = analysis.text
    verb = VERIFY.search(text, x.cue.start, x.cue.end)
    if verb is None:
        return False
    s = analysis.sentences[x.cue.sentence]
    return NEGATED.search(text[max(s.start, verb.start() - 60) : verb.start()]) is not None
