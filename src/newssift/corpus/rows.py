"""From an analysis document (`Analysis.to_dict()`) to the rows the store writes, and back.

`record_of(analysis)` runs where the analysis ran (a Dask worker, or the ingesting process) and turns the
JSON layers into plain row tuples, so the single writer only inserts. Every layer is optional: a missing
layer gives no rows. The `analysis` column keeps the whole document as JSON without the article text
(which has its own column); `restore` puts it back, so a stored document reads back exactly as
analysed. (SQLite compresses that JSON with zlib; PostgreSQL keeps it as JSONB and TOAST compresses it.)
Claims: the `claims` layer when present; otherwise, sentences with `checkworthy` ≥ 0.5 stand in (rank by
score); otherwise none. A claim's vector is its sentence's encoder vector (float16), if encoded.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

import numpy as np

from newssift.corpus import dedup

CHECKWORTHY_MIN = 0.5

STATEMENT_COLUMNS = ("sid", "span_start", "span_end", "text", "type", "score", "source_id",
                     "source_kind", "source_text", "cue_text", "stance", "via_source_id")
SOURCE_COLUMNS = ("source_id", "name", "norm", "kind", "role", "mentions", "statements", "entity_id")
TECHNIQUE_COLUMNS = ("span_start", "span_end", "text", "label", "score", "voice", "statement", "basis")
ENTITY_COLUMNS = ("span_start", "span_end", "text", "label", "score", "entity_id", "name", "norm")
QUANTITY_COLUMNS = ("idx", "span_start", "span_end", "text", "label", "score", "value", "low", "high",
                    "unit", "currency", "approx", "rate")
CLAIM_COLUMNS = ("rank", "span_start", "span_end", "text", "score", "sentence", "statement",
                 "source_id", "source_kind", "source_name", "entities", "figures", "vector")
ARTICLE_COLUMNS = ("id", "content_hash", "outlet", "url", "published", "day", "week", "language",
                   "title", "text", "analysis")
CHILD_TABLES: dict[str, tuple[str, ...]] = {
    "statements": STATEMENT_COLUMNS, "sources": SOURCE_COLUMNS, "techniques": TECHNIQUE_COLUMNS,
    "entities": ENTITY_COLUMNS, "quantities": QUANTITY_COLUMNS, "claims": CLAIM_COLUMNS,
}


@dataclass
class Record:
    """One analysed article, ready to store: article values, child rows per table, MinHash signature."""

    article: dict[str, Any]
    children: dict[str, list[tuple]] = field(default_factory=dict)
    signature: bytes = b""


def record_of(analysis: Any) -> Record:
    """The record of an `Analysis` (uses its encoding for claim vectors when present)."""
    doc = analysis.to_dict()
    vectors = getattr(getattr(analysis, "encoding", None), "sentence_vectors", None)
    return record_of_doc(doc, vectors)


def record_of_doc(doc: dict[str, Any], sentence_vectors: np.ndarray | None = None) -> Record:
    """The record of an analysis document; `sentence_vectors` (one row per sentence) feed claims."""
    art = doc["article"]
    day = normalise_day(art.get("published"))
    article = {
        "id": art.get("id") or art["content_hash"][:16], "content_hash": art["content_hash"],
        "outlet": art.get("outlet"), "url": art.get("url"), "published": art.get("published"),
        "day": day, "week": week_of(day), "language": art.get("language"),
        "title": art.get("title"), "text": art["text"], "analysis": doc_json(doc),
    }
    entity_names = _entity_names(doc)
    source_names = {s.get("source_id"): s.get("name") for s in doc.get("sources") or []}
    children = {
        "statements": [_statement_row(s) for s in doc.get("statements") or []],
        "sources": [_source_row(s) for s in doc.get("sources") or []],
        "techniques": [_technique_row(t) for t in doc.get("techniques") or []],
        "entities": [_entity_row(e, entity_names) for e in doc.get("entities") or []],
        "quantities": [_quantity_row(i, q) for i, q in enumerate(doc.get("quantities") or [])],
        "claims": _claim_rows(doc, entity_names, source_names, sentence_vectors),
    }
    return Record(article, children, dedup.to_bytes(dedup.signature(art["text"])))


def norm(name: str | None) -> str | None:
    """A name folded for grouping across articles: lower case, single spaces, no edge punctuation."""
    if not name:
        return None
    return re.sub(r"\s+", " ", name).strip(" \t\n\"'“”‘’.,;:()").lower() or None


def _get(d: dict | None, key: str) -> Any:
    return d.get(key) if isinstance(d, dict) else None


def _statement_row(s: dict) -> tuple:
    src, cue, via = s.get("source"), s.get("cue"), s.get("via")
    kind = _get(src, "kind") or "unattributed"
    return (s.get("id"), s.get("start"), s.get("end"), s.get("text"), s.get("type"), s.get("score"),
            _get(src, "source_id"), kind, _get(src, "text"), _get(cue, "text"), _get(cue, "stance"),
            _get(via, "source_id"))


def _source_row(s: dict) -> tuple:
    return (s.get("source_id"), s.get("name"), norm(s.get("name")), s.get("kind"), s.get("role"),
            len(s.get("mentions") or []), len(s.get("statements") or []), s.get("entity_id"))


def _technique_row(t: dict) -> tuple:
    return (t.get("start"), t.get("end"), t.get("text"), t.get("label"), t.get("score"),
            t.get("voice"), t.get("statement"), t.get("basis"))


def _entity_names(doc: dict) -> dict[str, str]:
    return {g["entity_id"]: g.get("name") for g in doc.get("entity_groups") or [] if "entity_id" in g}


def _entity_row(e: dict, names: dict[str, str]) -> tuple:
    name = names.get(e.get("entity_id")) or e.get("text")
    return (e.get("start"), e.get("end"), e.get("text"), e.get("label"), e.get("score"),
            e.get("entity_id"), name, norm(name))


def _quantity_row(i: int, q: dict) -> tuple:
    approx = q.get("approx")
    return (i, q.get("start"), q.get("end"), q.get("text"), q.get("label"), q.get("score"),
            q.get("value"), q.get("low"), q.get("high"), q.get("unit"), q.get("currency"),
            None if approx is None else int(bool(approx)), q.get("rate"))


def _claim_rows(doc: dict, entity_names: dict[str, str], source_names: dict[Any, Any],
                vectors: np.ndarray | None) -> list[tuple]:
    claims = doc.get("claims")
    if claims is None:
        claims = _checkworthy_claims(doc)
    quantities = doc.get("quantities") or []
    rows = []
    for c in claims:
        sentence = c.get("sentence")
        figures = _claim_figures(c, quantities)
        names = sorted({norm(entity_names.get(e, e)) or "" for e in c.get("entities") or []} - {""})
        vector = None
        if vectors is not None and isinstance(sentence, int) and 0 <= sentence < len(vectors):
            vector = np.asarray(vectors[sentence], np.float16).tobytes()
        source_id = c.get("source_id")
        rows.append((c.get("rank"), c.get("start"), c.get("end"), c.get("text"), c.get("score"),
                     sentence, c.get("statement"), source_id, c.get("source_kind") or "unattributed",
                     source_names.get(source_id), json.dumps(names), json.dumps(figures), vector))
    return rows


def _checkworthy_claims(doc: dict) -> list[dict]:
    found = [s for s in doc.get("sentences") or []
             if isinstance(s.get("checkworthy"), int | float) and s["checkworthy"] >= CHECKWORTHY_MIN]
    found.sort(key=lambda s: (-s["checkworthy"], s["start"]))
    return [{"rank": r + 1, "start": s["start"], "end": s["end"], "text": s["text"],
             "score": s["checkworthy"], "sentence": s["index"]} for r, s in enumerate(found)]


def _claim_figures(claim: dict, quantities: list[dict]) -> list[float]:
    indices = claim.get("quantities")
    if indices is None:  # no link given: the quantities inside the claim's span
        indices = [i for i, q in enumerate(quantities)
                   if claim.get("start", 0) <= q.get("start", -1) and q.get("end", 0) <= claim.get("end", 0)]
    values = {quantities[i].get("value") for i in indices if 0 <= i < len(quantities)}
    return sorted(float(v) for v in values if isinstance(v, int | float))


def normalise_day(published: str | None) -> str | None:
    """`YYYY-MM-DD` of an ISO 8601 or RFC 2822 date string; None when it cannot be read."""
    if not published or not isinstance(published, str):
        return None
    text = published.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    if re.match(r"^\d{4}-\d{2}-\d{2}", text):
        try:
            return date.fromisoformat(text[:10]).isoformat()
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def week_of(day: str | None) -> str | None:
    """The Monday (`YYYY-MM-DD`) of the ISO week holding `day`."""
    if day is None:
        return None
    d = date.fromisoformat(day)
    return (d - timedelta(days=d.weekday())).isoformat()


def doc_json(doc: dict[str, Any]) -> str:
    """The document as JSON, without the article text."""
    return json.dumps({**doc, "article": {k: v for k, v in doc["article"].items() if k != "text"}},
                      ensure_ascii=False, separators=(",", ":"))


def restore(stored: dict[str, Any], text: str) -> dict[str, Any]:
    """The document `doc_json` stored, with the article text back in its place."""
    items = list(stored["article"].items())
    at = next((i + 1 for i, (k, _) in enumerate(items) if k == "content_hash"), len(items))
    items.insert(at, ("text", text))
    return {**stored, "article": dict(items)}
