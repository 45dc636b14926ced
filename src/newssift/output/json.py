"""JSON and JSON Lines: the analysis documents as they are, UTF-8, nothing dropped.

JSON holds ONE document (pretty-printed); JSON Lines holds one compact document per line. The
line and paragraph separators U+2028/U+2029 and NEL (U+0085) are written escaped, so no reader that
splits on Unicode line breaks can cut a document in two.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from newssift.errors import OutputError

_LINE_BREAKS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\u0085": "\\u0085"}


def _safe(text: str) -> str:
    for raw, escaped in _LINE_BREAKS.items():
        text = text.replace(raw, escaped)
    return text


def to_json(doc: dict[str, Any]) -> str:
    """One document, indented, with a final newline."""
    return _safe(json.dumps(doc, ensure_ascii=False, indent=2)) + "\n"


def to_jsonl_line(doc: dict[str, Any]) -> str:
    """One document on one line, with its newline (for streaming)."""
    return _safe(json.dumps(doc, ensure_ascii=False, separators=(",", ":"))) + "\n"


def render_json(docs: list[dict[str, Any]]) -> str:
    if len(docs) != 1:
        raise OutputError(f"--format json writes exactly one article, got {len(docs)}; "
                          "use --format jsonl for several (one JSON document per line)")
    return to_json(docs[0])


def render_jsonl(docs: Iterable[dict[str, Any]]) -> str:
    return "".join(to_jsonl_line(doc) for doc in docs)
