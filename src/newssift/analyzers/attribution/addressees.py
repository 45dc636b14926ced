"""Writing or speaking to someone is no content: "the Offshore Resources Authority wrote to Solvane in
October requesting the data".

The tagger may read "wrote | to Solvane in October requesting …" as a statement whose content is the
addressee and the circumstances: nothing the source said is reported. A cue whose last word is a verb
of `CONTACT_VERBS` (wrote, spoke, talked …) with a content that opens with "to" and a noun phrase (a
capitalised word or a determiner), holds no quotation mark and no "that"-clause, is no statement
(`is_addressee_only`, applied by the analyzer).
The same holds when the cue takes the "to" itself ("has apologised to | dozens of patients whose scans
were delayed"): its content is the addressee (an apology, `APOLOGY_VERBS`, is one of these verbs).
Limits: "wrote to the board that …" keeps its clause and stays; an addressee followed by an -ing
participle of saying ("wrote to the board, saying …") is left to the tagger.
"""

from __future__ import annotations

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked

CONTACT_VERBS = frozenset({"wrote", "write", "writes", "writing", "spoke", "speak", "speaks", "speaking",
                           "talked", "talk", "talks", "talking", "turned", "reached"})
APOLOGY_VERBS = frozenset({"apologised", "apologized", "apologise", "apologize", "apologises", "apologizes",
                           "apologising", "apologizing"})
DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "all", "every"})
QUOTES = "\"“”‘’«»"


def is_addressee_only(analysis: Analysis, x: Linked) -> bool:
    """Is x "wrote | to <someone> …" with no words of the source's (module docstring)?"""
    cue = analysis.text[x.cue.start : x.cue.end].lower().split()
    verbs = CONTACT_VERBS | APOLOGY_VERBS
    to_in_cue = len(cue) > 1 and cue[-1] == "to" and cue[-2] in verbs  # "apologised to | the families"
    if not cue or (cue[-1] not in verbs and not to_in_cue) or not x.content:
        return False
    first = min(x.content, key=lambda c: c.start)
    words = ["to", *analysis.text[first.start : first.end].split()] if to_in_cue else \
        analysis.text[first.start : first.end].split()
    content = " ".join(analysis.text[c.start : c.end] for c in x.content)
    if len(words) < 2 or words[0].lower() != "to" or any(q in content for q in QUOTES):
        return False
    if " that " in f" {content.lower()} ":
        return False
    return to_in_cue or words[1][:1].isupper() or words[1].lower() in DETERMINERS
