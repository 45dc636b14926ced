"""A name that closes like a company's is an organisation: "The shop's landlord, Ferncroft Estates,
said …" is the company, not a person.

`sources.classify` types an appositive name after a person noun ("landlord", "owner") a person, and the
NER model often reads a company's name as one. When a source typed a person has a name of two or more
capitalised words whose last word is a company suffix (`company_suffixes`: Estates, Holdings, Ltd,
Partners, Group …), it is an organisation (`company_source`, read where a source is typed).
A sports club is one too (`club_source`, `club_name_parts`): "Marlow Athletic", "Real Castellon", and a
one-word name the article writes elsewhere with a club word ("Castellon denied …").
Limits: a company named without such a suffix ("Ferncroft") stays as typed; a person who shares a
club's name word ("Ana Castellon" beside "Real Castellon") is read as the club.
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


@cache
def _club_parts() -> dict[str, str]:
    return lexicons.load_pairs("club_name_parts")


def club_source(text: str, typed: SourceType) -> SourceType:
    """`typed` as an organisation when it is a person named as a sports club: a name of capitalised words
    opening or closing on a club word ("Marlow Athletic", "Real Castellon"), or a one-word name the
    article `text` gives such a word elsewhere ("Castellon denied …" after "Real Castellon")."""
    if typed.kind != "person" or not typed.name:
        return typed
    parts = _club_parts()
    words = typed.name.split()
    if len(words) > 1:
        named = parts.get(words[0].lower()) == "prefix" or parts.get(words[-1].lower()) == "suffix"
        capitalised = all(w[:1].isupper() for w in words)
        return replace(typed, kind="organisation") if named and capitalised else typed
    name = re.escape(words[0])
    prefixes = "|".join(f"{p.capitalize()}|{p.upper()}" for p, at in parts.items() if at == "prefix")
    suffixes = "|".join(f"{p.capitalize()}|{p.upper()}" for p, at in parts.items() if at == "suffix")
    club = re.search(rf"\b(?:{prefixes})\s+{name}\b|\b{name}\s+(?:{suffixes})\b", text)
    return typed if club is None else replace(typed, kind="organisation")
