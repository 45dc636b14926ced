"""The combined JSON Schema: one self-contained document; errors name the JSON path."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from newssift.analysis import Analysis
from newssift.errors import NewssiftError, SchemaError
from newssift.schema import check_spans, compose, load_schema, validate
from newssift.text import Article

TEXT = (
    "Dock workers end strike\n"
    "\n"
    "Dock workers in the northern port voted to end their strike on Monday. "
    "The union said talks would continue next week.\n"
)


@pytest.fixture
def doc() -> dict[str, Any]:
    analysis = Analysis.of(Article(text=TEXT, id="dock-1", outlet="Port Gazette"))
    analysis.sentence_fields["checkworthy"] = [0.2] * len(analysis.sentences)
    return analysis.to_dict()


def _refs(value: Any) -> list[str]:
    if isinstance(value, dict):
        own = [value["$ref"]] if isinstance(value.get("$ref"), str) else []
        return own + [r for v in value.values() for r in _refs(v)]
    if isinstance(value, list):
        return [r for v in value for r in _refs(v)]
    return []


def test_combined_schema_is_a_valid_self_contained_document() -> None:
    schema = load_schema()
    Draft202012Validator.check_schema(schema)
    assert schema["properties"]["schema"] == {"const": "newssift.analysis/1"}
    assert all(ref.startswith(("#", "../analysis.json#")) for ref in _refs(schema))


def test_load_schema_returns_a_fresh_copy() -> None:
    load_schema()["properties"].clear()
    assert "article" in load_schema()["properties"]


def test_base_analysis_document_is_valid(doc: dict[str, Any]) -> None:
    validate(doc)
    check_spans(doc)


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (("schema",), "newssift.analysis/2", "$.schema"),
        (("article", "id"), 7, "$.article.id"),
        (("paragraphs", 0, "start"), -1, "$.paragraphs[0].start"),
        (("sentences", 1, "checkworthy"), 1.5, "$.sentences[1].checkworthy"),
        (("sentences", 0, "paragraph"), "zero", "$.sentences[0].paragraph"),
        (("warnings",), "not a list", "$.warnings"),
    ],
)
def test_invalid_document_names_the_json_path(
    doc: dict[str, Any], path: tuple[Any, ...], value: Any, expected: str
) -> None:
    target = doc
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    with pytest.raises(SchemaError) as caught:
        validate(doc)
    assert caught.value.path == expected
    assert str(caught.value).startswith(f"E501: {expected}: ")
    assert isinstance(caught.value, NewssiftError)


def test_missing_required_key_is_reported_at_its_parent(doc: dict[str, Any]) -> None:
    del doc["article"]["content_hash"]
    with pytest.raises(SchemaError, match=r"\$\.article: 'content_hash' is a required property"):
        validate(doc)


def test_unknown_layers_are_unconstrained_without_a_fragment(doc: dict[str, Any]) -> None:
    doc["future_layer"] = {"anything": [1, "two"]}
    validate(doc)


QUOTES_FRAGMENT = {
    "type": "array",
    "items": {"$ref": "#/$defs/quote"},
    "$defs": {"quote": {"allOf": [{"$ref": "../analysis.json#/$defs/finding"}],
                        "properties": {"label": {"const": "quote"}}}},
}


@pytest.mark.parametrize(
    ("quote", "error"),
    [
        ({"start": 0, "end": 4, "text": "Dock", "label": "quote", "score": 0.9}, None),
        ({"start": 0, "end": 4, "text": "Dock", "label": "quote", "score": 1.2},
         "$.quotes[0].score"),
        ({"start": 0, "end": 4, "text": "Dock", "label": "claim", "score": 0.5},
         "$.quotes[0].label"),
        ({"start": 0, "end": 4, "label": "quote", "score": 0.5}, "$.quotes[0]"),
    ],
)
def test_fragment_constrains_its_layer_and_reaches_base_definitions(
    doc: dict[str, Any], quote: dict[str, Any], error: str | None
) -> None:
    schema = compose(load_schema(), {"quotes": QUOTES_FRAGMENT})
    doc["quotes"] = [quote]
    errors = list(Draft202012Validator(schema).iter_errors(doc))
    assert [e.json_path for e in errors][:1] == ([error] if error else [])


def test_fragment_for_a_sentence_field_constrains_each_sentence(doc: dict[str, Any]) -> None:
    schema = compose(load_schema(), {"checkworthy": {"type": "number", "multipleOf": 0.5}})
    paths = [e.json_path for e in Draft202012Validator(schema).iter_errors(doc)]
    assert paths == [f"$.sentences[{i}].checkworthy" for i in range(len(doc["sentences"]))]


def test_compose_leaves_its_inputs_unchanged() -> None:
    base, fragment = load_schema(), copy.deepcopy(QUOTES_FRAGMENT)
    before = copy.deepcopy(base)
    compose(base, {"quotes": fragment})
    assert base == before
    assert fragment == QUOTES_FRAGMENT


def test_check_spans_rejects_text_that_is_not_the_slice(doc: dict[str, Any]) -> None:
    doc["quotes"] = [{"start": 0, "end": 4, "text": "Dork", "label": "quote", "score": 0.5}]
    with pytest.raises(SchemaError, match=r"\$\.quotes\[0\]: text 'Dork'") as caught:
        check_spans(doc)
    assert caught.value.path == "$.quotes[0]"
