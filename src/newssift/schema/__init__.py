"""The JSON Schema of newssift's analysis documents (schema `newssift.analysis/1`).

`analysis.json` is the base (article, warnings, paragraphs, sentences); each analyzer's owner writes
the schema of its layer in `layers/<key>.json`. `load_schema()` composes them into ONE
self-contained document: every fragment is embedded under `$defs/layer_<key>` as its own schema
resource (its `$id` defaults to `layers/<key>.json`, so a fragment's `#/...` references stay its own
and `../analysis.json#/$defs/span` reaches the base's shared definitions), and the top-level
property `<key>` refers to it. A key the base declares on each sentence (`checkworthy`) constrains
that per-sentence value instead. A layer without a fragment is unconstrained.

Limits: the schema checks shapes, types and ranges; it cannot check that a finding's `text` is the
exact slice `article.text[start:end]` (see `check_spans`).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from newssift.errors import SchemaError

BASE = "analysis.json"
MAX_MESSAGE = 160


def load_schema() -> dict[str, Any]:
    """The combined schema (a fresh copy: callers may change it)."""
    return copy.deepcopy(_combined())


@cache
def _combined() -> dict[str, Any]:
    root = resources.files(__package__)
    return compose(_read(root.joinpath(BASE)), dict(_fragments(root.joinpath("layers"))))


def compose(base: dict[str, Any], fragments: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """`base` with each `fragments[key]` embedded and applied to layer `key` (inputs unchanged)."""
    schema = copy.deepcopy(base)
    sentence = schema["$defs"]["sentence"]["properties"]
    for key, fragment in sorted(fragments.items()):
        embedded = {"$id": f"layers/{key}.json", **copy.deepcopy(fragment)}
        name = f"layer_{key}"
        schema["$defs"][name] = embedded
        ref = {"$ref": f"#/$defs/{name}"}
        if key in sentence:
            sentence[key] = {"allOf": [sentence[key], ref]}
        else:
            schema["properties"][key] = ref
    return schema


def _fragments(folder: Traversable) -> Iterator[tuple[str, dict[str, Any]]]:
    if not folder.is_dir():
        return
    for item in folder.iterdir():
        if item.name.endswith(".json") and item.is_file():
            yield item.name.removesuffix(".json"), _read(item)


def _read(item: Traversable) -> dict[str, Any]:
    try:
        data = json.loads(item.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise SchemaError(f"schema file {item.name} cannot be read as JSON: {err}") from err
    if not isinstance(data, dict):
        raise SchemaError(f"schema file {item.name} must hold a JSON object")
    return data


@cache
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    schema = _combined()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def validate(doc: Any) -> None:
    """Raise `SchemaError` (with `.path`, the JSON path of the first error) unless `doc` is valid.

    "First" is the error at the earliest place in the document (its path sorted), so messages are
    stable from run to run.
    """
    errors = sorted(_validator().iter_errors(doc), key=_document_order)
    if not errors:
        return
    first = errors[0]
    message = first.message
    if len(message) > MAX_MESSAGE:
        message = message[: MAX_MESSAGE - 1] + "…"
    raise SchemaError(f"{first.json_path}: {message}", first.json_path)


def _document_order(error: Any) -> list[tuple[int, int | str]]:
    return [(0, p) if isinstance(p, int) else (1, str(p)) for p in error.absolute_path]


def check_spans(doc: dict[str, Any]) -> None:
    """Raise `SchemaError` unless every `{start, end, text}` in `doc` slices the article text.

    Walks every layer (not `article` itself); a dict with integer `start`, `end` and a string `text`
    is a span.
    """
    text = doc["article"]["text"]
    for path, span in _spans(doc, "$"):
        if path.startswith("$.article"):
            continue
        if text[span["start"] : span["end"]] != span["text"]:
            raise SchemaError(
                f"{path}: text {span['text'][:40]!r} is not article.text"
                f"[{span['start']}:{span['end']}]", path)


def _spans(value: Any, path: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(value, dict):
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int) \
                and isinstance(value.get("text"), str):
            yield path, value
        for key, item in value.items():
            yield from _spans(item, f"{path}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _spans(item, f"{path}[{i}]")
