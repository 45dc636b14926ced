"""Is a cue a vote or a reaction, not a statement? "Pyke eventually voted for the plan", "Unions reacted
angrily to the job cuts".

The tagger may read "voted for | the plan" or "reacted angrily to | the job cuts" as a statement: the
source did something about a thing and said nothing of it, so there are no words to attribute. A cue
whose words include a verb of `vote_words` (voted, abstained, reacted …) and whose content is a plain
noun phrase (no quotation mark, not opening with "that", "how" or "why") is no statement (`is_vote`,
applied by the analyzer).
Limits: "voted to scrap the levy" (an infinitive: a decision) is a plain content too and dropped; a
statement about the vote ("said she voted for it because …") keeps its own cue.
"""

from __future__ import annotations

from functools import cache

from newssift import lexicons
from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked

QUOTES = "\"“”‘’'"
CLAUSE_OPENERS = ("that ", "how ", "why ")


@cache
def _votes() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicons.load("vote_words"))


def is_vote(analysis: Analysis, x: Linked) -> bool:
    """Is x a vote or reaction cue with a plain noun-phrase content (module docstring)?"""
    cue = analysis.text[x.cue.start : x.cue.end].lower().split()
    if not cue or not _votes() & set(cue) or not x.content:
        return False
    content = " ".join(analysis.text[c.start : c.end] for c in x.content)
    return not any(ch in content for ch in QUOTES) and not content.lower().startswith(CLAUSE_OPENERS)
