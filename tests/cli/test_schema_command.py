"""`newssift schema`: prints the combined schema; `--check` validates analysis files."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newssift.analysis import Analysis
from newssift.schema import load_schema
from newssift.text import Article

Cli = Callable[..., Any]


def doc(text: str = "Library hours extended\n\nThe city library will open on Sundays.") -> dict:
    return Analysis.of(Article(text=text, id="library")).to_dict()


def test_prints_the_combined_schema(cli: Cli) -> None:
    result = cli("schema")
    assert result.code == 0
    assert json.loads(result.out) == load_schema()


def test_check_accepts_valid_json_and_jsonl(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(json.dumps(doc()), encoding="utf-8")
    (tmp_path / "many.jsonl").write_text(json.dumps(doc()) + "\n" + json.dumps(doc()) + "\n",
                                         encoding="utf-8")
    result = cli("schema", "--check", str(tmp_path / "one.json"), str(tmp_path / "many.jsonl"))
    assert (result.code, result.err) == (0, "")


def test_check_reports_each_bad_document_on_one_line(cli: Cli, tmp_path: Path) -> None:
    bad_score, bad_slice = doc(), doc()
    bad_score["sentences"][0]["checkworthy"] = 2
    bad_slice["quotes"] = [{"start": 0, "end": 7, "text": "Library!", "label": "quote",
                            "score": 0.5}]
    lines = [json.dumps(doc()), json.dumps(bad_score), "{oops", json.dumps(bad_slice)]
    path = tmp_path / "out.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = cli("schema", "--check", str(path))
    assert result.code == 1
    assert [line.split(": ")[1:3] for line in result.err_lines] == [
        [f"{path}:2", "E501"], [f"{path}:3", "E104"], [f"{path}:4", "E501"]]
    assert "$.sentences[0].checkworthy" in result.err_lines[0]
    assert "$.quotes[0]" in result.err_lines[2]


def test_check_of_a_missing_file_is_one_line(cli: Cli, tmp_path: Path) -> None:
    result = cli("schema", "--check", str(tmp_path / "nowhere.json"))
    assert result.code == 1
    assert result.err_lines == [f"newssift: {tmp_path / 'nowhere.json'}: No such file or directory"]
