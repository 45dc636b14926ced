"""Output formats over analysis documents (the dicts of `Analysis.to_dict()`).

`render(docs, fmt)` turns a list of documents into one string: "json" (exactly one document),
"jsonl" (one per line), "markdown" (a fact-checker's summary) or "html" (a self-contained report
page).
Renderers read the JSON shapes only, so stored documents render like fresh ones, and every layer is
optional: what is present is shown. Streaming writers use `to_jsonl_line` one document at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newssift.errors import OutputError
from newssift.output.html import collect_marks, render_html, render_report
from newssift.output.json import render_json, render_jsonl, to_json, to_jsonl_line
from newssift.output.markdown import escape_md, render_markdown

FORMATS: dict[str, Callable[[list[dict[str, Any]]], str]] = {
    "json": render_json,
    "jsonl": render_jsonl,
    "markdown": render_markdown,
    "html": render_html,
}

__all__ = [
    "FORMATS",
    "collect_marks",
    "escape_md",
    "render",
    "render_report",
    "to_json",
    "to_jsonl_line",
]


def render(docs: list[dict[str, Any]], fmt: str) -> str:
    """Render `docs` in format `fmt`; raises `OutputError` for an unknown format, for "json" with
    other than one document, and for "markdown"/"html" with none."""
    if fmt not in FORMATS:
        raise OutputError(f"unknown output format {fmt!r}; use one of {', '.join(FORMATS)}")
    docs = list(docs)
    if not docs and fmt in ("markdown", "html"):
        raise OutputError(f"nothing to render as {fmt}: no analysed article")
    return FORMATS[fmt](docs)
