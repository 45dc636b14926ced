"""JSON Lines and JSON input: one article per record.

A record is an object with `text` (required, a string) and optional `id` (string or integer),
`title`, `url`, `outlet`, `published`, `language` (strings or null); any other fields are kept in
`Article.meta["fields"]`. With a title the article text is `title + "\\n\\n" + text` (see
`article_from_text`), so offsets index that composed text, not the record's `text` field.
The id defaults to `<stem>:<line>` (JSONL) or `<stem>[<index>]` (a JSON list).

JSONL is streamed line by line, must be UTF-8 (a BOM on the first line is dropped), and
`max_bytes` applies to each line rather than to the file, so corpora of any size can be read. A bad
line (invalid JSON, not an object, missing or mistyped fields, empty or over-long text) is reported
through `on_error` as `<file>:<line>: ...` and the rest of the file carries on. A `.json` file (one
object, or a list of objects) is read whole, so `max_bytes` applies to the file; prefer JSONL for
large collections.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from newssift.errors import (
    EmptyInputError,
    EncodingError,
    FormatError,
    NewssiftError,
    SizeLimitError,
)
from newssift.ingest.article import article_from_text
from newssift.ingest.decode import decode, raise_hint
from newssift.settings import Settings
from newssift.text import Article

ErrorHandler = Callable[[str, NewssiftError], None]
Readline = Callable[[int], bytes]
META_FIELDS = ("title", "url", "outlet", "published", "language")


def read_jsonl(
    readline: Readline, name: str, stem: str, settings: Settings, on_error: ErrorHandler
) -> Iterator[Article]:
    """Articles from a JSON Lines stream read with `readline(size)`; bad lines go to `on_error`."""
    for number, line in _lines(readline, settings.max_bytes):
        where = f"{name}:{number}"
        try:
            record = _parse_line(line, where, settings, first=number == 1)
            article = None if record is None else record_to_article(
                record, f"{stem}:{number}", where, settings)
        except NewssiftError as err:
            on_error(where, err)
            continue
        if article is not None:
            yield article


def read_json(
    data: bytes, name: str, stem: str, settings: Settings, on_error: ErrorHandler
) -> Iterator[Article]:
    """Articles from a JSON document: one record, or a list of them (bad items → on_error)."""
    text, _ = decode(data, name)
    try:
        value = json.loads(text)
    except ValueError as err:
        raise FormatError(f"{name}: invalid JSON ({_reason(err)})") from None
    if isinstance(value, dict):
        yield record_to_article(value, stem, name, settings)
        return
    if not isinstance(value, list):
        raise FormatError(f"{name}: expected a JSON object or a list of objects, "
                          f"got {_type(value)}")
    if not value:
        raise EmptyInputError(f"{name}: the JSON list holds no articles")
    for index, item in enumerate(value):
        where = f"{name}[{index}]"
        try:
            if not isinstance(item, dict):
                raise FormatError(f"{where}: expected a JSON object, got {_type(item)}")
            article = record_to_article(item, f"{stem}[{index}]", where, settings)
        except NewssiftError as err:
            on_error(where, err)
            continue
        yield article


def record_to_article(
    record: dict[str, Any], default_id: str, where: str, settings: Settings
) -> Article:
    """An Article from one JSON record; FormatError for a missing or mistyped field."""
    if "text" not in record:
        raise FormatError(f'{where}: no "text" field; each record needs {{"text": "..."}}')
    text = _field(record, "text", where, (str,))
    if text is None:
        raise FormatError(f'{where}: "text" must be a string, got null')
    raw_id = _field(record, "id", where, (str, int))
    meta = {key: _field(record, key, where, (str,)) for key in META_FIELDS}
    extra = {k: v for k, v in record.items() if k not in ("id", "text", *META_FIELDS)}
    return article_from_text(
        text,
        str(raw_id) if raw_id not in (None, "") else default_id,
        settings=settings,
        where=where,
        source=where,
        meta={"format": "json", "fields": extra},
        **meta,
    )


def _field(record: dict[str, Any], key: str, where: str, types: tuple[type, ...]) -> Any:
    value = record.get(key)
    if value is None or (isinstance(value, types) and not isinstance(value, bool)):
        return value
    wanted = " or ".join("a string" if t is str else "an integer" for t in types)
    raise FormatError(f'{where}: "{key}" must be {wanted}, got {_type(value)}')


def _parse_line(
    line: bytes | None, where: str, settings: Settings, first: bool
) -> dict[str, Any] | None:
    if line is None:
        raise SizeLimitError(
            f"{where}: line longer than the max_bytes limit of {settings.max_bytes:,}; "
            f"{raise_hint('max_bytes')} to read it")
    if first and line.startswith(b"\xef\xbb\xbf"):
        line = line[3:]
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as err:
        raise EncodingError(f"{where}: not valid UTF-8 (byte {err.start}); JSON Lines must be "
                            "UTF-8") from None
    if not text.strip():
        return None
    try:
        value = json.loads(text)
    except ValueError as err:
        raise FormatError(f"{where}: invalid JSON ({_reason(err)})") from None
    if not isinstance(value, dict):
        raise FormatError(f"{where}: expected a JSON object, got {_type(value)}")
    return value


def _lines(readline: Readline, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line; bytes is None for a line over `limit` (skipped)."""
    number = 0
    while line := readline(limit + 1):
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := readline(limit + 1)) and not rest.endswith(b"\n"):
                pass
            yield number, None
        else:
            yield number, line


def _reason(err: ValueError) -> str:
    if isinstance(err, json.JSONDecodeError):
        return f"{err.msg} at line {err.lineno} column {err.colno}"
    return str(err)


def _type(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean",
            int: "a number", float: "a number", type(None): "null"}.get(type(value), "a value")
