"""JSON and JSON Lines rendering, and the `render` dispatcher."""

from __future__ import annotations

import json
from typing import Any

import pytest

from newssift.errors import OutputError
from newssift.output import render
from newssift.schema import check_spans, validate


def test_json_round_trips_one_document(full_doc: dict[str, Any]) -> None:
    out = render([full_doc], "json")
    assert out.endswith("}\n")
    assert json.loads(out) == full_doc


def test_fake_full_document_matches_the_schema(full_doc: dict[str, Any]) -> None:
    validate(full_doc)
    check_spans(full_doc)


@pytest.mark.parametrize("count", [0, 2])
def test_json_refuses_other_than_one_document_and_points_to_jsonl(
    full_doc: dict[str, Any], count: int
) -> None:
    with pytest.raises(OutputError, match="--format jsonl"):
        render([full_doc] * count, "json")


def test_jsonl_writes_one_parseable_line_per_document(
    full_doc: dict[str, Any], bare_doc: dict[str, Any]
) -> None:
    lines = render([full_doc, bare_doc], "jsonl").splitlines()
    assert [json.loads(line)["article"]["id"] for line in lines] == ["ferry-1", "n1"]


@pytest.mark.parametrize(("char", "escaped"), [("\u2028", "\\u2028"), ("\u2029", "\\u2029"),
                                                ("\u0085", "\\u0085")])
def test_unicode_line_breaks_are_escaped(bare_doc: dict[str, Any], char: str, escaped: str) -> None:
    bare_doc["warnings"] = [f"odd{char}break"]
    for fmt in ("json", "jsonl"):
        out = render([bare_doc], fmt)
        assert char not in out and escaped in out
        assert json.loads(out)["warnings"] == [f"odd{char}break"]


def test_non_ascii_text_is_written_as_utf8_not_escaped(bare_doc: dict[str, Any]) -> None:
    bare_doc["warnings"] = ["Zürich café “quoted”"]
    assert "Zürich café “quoted”" in render([bare_doc], "jsonl")


@pytest.mark.parametrize(("fmt", "docs", "message"), [
    ("yaml", 1, "unknown output format 'yaml'"),
    ("markdown", 0, "nothing to render"),
    ("html", 0, "nothing to render"),
])
def test_render_errors(bare_doc: dict[str, Any], fmt: str, docs: int, message: str) -> None:
    with pytest.raises(OutputError, match=message):
        render([bare_doc] * docs, fmt)
