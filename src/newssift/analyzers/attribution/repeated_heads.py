""""The company said …" again, paragraphs later: the body an earlier "the company" stood for.

`coref` links a definite "the <noun>" to an organisation whose own head is that noun, or, for a generic
body noun, to the latest source when it is near. "Home energy company Tellvane is recalling …, the
company said. … [a chief executive and a regulator speak] … The company said none of the fires …":
the second "The company" finds neither and became a new source. A definite body phrase whose head noun
headed an earlier mention of a body source (the first "the company", already linked to Tellvane)
refers to the latest such source (`earlier_head`, read by `coref._antecedent`), unless a different
body headed by that noun spoke since (the latest one wins).
Limits: the mention must be "the" + noun (two words), as for the generic body nouns.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from newssift.analyzers.attribution.records import SourceEntry

WORD = re.compile(r"[\w-]+")


class _Body(Protocol):
    entry: SourceEntry
    last: int


B = TypeVar("B", bound=_Body)


def earlier_head(latest: Sequence[B], words: list[str], kinds: set[str]) -> B | None:
    """The first of `latest` (newest first) of `kinds` with an earlier mention headed by the noun of
    the two lower-case `words` ("the", noun)."""
    if len(words) != 2 or words[0] != "the":
        return None
    for e in latest:
        if e.entry.kind in kinds and any(_head(e.entry.text_of, m.start, m.end) == words[1]
                                         for m in e.entry.mentions):
            return e
    return None


def _head(text: str, start: int, end: int) -> str:
    found = WORD.findall(text[start:end].lower())
    return found[-1] if found else ""
