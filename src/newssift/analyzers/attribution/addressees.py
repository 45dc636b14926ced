"""Writing or speaking to someone is no content: "the Offshore Resources Authority wrote to Solvane in
October requesting the data".

The tagger may read "wrote | to Solvane in October requesting …" as a statement whose content is the
addressee and the circumstances: nothing the source said is reported. A cue whose last word is a verb
of `CONTACT_VERBS` (wrote, spoke, talked …) with a content that opens with "to" and a noun phrase (a
capitalised word or a determiner), holds no quotation mark and no "that"-clause, is no statement
(`is_addressee_only`, applied by the analyzer).
Limits: "wrote to the board that …" keeps its clause and stays; an addressee followed by an -ing
participle of saying ("wrote to the board, saying …") is left to the tagger.
"""

from __future__ import annotations

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked

CONTACT_VERBS = frozenset({"wrote", "write", "writes", "writing", "spoke", "speak", "speaks", "speaking",
                           "talked", "talk", "talks", "talking", "turned", "reached"})
DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "all", "every"})
QUOTES = "\"“”‘’«»"


def is_addressee_only(analysis: Analysis, x: Linked) -> bool:
    """Is x "wrote | to <someone> …" with no words of the source's (module docstring)?"""
    cue = analysis.text[x.cue.start : x.cue.end].lower().split()
    if not cue or cue[-1] not in CONTACT_VERBS or not x.content:
        return False
    first = min(x.content, key=lambda c: c.start)
    words = analysis.text[first.start : first.end].split()
    content = " ".join(analysis.text[c.start : c.end] for c in x.content)
    if len(words) < 2 or words[0].lower() != "to" or any(q in content for q in QUOTES):
        return False
    if " that " in f" {content.lower()} ":
        return False
    return words[1][:1].isupper() or words[1].lower() in DETERMINERS
