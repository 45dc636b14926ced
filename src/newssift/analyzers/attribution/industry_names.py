"""A name that closes on a trade noun is a company's: "Grayle Power says about 38,000 homes are without
electricity" is the power company, not a person called Power.

The NER model and `sources.classify` may read two capitalised words as a person's name. When a source
typed a person has a name of two to four capitalised words whose last word names a trade
(`industry_nouns`: Power, Energy, Water, Rail, Foods, Motors, Bank …), whose first word is no common
given name (`given_names`: "Martin Power" stays a person) and whose last word the article `text` never
writes after an honorific ("Mr Power", "Ms Power") nor follows the full name with "he" / "she" in the
same sentence or at the start of the next one ("Orla Power was fined. She said …"), it is an
organisation (`industry_source`, read where a source is typed).
Limits: an uncommon given name with a trade-noun surname ("Grainne Power") and no honorific or
pronoun in the article is read as a company.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from newssift import lexicons
from newssift.analyzers.attribution.sources import SourceType

HONORIFIC = r"(?:Mr|Ms|Mrs|Miss|Dr|Prof|Professor|Sir|Dame)\.?\s+"
MAX_WORDS = 4
# "he" / "she" later in the name's sentence, or opening the next one
PRONOUN_AFTER = r"(?:[^\n.!?]*\b(?:he|she)\b|[^\n.!?]*[.!?][\"”’]?\s+(?:He|She)\b)"


@cache
def _trades() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicons.load("industry_nouns"))


@cache
def _given() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicons.load("given_names"))


def industry_source(text: str, typed: SourceType) -> SourceType:
    """`typed` as an organisation when it is a person named like a trading company (module docstring)."""
    if typed.kind != "person" or not typed.name:
        return typed
    words = typed.name.split()
    if not 2 <= len(words) <= MAX_WORDS or not all(w[:1].isupper() and w.isalpha() for w in words):
        return typed
    if words[-1].lower() not in _trades() or words[0].lower() in _given():
        return typed
    last, name = re.escape(words[-1]), re.escape(typed.name)
    if re.search(rf"\b{HONORIFIC}{last}\b", text) or re.search(rf"\b{name}\b{PRONOUN_AFTER}", text):
        return typed
    return replace(typed, kind="organisation")
