"""The web layer's view of the corpus store (`newssift.corpus`): request and response models, and
thin calls into the store API (search, aggregates, claim clusters, source index, get, add).

The store's DataFrames are turned into chart-ready series here (x labels and one value list per
series), so the dashboard's script only draws. Store calls are serialised with one lock per store
(a SQLite connection is shared by the server's threads).
Limits: technique and source-kind charts show the `MAX_SERIES` biggest series and fold the rest into
"other"; weeks without a publication date are shown as "undated".
"""

from __future__ import annotations

import threading
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException

from newssift.errors import InputError, StoreError

MAX_SERIES = 8
DATE = r"^\d{4}-\d{2}-\d{2}$"


class LockedStore:
    """A store whose method calls run one at a time."""

    def __init__(self, store: Any):
        self.store = store
        self.lock = threading.Lock()

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self.store, name)
        if not callable(attr):
            return attr

        def locked(*args: Any, **kwargs: Any) -> Any:
            with self.lock:
                return attr(*args, **kwargs)

        return locked


class Filters(BaseModel):
    """Search text and the store's filters, as query parameters."""

    model_config = ConfigDict(extra="forbid")

    q: str | None = Field(None, max_length=500, description='Words, "phrases", OR, -word.')
    outlet: str | None = Field(None, max_length=200)
    since: str | None = Field(None, pattern=DATE, description="YYYY-MM-DD, inclusive")
    until: str | None = Field(None, pattern=DATE, description="YYYY-MM-DD, inclusive")
    technique: str | None = Field(None, max_length=80)
    source_kind: str | None = Field(None, max_length=40)
    entity: str | None = Field(None, max_length=200)
    duplicates: bool = False
    word_evidence: bool = Field(False, description="technique findings whose own words carry the "
                                "technique only, not paragraph-level evidence")
    limit: int = Field(50, ge=1, le=200)
    offset: int = Field(0, ge=0, le=100_000)

    def store_filters(self, **changes: Any) -> Any:
        from newssift.corpus import Filters as StoreFilters

        values = self.model_dump(exclude={"q"})
        values = {k: (v or None) if isinstance(v, str) else v for k, v in values.items()}
        return StoreFilters.of(None, **{**values, **changes})


class Hit(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    snippet: str | None = None
    score: float | None = None
    duplicate_of: str | None = None


class Page(BaseModel):
    query: str | None
    limit: int
    offset: int
    next_offset: int | None
    items: list[Hit]


class Series(BaseModel):
    name: str
    values: list[float]


class TimeChart(BaseModel):
    x: list[str]
    series: list[Series]


class BarChart(BaseModel):
    labels: list[str]
    values: list[float]


class Aggregates(BaseModel):
    outlet: str | None
    techniques: TimeChart
    source_kinds: TimeChart
    anonymous_by_outlet: BarChart
    top_sources: BarChart


class AggregateQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    outlet: str | None = Field(None, max_length=200)
    since: str | None = Field(None, pattern=DATE)
    until: str | None = Field(None, pattern=DATE)
    sources: int = Field(15, ge=1, le=100, description="How many top sources to return.")


class MemberSource(BaseModel):
    name: str | None = None
    kind: str = "unattributed"


class ClaimMember(BaseModel):
    model_config = ConfigDict(extra="allow")

    article_id: str
    outlet: str | None = None
    published: str | None = None
    start: int
    end: int
    text: str
    similarity: float
    source: MemberSource


class ClaimCluster(BaseModel):
    """A claim repeated across articles (see `newssift.corpus.clusters`)."""

    model_config = ConfigDict(extra="allow")

    id: str
    text: str
    articles: int
    outlets: list[str]
    members: list[ClaimMember]


class SourceEntry(BaseModel):
    """A source grouped across articles by folded name and kind."""

    model_config = ConfigDict(extra="allow")

    name: str | None = None
    kind: str | None = None
    articles: int
    outlets: list[str]
    statements: int
    article_ids: list[str] = []


class Stored(BaseModel):
    id: str
    status: str
    duplicate_of: str | None = None
    similarity: float | None = None


def search(store: Any, filters: Filters) -> Page:
    """One page of matching articles; a query the store cannot run is the caller's error (400)."""
    try:
        rows = store.search(filters.q or None, filters.store_filters())
    except StoreError as err:
        if not filters.q:
            raise
        raise InputError(f"the search could not be run ({_plain(err)}); check the query syntax: "
                         'words, "phrases", OR, -word') from err
    more = filters.offset + filters.limit if len(rows) >= filters.limit else None
    return Page(query=filters.q, limit=filters.limit, offset=filters.offset, next_offset=more,
                items=[Hit(**_clean(r)) for r in rows])


def _plain(err: Exception) -> str:
    text = str(err)
    code = getattr(err, "code", "")
    return text[len(code) + 2:] if code and text.startswith(code + ": ") else text


def _clean(row: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in row.items() if v is None or isinstance(v, str | int | float | bool)}
    out["id"] = str(row.get("id"))
    return out


def article(store: Any, article_id: str) -> dict[str, Any]:
    doc = store.get(article_id)
    if doc is None:
        raise HTTPException(404, f"no article {article_id!r} in the corpus")
    return doc


def add(store: Any, analysis: Any) -> Stored:
    from newssift.corpus.rows import record_of

    added = store.add([record_of(analysis)])[0]
    return Stored(id=added.id, status=added.status, duplicate_of=added.duplicate_of,
                  similarity=added.similarity)


def _records(frame: Any) -> list[dict[str, Any]]:
    return [] if frame is None or len(frame) == 0 else frame.to_dict(orient="records")


def time_chart(rows: list[dict[str, Any]], x_key: str, name_key: str, value_key: str) -> TimeChart:
    """Long rows (week, name, value) → x labels and one series per name (biggest first, then
    "other")."""
    xs = sorted({_label(r[x_key]) for r in rows})
    totals: dict[str, float] = {}
    for r in rows:
        name = _label(r[name_key])
        totals[name] = totals.get(name, 0.0) + float(r[value_key] or 0)
    names = sorted(totals, key=lambda n: (-totals[n], n))
    kept = names[:MAX_SERIES] if len(names) <= MAX_SERIES else names[: MAX_SERIES - 1]
    values = {n: [0.0] * len(xs) for n in [*kept, "other"]}
    for r in rows:
        name = _label(r[name_key])
        column = xs.index(_label(r[x_key]))
        values[name if name in kept else "other"][column] += float(r[value_key] or 0)
    series = [Series(name=n, values=[round(v, 4) for v in values[n]]) for n in kept]
    if len(names) > len(kept):
        series.append(Series(name="other", values=[round(v, 4) for v in values["other"]]))
    return TimeChart(x=xs, series=series)


def _label(value: Any) -> str:
    return "undated" if value is None or value != value else str(value)  # NaN != NaN


def aggregates(store: Any, query: AggregateQuery) -> Aggregates:
    from newssift.corpus import Filters as StoreFilters

    mine = StoreFilters.of(None, outlet=query.outlet or None, since=query.since, until=query.until)
    every = StoreFilters.of(None, since=query.since, until=query.until)
    techniques = _records(store.technique_shares(by="week", filters=mine))
    kinds = _records(store.source_kind_shares(by="week", filters=mine))
    anonymous = _records(store.anonymous_share(by="outlet", filters=every))
    top = _records(store.top_sources(limit=query.sources, filters=mine))
    return Aggregates(
        outlet=query.outlet or None,
        techniques=time_chart(techniques, "week", "technique", "share"),
        source_kinds=time_chart(kinds, "week", "source_kind", "share"),
        anonymous_by_outlet=BarChart(labels=[_label(r["outlet"]) for r in anonymous],
                                     values=[float(r["share"] or 0) for r in anonymous]),
        top_sources=BarChart(labels=[f"{r['name']} ({r['kind']})" for r in top],
                             values=[float(r["statements"] or 0) for r in top]),
    )


def facets(store: Any) -> dict[str, list[str]]:
    """The values the search form offers: outlets, techniques and source kinds present.

    Limits: the store has no outlet list of its own, so an outlet shows up once one of its
    articles has a statement or a technique.
    """
    from newssift.corpus import Filters as StoreFilters

    every = StoreFilters.of(None)
    techniques = store.technique_shares(by="outlet", filters=every)
    kinds = store.source_kind_shares(by="outlet", filters=every)
    outlets = set(_values(techniques, "outlet")) | set(_values(kinds, "outlet"))
    return {"outlets": sorted(outlets), "techniques": _values(techniques, "technique"),
            "source_kinds": _values(kinds, "source_kind")}


def _values(frame: Any, key: str) -> list[str]:
    return sorted({str(r[key]) for r in _records(frame) if r.get(key) is not None})


def claim_clusters(store: Any, limit: int, outlet: str | None) -> list[ClaimCluster]:
    from newssift.corpus import Filters as StoreFilters

    clusters = store.claim_clusters(filters=StoreFilters.of(None, outlet=outlet))
    return [ClaimCluster(**c) for c in clusters[:limit]]


def source_index(store: Any, limit: int, kind: str | None) -> list[SourceEntry]:
    from newssift.corpus import Filters as StoreFilters

    entries = store.source_index(filters=StoreFilters.of(None, source_kind=kind or None))
    return [SourceEntry(**e) for e in entries[:limit]]
