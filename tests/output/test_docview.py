"""Shared readers over analysis documents: authorities, figures in words, quoting."""

from __future__ import annotations

from typing import Any

import pytest

from newssift.output.docview import DocView, number, quantity_value, quoted, technique_name, voice_counts


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"value": 16000.0}, "16,000"),
        ({"value": 3.5, "unit": "km"}, "3.5 km"),
        ({"value": 12.0, "unit": "%"}, "12%"),
        ({"value": 7.0, "unit": "percent"}, "7%"),
        ({"low": 30.0, "high": 45.0, "currency": "EUR", "rate": "month"}, "30–45 EUR per month"),
        ({"low": 300.0}, "300–?"),
        ({"value": 4000.0, "approx": True}, "4,000 (approx.)"),
        ({"value": None}, ""),
    ],
)
def test_quantity_value_in_words(fields: dict[str, Any], expected: str) -> None:
    assert quantity_value(fields) == expected


@pytest.mark.parametrize(("value", "expected"), [(None, ""), (2.0, "2"), (1234567, "1,234,567"),
                                                 (0.25, "0.25")])
def test_number(value: Any, expected: str) -> None:
    assert number(value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("we had no choice", "“we had no choice”"), ("\"Enough,\"", "\"Enough,\""),
     ("“Enough”", "“Enough”"), ("  padded ", "“padded”")],
)
def test_quoted_adds_marks_only_when_missing(text: str, expected: str) -> None:
    assert quoted(text) == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ({"source_id": "src1", "source_kind": "person"}, "Maria Lund (person)"),
        ({"source_id": None, "statement": "s3", "source_kind": "anonymous"},
         "One official, who asked not to be named (anonymous)"),
        ({"source_id": None, "statement": None, "source_kind": "unattributed"}, "unattributed"),
        ({}, "unattributed"),
    ],
)
def test_claim_authority(full_doc: dict[str, Any], claim: dict[str, Any], expected: str) -> None:
    assert DocView(full_doc).claim_authority(claim) == expected


def test_missing_layers_read_as_empty(bare_doc: dict[str, Any]) -> None:
    view = DocView(bare_doc)
    assert view.layer("claims") == [] and view.mapping("genre") == {}
    assert view.claim_figures({"quantities": [0, 5]}) == []


def test_technique_name_falls_back_to_the_label() -> None:
    assert technique_name("No_Such_Label-Here") == "No Such Label / Here"


def test_technique_counts_split_the_author_s_voice_from_quoted_sources() -> None:
    spans = [{"label": "Doubt", "voice": "author"}, {"label": "Loaded_Language", "voice": "quoted"},
             {"label": "Loaded_Language", "voice": "author"}, {"label": "Loaded_Language"}]
    assert DocView({"techniques": spans}).technique_counts() == [("Loaded_Language", 2, 1), ("Doubt", 1, 0)]
    assert [voice_counts(2, 1), voice_counts(1, 0), voice_counts(0, 3)] == [
        "3 (author 2, quoted 1)", "1 (author)", "3 (quoted)"]
