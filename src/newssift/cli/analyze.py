"""`newssift analyze`: read articles, run the pipeline, write JSON, JSON Lines, Markdown or HTML.

One bad input (unreadable file, malformed JSONL line, analyzer failure) is reported on stderr as
`newssift: <path or id>: <message>` and the other articles are still written; the exit code is
then 1. JSON holds one article (a second one stops the run with a message pointing to --format
jsonl); JSON Lines streams one line per article as soon as it is analysed; Markdown and HTML are
written at the end.
The output file (-o) is created only when there is something to write.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from newssift.analysis import Analysis
from newssift.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, error
from newssift.errors import ConfigError, NewssiftError
from newssift.ingest import read_sources
from newssift.output import FORMATS, render, to_json, to_jsonl_line
from newssift.registry import ANALYZERS, build_pipeline
from newssift.settings import CONFIG_ENV, Settings
from newssift.text import Article

EXAMPLES = """\
examples:
  newssift analyze story.txt                         one article as JSON
  newssift analyze feeds/ --format jsonl -o out.jsonl   every article under feeds/, one per line
  curl -s https://example.org/story | newssift analyze - --format markdown
  newssift analyze story.html --format html -o report.html --analyzers encoder,quotes
"""


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "analyze", help="analyse articles and write their findings",
        description="Analyse news articles: quotes, figures, who says what, persuasion "
                    "techniques, framing and the claims most worth checking.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    source = parser.add_argument_group("input")
    source.add_argument("paths", nargs="+", metavar="PATH",
                        help="a .txt, .html, .htm, .jsonl or .json file, a directory, or - (stdin)")
    source.add_argument("--max-bytes", type=positive_int, metavar="N",
                        help="largest input file read as articles (default 2 MiB); also raises "
                             "--max-chars to N unless that is given")
    source.add_argument("--max-chars", type=positive_int, metavar="N",
                        help="longest article text analysed, in characters (default 1,000,000)")
    source.add_argument("--config", metavar="FILE",
                        help="settings file (TOML) to use instead of ./newssift.toml")
    analysis = parser.add_argument_group("analysis")
    analysis.add_argument("--analyzers", metavar="A,B,...",
                          help=f"analyzers to run (default: all installed): {', '.join(ANALYZERS)}")
    analysis.add_argument("--batch-size", type=positive_int, metavar="N",
                          help="articles analysed together (default 16)")
    output = parser.add_argument_group("output")
    output.add_argument("-f", "--format", choices=list(FORMATS),
                        help="json (one article; default), jsonl (one per line), markdown, html")
    output.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    parser.set_defaults(func=run)


def positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number <= 0:
        raise argparse.ArgumentTypeError(f"{value} must be positive")
    return number


def load_settings(args: argparse.Namespace) -> Settings:
    """Settings from the config file, NEWSSIFT_* environment and the flags (flags win).

    `--max-bytes N` without `--max-chars` raises max_chars to at least N (a text of N bytes has at
    most N characters), so the byte limit is the one that counts. `--analyzers ""` is a ConfigError.
    """
    environ = dict(os.environ)
    if args.config:
        environ[CONFIG_ENV] = args.config
    if args.analyzers is not None and not args.analyzers.replace(",", "").strip():
        raise ConfigError(f"--analyzers needs at least one analyzer name; choose from "
                          f"{', '.join(ANALYZERS)} (omit the flag to run them all)")
    overrides = {"max_bytes": args.max_bytes, "max_chars": args.max_chars,
                 "batch_size": args.batch_size, "analyzers": args.analyzers}
    settings = Settings.load(overrides, environ=environ)
    if args.max_bytes is not None and args.max_chars is None:
        settings = settings.replace(max_chars=max(settings.max_chars, args.max_bytes))
    return settings


class Sink:
    """Stdout or a file opened on the first write, so a run with no output leaves no file."""

    def __init__(self, path: str | None):
        self.path = Path(path) if path else None
        self.stream: IO[str] | None = None

    def write(self, text: str) -> None:
        if self.stream is None:
            self.stream = (self.path.open("w", encoding="utf-8", newline="\n")
                           if self.path else sys.stdout)
        self.stream.write(text)
        self.stream.flush()

    def close(self) -> None:
        if self.stream is not None and self.path is not None:
            self.stream.close()


class Run:
    """Counts what was analysed and what failed; reports each failure as one stderr line."""

    def __init__(self) -> None:
        self.failed = 0
        self.done = 0

    def fail(self, where: str, err: NewssiftError) -> None:
        self.failed += 1
        error(_without_where(err, where), where)

    def analysed(self, analyses: Iterable[Analysis]) -> Iterator[dict[str, Any]]:
        for analysis in analyses:
            self.done += 1
            for warning in analysis.warnings:
                error(f"warning: {warning}", analysis.article.id)
            yield analysis.to_dict()


def _without_where(err: NewssiftError, where: str) -> str:
    """The message, minus its own leading "<where>: " (ingest errors start with the path)."""
    code = f"{err.code}: "
    body = str(err).removeprefix(code)
    return code + body.removeprefix(f"{where}: ")


def run(args: argparse.Namespace) -> int:
    settings = load_settings(args)
    fmt = args.format or settings.output_format
    if fmt not in FORMATS:
        raise ConfigError(f"unknown output format {fmt!r} in settings; use one of "
                          f"{', '.join(FORMATS)}")
    pipeline = build_pipeline(settings.analyzers)
    state, sink = Run(), Sink(args.output)
    articles: Iterable[Article] = read_sources(args.paths, settings, on_error=state.fail)
    docs = state.analysed(pipeline.pipe(articles, settings.batch_size, on_error=state.fail))
    try:
        code = _write(fmt, docs, sink)
    finally:
        sink.close()
    if code != EXIT_OK:
        return code
    if state.done == 0 and state.failed == 0:
        error(f"no article found in {' '.join(args.paths)}; newssift reads .txt, .html, .htm, "
              ".jsonl and .json files")
        return EXIT_FAILED
    return EXIT_FAILED if state.failed else EXIT_OK


def _write(fmt: str, docs: Iterator[dict[str, Any]], sink: Sink) -> int:
    if fmt == "jsonl":
        for doc in docs:
            sink.write(to_jsonl_line(doc))
        return EXIT_OK
    if fmt == "json":
        return _write_one(docs, sink)
    collected = list(docs)
    if collected:
        sink.write(render(collected, fmt))
    return EXIT_OK


def _write_one(docs: Iterator[dict[str, Any]], sink: Sink) -> int:
    first = next(docs, None)
    if first is not None and next(docs, None) is not None:
        error("several articles to write, but --format json holds one; "
              "use --format jsonl (one JSON document per line)")
        return EXIT_USAGE
    if first is not None:
        sink.write(to_json(first))
    return EXIT_OK
