"""The article's sourcing profile: how many statements (and quoted words) rest on each kind of source.

A statement counts under its root kind: the `via` source's kind when there is a chain (a newspaper citing
unnamed officials counts as anonymous), else its source's kind, else `unattributed`. Quoted words are the
words inside quotation marks in a statement's content. `named` counts statements whose root is a person,
organisation, media outlet or document; `anonymous` and `unattributed` the rest.
"""

from __future__ import annotations

import re
from typing import Any

from newssift.analyzers.attribution.lexicon import KINDS
from newssift.analyzers.attribution.records import Statement

QUOTED_RE = re.compile(r"[“«]([^“”«»]*)[”»]|\"([^\"]*)\"")


def quoted_words(text: str, statement: Statement) -> int:
    total = 0
    for c in statement.content:
        chunk = text[c.start : c.end]
        total += sum(len((m.group(1) or m.group(2) or "").split()) for m in QUOTED_RE.finditer(chunk))
    return total


def summarise(text: str, statements: list[Statement]) -> dict[str, Any]:
    """The `sourcing` layer (shape in schema/layers/sourcing.json)."""
    n = len(statements)
    words = {s.id: quoted_words(text, s) for s in statements}
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
