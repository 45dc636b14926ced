"""The one told is no content: "Piet Baarsma told the Lowmere Echo the offer was never made" reports
"the offer was never made", not "[Echo] the offer …" nor "[the Lowmere Echo] the offer …".

After a cue whose last word is a form of "tell", the tagger may open the content inside or at the
start of the addressee. When the words from the cue to the content's first words are an addressee (an
optional determiner and capitalised words: "the Lowmere Echo"; or an object pronoun or a people noun:
"him", "reporters") and a clause follows it (a determiner, a subject pronoun, a capitalised word, a
number or "that"), the content opens after the addressee (`skip_addressee`, applied by the analyzer).
Limits: a clause whose subject is a bare name ("told Reuters Anna Kell had resigned") reads as one
long addressee and is left alone.
"""

from __future__ import annotations

from dataclasses import replace

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan

TELL = frozenset({"tell", "tells", "told", "telling"})
PEOPLE = frozenset({"me", "us", "him", "her", "them", "reporters", "journalists", "listeners", "viewers",
                    "readers", "parliament", "lawmakers", "mps", "councillors", "colleagues",
                    "supporters"})
CLAUSE_OPENERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "this", "these",
                            "those", "he", "she", "it", "they", "we", "i", "you", "there", "that", "no",
                            "some", "all"})


def skip_addressee(analysis: Analysis, x: Linked) -> list[RoleSpan]:
    toks = analysis.tokens
    cue = x.cue
    if not x.content or toks[cue.token_end - 1].text.lower() not in TELL:
        return x.content
    first = min(x.content, key=lambda c: c.start)
    if first.sentence != cue.sentence or not cue.token_end <= first.token_start:
        return x.content
    end = _addressee_end(analysis, cue.token_end)
    if end is None or not first.token_start < end < first.token_end:
        return x.content
    after = toks[end].text
    if after.lower() not in CLAUSE_OPENERS and not after[:1].isupper() and not after[:1].isdigit():
        return x.content
    moved = replace(first, start=toks[end].start, token_start=end)
    return [moved if c is first else c for c in x.content]


def _addressee_end(analysis: Analysis, at: int) -> int | None:
    """The token after the addressee opening at token `at`, or None when none opens there."""
    toks = analysis.tokens
    if at >= len(toks):
        return None
    if toks[at].text.lower() in PEOPLE:
        return at + 1
    k = at + 1 if toks[at].text.lower() == "the" else at
    end = k
    while end < len(toks) and toks[end].text[:1].isupper() and toks[end].text.isalpha():
        end += 1
    return end if end > k and end < len(toks) else None
