"""Batch ingestion: idempotent, copies and near-duplicates linked, failures reported, input order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from corpus_fakes import BRIDGE, corpus_articles, many_articles

from newssift.corpus.ingest import IngestOptions, PipelineFactory, estimate_total, ingest
from newssift.corpus.store import Store
from newssift.errors import NewssiftError
from newssift.text import Article


def test_first_run_stores_links_and_counts(store: Store, factory: PipelineFactory) -> None:
    report = ingest(corpus_articles(), store, IngestOptions(batch_size=3), factory)
    assert (report.seen, report.new, report.near_duplicates, report.copies) == (7, 5, 1, 1)
    assert (report.skipped, report.failed) == (0, 0)
    assert store.check("SELECT id, content_hash FROM copies")[0]["id"] == "valley-bridge"


def test_second_run_skips_everything_stored(store: Store, factory: PipelineFactory) -> None:
    ingest(corpus_articles(), store, IngestOptions(batch_size=3), factory)
    before = store.stats()
    report = ingest(corpus_articles(), store, IngestOptions(batch_size=2), factory)
    assert (report.new, report.near_duplicates, report.skipped, report.copies) == (0, 0, 6, 1)
    assert store.stats() == before


def test_a_repeated_text_in_one_batch_is_a_copy_not_a_second_article(
        store: Store, factory: PipelineFactory) -> None:
    articles = [Article(BRIDGE, id="one"), Article(BRIDGE, id="two"), Article(BRIDGE, id="one")]
    report = ingest(articles, store, IngestOptions(batch_size=8), factory)
    assert (report.new, report.copies, report.skipped) == (1, 1, 1)
    assert [r["id"] for r in store.check("SELECT id FROM copies")] == ["two"]


def test_a_failing_article_is_reported_and_the_rest_stored(store: Store,
                                                           factory: PipelineFactory) -> None:
    failures: list[tuple[str, NewssiftError]] = []
    articles = [Article(BRIDGE, id="good"), Article("Broken\n\nBREAK-ME now.\n", id="bad")]
    report = ingest(articles, store, IngestOptions(batch_size=2), factory,
                    on_error=lambda name, err: failures.append((name, err)))
    assert (report.new, report.failed) == (1, 1)
    assert [name for name, _ in failures] == ["bad"]
    assert "built to fail" in str(failures[0][1])
    assert store.known([articles[1].content_hash]) == {}  # retried on the next run


def test_batch_size_does_not_change_the_result(tmp_path: Path, factory: PipelineFactory) -> None:
    from newssift.corpus import open_store

    dumps = []
    for size in (1, 7, 64):
        with open_store(tmp_path / f"b{size}.db") as store:
            ingest(many_articles(30), store, IngestOptions(batch_size=size), factory)
            dumps.append(store.check("SELECT a.id, d.id AS dup FROM articles a LEFT JOIN articles d "
                                     "ON d.pk = a.duplicate_of ORDER BY a.pk"))
    assert dumps[0] == dumps[1] == dumps[2]


def test_progress_bar_writes_to_stderr(store: Store, factory: PipelineFactory,
                                       capsys: Any) -> None:
    ingest(corpus_articles(), store, IngestOptions(batch_size=3, progress=True, total=7), factory)
    assert "7/7" in capsys.readouterr().err


def test_estimate_counts_files_and_jsonl_lines(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Title\n\nBody.\n")
    (tmp_path / "feed.jsonl").write_text('{"text": "x"}\n{"text": "y"}\n\n')
    (tmp_path / "notes.md").write_text("not an article")
    (tmp_path / ".hidden.txt").write_text("skipped")
    assert estimate_total([tmp_path]) == 3
    assert estimate_total([tmp_path, "-"]) is None
