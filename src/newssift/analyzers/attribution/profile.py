"""The article's sourcing profile: how many statements (and quoted words) rest on each kind of source.

A statement counts under its root kind: the `via` source's kind when there is a chain (a newspaper citing
unnamed officials counts as anonymous), else its source's kind, else `unattributed`. Quoted words are the
words of the article's quotations (the quotes layer's, see `chains.quotation_spans`) inside a statement's
content, each quoted passage counted once: a quotation inside
a nested statement ("X told reporters that Y noted that "…"") counts for the innermost one (Y).
`named` counts statements whose root is a person, organisation, media outlet or document; `anonymous`
and `unattributed` the rest.
"""

from __future__ import annotations

from typing import Any

from newssift.analyzers.attribution.lexicon import KINDS
from newssift.analyzers.attribution.records import Statement
from newssift.text import Span


def _quotations(text: str, statement: Statement,
                quotations: list[Span]) -> list[tuple[tuple[int, int], int, int]]:
    """((start, end) of each quotation's part inside the content, its word count, the content span's
    length); a content piece may hold only part of a quotation that runs over several paragraphs."""
    out = []
    for c in statement.content:
        for q in quotations:
            start, end = max(q.start, c.start), min(q.end, c.end)
            if start < end:
                out.append(((start, end), len(text[start:end].split()), c.end - c.start))
    return out


def _words_once(text: str, statements: list[Statement], quotations: list[Span]) -> dict[str, int]:
    """Quoted words per statement, each quotation given to the statement with the shortest content
    span holding it."""
    owner: dict[tuple[int, int], tuple[int, str, int]] = {}
    for s in statements:
        for span, n, width in _quotations(text, s, quotations):
            if span not in owner or width < owner[span][0]:
                owner[span] = (width, s.id, n)
    words = dict.fromkeys((s.id for s in statements), 0)
    for _, sid, n in owner.values():
        words[sid] += n
    return words


def summarise(text: str, statements: list[Statement], quotations: list[Span]) -> dict[str, Any]:
    """The `sourcing` layer (shape in schema/layers/sourcing.json); `quotations`: the article's,
    marks included."""
    n = len(statements)
    words = _words_once(text, statements, quotations)
    all_words = sum(words.values())
    by_kind: dict[str, dict[str, Any]] = {}
    for kind in KINDS:
        mine = [s for s in statements if s.root_kind == kind]
        if not mine:
            continue
        qw = sum(words[s.id] for s in mine)
        by_kind[kind] = {"statements": len(mine), "share": round(len(mine) / n, 4),
                         "quoted_words": qw, "quoted_share": round(qw / all_words, 4) if all_words else 0.0}
    anonymous = by_kind.get("anonymous", {}).get("statements", 0)
    unattributed = by_kind.get("unattributed", {}).get("statements", 0)
    return {"statements": n, "quoted_words": all_words, "by_kind": by_kind,
            "named": n - anonymous - unattributed, "anonymous": anonymous, "unattributed": unattributed}
