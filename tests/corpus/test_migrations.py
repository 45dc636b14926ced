"""Named, ordered migrations: applied once, in order; a store from a newer version is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from newssift.corpus import open_store
from newssift.corpus.migrations import Migration, pending, split
from newssift.corpus.migrations import postgres as pg_migrations
from newssift.corpus.migrations import sqlite as sqlite_migrations
from newssift.errors import StoreError

KNOWN = [Migration("0001_a", ("A",)), Migration("0002_b", ("B",)), Migration("0003_c", ("C",))]


@pytest.mark.parametrize(("applied", "expected"), [
    ([], ["0001_a", "0002_b", "0003_c"]),
    (["0001_a"], ["0002_b", "0003_c"]),
    (["0001_a", "0002_b", "0003_c"], []),
])
def test_pending_are_the_missing_ones_in_order(applied: list[str], expected: list[str]) -> None:
    assert [m.name for m in pending(KNOWN, applied)] == expected


@pytest.mark.parametrize(("applied", "message"), [
    (["0001_a", "0009_future"], "does not know"),
    (["0002_b"], "out of order"),
])
def test_unknown_or_out_of_order_history_is_refused(applied: list[str], message: str) -> None:
    with pytest.raises(StoreError, match=message):
        pending(KNOWN, applied)


def test_split_keeps_trigger_bodies_whole() -> None:
    script = "CREATE TABLE t (x)\n--;\nCREATE TRIGGER g AFTER INSERT ON t BEGIN\n  SELECT 1;\nEND\n"
    assert split(script) == ("CREATE TABLE t (x)",
                             "CREATE TRIGGER g AFTER INSERT ON t BEGIN\n  SELECT 1;\nEND")


def test_both_back_ends_know_the_same_migration_names() -> None:
    assert ([m.name for m in sqlite_migrations.MIGRATIONS]
            == [m.name for m in pg_migrations.MIGRATIONS])


def test_a_store_migrated_by_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    with open_store(path) as store:
        store._exec("INSERT INTO schema_migrations (name, applied_at) VALUES ('0099_future', 'x')")
    with pytest.raises(StoreError, match="0099_future"):
        open_store(path)


@pytest.mark.parametrize("url", ["mysql://host/db", "postgresql://h/db?schema=bad-name;drop"])
def test_bad_urls_are_refused_with_a_reason(url: str) -> None:
    with pytest.raises(StoreError, match=r"scheme|schema name"):
        open_store(url)


@pytest.mark.parametrize(("url", "path"), [
    ("corpus.db", "corpus.db"), ("sqlite:///corpus.db", "corpus.db"),
    ("sqlite:////var/data/corpus.db", "/var/data/corpus.db"), (":memory:", ":memory:"),
])
def test_sqlite_urls_name_a_file(url: str, path: str) -> None:
    from newssift.corpus.store import sqlite_path

    assert sqlite_path(url) == path


def test_a_store_from_before_technique_basis_gains_the_column(store_url: str,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from newssift.corpus.postgres import PostgresStore
    from newssift.corpus.sqlite import SQLiteStore

    for cls in (SQLiteStore, PostgresStore):
        monkeypatch.setattr(cls, "migrations", cls.migrations[:1])
    with open_store(store_url) as old:
        old._exec("INSERT INTO articles (id, content_hash, title, text, analysis, ingested_at) "
                  "VALUES ('a', 'h', 't', 'x', '{}', '2026-01-01')")
        pk = old._rows("SELECT pk FROM articles")[0]["pk"]
        old._exec("INSERT INTO techniques (article_pk, label) VALUES (?, 'Doubt')", (pk,))
    monkeypatch.undo()
    with open_store(store_url) as new:
        assert new.stats()["migrations"] == ["0001_initial", "0002_technique_basis"]
        assert [dict(r) for r in new._rows("SELECT label, basis FROM techniques")] == [
            {"label": "Doubt", "basis": None}]
