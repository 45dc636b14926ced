"""`SQLStore`: what the SQLite and PostgreSQL stores share — migrations, the write path, reads.

SQL here is written once with `?` placeholders; a back end converts them (`_sql`) and supplies the
connection primitives (`_rows`, `_exec`, `_execmany`, `_transaction`) and its full-text clause.
The write path is one transaction per `add()` call: the article rows, every finding row, the LSH keys and
the exact copies of a batch commit together or not at all, so an interrupted ingest loses at most the
batch in flight.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import numpy as np

from newssift.corpus import dedup
from newssift.corpus import query as q
from newssift.corpus.migrations import Migration, pending
from newssift.corpus.rows import ARTICLE_COLUMNS, CHILD_TABLES, Record, restore
from newssift.corpus.store import Added, Filters
from newssift.errors import StoreError

if TYPE_CHECKING:
    import pandas as pd

TABLES = ("articles", "copies", *CHILD_TABLES)
_ARTICLE_INSERT = (
    f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}, duplicate_of, similarity, minhash, "
    f"ingested_at) VALUES ({', '.join('?' * (len(ARTICLE_COLUMNS) + 4))}) "
    "ON CONFLICT (content_hash) DO NOTHING RETURNING pk"
)
_CHILD_INSERTS = {
    table: f"INSERT INTO {table} (article_pk, {', '.join(cols)}) VALUES ({', '.join('?' * (len(cols) + 1))})"
    for table, cols in CHILD_TABLES.items()
}


class SQLStore:
    """Base class of the SQL back ends (see `newssift.corpus.store` for the public API)."""

    url: str
    migrations: Sequence[Migration] = ()

    # -- back-end primitives -------------------------------------------------------------------
    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        raise NotImplementedError

    def _exec(self, sql: str, params: Sequence[Any] = ()) -> None:
        raise NotImplementedError

    def _execmany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        raise NotImplementedError

    def _transaction(self) -> AbstractContextManager[Any]:
        raise NotImplementedError

    def _encode_analysis(self, doc_json: str) -> Any:
        """The `analysis` column value of a document's JSON (the back end's storage form)."""
        return doc_json

    def _decode_analysis(self, value: Any) -> dict[str, Any]:
        return json.loads(value) if isinstance(value, str) else value

    def _document(self, row: dict[str, Any]) -> dict[str, Any]:
        return restore(self._decode_analysis(row["analysis"]), row["text"])

    def fts(self, text: str) -> q.FullText:
        """The back end's full-text clause for a user query (see `q.FullText`)."""
        raise NotImplementedError

    def size_bytes(self) -> int:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> SQLStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.url}>"

    # -- migrations ----------------------------------------------------------------------------
    def _migrate(self) -> None:
        self._exec("CREATE TABLE IF NOT EXISTS schema_migrations "
                   "(name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        applied = [r["name"] for r in self._rows("SELECT name FROM schema_migrations ORDER BY name")]
        for migration in pending(self.migrations, applied):
            with self._transaction():
                for statement in migration.statements:
                    self._exec(statement)
                self._exec("INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)",
                           (migration.name, _now()))

    def migrations_applied(self) -> list[str]:
        return [r["name"] for r in self._rows("SELECT name FROM schema_migrations ORDER BY name")]

    # -- writing -------------------------------------------------------------------------------
    def add(self, records: Sequence[Record], copies: Sequence[dict[str, Any]] = (),
            near_duplicate: float = 0.8) -> list[Added]:
        """Store `records` and exact `copies` in one transaction (see `Store.add`).

        `near_duplicate` is the MinHash similarity from which an article is linked to the first
        article it resembles (its `duplicate_of`); 1.0 or more turns near-duplicate linking off.
        """
        with self._transaction():
            results = [self._add_one(r, near_duplicate) for r in records]
            if copies:
                self._execmany(
                    "INSERT INTO copies (content_hash, id, outlet, url, published) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT (content_hash, id) DO NOTHING",
                    [(c["content_hash"], c["id"], c.get("outlet"), c.get("url"), c.get("published"))
                     for c in copies])
        return results

    def _add_one(self, record: Record, threshold: float) -> Added:
        keys = dedup.band_keys(np.frombuffer(record.signature, "<u4"))
        root = self._near_duplicate(record.signature, keys, threshold)
        art = record.article
        values = [self._encode_analysis(art[c]) if c == "analysis" else art[c] for c in ARTICLE_COLUMNS]
        values += [root[0] if root else None, root[2] if root else None, record.signature, _now()]
        inserted = self._rows(_ARTICLE_INSERT, values)
        if not inserted:
            return Added(art["id"], "skipped")
        pk = inserted[0]["pk"]
        for table, rows in record.children.items():
            if rows:
                self._execmany(_CHILD_INSERTS[table], [(pk, *row) for row in rows])
        if root is None:
            self._execmany("INSERT INTO lsh (key, article_pk) VALUES (?, ?)", [(k, pk) for k in keys])
            return Added(art["id"], "new")
        return Added(art["id"], "near-duplicate", root[1], root[2])

    def _near_duplicate(self, signature: bytes, keys: list[int],
                        threshold: float) -> tuple[int, str, float] | None:
        """(pk, id, similarity) of the first stored article this signature nearly duplicates."""
        if threshold > 1.0:
            return None
        marks = ", ".join("?" * len(keys))
        candidates = self._rows(
            f"SELECT DISTINCT a.pk, a.id, a.minhash FROM lsh l JOIN articles a ON a.pk = l.article_pk "
            f"WHERE l.key IN ({marks}) ORDER BY a.pk", keys)
        for c in candidates:
            sim = dedup.similarity(signature, bytes(c["minhash"]))
            if sim >= threshold:
                return c["pk"], c["id"], round(sim, 4)
        return None

    def known(self, hashes: Sequence[str]) -> dict[str, str]:
        """The stored id of each of `hashes` already stored as an article."""
        found: dict[str, str] = {}
        unique = list(dict.fromkeys(hashes))
        for i in range(0, len(unique), 500):
            chunk = unique[i : i + 500]
            rows = self._rows(f"SELECT content_hash, id FROM articles WHERE content_hash IN "
                              f"({', '.join('?' * len(chunk))})", chunk)
            found.update({r["content_hash"]: r["id"] for r in rows})
        return found

    # -- reading -------------------------------------------------------------------------------
    def get(self, article_id: str) -> dict[str, Any] | None:
        """The analysis document of the first article stored under `article_id`, or None."""
        rows = self._rows("SELECT text, analysis FROM articles WHERE id = ? ORDER BY pk LIMIT 1",
                          (article_id,))
        return self._document(rows[0]) if rows else None

    def search(self, query: str | None = None, filters: Filters | None = None,
               **filter_fields: Any) -> list[dict[str, Any]]:
        """Articles matching a full-text query (words, "phrases", OR, -word) and the filters.

        Ranked by relevance (BM25 in SQLite, ts_rank in PostgreSQL) when there is a query, else by
        publication day (newest first). Each result: id, title, outlet, url, published, language,
        duplicate_of (an article id or None), score (higher is better; not comparable across back
        ends) and a snippet with matches in [brackets].
        """
        return q.search(self, query, Filters.of(filters, **filter_fields))

    def search_df(self, query: str | None = None, filters: Filters | None = None,
                  **filter_fields: Any) -> pd.DataFrame:
        """`search` as a pandas DataFrame (same columns, one row per article)."""
        return q.frame(self.search(query, filters, **filter_fields), q.SEARCH_COLUMNS)

    def technique_shares(self, by: str = "outlet", filters: Filters | None = None) -> pd.DataFrame:
        return q.technique_shares(self, by, Filters.of(filters))

    def source_kind_shares(self, by: str = "outlet", filters: Filters | None = None) -> pd.DataFrame:
        return q.source_kind_shares(self, by, Filters.of(filters))

    def anonymous_share(self, by: str = "outlet", filters: Filters | None = None) -> pd.DataFrame:
        return q.anonymous_share(self, by, Filters.of(filters))

    def top_sources(self, limit: int = 20, filters: Filters | None = None) -> pd.DataFrame:
        return q.top_sources(self, limit, Filters.of(filters))

    def top_entities(self, limit: int = 20, filters: Filters | None = None) -> pd.DataFrame:
        return q.top_entities(self, limit, Filters.of(filters))

    def claim_clusters(self, threshold: float = 0.85, min_articles: int = 2,
                       filters: Filters | None = None) -> list[dict[str, Any]]:
        from newssift.corpus import clusters

        return clusters.claim_clusters(self, threshold, min_articles, Filters.of(filters))

    def source_index(self, min_articles: int = 1, filters: Filters | None = None
                     ) -> list[dict[str, Any]]:
        from newssift.corpus import clusters

        return clusters.source_index(self, min_articles, Filters.of(filters))

    def findings(self, table: str, filters: Filters | None = None) -> Iterator[dict[str, Any]]:
        """Every row of a finding table (statements, techniques, ...) with its article's id, outlet
        and publication day, article by article, in bounded memory."""
        return q.findings(self, table, Filters.of(filters))

    def documents(self, filters: Filters | None = None) -> Iterator[dict[str, Any]]:
        """The analysis documents of the matching articles, in storage order, in bounded memory."""
        for page in q.article_pages(self, Filters.of(filters)):
            pks = [r["pk"] for r in page]
            rows = self._rows(f"SELECT text, analysis FROM articles WHERE pk IN "
                              f"({', '.join('?' * len(pks))}) ORDER BY pk", pks)
            for row in rows:
                yield self._document(row)

    def stats(self) -> dict[str, Any]:
        """Row counts per table, near-duplicates, copies, store size and applied migrations."""
        counts = {t: self._rows(f"SELECT COUNT(*) AS n FROM {t}")[0]["n"] for t in TABLES}
        dups = self._rows("SELECT COUNT(*) AS n FROM articles WHERE duplicate_of IS NOT NULL")[0]["n"]
        return {"url": self.url, "articles": counts["articles"] - dups, "near_duplicates": dups,
                "exact_copies": counts["copies"],
                "rows": {t: counts[t] for t in CHILD_TABLES}, "size_bytes": self.size_bytes(),
                "migrations": self.migrations_applied()}

    def check(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Run a read-only SQL query (with `?` placeholders) — for tests and power users."""
        return self._rows(sql, params)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def raise_store_error(action: str, url: str, err: Exception) -> StoreError:
    return StoreError(f"cannot {action} the corpus store {url}: {err}")
