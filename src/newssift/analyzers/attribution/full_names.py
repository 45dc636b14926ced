"""An organisation's name runs on over a capitalised "of" / "for" phrase: "The Ministry of Defence of the
Republic of Kestova" is named "Ministry of Defence of the Republic of Kestova", not "Ministry";
"the Westhaven Chamber of Commerce" is "Westhaven Chamber of Commerce", not "Westhaven Chamber".

`sources.classify` names an organisation by its head phrase, which stops at the first preposition; when
that name ends on a capitalised word and the phrase goes on with "of" / "for", an optional "the" and
capitalised words (with "of", "for", "and", "the" between them), those words are part of the proper
name (`full_name`, applied by the analyzer when it types sources). The head noun is unchanged, so "the
ministry" later still links to it, and a mention named by the words before the run-on ("A ministry
spokeswoman", named "ministry") still joins it by name (`same_name`), as does a body named by the first
word of its capitalised name ("Calder" after "Calder Freight").
Limits: capitalisation only; a phrase ending on a possessive ("the Bank of England's governor") is not
run on over.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newssift.analyzers.attribution.sources import SourceType

_CAP = r"[A-Z][\w-]*\b(?!['’])"
_RUN_ON = re.compile(rf"\s+(?:of|for)\s+(?:the\s+)?{_CAP}(?:\s+(?:(?:of|for|and|the)\s+)*{_CAP})*")
_KINDS = ("organisation", "media")


def full_name(text: str, t: SourceType) -> SourceType:
    """`t` with its organisation name run on over a capitalised "of" / "for" phrase of `text`."""
    if t.kind not in _KINDS or not t.name or not t.name.split()[-1][:1].isupper():
        return t
    at = text.find(t.name)
    m = _RUN_ON.match(text, at + len(t.name)) if at >= 0 else None
    return t if m is None else replace(t, name=t.name + m.group())


def same_name(entry_name: str, name: str) -> bool:
    """Is `name` (lower case) the entry's name, or that name without its run-on "of" / "for" phrase, or
    the first word of a capitalised name ("Calder" of "Calder Freight")?"""
    low = entry_name.lower()
    short = (" " not in name and low.startswith(name + " ")
             and all(w[:1].isupper() for w in entry_name.split()))  # not "Vessaria and neighbouring Kelmar"
    return low == name or low.startswith((name + " of ", name + " for ")) or short
