"""A name that closes like a company's is an organisation: "The shop's landlord, Ferncroft Estates,
said …" is the company, not a person.

`sources.classify` types an appositive name after a person noun ("landlord", "owner") a person, and the
NER model often reads a company's name as one. When a source typed a person has a name of two or more
capitalised words whose last word is a company suffix (`company_suffixes`: Estates, Holdings, Ltd,
Partners, Group …), it is an organisation (`company_source`, read where a source is typed).
Limits: a company named without such a suffix ("Ferncroft") stays as typed.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from newssift import lexicons
from newssift.analyzers.attribution.sources import SourceType

CONNECTORS = frozenset({"&", "and", "of"})


@cache
def _suffixes() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicons.load("company_suffixes"))


def company_source(typed: SourceType) -> SourceType:
    """`typed` as an organisation when it is a person whose name closes on a company suffix."""
    if typed.kind != "person" or not typed.name:
        return typed
    words = re.findall(r"[\w&]+", typed.name)
    if len(words) < 2 or words[-1].lower().rstrip(".") not in _suffixes():
        return typed
    if not all(w[:1].isupper() or w.lower() in CONNECTORS for w in words):
        return typed
    return replace(typed, kind="organisation")
