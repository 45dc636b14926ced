"""Markdown: a fact-checker's summary of each analysis document.

Sections, each only when its layer is present: header (title, outlet, id, warnings), ranked claims,
sources and sourcing profile, statements, persuasion techniques, framing and genre, entities,
figures (quantities), quotations. Article text is escaped (`escape_md`) so it cannot become markup.
Limits: the summary shows findings, not the full article text; long texts are shortened with "…".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from newssift.output.docview import (
    DocView,
    number,
    quantity_value,
    quoted,
    score,
    shorten,
    technique_name,
    voice_counts,
)

# a technique span's basis as the report says it: its own words reach the threshold, or only its paragraph
BASIS = {"span": "words", "paragraph": "paragraph only", "repetition": "repetition"}
_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&])")
_BULLET = re.compile(r"^([-+=])")
_NUMBERED = re.compile(r"^(\d+)([.)])")


def escape_md(text: Any, limit: int | None = None) -> str:
    """One line of inline Markdown showing `text` literally: whitespace runs become one space,
    metacharacters are backslash-escaped, a leading list/heading marker is neutralised."""
    flat = " ".join(str(text or "").split())
    if limit:
        flat = shorten(flat, limit)
    flat = _SPECIAL.sub(r"\\\1", flat)
    return _NUMBERED.sub(r"\1\\\2", _BULLET.sub(r"\\\1", flat))


def render_markdown(docs: Iterable[dict[str, Any]]) -> str:
    return "\n---\n\n".join(render_one(doc) for doc in docs)


def render_one(doc: dict[str, Any]) -> str:
    view = DocView(doc)
    lines: list[str] = []
    for section in SECTIONS:
        part = section(view)
        if part:
            lines.extend([*part, ""])
    return "\n".join(lines)


def _table(header: list[str], rows: Iterable[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines.extend("| " + " | ".join(cell or " " for cell in row) + " |" for row in rows)
    return lines


def _header(view: DocView) -> list[str]:
    a = view.article
    lines = [f"# {escape_md(view.title)}", ""]
    meta = [("Outlet", a.get("outlet")), ("Published", a.get("published")), ("ID", a.get("id")),
            ("Language", a.get("language")), ("URL", a.get("url"))]
    lines.append(" · ".join(f"**{k}:** {escape_md(v)}" for k, v in meta if v))
    warnings = [f"> ⚠ {escape_md(w)}" for w in view.doc.get("warnings") or []]
    return [*lines, "", *warnings] if warnings else lines


def _claims(view: DocView) -> list[str]:
    claims = view.layer("claims")
    if claims:
        rows = ([str(c.get("rank", "")), score(c.get("score")), escape_md(c.get("text"), 300),
                 escape_md(view.claim_authority(c)), escape_md(", ".join(view.claim_figures(c)))]
                for c in sorted(claims, key=lambda c: c.get("rank", 0)))
        return ["## Claims to check", "",
                *_table(["#", "score", "claim", "on whose authority", "figures"], rows)]
    scored = [s for s in view.layer("sentences") if isinstance(s.get("checkworthy"), int | float)]
    if not scored:
        return []
    top = sorted(scored, key=lambda s: -s["checkworthy"])[:5]
    rows = ([score(s["checkworthy"]), escape_md(s.get("text"), 300)] for s in top)
    return ["## Most check-worthy sentences", "", *_table(["score", "sentence"], rows)]


def _sources(view: DocView) -> list[str]:
    lines: list[str] = []
    sources = view.layer("sources")
    if sources:
        rows = ([escape_md(s.get("name")), escape_md(s.get("kind")), escape_md(s.get("role")),
                 str(len(s.get("statements") or []))] for s in sources)
        lines += ["## Sources", "", *_table(["source", "kind", "role", "statements"], rows), ""]
    profile = view.mapping("sourcing")
    if profile:
        lines += _sourcing(profile)
    return lines


def _sourcing(profile: dict[str, Any]) -> list[str]:
    counts = ", ".join(f"{k} {profile.get(k, 0)}" for k in ("named", "anonymous", "unattributed"))
    lines = ["### Sourcing profile", "",
             f"{profile.get('statements', 0)} statements ({counts}); "
             f"{profile.get('quoted_words', 0)} quoted words.", ""]
    by_kind = profile.get("by_kind") or {}
    rows = ([escape_md(kind), str(v.get("statements", 0)), _percent(v.get("share")),
             str(v.get("quoted_words", 0)), _percent(v.get("quoted_share"))]
            for kind, v in by_kind.items())
    if by_kind:
        lines += _table(["kind", "statements", "share", "quoted words", "quoted share"], rows)
    return lines


def _percent(value: Any) -> str:
    return f"{100 * value:.0f}%" if isinstance(value, int | float) else "–"


def _statements(view: DocView) -> list[str]:
    statements = view.layer("statements")
    if not statements:
        return []
    lines = ["## Statements", ""]
    for s in statements:
        cue = s.get("cue") or {}
        content = " … ".join(c.get("text", "") for c in s.get("content") or [])
        facts = ", ".join(x for x in (s.get("type"), cue.get("stance"), score(s.get("score"))) if x)
        line = (f"- **{escape_md(s.get('id'))}** ({escape_md(facts)}): "
                f"**{escape_md(view.statement_source(s))}**")
        if cue:
            line += f" → *{escape_md(cue.get('text'))}*"
        line += f" → {escape_md(quoted(content), 300)}"
        if s.get("via"):
            via = s["via"]
            line += f" (via {escape_md(via.get('text'))}, {escape_md(via.get('kind'))})"
        lines.append(line)
    return lines


def _techniques(view: DocView) -> list[str]:
    found = view.layer("techniques")
    by_paragraph = view.layer("paragraph_techniques")
    if not found and not by_paragraph:
        return []
    lines = ["## Persuasion techniques", ""]
    if found:
        lines += [view.voice_summary(), "",
                  " · ".join(f"{escape_md(technique_name(k))} ×{voice_counts(a, q)}"
                             for k, a, q in view.technique_counts()), ""]
        rows = ([escape_md(technique_name(t.get("label", ""))), escape_md(t.get("text"), 200),
                 escape_md(t.get("voice")), score(t.get("score")), BASIS.get(t.get("basis"), "")]
                for t in found)
        lines += [*_table(["technique", "text", "voice", "score", "evidence"], rows), ""]
    for p in by_paragraph:
        if p.get("labels"):
            names = ", ".join(technique_name(label) for label in p["labels"])
            lines.append(f"- paragraph {p.get('paragraph')}: {escape_md(names)}")
    return lines


def _framing(view: DocView) -> list[str]:
    frames = view.layer("frames")
    genre = view.mapping("genre")
    if not frames and not genre:
        return []
    lines = ["## Framing and genre", ""]
    if genre:
        lines.append(f"- **Genre:** {escape_md(genre.get('label'))} ({score(genre.get('score'))})")
    if frames:
        listed = ", ".join(f"{escape_md(f.get('label'))} ({score(f.get('score'))})" for f in frames)
        lines.append(f"- **Frames:** {listed}")
    return lines


def _entities(view: DocView) -> list[str]:
    groups = view.layer("entity_groups")
    if groups:
        rows = ([escape_md(g.get("name")), escape_md(g.get("label")),
                 escape_md(", ".join(g.get("roles") or [])), str(len(g.get("mentions") or []))]
                for g in groups)
        return ["## Entities", "", *_table(["entity", "type", "roles", "mentions"], rows)]
    entities = view.layer("entities")
    if not entities:
        return []
    rows = ([escape_md(e.get("text")), escape_md(e.get("label")), score(e.get("score"))]
            for e in entities)
    return ["## Entities", "", *_table(["entity", "type", "score"], rows)]


def _quantities(view: DocView) -> list[str]:
    quantities = view.layer("quantities")
    if not quantities:
        return []
    rows = ([escape_md(q.get("text")), escape_md(q.get("label")), escape_md(quantity_value(q)),
             number(q.get("value")), number(q.get("low")), number(q.get("high")),
             escape_md(q.get("currency") or q.get("unit")), escape_md(q.get("rate")),
             escape_md((q.get("counted") or {}).get("text"))] for q in quantities)
    header = ["figure", "kind", "reads as", "value", "low", "high", "unit", "rate", "counted"]
    return ["## Figures", "", *_table(header, rows)]


def _quotes(view: DocView) -> list[str]:
    quotes = view.layer("quotes")
    if not quotes:
        return []
    lines = ["## Quotations", ""]
    for q in quotes:
        line = f"- {escape_md(q.get('text'), 300)} ({score(q.get('score'))})"
        if q.get("uncertain"):
            line += f" ⚠ uncertain: {escape_md(q.get('reason') or 'no reason given')}"
        lines.append(line)
    return lines


SECTIONS: list[Callable[[DocView], list[str]]] = [
    _header, _claims, _sources, _statements, _techniques, _framing, _entities, _quantities, _quotes,
]
