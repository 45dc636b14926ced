"""`newssift corpus`: ingest articles into a corpus store, search it, follow claims and sources.

Each sub-command is a thin call into `newssift.corpus`; the store is `--db` (a SQLite path or a
postgresql:// URL; default: the `database` setting, `newssift.db`).
"""

from __future__ import annotations

import argparse
import csv
import functools
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from newssift.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, error
from newssift.cli.analyze import positive_int
from newssift.corpus.store import FilterError, Filters, Store, open_store
from newssift.errors import NewssiftError
from newssift.settings import CONFIG_ENV, Settings

EXAMPLES = {
    "ingest": "  newssift corpus ingest articles/ feed.jsonl --db corpus.db\n"
              "  newssift corpus ingest articles/ --dask local --workers 2\n"
              "  newssift corpus ingest articles/ --db postgresql://me@db.example/news "
              "--dask tcp://10.0.0.5:8786",
    "query": "  newssift corpus query \"volunteers\" --outlet 'Daily Planet' --since 2024-01-01\n"
             "  newssift corpus query '\"free will\" -recruits' --technique Loaded_Language "
             "--format csv",
    "claims": "  newssift corpus claims --min-articles 3 --since 2024-03-01\n"
              "  newssift corpus claims --format jsonl > clusters.jsonl",
    "sources": "  newssift corpus sources --source-kind anonymous\n"
               "  newssift corpus sources --min-articles 2 --format csv",
    "export": "  newssift corpus export techniques -o techniques.parquet\n"
              "  newssift corpus export statements -o review.json --format labelstudio",
    "stats": "  newssift corpus stats\n"
             "  newssift corpus stats techniques --by week\n"
             "  newssift corpus stats anonymous --by outlet --since 2024-01-01",
}
HELP = {
    "ingest": "analyse files, directories and JSONL streams into the store (resumable)",
    "query": "full-text search with filters",
    "claims": "claims repeated across articles: first seen, outlets, sources",
    "sources": "every source with the articles and outlets that cite it",
    "export": "statements, techniques or entities to Parquet/CSV or Label Studio",
    "stats": "store summary and aggregates (technique and source-kind shares, top sources, ...)",
}
AGGREGATES = ("summary", "techniques", "source-kinds", "anonymous", "sources", "entities")
TEXT_WIDTH = 70


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "corpus", help="store many analysed articles; search, aggregate, follow claims",
        description="A corpus store of analysed articles (SQLite or PostgreSQL).",
        epilog="examples:\n" + "\n".join(EXAMPLES.values()),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name, add in (("ingest", _ingest_args), ("query", _query_args), ("claims", _claims_args),
                      ("sources", _sources_args), ("export", _export_args),
                      ("stats", _stats_args)):
        sub = commands.add_parser(name, help=HELP[name], description=HELP[name],
                                  epilog="examples:\n" + EXAMPLES[name],
                                  formatter_class=argparse.RawDescriptionHelpFormatter)
        sub.add_argument("--db", metavar="URL",
                         help="SQLite path or postgresql:// URL (default: setting `database`)")
        sub.add_argument("--config", metavar="FILE", help="settings file (TOML)")
        add(sub)
        sub.set_defaults(func=RUNS[name])
    parser.set_defaults(func=lambda args: _usage(parser))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def fraction(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not 0.0 < number <= 1.01:
        raise argparse.ArgumentTypeError(f"{value} must be in (0, 1] (1.01 turns it off)")
    return number


def _filter_args(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("filters")
    group.add_argument("--outlet", action="append", metavar="NAME", help="outlet (repeatable)")
    group.add_argument("--since", metavar="YYYY-MM-DD", help="published on or after")
    group.add_argument("--until", metavar="YYYY-MM-DD", help="published on or before")
    group.add_argument("--technique", action="append", metavar="LABEL",
                       help="has this persuasion technique (repeatable)")
    group.add_argument("--word-evidence", action="store_true",
                       help="count only technique findings whose own words carry the technique, "
                       "not paragraph-level evidence")
    group.add_argument("--source-kind", action="append", metavar="KIND",
                       help="cites a source of this kind (`sources`: is of this kind): person, "
                            "organisation, media, anonymous, document, unattributed (repeatable)")
    group.add_argument("--entity", metavar="NAME", help="mentions this entity (whole name)")
    group.add_argument("--language", action="append", metavar="CODE", help="language (repeatable)")
    group.add_argument("--duplicates", action="store_true",
                       help="include near-duplicate articles (left out by default)")


def _output_args(parser: argparse.ArgumentParser, formats: Sequence[str], limit: int) -> None:
    group = parser.add_argument_group("output")
    group.add_argument("-f", "--format", choices=formats, default=formats[0])
    group.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    group.add_argument("--limit", type=positive_int, default=limit, metavar="N",
                       help=f"at most N rows (default {limit})")


def _ingest_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="a .txt, .html, .htm, .jsonl or .json file, a directory, or - (stdin)")
    p.add_argument("--analyzers", metavar="A,B,...", help="analyzers to run (default: all)")
    p.add_argument("--batch-size", type=positive_int, metavar="N",
                   help="articles per batch and per transaction (default 16)")
    p.add_argument("--max-bytes", type=positive_int, metavar="N", help="largest input file")
    p.add_argument("--near-duplicate", type=fraction, default=0.8, metavar="X",
                   help="MinHash similarity from which an article is a near-duplicate (default 0.8)")
    p.add_argument("--dask", metavar="ADDRESS",
                   help="analyse on Dask: `local` (a local cluster) or tcp://host:8786")
    p.add_argument("--workers", type=positive_int, default=2, metavar="N",
                   help="workers of a --dask local cluster (default 2)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")


def _query_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("text", nargs="?", metavar="QUERY",
                   help='words, "phrases", OR, -excluded (omit to list by date)')
    _filter_args(p)
    _output_args(p, ("table", "jsonl", "csv"), 20)


def _claims_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--threshold", type=fraction, default=0.85, metavar="X",
                   help="sentence-vector cosine from which two claims match (default 0.85)")
    p.add_argument("--min-articles", type=positive_int, default=2, metavar="N")
    _filter_args(p)
    _output_args(p, ("table", "jsonl", "csv"), 50)


def _sources_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--min-articles", type=positive_int, default=1, metavar="N")
    _filter_args(p)
    _output_args(p, ("table", "jsonl", "csv"), 50)


def _export_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("kind", choices=("statements", "techniques", "entities", "quantities",
                                    "sources", "claims"))
    p.add_argument("-o", "--output", required=True, metavar="FILE",
                   help=".parquet, .csv, or .json with --format labelstudio")
    p.add_argument("-f", "--format", choices=("parquet", "csv", "labelstudio"),
                   help="default: from the file extension")
    _filter_args(p)


def _stats_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("what", nargs="?", choices=AGGREGATES, default="summary")
    p.add_argument("--by", choices=("outlet", "week", "language"), default="outlet",
                   help="group shares by (default outlet)")
    _filter_args(p)
    _output_args(p, ("table", "jsonl", "csv"), 50)


def settings_of(args: argparse.Namespace) -> Settings:
    environ = dict(os.environ)
    if getattr(args, "config", None):
        environ[CONFIG_ENV] = args.config
    overrides = {"database": args.db, "batch_size": getattr(args, "batch_size", None),
                 "analyzers": getattr(args, "analyzers", None),
                 "max_bytes": getattr(args, "max_bytes", None)}
    return Settings.load(overrides, environ=environ)


def filters_of(args: argparse.Namespace, limit: int | None = None) -> Filters:
    return Filters.of(None, outlet=args.outlet, since=args.since, until=args.until,
                      technique=args.technique, source_kind=args.source_kind, entity=args.entity,
                      language=args.language, duplicates=args.duplicates or None,
                      word_evidence=getattr(args, "word_evidence", False) or None, limit=limit)


def run_ingest(args: argparse.Namespace) -> int:
    from newssift.corpus.ingest import IngestOptions, PipelineFactory, estimate_total, ingest
    from newssift.ingest import read_sources

    settings = settings_of(args)
    unread: list[tuple[str, str]] = []

    def fail(where: str, err: NewssiftError) -> None:
        error(str(err), where)

    def fail_read(where: str, err: NewssiftError) -> None:
        unread.append((where, str(err)))
        fail(where, err)

    options = IngestOptions(batch_size=settings.batch_size, near_duplicate=args.near_duplicate,
                            progress=not args.no_progress and sys.stderr.isatty(),
                            total=estimate_total(args.paths))
    factory = PipelineFactory(settings.analyzers)
    articles = read_sources(args.paths, settings, on_error=fail_read)
    with open_store(settings.database) as store:
        if args.dask:
            from newssift.corpus.dask import dask_executor

            with dask_executor(args.dask, args.workers) as executor:
                report = ingest(articles, store, options, factory, fail, executor)
        else:
            report = ingest(articles, store, options, factory, fail)
    report.failed += len(unread)  # inputs that could not be read count as failed too
    report.errors += unread
    print(f"newssift: {report.summary()} into {settings.database}", file=sys.stderr)
    return EXIT_FAILED if report.failed else EXIT_OK


def bad_filters_exit_2(run: Callable[[argparse.Namespace], int]
                       ) -> Callable[[argparse.Namespace], int]:
    """`run`, with an invalid filter (`FilterError`) reported on one line and exit code 2."""
    @functools.wraps(run)
    def checked(args: argparse.Namespace) -> int:
        try:
            return run(args)
        except FilterError as err:
            error(str(err))
            return EXIT_USAGE
    return checked


@bad_filters_exit_2
def run_query(args: argparse.Namespace) -> int:
    f = filters_of(args, args.limit)
    with _store(args) as store:
        rows = store.search(args.text, f)
    _write(args, rows, ("id", "published", "outlet", "score", "title", "snippet"))
    return EXIT_OK


@bad_filters_exit_2
def run_claims(args: argparse.Namespace) -> int:
    f = filters_of(args)
    with _store(args) as store:
        clusters = store.claim_clusters(args.threshold, args.min_articles, f)
    clusters = clusters[: args.limit]
    if args.format == "jsonl":
        _write(args, clusters, ())
        return EXIT_OK
    flat = [{"id": c["id"], "articles": c["articles"], "outlets": "; ".join(c["outlets"]),
             "first_seen": c["first_seen"]["day"] or "",
             "first_article": c["first_seen"]["article_id"],
             "sources": "; ".join(f"{s['name'] or '-'} ({s['kind']})" for s in c["sources"]),
             "text": c["text"]} for c in clusters]
    _write(args, flat, ("articles", "first_seen", "first_article", "outlets", "sources", "text"))
    return EXIT_OK


@bad_filters_exit_2
def run_sources(args: argparse.Namespace) -> int:
    f = filters_of(args)
    with _store(args) as store:
        index = store.source_index(args.min_articles, f)[: args.limit]
    if args.format == "jsonl":
        _write(args, index, ())
        return EXIT_OK
    flat = [{"name": s["name"], "kind": s["kind"], "articles": s["articles"],
             "statements": s["statements"], "outlets": "; ".join(s["outlets"]),
             "first_seen": s["first_seen"]["day"] or "",
             "first_article": s["first_seen"]["article_id"]} for s in index]
    _write(args, flat, ("name", "kind", "articles", "statements", "outlets", "first_seen",
                        "first_article"))
    return EXIT_OK


@bad_filters_exit_2
def run_export(args: argparse.Namespace) -> int:
    from newssift.corpus import export

    fmt = args.format or ("labelstudio" if args.output.endswith(".json") else None)
    f = filters_of(args)
    with _store(args) as store:
        if fmt == "labelstudio":
            n = export.export_labelstudio(store, args.kind, args.output, f)
            print(f"newssift: {n} tasks written to {args.output}, labeling config to "
                  f"{export.config_path(Path(args.output))}", file=sys.stderr)
        else:
            n = export.export_table(store, args.kind, args.output, fmt, f)
            print(f"newssift: {n} {args.kind} rows written to {args.output}", file=sys.stderr)
    return EXIT_OK


@bad_filters_exit_2
def run_stats(args: argparse.Namespace) -> int:
    f = filters_of(args)
    with _store(args) as store:
        if args.what == "summary":
            if args.format == "jsonl":
                _write(args, [store.stats()], ())
            else:
                _summary(store)
            return EXIT_OK
        frame = {
            "techniques": lambda: store.technique_shares(args.by, f),
            "source-kinds": lambda: store.source_kind_shares(args.by, f),
            "anonymous": lambda: store.anonymous_share(args.by, f),
            "sources": lambda: store.top_sources(args.limit, f),
            "entities": lambda: store.top_entities(args.limit, f),
        }[args.what]()
    rows = [{k: None if isinstance(v, float) and v != v else v for k, v in row.items()}  # NaN → None
            for row in frame.to_dict("records")]
    _write(args, rows, tuple(frame.columns))
    return EXIT_OK


def _summary(store: Store) -> None:
    stats = store.stats()
    lines = [f"store        {stats['url']}",
             f"articles     {stats['articles']} (+ {stats['near_duplicates']} near-duplicates, "
             f"{stats['exact_copies']} exact copies)",
             *(f"{table:<12} {n}" for table, n in stats["rows"].items()),
             f"size         {stats['size_bytes'] / 1e6:.1f} MB",
             f"migrations   {', '.join(stats['migrations'])}"]
    print("\n".join(lines))


@contextmanager
def _store(args: argparse.Namespace) -> Iterator[Store]:
    store = open_store(settings_of(args).database)
    try:
        yield store
    finally:
        store.close()


def _write(args: argparse.Namespace, rows: Sequence[dict[str, Any]], cols: Sequence[str]) -> None:
    out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout  # noqa: SIM115
    try:
        if args.format == "jsonl":
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        elif args.format == "csv":
            writer = csv.DictWriter(out, fieldnames=list(cols), extrasaction="ignore")
            writer.writeheader()
            writer.writerows(rows)
        else:
            out.write(table(rows, cols) + "\n")
    finally:
        if args.output:
            out.close()


def table(rows: Iterable[dict[str, Any]], cols: Sequence[str]) -> str:
    """A plain-text table: one line per row, long text cut to fit."""
    cells = [[_cell(r.get(c)) for c in cols] for r in rows]
    if not cells:
        return "(no results)"
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(cols)]
    line = "  ".join(c.ljust(w) for c, w in zip(cols, widths))
    body = ["  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join([line.rstrip(), *body])


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}"
    text = " ".join(str(value).split())
    return text if len(text) <= TEXT_WIDTH else text[: TEXT_WIDTH - 1] + "…"


RUNS = {"ingest": run_ingest, "query": run_query, "claims": run_claims, "sources": run_sources,
        "export": run_export, "stats": run_stats}
