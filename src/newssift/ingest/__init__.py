"""Reading articles: files, directories and stdin, in plain text, HTML, JSON Lines or JSON.

    >>> from newssift.ingest import read_sources
    >>> from newssift.settings import Settings
    >>> for article in read_sources(["examples/"], Settings.load(), on_error=print):
    ...     print(article.id, article.language)                    # doctest: +SKIP

A source is a file, a directory (recursed in sorted order, hidden entries skipped, only files
with a known extension: .txt, .html, .htm, .jsonl, .json) or "-" for stdin. A file's format comes
from its extension; an unknown extension (or stdin) is sniffed: JSON Lines when the first non-empty
line is a JSON object (a later bad line is reported as `<name>:<line>: ...`), HTML when it starts
with `<` and has HTML tags, else plain text. Content that is not text at all is a FormatError for a
file of unknown extension and a BinaryInputError/EncodingError (as for a .txt file) on stdin.

Plain text: `Article.text` is exactly the decoded content (a leading BOM dropped, nothing else
changed; see `decode` for the encoding rule) and segmentation guesses the title. HTML: see
`webpage`. JSON/JSONL: see `records`. Article ids: the file stem; inside a directory, the path
relative to it without the extension ("2024/port-strike"), so files in different folders keep
distinct ids; "stdin" for stdin; JSONL records use their `id` field or `<stem>:<line>`.

Every failure is a `NewssiftError` reported through `on_error(name, error)`, and reading goes on
with the next source (or JSONL line); without `on_error` the first error is raised. `name` is the
source as given ("<stdin>" for "-") or `<name>:<line>` for a JSONL line, and the error's message
starts with that same name, so a front end can print it once.
Limits: stdin over `max_bytes` is read only as JSON Lines (streamed), never as one text; URLs are
not fetched here.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from newssift.errors import (
    BinaryInputError,
    EncodingError,
    FormatError,
    InputError,
    MissingPathError,
    NewssiftError,
)
from newssift.ingest.article import article_from_text
from newssift.ingest.decode import check_size, declared_charset, decode, sniff
from newssift.ingest.records import read_json, read_jsonl
from newssift.ingest.webpage import extract_page
from newssift.settings import Settings
from newssift.text import Article

__all__ = ["FORMATS", "STDIN", "article_from_text", "articles_from_bytes", "read_path",
           "read_sources", "source_name"]

ErrorHandler = Callable[[str, NewssiftError], None]
FORMATS = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".json": "json"}
STDIN = "-"
STDIN_NAME = "<stdin>"


def read_sources(
    sources: Iterable[str | Path],
    settings: Settings | None = None,
    on_error: ErrorHandler | None = None,
) -> Iterator[Article]:
    """Articles from every source in turn; each failure goes to `on_error(name, error)`."""
    settings = settings or Settings()
    report = on_error or _raise
    for source in sources:
        try:
            yield from _read_source(source, settings, report)
        except NewssiftError as err:
            report(source_name(source), err)


def source_name(source: str | Path) -> str:
    """The name a source's messages use: "<stdin>" for "-", else the path as given."""
    return STDIN_NAME if isinstance(source, str) and source == STDIN else str(source)


def read_path(
    path: Path,
    settings: Settings | None = None,
    on_error: ErrorHandler | None = None,
    article_id: str | None = None,
    name: str | None = None,
) -> Iterator[Article]:
    """Articles from one file (one, or several for JSON/JSONL); id defaults to the file stem,
    `name` (used in messages) to `str(path)`."""
    settings = settings or Settings()
    report = on_error or _raise
    name, stem = name or str(path), article_id or path.stem
    fmt = FORMATS.get(path.suffix.lower())
    try:
        if fmt == "jsonl":
            with path.open("rb") as stream:
                yield from read_jsonl(stream.readline, name, stem, settings, report)
            return
        check_size(path.stat().st_size, name, settings)
        data = path.read_bytes()
    except FileNotFoundError:
        raise MissingPathError(f"{name}: no such file") from None
    except OSError as err:
        raise InputError(f"{name}: cannot read it ({err.strerror or err})") from None
    yield from _from_bytes(data, name, stem, fmt, settings, report)


def articles_from_bytes(
    data: bytes,
    name: str,
    settings: Settings | None = None,
    fmt: str | None = None,
    on_error: ErrorHandler | None = None,
    article_id: str | None = None,
) -> list[Article]:
    """Articles from an in-memory file (an upload): `fmt` is "text", "html", "jsonl", "json" or
    None to take it from `name`'s extension, or sniff it. The id defaults to `name`'s stem."""
    settings = settings or Settings()
    fmt = fmt or FORMATS.get(Path(name).suffix.lower())
    stem = article_id or Path(name).stem or "article"
    return list(_from_bytes(data, name, stem, fmt, settings, on_error or _raise))


def _read_source(
    source: str | Path, settings: Settings, on_error: ErrorHandler
) -> Iterator[Article]:
    if isinstance(source, str) and source == STDIN:
        yield from _read_stdin(settings, on_error)
        return
    path = Path(source)
    if path.is_dir():
        for file in walk(path, on_error):
            ident = file.relative_to(path).with_suffix("").as_posix()
            try:
                yield from read_path(file, settings, on_error, article_id=ident)
            except NewssiftError as err:
                on_error(str(file), err)
    elif path.exists():
        yield from read_path(path, settings, on_error, name=str(source))
    else:
        raise MissingPathError(f"{source}: no such file or directory")


def walk(directory: Path, on_error: ErrorHandler | None = None) -> Iterator[Path]:
    """Files of known extensions under `directory`, recursively, sorted, hidden entries skipped."""

    def report(err: OSError) -> None:
        if on_error is not None:
            message = f"{err.filename}: cannot list it ({err.strerror})"
            on_error(str(err.filename), InputError(message))

    for root, dirs, files in os.walk(directory, onerror=report):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in FORMATS:
                yield Path(root, name)


def _from_bytes(
    data: bytes, name: str, stem: str, fmt: str | None, settings: Settings, on_error: ErrorHandler
) -> Iterator[Article]:
    check_size(len(data), name, settings)
    if fmt == "jsonl":
        yield from read_jsonl(io.BytesIO(data).readline, name, stem, settings, on_error)
    elif fmt == "json":
        yield from read_json(data, name, stem, settings, on_error)
    elif fmt == "html":
        yield _html_article(data, name, stem, settings)
    elif fmt == "text":
        yield _text_article(data, name, stem, settings)
    else:
        yield from _from_bytes(data, name, stem, _sniff(data, name), settings, on_error)


def _sniff(data: bytes, name: str) -> str:
    try:
        text, _ = decode(data, name)
    except (BinaryInputError, EncodingError):
        if name == STDIN_NAME:  # no extension to blame: the same error as a .txt file
            raise
        suffix = Path(name).suffix or "(none)"
        raise FormatError(
            f"{name}: unknown extension {suffix} and the content is not text; newssift reads "
            f"{', '.join(FORMATS)} files"
        ) from None
    return sniff(text)


def _text_article(data: bytes, name: str, stem: str, settings: Settings) -> Article:
    text, encoding = decode(data, name)
    return article_from_text(text, stem, settings=settings, where=name, source=name,
                             meta={"format": "text", "encoding": encoding})


def _html_article(data: bytes, name: str, stem: str, settings: Settings) -> Article:
    html, encoding = decode(data, name, declared=declared_charset(data))
    if not html.strip():
        return article_from_text(html, stem, settings=settings, where=name)  # EmptyInputError
    page = extract_page(html, name)
    return article_from_text(
        page.body, stem, settings=settings, where=name, source=name, title=page.title,
        url=page.url, published=page.published, outlet=page.outlet,
        meta={"format": "html", "encoding": encoding},
    )


def _read_stdin(settings: Settings, on_error: ErrorHandler) -> Iterator[Article]:
    stream: BinaryIO = getattr(sys.stdin, "buffer", None) or io.BytesIO(
        sys.stdin.read().encode("utf-8"))
    head = stream.read(settings.max_bytes + 1)
    if len(head) <= settings.max_bytes:
        yield from _from_bytes(head, STDIN_NAME, "stdin", None, settings, on_error)
        return
    first_line = head.split(b"\n", 1)[0].decode("utf-8", "replace")
    if sniff(first_line) != "jsonl":
        check_size(len(head), STDIN_NAME, settings, at_least=True)
    yield from read_jsonl(_concat(io.BytesIO(head), stream), STDIN_NAME, "stdin", settings,
                          on_error)


def _concat(head: BinaryIO, tail: BinaryIO) -> Callable[[int], bytes]:
    """`readline(size)` over `head` then `tail`, as if they were one stream."""

    def readline(size: int) -> bytes:
        line = head.readline(size)
        if line.endswith(b"\n") or len(line) >= size:
            return line
        return line + tail.readline(size - len(line))

    return readline


def _raise(name: str, err: NewssiftError) -> None:
    raise err
