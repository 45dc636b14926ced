"""HTML: one self-contained report page (inline CSS and a few lines of inline JS, nothing external).

Per article: ranked claims at the top; the article text with every layer's spans highlighted
(overlaps split into pieces, see `spans.split_pieces`), a legend with one checkbox per layer, a
hover card (`title`) on each highlighted piece naming every finding under it; beside the text, the
sources panel (click a source to outline its statements), the sourcing profile, genre and frames,
techniques and entities. Every piece of article text and metadata is escaped; links are kept only
for http(s) URLs; a Content-Security-Policy allows nothing but the page's own style and script (by
hash). `collect_marks(doc)` is what the web app reuses to highlight a document the same way.
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

from newssift.output.docview import (
    DocView,
    quantity_value,
    quoted,
    score,
    shorten,
    technique_definition,
    technique_name,
    voice_counts,
)
from newssift.output.spans import LAYERS, Mark, esc, layer_css, render_marked_text


def _span(f: Any) -> tuple[int, int] | None:
    if isinstance(f, dict) and isinstance(f.get("start"), int) and isinstance(f.get("end"), int):
        return f["start"], f["end"]
    return None


def _mark(f: Any, layer: str, tip: str, **extra: Any) -> list[Mark]:
    bounds = _span(f)
    return [Mark(bounds[0], bounds[1], layer, tip, **extra)] if bounds else []


def collect_marks(doc: dict[str, Any]) -> list[Mark]:
    """Every highlightable finding of `doc` as a `Mark` (layers absent → no marks)."""
    view = DocView(doc)
    marks: list[Mark] = []
    for collect in (_claim_marks, _quote_marks, _statement_marks, _quantity_marks,
                    _entity_marks, _technique_marks):
        marks.extend(collect(view))
    return marks


def _claim_marks(view: DocView) -> list[Mark]:
    marks = []
    for c in view.layer("claims"):
        tip = (f"Claim #{c.get('rank')} to check (score {score(c.get('score'))}), "
               f"on the authority of {view.claim_authority(c)}")
        marks += _mark(c, "claims", tip, anchor=f"claim-{c.get('rank')}")
    return marks


def _quote_marks(view: DocView) -> list[Mark]:
    marks = []
    for q in view.layer("quotes"):
        tip = f"Quotation (score {score(q.get('score'))})"
        if q.get("uncertain"):
            tip += f" ⚠ uncertain: {q.get('reason') or 'no reason given'}"
        if (q.get("paragraphs") or 1) > 1:
            tip += f", runs over {q['paragraphs']} paragraphs"
        marks += _mark(q, "quotes", tip)
    return marks


def _statement_marks(view: DocView) -> list[Mark]:
    marks = []
    for s in view.layer("statements"):
        sid = str(s.get("id", ""))
        source = s.get("source") or {}
        data = (("statement", sid), ("source", str(source.get("source_id") or "")))
        cue = s.get("cue") or {}
        who = view.statement_source(s)
        marks += _mark(source, "statements", f"Source of {sid}: {who}", part="source", data=data)
        marks += _mark(cue, "statements", f"Cue of {sid}: “{cue.get('text', '')}”, stance "
                       f"{cue.get('stance', 'unknown')}", part="cue", data=data)
        tip = (f"Statement {sid} ({s.get('type', 'statement')}, score {score(s.get('score'))}) "
               f"by {who}")
        for part in s.get("content") or []:
            marks += _mark(part, "statements", tip, part="content", data=data)
        via = s.get("via") or {}
        marks += _mark(via, "statements", f"{sid} relayed via {via.get('text', '')} "
                       f"({via.get('kind', 'unknown')})", part="via", data=data)
    return marks


def _quantity_marks(view: DocView) -> list[Mark]:
    marks = []
    for q in view.layer("quantities"):
        tip = f"Figure ({q.get('label', '?')}): {quantity_value(q)} (score {score(q.get('score'))})"
        if q.get("counted"):
            tip += f", counts “{q['counted'].get('text', '')}”"
        marks += _mark(q, "quantities", tip)
    return marks


def _entity_marks(view: DocView) -> list[Mark]:
    names = {g.get("entity_id"): g.get("name") for g in view.layer("entity_groups")}
    marks = []
    for e in view.layer("entities"):
        tip = f"Entity {e.get('label', '?')}: {e.get('text', '')} (score {score(e.get('score'))})"
        if names.get(e.get("entity_id")):
            tip += f", refers to {names[e['entity_id']]}"
        marks += _mark(e, "entities", tip)
    return marks


def _technique_marks(view: DocView) -> list[Mark]:
    marks = []
    for t in view.layer("techniques"):
        label = str(t.get("label", ""))
        tip = (f"Technique: {technique_name(label)} (score {score(t.get('score'))}, "
               f"{t.get('voice', 'author')} voice)")
        if t.get("basis") == "paragraph":
            tip += "; weaker evidence: only its paragraph reaches the threshold"
        if definition := technique_definition(label):
            tip += f": {definition}"
        marks += _mark(t, "techniques", tip, part="paragraph" if t.get("basis") == "paragraph" else "",
                       data=(("label", label), ("basis", str(t.get("basis", "span")))))
    return marks


@cache
def _asset(name: str) -> str:
    return resources.files(__package__).joinpath("templates", name).read_text(encoding="utf-8")


def _hash(source: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode()


def render_html(docs: list[dict[str, Any]]) -> str:
    """One page for one or several documents."""
    css = _asset("report.css") + "\n" + layer_css()
    script = _asset("report.js")
    policy = (f"default-src 'none'; style-src '{_hash(css)}'; script-src '{_hash(script)}'; "
              "base-uri 'none'; form-action 'none'")
    title = DocView(docs[0]).title if len(docs) == 1 else f"{len(docs)} articles"
    parts = [
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{esc(policy)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>newssift: {esc(title)}</title>", f"<style>{css}</style>", "</head>", "<body>",
    ]
    if len(docs) > 1:
        parts.append(_contents(docs))
    parts.extend(render_report(doc, f"a{i}") for i, doc in enumerate(docs))
    parts += [f"<script>{script}</script>", "</body>", "</html>", ""]
    return "\n".join(parts)


def _contents(docs: list[dict[str, Any]]) -> str:
    items = "".join(f'<li><a href="#a{i}">{esc(DocView(d).title)}</a></li>'
                    for i, d in enumerate(docs))
    return f'<nav class="contents"><h2>Articles</h2><ol>{items}</ol></nav>'


def render_report(doc: dict[str, Any], prefix: str = "a0") -> str:
    """One article's report as an `<article class="report">` element (ids prefixed by `prefix`)."""
    view = DocView(doc)
    marks = collect_marks(doc)
    title = view.article.get("title_span")
    shown = [*marks, *_mark(title, "title", "")]
    text = render_marked_text(view.text, shown, prefix + "-")
    aside = "".join(p(view) for p in (_sources_panel, _sourcing_panel, _framing_panel,
                                      _techniques_panel, _entities_panel))
    return (f'<article class="report" id="{esc(prefix)}">{_header(view)}'
            f"{_claims_panel(view, prefix)}{_legend(marks)}"
            f'<div class="columns"><div class="article-text">{text}</div>'
            f"<aside>{aside}</aside></div></article>")


def _header(view: DocView) -> str:
    a = view.article
    meta = [esc(v) for v in (a.get("outlet"), a.get("published"), a.get("language")) if v]
    meta.append(f"id {esc(a.get('id'))}")
    url = str(a.get("url") or "")
    if url.lower().startswith(("http://", "https://")):
        meta.append(f'<a href="{esc(url)}" rel="noopener noreferrer">{esc(url)}</a>')
    elif url:
        meta.append(esc(url))
    warnings = "".join(f'<p class="warning">⚠ {esc(w)}</p>' for w in view.doc.get("warnings") or [])
    return (f"<header><h1>{esc(view.title)}</h1><p class=\"meta\">{' · '.join(meta)}</p>"
            f"{warnings}</header>")


def _claims_panel(view: DocView, prefix: str) -> str:
    claims = sorted(view.layer("claims"), key=lambda c: c.get("rank", 0))
    if not claims:
        return ""
    items = []
    for c in claims:
        rank = c.get("rank")
        figures = ", ".join(view.claim_figures(c))
        items.append(
            f'<li value="{esc(rank)}"><a href="#{esc(prefix)}-claim-{esc(rank)}">'
            f"{esc(shorten(c.get('text', ''), 300))}</a> "
            f'<span class="score">{score(c.get("score"))}</span> '
            f'<span class="who">on the authority of {esc(view.claim_authority(c))}</span>'
            + (f' <span class="figures">figures: {esc(figures)}</span>' if figures else "")
            + "</li>")
    return f'<section class="claims"><h2>Claims to check</h2><ol>{"".join(items)}</ol></section>'


def _legend(marks: list[Mark]) -> str:
    counts = Counter(m.layer for m in marks)
    if not counts:
        return ""
    items = []
    for name, style in LAYERS.items():
        if counts[name]:
            items.append(f'<label><input type="checkbox" class="toggle-{name}" checked> '
                         f'<span class="swatch swatch-{name}">Aa</span> {esc(style.label)}</label>')
    parts = LAYERS["statements"].parts
    if counts["statements"]:
        items.append('<span class="parts">' + " ".join(
            f'<span class="hl-statements-{p}">{p}</span>' for p in parts) + "</span>")
    if any(m.part == "paragraph" for m in marks if m.layer == "techniques"):
        items.append('<span class="parts"><span class="hl-techniques">technique</span> '
                     '<span class="hl-techniques-paragraph">paragraph-level evidence</span></span>')
    return f'<fieldset class="legend"><legend>Layers</legend>{"".join(items)}</fieldset>'


def _sources_panel(view: DocView) -> str:
    sources = view.layer("sources")
    if not sources:
        return ""
    items = []
    for s in sources:
        ids = [str(i) for i in s.get("statements") or []]
        listed = "".join(f"<li>{_statement_line(view, i)}</li>" for i in ids)
        role = f' <span class="role">{esc(s.get("role"))}</span>' if s.get("role") else ""
        items.append(
            f'<li><button type="button" class="source" data-statements="{esc(" ".join(ids))}">'
            f'<span class="name">{esc(s.get("name"))}</span> '
            f'<span class="kind">{esc(s.get("kind"))}</span>{role} '
            f'<span class="count">{len(ids)}</span></button>'
            f'<ol class="source-statements">{listed}</ol></li>')
    return (f'<section class="sources"><h2>Sources</h2><p class="hint">Click a source to '
            f'outline its statements.</p><ul>{"".join(items)}</ul></section>')


def _statement_line(view: DocView, sid: str) -> str:
    s = view.statements.get(sid)
    if not s:
        return esc(sid)
    content = " … ".join(c.get("text", "") for c in s.get("content") or [])
    cue = (s.get("cue") or {}).get("text")
    said = f" <i>{esc(cue)}</i>" if cue else ""
    return f"{esc(sid)}{said}: {esc(shorten(quoted(content), 140))}"


def _sourcing_panel(view: DocView) -> str:
    p = view.mapping("sourcing")
    if not p:
        return ""
    rows = "".join(
        f"<tr><td>{esc(kind)}</td><td>{esc(v.get('statements', 0))}</td>"
        f"<td>{_percent(v.get('share'))}</td><td>{_percent(v.get('quoted_share'))}</td></tr>"
        for kind, v in (p.get("by_kind") or {}).items())
    return (f'<section class="sourcing"><h2>Sourcing</h2><p>{esc(p.get("statements", 0))} '
            f"statements: {esc(p.get('named', 0))} named, {esc(p.get('anonymous', 0))} anonymous, "
            f"{esc(p.get('unattributed', 0))} unattributed; {esc(p.get('quoted_words', 0))} quoted "
            f"words.</p><table><tr><th>kind</th><th>statements</th><th>share</th>"
            f"<th>quoted</th></tr>{rows}</table></section>")


def _percent(value: Any) -> str:
    return f"{100 * value:.0f}%" if isinstance(value, int | float) else "–"


def _framing_panel(view: DocView) -> str:
    genre, frames = view.mapping("genre"), view.layer("frames")
    if not genre and not frames:
        return ""
    lines = []
    if genre:
        others = ", ".join(f"{esc(k)} {score(v)}" for k, v in (genre.get("scores") or {}).items())
        lines.append(f"<p>Genre: <b>{esc(genre.get('label'))}</b> {score(genre.get('score'))}"
                     + (f" <small>({others})</small>" if others else "") + "</p>")
    if frames:
        items = "".join(f"<li>{esc(f.get('label'))} {score(f.get('score'))}</li>" for f in frames)
        lines.append(f"<p>Frames:</p><ul>{items}</ul>")
    return f'<section class="framing"><h2>Genre and frames</h2>{"".join(lines)}</section>'


def _techniques_panel(view: DocView) -> str:
    found = view.layer("techniques")
    by_paragraph = [p for p in view.layer("paragraph_techniques") if p.get("labels")]
    if not found and not by_paragraph:
        return ""
    voices = f"<p>{summary}</p>" if (summary := view.voice_summary()) else ""
    items = "".join(f'<li title="{esc(technique_definition(k))}">{esc(technique_name(k))} '
                    f"×{esc(voice_counts(a, q))}</li>" for k, a, q in view.technique_counts())
    paragraphs = "".join(
        f"<li>paragraph {esc(p.get('paragraph'))}: "
        f"{esc(', '.join(technique_name(str(x)) for x in p['labels']))}</li>" for p in by_paragraph)
    return (f'<section class="techniques"><h2>Persuasion techniques</h2>{voices}<ul>{items}</ul>'
            + (f"<p>By paragraph:</p><ul>{paragraphs}</ul>" if paragraphs else "") + "</section>")


def _entities_panel(view: DocView) -> str:
    groups: Iterable[dict[str, Any]] = view.layer("entity_groups")
    items = "".join(f"<li>{esc(g.get('name'))} <small>{esc(g.get('label'))}, "
                    f"{len(g.get('mentions') or [])}×</small></li>" for g in groups)
    if not items:
        return ""
    return f'<section class="entities"><h2>Entities</h2><ul>{items}</ul></section>'
