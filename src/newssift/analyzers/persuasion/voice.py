"""Whose words a finding lies in: the author's, or a quoted source's.

A span is `quoted` when its middle character falls inside a statement's content (the `statements`
layer, when present; the statement id is returned) or, failing that, inside a quotation's inner text
(the `quotes` layer). Otherwise it is `author`. Limits: without either layer everything is `author`;
a span that straddles a quote's edge goes by its middle character.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from newssift.text import to_jsonable


def _ranges(layer: Any) -> list[dict[str, Any]]:
    return list(to_jsonable(layer) or []) if layer is not None else []


class VoiceIndex:
    """Content and quote ranges of one analysis, queried per finding."""

    def __init__(self, layers: Mapping[str, Any]):
        self.contents: list[tuple[int, int, str | None]] = []
        for st in _ranges(layers.get("statements")):
            for part in st.get("content") or []:
                self.contents.append((int(part["start"]), int(part["end"]), st.get("id")))
        self.quotes = [(int(q["inner"]["start"]), int(q["inner"]["end"]))
                       for q in _ranges(layers.get("quotes")) if q.get("inner")]

    def voice(self, start: int, end: int) -> tuple[str, str | None]:
        """("quoted", statement id or None) or ("author", None) for the span [start, end)."""
        middle = (start + max(end - 1, start)) / 2
        for a, b, sid in self.contents:
            if a <= middle < b:
                return "quoted", sid
        if any(a <= middle < b for a, b in self.quotes):
            return "quoted", None
        return "author", None
