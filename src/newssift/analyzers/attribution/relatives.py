"""Relative-pronoun sources: what "who" / "which" stands for, and when it is no source at all.

- A source that is only a relative word keeps it as its span (PolNeAR's extent) and is typed and merged
  as the noun phrase it attaches to (`Linked.antecedent`): the capitalised name before ", who"
  (`repair.relative_source`), else the noun phrase right before "who" / ", who" headed by a source noun
  or a plural ("according to the official, who said …" → the official; "some economists who argue
  that …" → some economists), back to its determiner.
- A defining relative clause (no comma before "who" / "which" / "that") whose verb is no speech cue of
  the lexicon and whose content holds no quotation mark describes people by what they do ("anyone who
  disagrees with it", "the next minister who proposes reform", "nations that oppose …"), not what they
  said: it is no attribution and is dropped. A non-defining one (", who opposes …") is left alone.
Limits: no parser: the noun phrase is read back over lower-case words to a determiner, at most
`MAX_NP` words, and stops at any word of `np_stops` (prepositions, verbs of saying, pronouns).
"""

from __future__ import annotations

from functools import cache

from newssift import lexicons
from newssift.analysis import Analysis
from newssift.analyzers.attribution.lexicon import Lexicon
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.sources import RELATIVES
from newssift.analyzers.attribution.tagger import RoleSpan

DEFINING = RELATIVES | {"that"}
DETERMINERS = frozenset({"the", "a", "an", "some", "many", "several", "most", "all", "those", "these",
                         "other", "few", "two", "three", "four", "five", "its", "their", "his", "her"})
MAX_NP = 5


@cache
def _stops() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicons.load("np_stops")) - DETERMINERS


def bare_relative(analysis: Analysis, x: Linked, words: frozenset[str] = RELATIVES) -> int | None:
    """The token index of a source that is only a relative word (one of `words`), else None."""
    src = x.source
    if src is None or src.token_end - src.token_start != 1:
        return None
    return src.token_start if analysis.tokens[src.token_start].text.lower() in words else None


def noun_antecedent(analysis: Analysis, x: Linked, lexicon: Lexicon) -> RoleSpan | None:
    """The noun phrase right before a relative-word source ("the official, who", "some economists
    who"), headed by a source noun or a plural, from its determiner (or first lower-case word)."""
    k = bare_relative(analysis, x)
    toks = analysis.tokens
    first = analysis.sentences[x.cue.sentence].token_start
    if k is None:
        return None
    head = k - 1 if k - 1 > first and toks[k - 1].text == "," else k
    head -= 1
    word = toks[head].text.lower() if head >= first else ""
    if not word.isalpha() or word in _stops() or not (word in lexicon.nouns or word.endswith("s")):
        return None
    start = head
    while (start > first and head - start < MAX_NP - 1 and toks[start - 1].text.isalpha()
           and toks[start - 1].text.lower() not in _stops() and toks[start].text.lower() not in DETERMINERS):
        start -= 1
    return RoleSpan("source", toks[start].start, toks[head].end, x.cue.score * 0.8, x.cue.sentence,
                    start, head + 1)


def is_defining_description(analysis: Analysis, x: Linked, lexicon: Lexicon) -> bool:
    """'anyone who disagrees with it', 'the next minister who proposes reform': a relative-word
    source with no comma before it, a cue that is no speech cue and no quotation in its content."""
    from newssift.analyzers.attribution.repair import is_lexicon_cue

    k = bare_relative(analysis, x, DEFINING)
    if k is None or k == analysis.sentences[x.cue.sentence].token_start:
        return False
    return analysis.tokens[k - 1].text.isalnum() and not is_lexicon_cue(analysis, x, lexicon)
