"""The corpus store interface, its search filters, and `open_store(url)`.

A store holds analysed articles and every finding as queryable tables (articles, statements, sources,
techniques, entities, quantities, claims) with full-text search over title and text. Two back ends:

- SQLite (the embedded default): `open_store("corpus.db")` or `open_store("sqlite:///abs/path.db")`;
  one file, WAL journal, FTS5 (porter stemming) search.
- PostgreSQL (a shared deployment): `open_store("postgresql://user@host:5432/db")`; tsvector + GIN
  search (English configuration). Add `?schema=name` to keep the tables in their own schema.

Both apply their named, ordered migrations when opened. The Python API below is stable; the web app and
the CLI call only these methods::

    with open_store("corpus.db") as store:
        hits = store.search("volunteers", Filters(outlet="Daily Planet", since="2024-01-01"))
        table = store.technique_shares(by="week")       # a pandas DataFrame
        clusters = store.claim_clusters()

Duplicates: near-duplicate articles are stored with `duplicate_of` set and, like exact copies (kept in
their own table), are left out of searches and aggregates unless `Filters(duplicates=True)`.
Limits: one writer at a time per store (ingest is single-writer by design; SQLite readers never block).
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import unquote, urlparse

from newssift.errors import FilterError, StoreError

if TYPE_CHECKING:
    import pandas as pd

    from newssift.corpus.rows import Record


SOURCE_KINDS = ("person", "organisation", "media", "anonymous", "document", "unattributed")
TECHNIQUES_FILE = "newssift/lexicons/en/techniques.json"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@cache
def technique_names() -> tuple[str, ...]:
    """The 23 technique labels of `lexicons/en/techniques.json` (empty if the lexicon is missing)."""
    try:
        path = resources.files("newssift.lexicons").joinpath("en", "techniques.json")
        return tuple(sorted(json.loads(path.read_text(encoding="utf-8"))))
    except (OSError, ValueError, ModuleNotFoundError):
        return ()


@dataclass(frozen=True)
class Filters:
    """What to restrict a search or an aggregate to. Every field is optional; lists mean "any of".

    `since`/`until` are inclusive `YYYY-MM-DD` dates compared with the article's publication day;
    `entity` matches an entity's (or its group's) name, case-insensitively and whole; `duplicates=True`
    also returns near-duplicate articles. `limit`/`offset` page the results of `search`.
    `source_kind` restricts articles to those citing a source of that kind, and the source index and
    top sources to sources of that kind. `word_evidence=True` counts only technique findings whose own
    words reach the technique's threshold (or repetitions), leaving out paragraph-level evidence (a
    paragraph labelled with the technique, shown on its likeliest words); findings stored before
    newssift recorded the basis are kept. Values are checked when the filters are made: a malformed
    date, an unknown technique (see `technique_names()`) or source kind (`SOURCE_KINDS`) raises
    `FilterError`.
    """

    outlet: str | Sequence[str] | None = None
    since: str | None = None
    until: str | None = None
    technique: str | Sequence[str] | None = None
    source_kind: str | Sequence[str] | None = None
    entity: str | None = None
    language: str | Sequence[str] | None = None
    duplicates: bool = False
    word_evidence: bool = False
    limit: int = 50
    offset: int = 0

    def __post_init__(self) -> None:
        """Refuse values no article can match: raises `FilterError` (a `ValueError`)."""
        for name in ("since", "until"):
            _check_date(name, getattr(self, name))
        for kind in _values(self.source_kind):
            if kind not in SOURCE_KINDS:
                raise FilterError(f"unknown source kind {kind!r}; use one of "
                                  f"{', '.join(SOURCE_KINDS)}")
        names = technique_names()
        for label in _values(self.technique):
            if names and label not in names:
                raise FilterError(f"unknown technique {label!r}{_suggest(label, names)}; use one of "
                                  f"{', '.join(names)} (see {TECHNIQUES_FILE})")

    @classmethod
    def of(cls, filters: Filters | None = None, **changes: Any) -> Filters:
        """`filters` (or the defaults) with `changes` applied; unknown names raise `StoreError`."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(changes) - known)
        if unknown:
            raise StoreError(f"unknown filter(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        given = {k: v for k, v in changes.items() if v is not None}
        return replace(filters or cls(), **given)


def _check_date(name: str, value: object) -> None:
    if value is None:
        return
    try:
        if isinstance(value, str) and _DATE.fullmatch(value):
            date.fromisoformat(value)
            return
    except ValueError:
        pass
    raise FilterError(f"invalid date {value!r} for {name!r}; expected YYYY-MM-DD (e.g. 2024-05-01)")


def _values(value: str | Sequence[str] | None) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def _suggest(label: str, names: Sequence[str]) -> str:
    folded = {n.lower(): n for n in names}
    close = difflib.get_close_matches(label.lower(), list(folded), n=1, cutoff=0.6)
    return f" (did you mean {folded[close[0]]}?)" if close else ""


@dataclass(frozen=True)
class Added:
    """What the store did with one record: stored as `new`, as a `near-duplicate`, or `skipped`."""

    id: str
    status: str
    duplicate_of: str | None = None
    similarity: float | None = None


class Store(Protocol):
    """The corpus store; see the module docstring. Every query method takes optional `Filters`."""

    url: str

    def add(self, records: Sequence[Record], copies: Sequence[dict[str, Any]] = (),
            near_duplicate: float = 0.8) -> list[Added]:
        """Store records and exact copies in one transaction; link near-duplicates to the first."""
        ...

    def known(self, hashes: Sequence[str]) -> dict[str, str]:
        """The stored article id of each content hash already in the store."""
        ...

    def get(self, article_id: str) -> dict[str, Any] | None:
        """The full analysis document of an article (as `Analysis.to_dict()` gave it), or None."""
        ...

    def search(self, query: str | None = None, filters: Filters | None = None,
               **filter_fields: Any) -> list[dict[str, Any]]: ...

    def search_df(self, query: str | None = None, filters: Filters | None = None,
                  **filter_fields: Any) -> pd.DataFrame: ...

    def technique_shares(self, by: str = "outlet", filters: Filters | None = None) -> pd.DataFrame: ...

    def source_kind_shares(self, by: str = "outlet", filters: Filters | None = None) -> pd.DataFrame: ...

    def anonymous_share(self, by: str = "outlet", filters: Filters | None = None) -> pd.DataFrame: ...

    def top_sources(self, limit: int = 20, filters: Filters | None = None) -> pd.DataFrame: ...

    def top_entities(self, limit: int = 20, filters: Filters | None = None) -> pd.DataFrame: ...

    def claim_clusters(self, threshold: float = 0.85, min_articles: int = 2,
                       filters: Filters | None = None) -> list[dict[str, Any]]: ...

    def source_index(self, min_articles: int = 1, filters: Filters | None = None
                     ) -> list[dict[str, Any]]: ...

    def findings(self, table: str, filters: Filters | None = None) -> Iterator[dict[str, Any]]: ...

    def documents(self, filters: Filters | None = None) -> Iterator[dict[str, Any]]: ...

    def stats(self) -> dict[str, Any]: ...

    def close(self) -> None: ...


def open_store(url: str | Path) -> Store:
    """Open (creating and migrating if needed) the store at `url`.

    `url`: a file path (`corpus.db`), `sqlite:///relative.db` / `sqlite:////abs/path.db`, `:memory:`,
    or `postgresql://user@host:port/db[?schema=name]` (also `postgres://`).
    Raises `StoreError` when the store cannot be opened or was written by a newer newssift.
    """
    text = str(url)
    scheme = urlparse(text).scheme.lower() if "://" in text else ""
    if scheme in ("postgresql", "postgres"):
        from newssift.corpus.postgres import PostgresStore

        return PostgresStore(text)
    if scheme in ("", "sqlite"):
        from newssift.corpus.sqlite import SQLiteStore

        return SQLiteStore(sqlite_path(text))
    raise StoreError(f"unknown store URL scheme {scheme!r} in {text!r}; "
                     "use a file path, sqlite:///path.db or postgresql://host/db")


def sqlite_path(url: str) -> str:
    """The file path named by a SQLite URL or plain path (`:memory:` stays as is)."""
    if "://" not in url:
        return url
    parsed = urlparse(url)
    path = unquote(parsed.netloc + parsed.path)
    return path[1:] if path.startswith("/") else path
