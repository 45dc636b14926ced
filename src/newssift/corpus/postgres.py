"""The PostgreSQL store: a connection URL, JSONB analysis, tsvector + GIN full-text search.

`postgresql://user@host:port/db?schema=name` keeps the tables in schema `name` (created if missing;
default `public`). Migrations run under an advisory lock, so two processes opening a fresh store do not
race. Each `add()` is one transaction.
Limits: search uses PostgreSQL's `english` configuration (stemming, stop words) whatever the article's
language; one writer at a time is assumed (a second concurrent writer is safe — content hashes are
unique — but near-duplicate links may then depend on timing).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlparse, urlunparse

from newssift.corpus.migrations.postgres import MIGRATIONS
from newssift.corpus.query import FullText, parse_query
from newssift.corpus.sql import SQLStore, raise_store_error
from newssift.errors import StoreError

_SCHEMA = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")


def split_url(url: str) -> tuple[str, str]:
    """(connection URL without `schema=`, schema name)."""
    parsed = urlparse(url)
    query = parse_qsl(parsed.query)
    schema = next((v for k, v in query if k == "schema"), "public")
    if not _SCHEMA.match(schema):
        raise StoreError(f"bad schema name {schema!r} in {url!r}: use letters, digits and _")
    rest = urlencode([(k, v) for k, v in query if k != "schema"])
    return urlunparse(parsed._replace(query=rest)), schema


class PostgresStore(SQLStore):
    migrations = MIGRATIONS

    def __init__(self, url: str):
        import psycopg
        from psycopg.rows import dict_row

        self.url = url
        self._lock = threading.RLock()
        conninfo, self.schema = split_url(url)
        try:
            self.conn = psycopg.connect(conninfo, autocommit=True, row_factory=dict_row,
                                        connect_timeout=10)
            self.conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{self.schema}"')
            self.conn.execute(f'SET search_path TO "{self.schema}"')
            self.conn.execute("SELECT pg_advisory_lock(hashtext(%s))", (self.schema,))
            try:
                self._migrate()
            finally:
                self.conn.execute("SELECT pg_advisory_unlock(hashtext(%s))", (self.schema,))
        except psycopg.Error as err:
            raise raise_store_error("open", url, err) from err

    @staticmethod
    def _sql(sql: str) -> str:
        return sql.replace("%", "%%").replace("?", "%s")

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        import psycopg

        try:
            with self._lock:
                cur = self.conn.execute(self._sql(sql), tuple(params))
                return list(cur.fetchall()) if cur.description else []
        except psycopg.Error as err:
            raise raise_store_error("query", self.url, err) from err

    def _exec(self, sql: str, params: Sequence[Any] = ()) -> None:
        import psycopg

        try:
            with self._lock:
                self.conn.execute(self._sql(sql), tuple(params))
        except psycopg.Error as err:
            raise raise_store_error("write to", self.url, err) from err

    def _execmany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        import psycopg

        try:
            with self._lock, self.conn.cursor() as cur:
                cur.executemany(self._sql(sql), [tuple(r) for r in rows])
        except psycopg.Error as err:
            raise raise_store_error("write to", self.url, err) from err

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        with self._lock, self.conn.transaction():  # other threads wait until it ends
            yield

    def fts(self, text: str) -> FullText:
        parse_query(text)  # refuse queries with nothing to look for, as SQLite does
        return FullText(
            join="articles a CROSS JOIN websearch_to_tsquery('english', ?) q",
            where="a.tsv @@ q",
            score="round(ts_rank(a.tsv, q)::numeric, 4)::float8",
            snippet="ts_headline('english', a.text, q, "
                    "'StartSel=[, StopSel=], MaxWords=24, MinWords=8, MaxFragments=1')",
            params=(text,),
            order="ts_rank(a.tsv, q) DESC, a.pk",
        )

    def size_bytes(self) -> int:
        rows = self._rows(
            "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) AS n FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relkind = 'r'",
            (self.schema,))
        return int(rows[0]["n"])

    def drop(self) -> None:
        """Drop this store's schema and everything in it (for tests and throw-away stores)."""
        if self.schema == "public":
            raise StoreError("refusing to drop the public schema; drop its tables by hand")
        self._exec(f'DROP SCHEMA IF EXISTS "{self.schema}" CASCADE')

    def close(self) -> None:
        self.conn.close()
