"""Export findings for review: Parquet or CSV tables for analysts, Label Studio tasks for annotators.

    export_table(store, "techniques", "techniques.parquet")        # format from the extension
    export_labelstudio(store, "statements", "review.json")         # + review.label_config.xml

Tables: one row per finding with its article's id, outlet and publication day, spans as `start`/`end`.
Label Studio: one task per article (`data.text` is the article text, so offsets are the analysis
offsets) with the findings as pre-annotations (`predictions`) — techniques and entities as labelled
spans; statements as Statement / Source / Cue spans with `attributed-to` and `cue` relations. A labeling
config (`<View>` XML) matching the exported labels is written beside the tasks; paste it into the
project's Labeling Interface.
Limits: written streaming, article by article (memory bounded by one page of articles); Parquet needs
pyarrow; claim vectors are not exported.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from newssift.corpus.rows import CHILD_TABLES
from newssift.corpus.store import Filters, Store
from newssift.errors import StoreError

TABLE_FORMATS = ("parquet", "csv")
REVIEW_KINDS = ("statements", "techniques", "entities")
_INTS = {"span_start", "span_end", "idx", "rank", "sentence", "mentions", "statements", "approx"}
_FLOATS = {"score", "value", "low", "high"}
CHUNK = 5000


def columns(table: str) -> list[str]:
    """The exported columns of a finding table."""
    if table not in CHILD_TABLES:
        raise StoreError(f"cannot export {table!r}; use one of {', '.join(CHILD_TABLES)}")
    names = {"span_start": "start", "span_end": "end"}
    return ["article_id", "outlet", "day",
            *(names.get(c, c) for c in CHILD_TABLES[table] if c != "vector")]


def export_table(store: Store, table: str, path: str | Path, fmt: str | None = None,
                 filters: Filters | None = None) -> int:
    """Write a finding table to Parquet or CSV (`fmt`, else from the extension); returns rows."""
    path = Path(path)
    fmt = fmt or path.suffix.lstrip(".").lower()
    if fmt not in TABLE_FORMATS:
        raise StoreError(f"unknown table format {fmt!r} for {path}; use .parquet or .csv")
    rows = store.findings(table, filters)
    return _parquet(table, rows, path) if fmt == "parquet" else _csv(table, rows, path)


def _csv(table: str, rows: Iterator[dict[str, Any]], path: Path) -> int:
    n = 0
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=columns(table))
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            n += 1
    return n


def _arrow_schema(table: str) -> Any:
    import pyarrow as pa

    def kind(column: str) -> Any:
        source = {"start": "span_start", "end": "span_end"}.get(column, column)
        return pa.int64() if source in _INTS else pa.float64() if source in _FLOATS else pa.string()

    return pa.schema([(c, kind(c)) for c in columns(table)])


def _parquet(table: str, rows: Iterator[dict[str, Any]], path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _arrow_schema(table)
    n = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        chunk: list[dict[str, Any]] = []
        for row in rows:
            chunk.append(row)
            if len(chunk) >= CHUNK:
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                n, chunk = n + len(chunk), []
        if chunk or n == 0:
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
            n += len(chunk)
    return n


def export_labelstudio(store: Store, kind: str, path: str | Path,
                       filters: Filters | None = None, model_version: str | None = None) -> int:
    """Write Label Studio tasks (JSON array) and the matching labeling config; returns tasks."""
    if kind not in REVIEW_KINDS:
        raise StoreError(f"cannot review {kind!r} in Label Studio; use one of {', '.join(REVIEW_KINDS)}")
    from newssift import __version__

    version = model_version or f"newssift {__version__}"
    path = Path(path)
    labels: set[str] = set()
    n = 0
    with path.open("w", encoding="utf-8") as f:
        f.write("[")
        for doc in store.documents(filters):
            result = _results(kind, doc)
            labels.update(lab for r in result if r["type"] == "labels" for lab in r["value"]["labels"])
            f.write(("," if n else "") + "\n" + json.dumps(_task(doc, result, version)))
            n += 1
        f.write("\n]\n")
    config_path(path).write_text(label_config(kind, sorted(labels)), encoding="utf-8")
    return n


def config_path(path: Path) -> Path:
    return path.with_name(path.stem + ".label_config.xml")


def _task(doc: dict[str, Any], result: list[dict[str, Any]], version: str) -> dict[str, Any]:
    art = doc["article"]
    scores = [r["score"] for r in result if "score" in r]
    return {
        "data": {"text": art["text"], "article_id": art["id"], "title": art.get("title"),
                 "outlet": art.get("outlet"), "published": art.get("published"),
                 "url": art.get("url")},
        "predictions": [{"model_version": version, "result": result,
                         "score": round(sum(scores) / len(scores), 4) if scores else None}],
    }


def _span(rid: str, item: dict[str, Any], label: str, score: float | None) -> dict[str, Any]:
    out = {"id": rid, "from_name": "label", "to_name": "text", "type": "labels",
           "value": {"start": item["start"], "end": item["end"], "text": item["text"],
                     "labels": [label]}}
    if isinstance(score, int | float):
        out["score"] = float(score)
    return out


def _relation(a: str, b: str, label: str) -> dict[str, Any]:
    return {"type": "relation", "from_id": a, "to_id": b, "direction": "right", "labels": [label]}


def _results(kind: str, doc: dict[str, Any]) -> list[dict[str, Any]]:
    if kind == "statements":
        return [r for i, s in enumerate(doc.get("statements") or []) for r in _statement(i, s)]
    return [_span(f"{kind[0]}{i}", item, item.get("label") or kind, item.get("score"))
            for i, item in enumerate(doc.get(kind) or []) if "start" in item and "end" in item]


def _statement(i: int, s: dict[str, Any]) -> list[dict[str, Any]]:
    sid = f"s{i}"
    out = [_span(sid, s, "Statement", s.get("score"))]
    for part, label, relation in (("source", "Source", "attributed-to"), ("cue", "Cue", "cue")):
        item = s.get(part)
        if isinstance(item, dict) and "start" in item:
            out.append(_span(f"{sid}{part[0]}", item, label, s.get("score")))
            out.append(_relation(sid, f"{sid}{part[0]}", relation))
    return out


def label_config(kind: str, labels: list[str]) -> str:
    """A Label Studio labeling config for the exported kind (labels plus relations for statements)."""
    if kind == "statements":
        labels = ["Statement", "Source", "Cue"]
    tags = "\n".join(f"    <Label value={quoteattr(lab)}/>" for lab in labels)
    relations = ("\n  <Relations>\n    <Relation value=\"attributed-to\"/>\n"
                 "    <Relation value=\"cue\"/>\n  </Relations>" if kind == "statements" else "")
    return (f"<View>\n  <Labels name=\"label\" toName=\"text\">\n{tags}\n  </Labels>{relations}\n"
            f"  <Text name=\"text\" value=\"$text\"/>\n</View>\n")
