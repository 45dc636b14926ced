"""Read-only helpers over an analysis document (the JSON dict), shared by the Markdown and HTML
renderers: who stands behind a claim, a figure's value in words, a technique's name and definition.

Every layer is optional: a missing layer reads as empty, never as an error.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def technique_definitions(language: str = "en") -> dict[str, dict[str, str]]:
    """`{label: {"name", "definition"}}` from `lexicons/<language>/techniques.json`, or {} when the
    lexicon is not installed."""
    path = resources.files("newssift.lexicons").joinpath(language, "techniques.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def technique_name(label: str) -> str:
    entry = technique_definitions().get(label)
    if isinstance(entry, dict) and entry.get("name"):
        return str(entry["name"])
    return label.replace("_", " ").replace("-", " / ")


def technique_definition(label: str) -> str:
    entry = technique_definitions().get(label)
    return str(entry.get("definition", "")) if isinstance(entry, dict) else ""


class DocView:
    """Lookups over one analysis document."""

    def __init__(self, doc: dict[str, Any]):
        self.doc = doc
        self.article: dict[str, Any] = doc.get("article") or {}
        self.text: str = self.article.get("text") or ""
        self.sources = {s.get("source_id"): s for s in self.layer("sources")}
        self.statements = {s.get("id"): s for s in self.layer("statements")}

    def layer(self, key: str) -> list[dict[str, Any]]:
        value = self.doc.get(key)
        return value if isinstance(value, list) else []

    def mapping(self, key: str) -> dict[str, Any]:
        value = self.doc.get(key)
        return value if isinstance(value, dict) else {}

    @property
    def title(self) -> str:
        return self.article.get("title") or self.article.get("id") or "article"

    def technique_counts(self) -> list[tuple[str, int, int]]:
        """(label, spans in the author's voice, spans in a quoted source's) per technique, most first."""
        counts: dict[str, list[int]] = {}
        for t in self.layer("techniques"):
            counts.setdefault(str(t.get("label", "")), [0, 0])[t.get("voice") == "quoted"] += 1
        return sorted(((k, a, q) for k, (a, q) in counts.items()), key=lambda x: (-(x[1] + x[2]), x[0]))

    def voice_summary(self) -> str:
        """"9 spans: 3 in the author's voice, 6 in quoted sources' words; 5 are paragraph-level
        evidence only." ("" without spans)."""
        found = self.layer("techniques")
        author = sum(t.get("voice") != "quoted" for t in found)
        weak = sum(t.get("basis") == "paragraph" for t in found)
        tail = f"; {weak} {'is' if weak == 1 else 'are'} paragraph-level evidence only" if weak else ""
        return (f"{len(found)} spans: {author} in the author's voice, {len(found) - author} in quoted "
                f"sources' words{tail}." if found else "")

    def source_name(self, source_id: str | None) -> str | None:
        source = self.sources.get(source_id) if source_id else None
        return source.get("name") if source else None

    def claim_authority(self, claim: dict[str, Any]) -> str:
        """Who a claim rests on: "<name> (<kind>)", "<kind>" or "unattributed"."""
        kind = claim.get("source_kind") or "unattributed"
        name = self.source_name(claim.get("source_id"))
        if name is None and claim.get("statement") in self.statements:
            span = self.statements[claim["statement"]].get("source") or {}
            name = span.get("text")
        return f"{name} ({kind})" if name else kind

    def claim_figures(self, claim: dict[str, Any]) -> list[str]:
        quantities = self.layer("quantities")
        picked = (quantities[i] for i in claim.get("quantities") or []
                  if isinstance(i, int) and 0 <= i < len(quantities))
        return [q.get("text", "") for q in picked]

    def statement_source(self, statement: dict[str, Any]) -> str:
        """The statement's source as "<text> (<kind>)", or "unattributed"."""
        source = statement.get("source")
        if not source:
            return "unattributed"
        name = self.source_name(source.get("source_id")) or source.get("text", "")
        return f"{name} ({source.get('kind', 'unknown')})"


def voice_counts(author: int, quoted: int) -> str:
    """"3 (author 1, quoted 2)", or "3 (author)" / "3 (quoted)" when one voice has them all."""
    if author and quoted:
        return f"{author + quoted} (author {author}, quoted {quoted})"
    return f"{author + quoted} ({'author' if author else 'quoted'})"


def number(value: Any) -> str:
    """A figure without a needless ".0": 16000.0 → "16,000", 3.5 → "3.5", None → ""."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return f"{int(value):,}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def quantity_value(q: dict[str, Any]) -> str:
    """A quantity in words: "300–600 USD per month (approx.)"."""
    if q.get("value") is not None:
        amount = number(q["value"])
    elif q.get("low") is not None or q.get("high") is not None:
        amount = f"{number(q.get('low')) or '?'}–{number(q.get('high')) or '?'}"
    else:
        amount = ""
    unit = q.get("currency") or q.get("unit")
    if unit in ("%", "percent") and amount:
        amount, unit = amount + "%", None
    words = [w for w in (amount, unit, f"per {q['rate']}" if q.get("rate") else None) if w]
    return " ".join(words) + (" (approx.)" if q.get("approx") and words else "")


QUOTE_MARKS = "\"'“”‘’«»„‚‹›"


def quoted(text: str) -> str:
    """`text` in curly quotes, unless it already opens with a quotation mark."""
    text = text.strip()
    return text if text[:1] in QUOTE_MARKS else f"“{text}”"


def score(value: Any) -> str:
    return f"{value:.2f}" if isinstance(value, int | float) else "–"


def shorten(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
