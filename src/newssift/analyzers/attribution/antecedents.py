"""Antecedents coreference reads outside the sources: the role a name carries in the text, the
source of the previous sentence, an unnamed person the text introduces.

- `role_before`, `named_role`: "Housing Minister Ottilie Brandt has a talent for …" names Brandt outside any
  statement; when a later "she" makes her a source, her role is the title words right before the name
  ("Housing Minister"), so that "the minister" links to her too. The words run back from the name
  while they are capitalised (or the role noun itself, a person noun of `source_nouns` or
  `entity_roles`; an honorific, "Dr", is no role), stopping at a function word or sentence starter
  ("When", "Yesterday").
"""

from __future__ import annotations

import re
from functools import cache

from newssift import lexicons
from newssift.analysis import Analysis
from newssift.analyzers.attribution.lexicon import load as load_lexicon
from newssift.analyzers.attribution.sources import HONORIFICS

_MAX_ROLE_WORDS = 4
_WORD = re.compile(r"[\w'’-]+$")


@cache
def _stops() -> frozenset[str]:
    words = lexicons.load("function_words") | lexicons.load("sentence_starters")
    return frozenset(w.lower() for w in words)


@cache
def _role_nouns() -> frozenset[str]:
    roles = {n for n, kind in load_lexicon().nouns.items() if kind == "person"}
    return frozenset(roles | {w.lower() for w in lexicons.load("entity_roles")}) - HONORIFICS


def role_before(analysis: Analysis, start: int) -> str | None:
    """The title words right before a name starting at `start` in its sentence ("Housing Minister"
    of "Housing Minister Ottilie Brandt"), None when the word before is no role noun."""
    sentence = next((s for s in analysis.sentences if s.start <= start < s.end), None)
    if sentence is None:
        return None
    before = analysis.text[sentence.start : start].split()
    if not before or not _WORD.match(before[-1]) or before[-1].lower() not in _role_nouns():
        return None
    role = [before[-1]]
    for w in reversed(before[:-1]):
        if len(role) >= _MAX_ROLE_WORDS or not _WORD.match(w) or not w[:1].isupper() or w.lower() in _stops():
            break
        role.insert(0, w)
    return " ".join(role)


def named_role(analysis: Analysis, mentions: list[dict]) -> str | None:
    """The role before the first of an entity's `mentions` that has one (`role_before`)."""
    for d in sorted(mentions, key=lambda d: d["start"]):
        role = role_before(analysis, d["start"])
        if role is not None:
            return role
    return None
