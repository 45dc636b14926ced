"""Across articles: claim clusters and the source index.

Claim clusters: two claims (from different articles) are the same claim when the cosine similarity of
their sentence vectors (the shared encoder's, stored with each claim) is at least `threshold`, and, when
both state figures, they share one, and, when both name entities, they share one. Clusters are the
connected groups of such pairs (single link, union-find) spanning at least `min_articles` articles. Each
reports its first-seen claim (earliest publication day, then storage order), the outlets that repeat it
and, per article, the source the claim rests on.
Source index: sources grouped across articles by folded name and kind ("Anna Kovac" person, "informed
sources" anonymous), with the articles and outlets that cite them.
Limits: similarity is computed exhaustively in blocks (quadratic in the number of claims: ~1 s per
10,000 claims at 384 dimensions), so restrict large corpora with `Filters`; single link can chain
loosely related claims at low thresholds; claims without a stored vector (no encoder ran) are left out;
source names are matched as written, so "Kovac" and "Anna Kovac" are different sources unless the
analyzers linked them.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import numpy as np

from newssift.corpus.query import article_where, source_where
from newssift.corpus.store import Filters

BLOCK = 1024


def claim_rows(store: Any, f: Filters) -> list[dict[str, Any]]:
    """Every claim with a vector in the matching articles, with its article's id, outlet and day."""
    clauses, params = article_where(f)
    where = " AND ".join([*clauses, "c.vector IS NOT NULL"])
    return store._rows(
        "SELECT a.pk AS article_pk, a.id AS article_id, a.outlet, a.day, a.published, "
        "c.span_start AS start, c.span_end AS \"end\", c.text, c.score, c.source_id, c.source_kind, "
        "c.source_name, c.entities, c.figures, c.vector FROM claims c "
        f"JOIN articles a ON a.pk = c.article_pk WHERE {where} ORDER BY a.pk, c.span_start", params)


def claim_clusters(store: Any, threshold: float, min_articles: int, f: Filters
                   ) -> list[dict[str, Any]]:
    """The claim clusters of the matching articles, most widely repeated first."""
    rows = claim_rows(store, f)
    if len(rows) < 2:
        return []
    vectors = _unit(np.stack([np.frombuffer(bytes(r["vector"]), np.float16) for r in rows]))
    facts = [(set(json.loads(r["figures"] or "[]")), set(json.loads(r["entities"] or "[]")))
             for r in rows]
    parent = list(range(len(rows)))
    for i, j, _ in similar_pairs(vectors, threshold):
        if rows[i]["article_pk"] != rows[j]["article_pk"] and _compatible(facts[i], facts[j]):
            _union(parent, i, j)
    groups: dict[int, list[int]] = {}
    for i in range(len(rows)):
        groups.setdefault(_find(parent, i), []).append(i)
    clusters = [_cluster(rows, vectors, members) for members in groups.values()
                if len({rows[m]["article_pk"] for m in members}) >= min_articles]
    clusters.sort(key=lambda c: (-c["articles"], c["first_seen"]["day"] or "9999", c["id"]))
    return clusters


def similar_pairs(vectors: np.ndarray, threshold: float) -> list[tuple[int, int, float]]:
    """(i, j, cosine) for i < j with cosine ≥ threshold, computed block by block."""
    pairs = []
    for start in range(0, len(vectors), BLOCK):
        sims = vectors[start : start + BLOCK] @ vectors.T
        rows, cols = np.nonzero(sims >= threshold)
        for r, c in zip(rows.tolist(), cols.tolist()):
            if start + r < c:
                pairs.append((start + r, c, float(sims[r, c])))
    return pairs


def _unit(vectors: np.ndarray) -> np.ndarray:
    v = vectors.astype(np.float32)
    norms = np.linalg.norm(v, axis=1, keepdims=True)
    return v / np.where(norms == 0, 1.0, norms)


def _compatible(a: tuple[set, set], b: tuple[set, set]) -> bool:
    """Figures, then entities: each must overlap when both claims have some."""
    return all(not (x and y) or bool(x & y) for x, y in zip(a, b))


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _union(parent: list[int], i: int, j: int) -> None:
    a, b = _find(parent, i), _find(parent, j)
    if a != b:
        parent[max(a, b)] = min(a, b)


def _cluster(rows: list[dict[str, Any]], vectors: np.ndarray, members: list[int]
             ) -> dict[str, Any]:
    members = sorted(members, key=lambda m: (rows[m]["day"] or "9999", rows[m]["article_pk"],
                                             rows[m]["start"]))
    first = rows[members[0]]
    sims = vectors[members] @ vectors[members[0]]
    items = [_member(rows[m], float(s)) for m, s in zip(members, sims)]
    outlets = sorted({i["outlet"] for i in items if i["outlet"]})
    sources = Counter((i["source"]["name"], i["source"]["kind"]) for i in items)
    return {
        "id": f"{first['article_id']}:{first['start']}",
        "text": first["text"],
        "articles": len({i["article_id"] for i in items}),
        "outlets": outlets,
        "first_seen": {"article_id": first["article_id"], "outlet": first["outlet"],
                       "published": first["published"], "day": first["day"]},
        "sources": [{"name": n, "kind": k, "articles": c} for (n, k), c in sources.most_common()],
        "members": items,
    }


def _member(row: dict[str, Any], similarity: float) -> dict[str, Any]:
    return {"article_id": row["article_id"], "outlet": row["outlet"], "published": row["published"],
            "start": row["start"], "end": row["end"], "text": row["text"],
            "similarity": round(min(similarity, 1.0), 4),
            "source": {"name": row["source_name"], "kind": row["source_kind"] or "unattributed"}}


def source_index(store: Any, min_articles: int, f: Filters) -> list[dict[str, Any]]:
    """Every source (by folded name and kind) with the articles and outlets that cite it;
    `f.source_kind` keeps the sources of those kinds."""
    clauses, params = source_where(f)
    where = " AND ".join(clauses)
    rows = store._rows(
        "SELECT s.norm, s.kind, s.name, s.statements, a.id AS article_id, a.outlet, a.day "
        f"FROM sources s JOIN articles a ON a.pk = s.article_pk WHERE {where} "
        "ORDER BY s.norm, s.kind, a.day, a.pk", params)
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in rows:
        groups.setdefault((r["norm"], r["kind"] or ""), []).append(r)
    index = [_source_entry(items) for items in groups.values()]
    index = [e for e in index if e["articles"] >= min_articles]
    index.sort(key=lambda e: (-e["articles"], -e["statements"], e["name"].lower()))
    return index


def _source_entry(items: list[dict[str, Any]]) -> dict[str, Any]:
    name = Counter(i["name"] for i in items).most_common(1)[0][0]
    article_ids = list(dict.fromkeys(i["article_id"] for i in items))
    dated = sorted(items, key=lambda i: i["day"] or "9999")
    return {"name": name, "kind": items[0]["kind"], "articles": len(article_ids),
            "outlets": sorted({i["outlet"] for i in items if i["outlet"]}),
            "statements": sum(i["statements"] or 0 for i in items),
            "first_seen": {"article_id": dated[0]["article_id"], "day": dated[0]["day"]},
            "article_ids": article_ids}
