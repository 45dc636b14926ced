"""An adverb closing a source modifies the saying, not the speaker: "[My father always] told me …",
"[The minister later] said …".

The tagger may take an adverb between the subject and the verb (`lexicons/en/source_adverbs.txt`:
"always", "later", "repeatedly", …) into the source. A source of two or more tokens whose last token is
such an adverb loses it (`drop_source_adverb`, applied by the analyzer); the name and kind are then read
from the phrase alone ("My father": a person, not an unnamed "My father always").
A quoted third person's source inside a quotation ("My father always told me, 'Never sell the land'",
`inner_quotes`) loses it the same way (`without_adverb`).
Limits: one closing adverb; an adverb inside the phrase ("a frequently quoted aide") stays.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from newssift import lexicons
from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan
from newssift.text import Span


@cache
def _adverbs() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicons.load("source_adverbs"))


def drop_source_adverb(analysis: Analysis, x: Linked) -> RoleSpan | None:
    """x's source without a closing adverb (module docstring)."""
    src, toks = x.source, analysis.tokens
    if src is None or src.token_end - src.token_start < 2:
        return src
    last, before = toks[src.token_end - 1], toks[src.token_end - 2]
    if last.text.lower() not in _adverbs() or not before.text[:1].isalnum():
        return src
    end = src.token_end - 1
    return replace(src, end=toks[end - 1].end, token_end=end)


def without_adverb(text: str, span: Span) -> Span:
    """`span` of `text` (a source phrase of two or more words) without a closing adverb."""
    head, _, last = text[span.start : span.end].rpartition(" ")
    if not head.strip() or last.lower() not in _adverbs():
        return span
    return Span(span.start, span.start + len(head.rstrip()))
