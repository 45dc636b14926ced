"""Exports for analysts (Parquet, CSV) and for review in Label Studio."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from newssift.corpus import Filters
from newssift.corpus.export import export_labelstudio, export_table, label_config
from newssift.corpus.store import Store
from newssift.errors import StoreError


@pytest.mark.parametrize(("table", "rows"), [("statements", 9), ("techniques", 4),
                                             ("entities", 9), ("quantities", 6), ("claims", 5)])
def test_parquet_holds_one_row_per_finding(filled: Store, tmp_path: Path, table: str,
                                           rows: int) -> None:
    path = tmp_path / f"{table}.parquet"
    assert export_table(filled, table, path) == rows
    frame = pq.read_table(path).to_pandas()
    assert len(frame) == rows
    assert list(frame.columns[:3]) == ["article_id", "outlet", "day"]
    assert {"start", "end", "text"} <= set(frame.columns)
    assert "vector" not in frame.columns and "span_start" not in frame.columns


def test_csv_spans_are_exact_slices(filled: Store, tmp_path: Path) -> None:
    path = tmp_path / "techniques.csv"
    export_table(filled, "techniques", path, filters=Filters(outlet="Northern Courier"))
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [(r["article_id"], r["label"], r["text"]) for r in rows] == [
        ("courier-nurses", "Loaded_Language", "reckless"),
        ("courier-bridge", "Appeal_to_Popularity", "Everyone knows"),
        ("courier-bridge", "Loaded_Language", "catastrophe")]
    doc = filled.get("courier-bridge")
    start, end = int(rows[1]["start"]), int(rows[1]["end"])
    assert doc["article"]["text"][start:end] == "Everyone knows"


def test_an_empty_export_still_writes_a_valid_file(filled: Store, tmp_path: Path) -> None:
    path = tmp_path / "none.parquet"
    assert export_table(filled, "techniques", path, filters=Filters(outlet="Nobody")) == 0
    assert pq.read_table(path).num_rows == 0


def test_unknown_table_or_format_is_refused(filled: Store, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot export"):
        export_table(filled, "articles", tmp_path / "a.csv")
    with pytest.raises(StoreError, match="unknown table format"):
        export_table(filled, "techniques", tmp_path / "a.xlsx")


def test_label_studio_tasks_carry_text_and_predictions(filled: Store, tmp_path: Path) -> None:
    path = tmp_path / "review.json"
    assert export_labelstudio(filled, "techniques", path) == 5
    tasks = json.loads(path.read_text(encoding="utf-8"))
    bridge = next(t for t in tasks if t["data"]["article_id"] == "courier-bridge")
    results = bridge["predictions"][0]["result"]
    assert [r["value"]["labels"] for r in results] == [["Appeal_to_Popularity"],
                                                        ["Loaded_Language"]]
    for r in results:
        value = r["value"]
        assert bridge["data"]["text"][value["start"]:value["end"]] == value["text"]
        assert (r["from_name"], r["to_name"], r["type"]) == ("label", "text", "labels")
    config = path.with_name("review.label_config.xml").read_text(encoding="utf-8")
    assert '<Label value="Loaded_Language"/>' in config and 'value="$text"' in config


def test_label_studio_statements_link_source_and_cue(filled: Store, tmp_path: Path) -> None:
    path = tmp_path / "statements.json"
    export_labelstudio(filled, "statements", path, Filters(outlet="Coast Daily"))
    floods = next(t for t in json.loads(path.read_text()) if t["data"]["article_id"] == "coast-floods")
    result = floods["predictions"][0]["result"]
    spans = {r["id"]: r["value"]["labels"][0] for r in result if r["type"] == "labels"}
    relations = [(r["from_id"], r["to_id"], r["labels"][0]) for r in result if r["type"] == "relation"]
    assert spans == {"s0": "Statement", "s0s": "Source", "s0c": "Cue",
                     "s1": "Statement", "s1s": "Source", "s1c": "Cue"}
    assert ("s0", "s0s", "attributed-to") in relations and ("s1", "s1c", "cue") in relations


def test_label_config_for_statements_has_relations() -> None:
    config = label_config("statements", [])
    assert '<Relation value="attributed-to"/>' in config
    assert config.count("<Label ") == 3
