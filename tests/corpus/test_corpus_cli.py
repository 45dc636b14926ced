"""`newssift corpus …` end to end through `newssift.cli.main` (no real model is loaded)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from corpus_fakes import BRIDGE, FLOODS, NURSES, NURSES_WIRE, add_doubt_findings

from newssift.cli import main
from newssift.corpus.store import Store


@pytest.fixture(autouse=True)
def clean_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("NEWSSIFT_DATABASE", "NEWSSIFT_CONFIG", "NEWSSIFT_ANALYZERS"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "2024").mkdir(parents=True)
    (folder / "2024" / "nurses.txt").write_text(NURSES, encoding="utf-8")
    (folder / "bridge.txt").write_text(BRIDGE, encoding="utf-8")
    records = [{"id": "feed-1", "text": FLOODS, "outlet": "Coast Daily", "published": "2024-05-13"},
               {"id": "feed-2", "text": BRIDGE, "outlet": "Valley Times"}]
    (folder / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    return folder


def run(capsys: Any, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_ingest_then_ingest_again_skips(inputs: Path, tmp_path: Path, capsys: Any) -> None:
    db = str(tmp_path / "c.db")
    code, _, err = run(capsys, "corpus", "ingest", str(inputs), "--db", db, "--analyzers", "quotes")
    assert code == 0, err
    assert "4 articles: 3 stored, 0 near-duplicates, 1 exact copies" in err
    code, _, err = run(capsys, "corpus", "ingest", str(inputs), "--db", db, "--analyzers", "quotes")
    assert code == 0 and "0 stored" in err and "3 already stored" in err
    code, out, _ = run(capsys, "corpus", "query", "bridge", "--db", db, "--format", "jsonl")
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["bridge"]


def test_query_table_jsonl_and_csv(filled: Store, capsys: Any) -> None:
    db = filled.url
    code, out, _ = run(capsys, "corpus", "query", "nurses", "--db", db, "--outlet", "Coast Daily")
    assert code == 0 and out.splitlines()[0].split()[:3] == ["id", "published", "outlet"]
    assert "coast-nurses" in out and "courier-nurses" not in out
    _, out, _ = run(capsys, "corpus", "query", "--db", db, "--technique", "Loaded_Language",
                    "--format", "jsonl")
    assert {json.loads(x)["id"] for x in out.splitlines()} == {"courier-nurses", "courier-bridge"}
    _, out, _ = run(capsys, "corpus", "query", "bridge", "--db", db, "-f", "csv")
    assert out.splitlines()[0] == "id,published,outlet,score,title,snippet"


def test_query_and_stats_with_word_evidence_only(store: Store, capsys: Any) -> None:
    add_doubt_findings(store)
    _, out, _ = run(capsys, "corpus", "query", "--db", store.url, "--technique", "Doubt",
                    "--word-evidence", "-f", "jsonl")
    assert {json.loads(x)["id"] for x in out.splitlines()} == {"a", "c"}
    _, out, _ = run(capsys, "corpus", "stats", "techniques", "--by", "outlet", "--db", store.url,
                    "--word-evidence", "-f", "csv")
    assert out.splitlines()[1].split(",")[:3] == ["Courier", "Doubt", "2"]


@pytest.mark.parametrize(("what", "first_column"), [
    ("techniques", "week"), ("source-kinds", "week"), ("anonymous", "week"),
    ("sources", "name"), ("entities", "name"),
])
def test_stats_aggregates_as_csv(filled: Store, capsys: Any, what: str, first_column: str) -> None:
    code, out, _ = run(capsys, "corpus", "stats", what, "--by", "week", "--db", filled.url,
                       "-f", "csv")
    assert code == 0 and out.splitlines()[0].split(",")[0] == first_column
    assert len(out.splitlines()) > 1


def test_stats_summary(filled: Store, capsys: Any) -> None:
    _, out, _ = run(capsys, "corpus", "stats", "--db", filled.url)
    assert "articles     5 (+ 1 near-duplicates, 1 exact copies)" in out


def test_claims_and_sources(filled: Store, capsys: Any) -> None:
    _, out, _ = run(capsys, "corpus", "claims", "--db", filled.url)
    assert "Northern Courier; Valley Times" in out and "courier-nurses" in out
    _, out, _ = run(capsys, "corpus", "claims", "--db", filled.url, "-f", "jsonl")
    assert json.loads(out)["first_seen"]["article_id"] == "courier-nurses"
    _, out, _ = run(capsys, "corpus", "sources", "--db", filled.url, "--source-kind", "anonymous",
                    "-f", "jsonl")
    names = [json.loads(line)["name"] for line in out.splitlines()]
    assert names[0] == "Informed sources"


def test_export_parquet_and_label_studio(filled: Store, tmp_path: Path, capsys: Any) -> None:
    out = tmp_path / "t.parquet"
    code, _, err = run(capsys, "corpus", "export", "techniques", "-o", str(out), "--db", filled.url)
    assert code == 0 and "4 techniques rows" in err and pq.read_table(out).num_rows == 4
    review = tmp_path / "review.json"
    code, _, err = run(capsys, "corpus", "export", "entities", "-o", str(review), "--db",
                       filled.url)
    assert code == 0 and len(json.loads(review.read_text())) == 5
    assert (tmp_path / "review.label_config.xml").exists()


def test_a_bad_store_url_is_one_line_and_exit_1(capsys: Any) -> None:
    code, out, err = run(capsys, "corpus", "stats", "--db", "mysql://nowhere/db")
    assert code == 1 and out == ""
    assert err.startswith("newssift: E400: unknown store URL scheme") and err.count("\n") == 1


@pytest.mark.parametrize("command", ["ingest", "query", "claims", "sources", "export", "stats"])
def test_every_command_documents_an_example(command: str, capsys: Any) -> None:
    assert main(["corpus", command, "--help"]) == 0
    out = capsys.readouterr().out
    assert "examples:" in out and f"newssift corpus {command}" in out


def test_sources_by_kind_lists_only_sources_of_that_kind(filled: Store, capsys: Any) -> None:
    for kind in ("anonymous", "person"):
        code, out, _ = run(capsys, "corpus", "sources", "--db", filled.url, "--source-kind", kind,
                           "-f", "jsonl")
        kinds = {json.loads(line)["kind"] for line in out.splitlines()}
        assert code == 0 and kinds == {kind}


@pytest.mark.parametrize(("argv", "message"), [
    (("sources", "--source-kind", "bogus"), "unknown source kind 'bogus'; use one of person, "),
    (("query", "--since", "notadate"), "invalid date 'notadate' for 'since'; expected YYYY-MM-DD"),
    (("query", "x", "--until", "2024-02-30"), "invalid date '2024-02-30'"),
    (("query", "--technique", "Bogus_Technique"), "unknown technique 'Bogus_Technique'"),
    (("claims", "--technique", "loaded_language"), "did you mean Loaded_Language?"),
    (("stats", "techniques", "--source-kind", "nobody"), "unknown source kind 'nobody'"),
    (("export", "techniques", "-o", "t.csv", "--since", "May"), "invalid date 'May'"),
])
def test_a_bad_filter_is_one_line_and_exit_2(filled: Store, capsys: Any, argv: tuple[str, ...],
                                             message: str) -> None:
    code, out, err = run(capsys, "corpus", *argv, "--db", filled.url)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert err.startswith("newssift: E401: ") and message in err


def test_ingest_summary_counts_inputs_that_could_not_be_read(inputs: Path, tmp_path: Path,
                                                            capsys: Any) -> None:
    for name in ("empty.txt", "blank.html", "void.txt", "nothing.txt"):
        (inputs / name).write_text("" if name != "blank.html" else "   ", encoding="utf-8")
    db = str(tmp_path / "c.db")
    code, _, err = run(capsys, "corpus", "ingest", str(inputs), "--db", db, "--analyzers", "quotes")
    assert code == 1 and "3 stored" in err and ", 4 failed in" in err


def test_first_seen_is_a_date_or_empty_with_the_article_in_its_own_column(
        tmp_path: Path, factory: Any, capsys: Any) -> None:
    from newssift.corpus import open_store
    from newssift.corpus.ingest import ingest
    from newssift.text import Article

    db = str(tmp_path / "undated.db")
    with open_store(db) as store:
        ingest([Article(NURSES, id="volunteers-undated", outlet="Coast Daily"),
                Article(NURSES_WIRE, id="volunteers-copy", outlet="Valley Times")], store,
               factory=factory)
    for command in ("sources", "claims"):
        code, out, _ = run(capsys, "corpus", command, "--db", db, "--duplicates", "-f", "csv")
        rows = list(csv.DictReader(io.StringIO(out)))
        assert code == 0 and rows
        assert {(r["first_seen"], r["first_article"]) for r in rows} == {("", "volunteers-undated")}
