"""A person who speaks by surname only takes the full name the text gave earlier: "Under
cross-examination by prosecutor Imogen Calloway, … '…,' Calloway said" is Imogen Calloway.

Coreference merges a surname with an earlier person *source* of that surname, but a person first named
outside any statement ("by prosecutor Imogen Calloway") and then quoted by surname stayed "Calloway". A
person source typed with a one-word name takes the name of the last PER entity before it whose last
word is that name and that has two words or more, titles left out (`earlier_full_name`, applied by the
analyzer when it types sources); its role is kept.
Limits: the entities layer must have read the full name as one PER entity; two people of one surname
before the mention give the later one's name.
"""

from __future__ import annotations

from dataclasses import replace

from newssift.analysis import Analysis
from newssift.analyzers.attribution.entity_layer import entities_within
from newssift.analyzers.attribution.sources import SourceType

TITLES = frozenset({"dr", "mr", "mrs", "ms", "miss", "prof", "sir", "dame", "lord", "lady", "rev"})


def _untitled(name: str) -> str:
    """`name` without the titles before it ("Dr. Helena Rask" → "Helena Rask")."""
    words = name.split()
    while len(words) > 2 and words[0].lower().rstrip(".") in TITLES:
        words = words[1:]
    return " ".join(words)


def earlier_full_name(analysis: Analysis, start: int, t: SourceType) -> SourceType:
    """`t` named by the full name of an earlier PER entity ending on its one-word name (module docstring)."""
    if t.kind != "person" or not t.name or " " in t.name.strip():
        return t
    surname = t.name.strip().lower()
    names = [_untitled(analysis.text[d["start"] : d["end"]]) for d in entities_within(analysis, 0, start)
             if d.get("label") == "PER"]
    full = [n for n in names if len(n.split()) >= 2 and n.split()[-1].lower() == surname
            and all(w[:1].isupper() for w in n.split())]
    return replace(t, name=full[-1]) if full else t
