"""Search, filters and aggregates over a SQL store, as lists of dicts or pandas DataFrames.

Functions take the store (for its `_rows` and `fts`) and a `Filters`. Filters become SQL on the
articles table (alias `a`); finding filters (technique, source kind, entity) are `EXISTS` sub-queries on
indexed columns. Aggregates count each article once: near-duplicates and exact copies are left out unless
`Filters(duplicates=True)`.
Query syntax (both back ends): words (all must match, stemmed), "quoted phrases", `OR` between terms,
`-word` to exclude. Limits: no prefix or fuzzy matching; a query with only excluded words is refused.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from newssift.corpus.rows import CHILD_TABLES, norm
from newssift.corpus.store import Filters
from newssift.errors import StoreError

if TYPE_CHECKING:
    import pandas as pd

SEARCH_COLUMNS = ("id", "title", "outlet", "url", "published", "language", "duplicate_of", "score",
                  "snippet")
GROUPS = {"outlet": "a.outlet", "week": "a.week", "language": "a.language"}
PAGE = 500
_TERM = re.compile(r'-?"[^"]*"?|\S+')
# a technique finding whose own words carry it (`Filters.word_evidence`); NULL: stored before `basis`
WORD_EVIDENCE = "({t}.basis IS NULL OR {t}.basis <> 'paragraph')"


@dataclass(frozen=True)
class FullText:
    """A back end's full-text clause: FROM additions, WHERE condition, score and snippet SQL."""

    join: str
    where: str
    score: str
    snippet: str
    params: tuple[Any, ...]
    order: str


def parse_query(text: str) -> list[tuple[str, str]]:
    """The terms of a user query as (op, phrase): op is "and", "or" or "not"."""
    terms: list[tuple[str, str]] = []
    op = "and"
    for raw in _TERM.findall(text):
        if raw == "OR":
            op = "or" if terms else "and"
            continue
        negate = raw.startswith("-") and len(raw) > 1
        phrase = " ".join(re.findall(r"\w+", raw[1:] if negate else raw))
        if phrase:
            terms.append(("not" if negate else op, phrase))
        op = "and"
    if not any(o != "not" for o, _ in terms):
        raise StoreError(f"the search {text!r} has no word to look for; give at least one word "
                         "that is not excluded with '-'")
    return terms


def fts5_query(text: str) -> str:
    """A user query in FTS5 syntax: phrases quoted, AND/OR as given, exclusions as NOT."""
    terms = parse_query(text)
    expr = ""
    for op, phrase in (t for t in terms if t[0] != "not"):
        quoted = f'"{phrase}"'
        expr = quoted if not expr else f"{expr} {op.upper()} {quoted}"
    for _, phrase in (t for t in terms if t[0] == "not"):
        expr = f'({expr}) NOT "{phrase}"'
    return expr


def article_where(f: Filters) -> tuple[list[str], list[Any]]:
    """SQL conditions on `articles a` (and their parameters) for the filters."""
    clauses: list[str] = []
    params: list[Any] = []
    if not f.duplicates:
        clauses.append("a.duplicate_of IS NULL")
    for column, value in (("outlet", f.outlet), ("language", f.language)):
        if value:
            values = _as_list(value)
            clauses.append(f"a.{column} IN ({_marks(values)})")
            params += values
    if f.since:
        clauses.append("a.day >= ?")
        params.append(f.since)
    if f.until:
        clauses.append("a.day <= ?")
        params.append(f.until)
    for table, column, value in (("techniques", "label", f.technique),
                                 ("statements", "source_kind", f.source_kind)):
        if value:
            values = _as_list(value)
            words = table == "techniques" and f.word_evidence
            evidence = f" AND {WORD_EVIDENCE.format(t='x')}" if words else ""
            clauses.append(f"EXISTS (SELECT 1 FROM {table} x WHERE x.article_pk = a.pk "
                           f"AND x.{column} IN ({_marks(values)}){evidence})")
            params += values
    if f.entity:
        clauses.append("EXISTS (SELECT 1 FROM entities x WHERE x.article_pk = a.pk AND x.norm = ?)")
        params.append(norm(f.entity))
    return clauses, params


def source_where(f: Filters) -> tuple[list[str], list[Any]]:
    """Conditions on `sources s` joined to `articles a`: the filters, with `source_kind` applied to
    the source itself (its kind) rather than to the article."""
    clauses, params = article_where(replace(f, source_kind=None))
    clauses.append("s.norm IS NOT NULL")
    if f.source_kind:
        kinds = _as_list(f.source_kind)
        clauses.append(f"s.kind IN ({_marks(kinds)})")
        params += kinds
    return clauses, params


def search(store: Any, text: str | None, f: Filters) -> list[dict[str, Any]]:
    clauses, params = article_where(f)
    cols = ("a.id, a.title, a.outlet, a.url, a.published, a.language, d.id AS duplicate_of")
    if text and text.strip():
        ft: FullText = store.fts(text)
        where = " AND ".join([ft.where, *clauses])
        sql = (f"SELECT {cols}, {ft.score} AS score, {ft.snippet} AS snippet FROM {ft.join} "
               f"LEFT JOIN articles d ON d.pk = a.duplicate_of WHERE {where} "
               f"ORDER BY {ft.order} LIMIT ? OFFSET ?")
        return store._rows(sql, [*ft.params, *params, f.limit, f.offset])
    where = " AND ".join(clauses) or "1 = 1"
    sql = (f"SELECT {cols}, NULL AS score, substr(a.text, 1, 160) AS snippet FROM articles a "
           f"LEFT JOIN articles d ON d.pk = a.duplicate_of WHERE {where} "
           f"ORDER BY a.day DESC NULLS LAST, a.pk LIMIT ? OFFSET ?")
    return store._rows(sql, [*params, f.limit, f.offset])


def frame(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> pd.DataFrame:
    """Rows as a DataFrame with the given columns (also when there are no rows)."""
    import pandas as pd

    return pd.DataFrame(list(rows), columns=list(columns))


def _group(by: str) -> str:
    if by not in GROUPS:
        raise StoreError(f"cannot group by {by!r}; use one of {', '.join(GROUPS)}")
    return GROUPS[by]


def _where(f: Filters, extra: str = "") -> tuple[str, list[Any]]:
    clauses, params = article_where(f)
    clauses = [*clauses, extra] if extra else clauses
    return (" AND ".join(clauses) or "1 = 1"), params


def _articles_per_group(store: Any, by: str, f: Filters) -> dict[Any, int]:
    where, params = _where(f)
    rows = store._rows(f"SELECT {_group(by)} AS g, COUNT(*) AS n FROM articles a WHERE {where} "
                       "GROUP BY 1", params)
    return {r["g"]: r["n"] for r in rows}


def technique_shares(store: Any, by: str, f: Filters) -> pd.DataFrame:
    """Per group (outlet or week) and technique: findings, share of the group's findings, articles
    with it and their share of the group's articles."""
    where, params = _where(f, WORD_EVIDENCE.format(t="t") if f.word_evidence else "")
    rows = store._rows(
        f"SELECT {_group(by)} AS g, t.label AS label, COUNT(*) AS findings, "
        f"COUNT(DISTINCT a.pk) AS articles FROM techniques t JOIN articles a ON a.pk = t.article_pk "
        f"WHERE {where} GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2", params)
    totals = _sum_by(rows, "findings")
    per_group = _articles_per_group(store, by, f)
    out = [{by: r["g"], "technique": r["label"], "findings": r["findings"],
            "share": _ratio(r["findings"], totals[r["g"]]), "articles": r["articles"],
            "article_share": _ratio(r["articles"], per_group.get(r["g"], 0))} for r in rows]
    return frame(out, (by, "technique", "findings", "share", "articles", "article_share"))


def source_kind_shares(store: Any, by: str, f: Filters) -> pd.DataFrame:
    """Per group and source kind: statements and their share of the group's statements."""
    where, params = _where(f)
    rows = store._rows(
        f"SELECT {_group(by)} AS g, s.source_kind AS kind, COUNT(*) AS statements "
        f"FROM statements s JOIN articles a ON a.pk = s.article_pk WHERE {where} "
        f"GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2", params)
    totals = _sum_by(rows, "statements")
    out = [{by: r["g"], "source_kind": r["kind"], "statements": r["statements"],
            "share": _ratio(r["statements"], totals[r["g"]])} for r in rows]
    return frame(out, (by, "source_kind", "statements", "share"))


def anonymous_share(store: Any, by: str, f: Filters) -> pd.DataFrame:
    """Per group: statements, those resting on an anonymous source, and their share."""
    where, params = _where(f)
    rows = store._rows(
        f"SELECT {_group(by)} AS g, COUNT(*) AS statements, "
        f"SUM(CASE WHEN s.source_kind = 'anonymous' THEN 1 ELSE 0 END) AS anonymous "
        f"FROM statements s JOIN articles a ON a.pk = s.article_pk WHERE {where} "
        f"GROUP BY 1 ORDER BY 1", params)
    out = [{by: r["g"], "statements": r["statements"], "anonymous": int(r["anonymous"] or 0),
            "share": _ratio(int(r["anonymous"] or 0), r["statements"])} for r in rows]
    return frame(out, (by, "statements", "anonymous", "share"))


def top_sources(store: Any, limit: int, f: Filters) -> pd.DataFrame:
    """The most cited sources (grouped by folded name and kind): articles, outlets, statements.
    `f.source_kind` keeps the sources of those kinds."""
    clauses, params = source_where(f)
    where = " AND ".join(clauses)
    rows = store._rows(
        f"SELECT MIN(s.name) AS name, s.kind AS kind, COUNT(DISTINCT a.pk) AS articles, "
        f"COUNT(DISTINCT a.outlet) AS outlets, SUM(s.statements) AS statements, "
        f"SUM(s.mentions) AS mentions FROM sources s JOIN articles a ON a.pk = s.article_pk "
        f"WHERE {where} GROUP BY s.norm, s.kind ORDER BY 3 DESC, 5 DESC, 1 LIMIT ?", [*params, limit])
    return frame(rows, ("name", "kind", "articles", "outlets", "statements", "mentions"))


def top_entities(store: Any, limit: int, f: Filters) -> pd.DataFrame:
    """The most mentioned entities (grouped by folded name and label): articles, outlets, mentions."""
    where, params = _where(f, "e.norm IS NOT NULL")
    rows = store._rows(
        f"SELECT MIN(e.name) AS name, e.label AS label, COUNT(DISTINCT a.pk) AS articles, "
        f"COUNT(DISTINCT a.outlet) AS outlets, COUNT(*) AS mentions "
        f"FROM entities e JOIN articles a ON a.pk = e.article_pk WHERE {where} "
        f"GROUP BY e.norm, e.label ORDER BY 3 DESC, 5 DESC, 1 LIMIT ?", [*params, limit])
    return frame(rows, ("name", "label", "articles", "outlets", "mentions"))


def article_pages(store: Any, f: Filters, page: int = PAGE) -> Iterator[list[dict[str, Any]]]:
    """The matching articles' pk, id, outlet and day, page by page in storage order."""
    where, params = _where(f)
    last = 0
    while True:
        rows = store._rows(f"SELECT a.pk, a.id, a.outlet, a.day FROM articles a WHERE {where} "
                           f"AND a.pk > ? ORDER BY a.pk LIMIT ?", [*params, last, page])
        if not rows:
            return
        yield rows
        last = rows[-1]["pk"]


def findings(store: Any, table: str, f: Filters) -> Iterator[dict[str, Any]]:
    if table not in CHILD_TABLES:
        raise StoreError(f"unknown finding table {table!r}; use one of {', '.join(CHILD_TABLES)}")
    columns = [c for c in CHILD_TABLES[table] if c != "vector"]
    select = ", ".join(f"x.{c}" for c in columns)
    for page in article_pages(store, f):
        meta = {r["pk"]: r for r in page}
        rows = store._rows(f"SELECT x.article_pk, {select} FROM {table} x WHERE x.article_pk IN "
                           f"({_marks(list(meta))}) ORDER BY x.article_pk", list(meta))
        for row in rows:
            art = meta[row.pop("article_pk")]
            yield {"article_id": art["id"], "outlet": art["outlet"], "day": art["day"],
                   **_spans(row)}


def _spans(row: dict[str, Any]) -> dict[str, Any]:
    names = {"span_start": "start", "span_end": "end"}
    return {names.get(k, k): v for k, v in row.items()}


def _sum_by(rows: list[dict[str, Any]], key: str) -> dict[Any, int]:
    totals: dict[Any, int] = {}
    for r in rows:
        totals[r["g"]] = totals.get(r["g"], 0) + r[key]
    return totals


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def _as_list(value: str | Sequence[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" * len(values))
