"""A bare quantifier as a source: "Fans took to social media to vent their fury, with many saying they
had spent hundreds on tickets."

"many", "some", "two" (`bare_quantifiers`) alone name no one: such a source refers to the last plural
group noun before it in its sentence (`group_nouns`, the plural anonymous nouns of `source_nouns`:
"Fans"), which then names and types it (`group_referents`, applied by the analyzer before typing).
A statement whose whole content is a lone possessive ("after admitting | their | part", a cut the tagger
makes) or a lone "that" ("we never | that") says nothing and is dropped (`is_bare_possessive`), as is
one whose whole source is a lone article ("… rural clinics, a | promise | her campaign has costed …":
the cue is a noun after its article, not a verb; `is_bare_article_source`).
A quantifier that opens its sentence ("Several shopkeepers watched from the gallery. One, who runs a
hardware store, shouted that …") may refer back to the sentence before it, in the same paragraph, when
its own sentence names no group before it.
Limits: the same sentence (or that sentence before); a group named as a subject of another clause is
taken all the same.
"""

from __future__ import annotations

import re
from functools import cache

from newssift import lexicons
from newssift.analysis import Analysis
from newssift.analyzers.attribution.lexicon import load as load_lexicon
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.records import Statement
from newssift.text import Span

POSSESSIVES = frozenset({"their", "his", "her", "its", "my", "our", "your"})
ARTICLES = frozenset({"a", "an", "the"})
BARE_WORDS = POSSESSIVES | {"that"}  # a content of one of these alone was cut: "we never | that"
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


@cache
def _bare() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicons.load("bare_quantifiers"))


@cache
def _groups() -> frozenset[str]:
    lex = load_lexicon()
    plural = {n for n, kind in lex.nouns.items() if kind == "anonymous" and n.endswith("s")}
    return frozenset(plural | {g for g in lex.groups if g.endswith("s") or g in ("men", "women")})


def group_referents(analysis: Analysis, statements: list[Statement]) -> None:
    """Sets `refers_to` of each bare-quantifier source to the group noun it is part of (if any)."""
    for s in statements:
        ref = s.source
        if ref is None or ref.refers_to is not None or ref.text.strip().lower() not in _bare():
            continue
        sentence = next((x for x in analysis.sentences if x.start <= ref.start < x.end), None)
        if sentence is None:
            continue
        found = _group_words(analysis.text, sentence.start, ref.start)
        if not found and not analysis.text[sentence.start : ref.start].strip():
            found = _group_words(analysis.text, _previous_start(analysis, sentence.start), ref.start)
        if found:
            ref.refers_to = Span(found[-1].start(), found[-1].end())


def _group_words(text: str, start: int, end: int) -> list[re.Match[str]]:
    return [m for m in _WORD.finditer(text, start, end) if m.group().lower() in _groups()]


def _previous_start(analysis: Analysis, start: int) -> int:
    """The start of the sentence before the one at `start`, in the same paragraph (else `start`)."""
    before = [x for x in analysis.sentences if x.end <= start]
    if not before or "\n" in analysis.text[before[-1].start : start]:
        return start
    return before[-1].start


def is_bare_possessive(analysis: Analysis, x: Linked) -> bool:
    """Is the whole content of `x` one possessive word ("their") or a lone "that"?"""
    words = " ".join(analysis.text[c.start : c.end] for c in x.content).split()
    return len(words) == 1 and words[0].lower() in BARE_WORDS


def is_bare_article_source(analysis: Analysis, x: Linked) -> bool:
    """Is the whole source of `x` a lone article ("a | promise")?"""
    return x.source is not None and analysis.text[x.source.start : x.source.end].strip().lower() in ARTICLES
