"""The SQLite store: one file, WAL journal, FTS5 full-text search (porter stemming).

The `analysis` column holds the document JSON compressed with zlib (level 1; 5-10× smaller).
Each `add()` is one `BEGIN IMMEDIATE … COMMIT`, so a process killed at any moment (even `kill -9`) leaves
every committed batch intact and the batch in flight absent. `synchronous=NORMAL` in WAL mode keeps
committed data safe against a process crash (a power cut may lose the last commits, never corrupt).
One store object may be shared by threads (a web app): calls are serialised by a lock, and a
transaction holds it until it ends. Limits: one writing process at a time (a second one waits up to
30 s, then fails with `StoreError`); `:memory:` stores live as long as the object.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import threading
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from newssift.corpus.migrations.sqlite import MIGRATIONS
from newssift.corpus.query import FullText, fts5_query
from newssift.corpus.sql import SQLStore, raise_store_error


class SQLiteStore(SQLStore):
    migrations = MIGRATIONS

    def __init__(self, path: str):
        self.path = path
        self.url = f"sqlite:///{path}"
        try:
            if path != ":memory:" and os.path.dirname(path):
                os.makedirs(os.path.dirname(path), exist_ok=True)
            self.conn = sqlite3.connect(path, timeout=30.0, isolation_level=None,
                                        check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self._lock = threading.RLock()
            for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=OFF",
                           "cache_size=-65536", "temp_store=MEMORY"):
                self.conn.execute(f"PRAGMA {pragma}")
            self._depth = 0
            self._migrate()
        except (sqlite3.Error, OSError) as err:
            raise raise_store_error("open", self.url, err) from err

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        try:
            with self._lock:
                return [dict(r) for r in self.conn.execute(sql, tuple(params)).fetchall()]
        except sqlite3.Error as err:
            raise raise_store_error("query", self.url, err) from err

    def _exec(self, sql: str, params: Sequence[Any] = ()) -> None:
        try:
            with self._lock:
                self.conn.execute(sql, tuple(params))
        except sqlite3.Error as err:
            raise raise_store_error("write to", self.url, err) from err

    def _execmany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        try:
            with self._lock:
                self.conn.executemany(sql, rows)
        except sqlite3.Error as err:
            raise raise_store_error("write to", self.url, err) from err

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One transaction; nested uses join the outer one. Other threads wait until it ends."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            self._exec("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            else:
                self._exec("COMMIT")
            finally:
                self._depth = 0

    def _encode_analysis(self, doc_json: str) -> Any:
        return zlib.compress(doc_json.encode("utf-8"), 1)

    def _decode_analysis(self, value: Any) -> dict[str, Any]:
        if isinstance(value, bytes):
            value = zlib.decompress(value).decode("utf-8")
        return json.loads(value)

    def fts(self, text: str) -> FullText:
        return FullText(
            join="articles_fts JOIN articles a ON a.pk = articles_fts.rowid",
            where="articles_fts MATCH ?",
            score="round(-bm25(articles_fts, 2.0, 1.0), 4)",
            snippet="snippet(articles_fts, 1, '[', ']', '…', 16)",
            params=(fts5_query(text),),
            order="bm25(articles_fts, 2.0, 1.0), a.pk",
        )

    def size_bytes(self) -> int:
        """Pages in use times page size (the write-ahead log's spare room is not counted)."""
        row = self._rows("SELECT page_count * page_size AS n FROM pragma_page_count(), "
                         "pragma_page_size()")
        return int(row[0]["n"])

    def close(self) -> None:
        """Close, folding the write-ahead log back into the database file when nobody reads."""
        with contextlib.suppress(sqlite3.Error):  # busy: the log is folded in later
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()
