"""An anonymity clause is no statement: "But one music industry veteran, who asked not to be named,
claimed the label had been 'burning money' on the tour."

The tagger reads "who | asked | not to be named" as a statement of its own, and the linker then gives
the source before it to "asked", leaving "claimed" without one. A relative clause (who / which / that)
made of an anonymity phrase (`anonymity_clauses`) takes no role: the role spans starting inside it are
dropped before linking and one running into it from before ends before it (`drop_anonymity_clauses`),
so the source goes to the cue after the clause.
"who asked that her name be withheld because she fears legal action" is one too ("<their> name" in
the list: his, her, their or its name or names), and so is "who spoke on condition that they not be
identified" ("<they>": he, she or they).
Limits: the phrases of the list only, right after the relative word.
"""

from __future__ import annotations

import re
from functools import cache

from newssift import lexicons
from newssift.analysis import Analysis
from newssift.analyzers.attribution.tagger import RoleSpan
from newssift.analyzers.attribution.trims import cut_before

_THEIR_NAME = r"(?:his|her|their|its)\s+names?"  # "<their> name" of the list
_THEY = r"(?:he|she|they)"  # "<they>" of the list


@cache
def _clause() -> re.Pattern[str]:
    phrases = sorted((re.escape(p).replace("<their>\\ name", _THEIR_NAME).replace("<they>", _THEY)
                      for p in lexicons.load("anonymity_clauses")), key=len, reverse=True)
    return re.compile(rf"\b(?:who|which|that)\s+(?:{'|'.join(phrases)})\b", re.I)


def anonymity_clause(text: str, end: int) -> bool:
    """Does an anonymity clause follow a phrase ending at `end` (", who asked not to be named")?"""
    after = text[end : end + 3]
    return _clause().match(text, end + len(after) - len(after.lstrip(", "))) is not None


def drop_anonymity_clauses(analysis: Analysis, spans: list[RoleSpan]) -> list[RoleSpan]:
    """`spans` without those starting inside an anonymity clause, and those running into one cut
    before it and its comma ("A senior official …, who" → "A senior official …")."""
    clauses = [m.span() for m in _clause().finditer(analysis.text)]
    out = []
    for r in spans:
        inside = next(((a, b) for a, b in clauses if r.start < b and a < r.end), None)
        if inside is None:
            out.append(r)
        elif r.start < inside[0]:
            cut = cut_before(analysis, r, inside[0])
            if cut is not None:
                out.append(cut)
    return out

