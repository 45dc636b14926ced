"""`newssift schema`: print the combined JSON Schema, or check analysis documents against it.

With `--check FILE…`, every document in each file (a .json document, or one per line of a .jsonl
file) is validated and its spans checked against the article text; each invalid document is one
stderr line `newssift: <file>[:<line>]: <JSON path>: <problem>`, and the exit code is 1 if any was.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newssift.cli import EXIT_FAILED, EXIT_OK, error
from newssift.errors import FormatError, NewssiftError
from newssift.schema import check_spans, load_schema, validate

EXAMPLES = """\
examples:
  newssift schema > analysis.schema.json
  newssift analyze story.txt -o story.json && newssift schema --check story.json
"""


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "schema", help="print the JSON Schema of the analysis output (or check files against it)",
        description="Print the JSON Schema (draft 2020-12) of newssift's analysis documents, "
                    "composed from the base schema and every installed layer's fragment.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", nargs="+", metavar="FILE",
                        help="validate the analysis documents in these .json/.jsonl files instead")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not args.check:
        sys.stdout.write(json.dumps(load_schema(), ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    bad = 0
    for name in args.check:
        for where, raw in _documents(Path(name)):
            try:
                doc = _parse(raw, where)
                validate(doc)
                check_spans(doc)
            except NewssiftError as err:
                bad += 1
                error(str(err), where)
    return EXIT_FAILED if bad else EXIT_OK


def _documents(path: Path) -> Iterator[tuple[str, str]]:
    """(where, JSON text) of each document: the whole file, or each non-empty line of a .jsonl."""
    text = path.read_text(encoding="utf-8")  # OSError → one line in main
    if path.suffix.lower() != ".jsonl":
        yield str(path), text
        return
    for number, line in enumerate(text.split("\n"), 1):
        if line.strip():
            yield f"{path}:{number}", line


def _parse(text: str, where: str) -> Any:
    try:
        return json.loads(text)
    except ValueError as err:
        raise FormatError(f"not JSON ({err})") from None
