"""The result page's model: an analysis document (`Analysis.to_dict()`) → marked text and panels.

Highlighting reuses the HTML report's pieces: `output.html.collect_marks` (every finding of every
layer as a `Mark`), `output.spans` (span splitting for overlaps, escaping, layer colours). Each mark
gets a page-wide id in `data-f` (`m0`, `m1`, ...) and its hover text moves from the `title`
attribute into `cards` (id → layer, part, text), which the page's script shows for the layers that
are switched on, inserting it as text, never as HTML. The sources and claims panels list the mark
ids of their statements and claims, so clicking one highlights exactly those marks.
Limits: findings are shown within the title and paragraphs only (a span over the blank line between
two paragraphs is cut in two); layers missing from the document are simply not offered.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Any

from markupsafe import Markup

from newssift.output.docview import DocView, shorten
from newssift.output.html import collect_marks
from newssift.output.spans import LAYERS, Mark, layer_css, render_marked_text

DEFAULT_OFF = ("claims", "quotes")  # long spans that would hide the rest; one click away


@cache
def page_css() -> str:
    """The layer colours and toggles from the shared scheme, scoped to the result page."""
    return layer_css(".report")


def _is_span(item: Any) -> bool:
    return isinstance(item, dict) and isinstance(item.get("start"), int) and \
        isinstance(item.get("end"), int)


def page_marks(doc: dict[str, Any]) -> tuple[list[Mark], dict[str, dict[str, Any]]]:
    """The report's marks with ids and without `title`, and each id's hover card."""
    size = len((doc.get("article") or {}).get("text") or "")
    marks, cards = [], {}
    for mark in collect_marks(doc):
        if not 0 <= mark.start < mark.end <= size:
            continue
        fid = f"m{len(marks)}"
        marks.append(replace(mark, tip="", data=(*mark.data, ("f", fid))))
        cards[fid] = {"layer": mark.layer, "part": mark.part or None, "text": mark.tip}
    return marks, cards


def mark_up(text: str, start: int, end: int, marks: list[Mark]) -> Markup:
    """`text[start:end]` escaped, with the marks that reach into it clipped to it."""
    clipped = [replace(m, start=max(m.start, start) - start, end=min(m.end, end) - start,
                       anchor=m.anchor if m.start >= start else "")
               for m in marks if m.start < end and m.end > start]
    return Markup(render_marked_text(text[start:end], clipped))


def _ids(marks: list[Mark], keep: Any) -> list[str]:
    return [dict(m.data)["f"] for m in marks if keep(m)]


def page_model(doc: dict[str, Any]) -> dict[str, Any]:
    """Everything the result template needs, derived from one analysis document."""
    view = DocView(doc)
    marks, cards = page_marks(doc)
    span = view.article.get("title_span")
    present = {m.layer for m in marks}
    return {
        "article": view.article,
        "heading": view.title,
        "safe_url": view.article.get("url") if _is_web_url(view.article.get("url")) else None,
        "title_html": mark_up(view.text, span["start"], span["end"], marks)
        if _is_span(span) else None,
        "paragraphs": [mark_up(view.text, p["start"], p["end"], marks)
                       for p in view.layer("paragraphs") if _is_span(p)],
        "layers": [(key, style.label, key not in DEFAULT_OFF) for key, style in LAYERS.items()
                   if key in present],
        "cards": cards,
        "sources": sources_panel(view, marks),
        "claims": claims_panel(view, marks),
        "summary": summary_panel(view),
        "warnings": doc.get("warnings") or [],
    }


def _is_web_url(url: Any) -> bool:
    return isinstance(url, str) and url.lower().startswith(("http://", "https://"))


def sources_panel(view: DocView, marks: list[Mark]) -> list[dict[str, Any]]:
    rows = []
    for src in view.layer("sources"):
        sid, said = src.get("source_id"), set(src.get("statements") or [])
        targets = _ids(marks, lambda m, sid=sid, said=said: dict(m.data).get("statement") in said
                       or (sid is not None and dict(m.data).get("source") == sid))
        said_texts = [shorten(str(view.statements[s].get("text", "")), 140)
                      for s in src.get("statements") or [] if s in view.statements]
        rows.append({"name": src.get("name") or "(unnamed)",
                     "kind": src.get("kind") or "unattributed", "role": src.get("role"),
                     "count": len(said), "targets": " ".join(targets), "said": said_texts})
    return sorted(rows, key=lambda r: -r["count"])


def claims_panel(view: DocView, marks: list[Mark]) -> list[dict[str, Any]]:
    rows = []
    for c in view.layer("claims"):
        if not isinstance(c, dict):
            continue
        anchor = f"claim-{c.get('rank')}"
        targets = _ids(marks, lambda m, anchor=anchor: m.layer == "claims" and m.anchor == anchor)
        rows.append({"rank": c.get("rank") if isinstance(c.get("rank"), int) else len(rows) + 1,
                     "text": c.get("text", ""), "score": c.get("score"),
                     "authority": view.claim_authority(c), "target": " ".join(targets)})
    return sorted(rows, key=lambda r: r["rank"])


def summary_panel(view: DocView) -> dict[str, Any]:
    sourcing = view.mapping("sourcing")
    kinds = [{"kind": kind, **row} for kind, row in sorted((sourcing.get("by_kind") or {}).items())
             if isinstance(row, dict)]
    frames = [f for f in view.layer("frames") if isinstance(f, dict)]
    return {"genre": view.mapping("genre") or None, "frames": frames,
            "sourcing": sourcing or None, "kinds": kinds}
