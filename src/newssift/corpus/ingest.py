"""Resumable batch ingestion: read articles, skip what is stored, analyse, store batch by batch.

    from newssift.corpus.ingest import IngestOptions, PipelineFactory, ingest
    report = ingest(articles, store, IngestOptions(batch_size=16), PipelineFactory())

How it stays idempotent and resumable: before analysis each article's content hash is looked up; an
article already stored is skipped (an identical text under another id is recorded as an exact copy of
it). Each batch is written in one transaction, so a run killed at any moment keeps every committed batch
and the next run redoes only the rest. Input order is kept, so a resumed run ends with the same store as
a clean one (near-duplicate links included: they always point at the first stored article).
Memory is bounded: one batch is read ahead at a time (plus the batches in flight on Dask).
The pipeline is built where the analysis runs, from a picklable `PipelineFactory` (analyzer names and
an optional encoder), so tests and benchmarks inject a tiny encoder and Dask workers build their own.
Limits: a failing article is reported and not stored, so the next run retries it; the progress total
is an estimate (files and JSONL lines counted up front; stdin unknown).
"""

from __future__ import annotations

import copy
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from newssift.corpus.rows import Record, record_of
from newssift.corpus.store import Added, Store
from newssift.errors import NewssiftError
from newssift.pipeline import Pipeline
from newssift.text import Article

ErrorHandler = Callable[[str, NewssiftError], None]
Analysed = tuple[list[Record], list[tuple[str, NewssiftError]]]
_PIPELINES: dict[str, Pipeline] = {}


@dataclass(frozen=True)
class PipelineFactory:
    """Builds the analysis pipeline in the process that runs it (picklable, cached per process).

    `analyzers`: names as in `newssift.registry` (None: all installed). `encoder`: an object with the
    `Encoder` interface replacing the shipped ONNX encoder (tests pass `HashEncoder`). `build`: a
    picklable callable returning a whole `Pipeline`, used instead of the two when given.
    """

    analyzers: tuple[str, ...] | None = None
    encoder: Any = None
    build: Callable[[], Pipeline] | None = None
    token: str = field(default_factory=lambda: uuid.uuid4().hex)

    def __call__(self) -> Pipeline:
        if self.token not in _PIPELINES:
            if len(_PIPELINES) > 4:
                _PIPELINES.clear()
            # Build from a copy: the pipeline's state (an encoder's cache, say) must not live in this
            # object, which Dask may pickle again for another worker while this one analyses.
            fresh = copy.deepcopy(self)
            _PIPELINES[self.token] = fresh.build() if fresh.build else fresh._registry()
        return _PIPELINES[self.token]

    def _registry(self) -> Pipeline:
        from newssift.registry import build_pipeline

        return build_pipeline(self.analyzers, encoder=self.encoder)


@dataclass(frozen=True)
class IngestOptions:
    """`batch_size` articles per analysis batch and per transaction; `near_duplicate` the MinHash
    similarity from which an article is linked to an earlier one (>1 disables); `progress` shows a
    progress bar on stderr; `total` is the expected article count for the bar's ETA (None: unknown)."""

    batch_size: int = 16
    near_duplicate: float = 0.8
    progress: bool = False
    total: int | None = None


@dataclass
class IngestReport:
    """What a run did: articles seen, stored (new / near-duplicate), copies, skipped, failed."""

    seen: int = 0
    new: int = 0
    near_duplicates: int = 0
    copies: int = 0
    skipped: int = 0
    failed: int = 0
    seconds: float = 0.0
    errors: list[tuple[str, str]] = field(default_factory=list)

    @property
    def stored(self) -> int:
        return self.new + self.near_duplicates

    @property
    def rate(self) -> float:
        """Articles stored per second."""
        return self.stored / self.seconds if self.seconds else 0.0

    def count(self, added: Sequence[Added]) -> None:
        for a in added:
            self.new += a.status == "new"
            self.near_duplicates += a.status == "near-duplicate"
            self.skipped += a.status == "skipped"

    def summary(self) -> str:
        return (f"{self.seen} articles: {self.new} stored, {self.near_duplicates} near-duplicates, "
                f"{self.copies} exact copies, {self.skipped} already stored, {self.failed} failed "
                f"in {self.seconds:.1f}s ({self.rate:.1f} articles/s)")


@dataclass
class Batch:
    """Articles to analyse and store together, plus the exact copies seen while reading them."""

    articles: list[Article] = field(default_factory=list)
    copies: list[dict[str, Any]] = field(default_factory=list)


class Executor(Protocol):
    """Runs `analyse(factory, batch.articles)` for each batch and yields results in input order."""

    def run(self, factory: PipelineFactory, batches: Iterator[Batch]
            ) -> Iterator[tuple[Batch, Analysed]]: ...


class LocalExecutor:
    """Analyses each batch in this process."""

    def run(self, factory: PipelineFactory, batches: Iterator[Batch]
            ) -> Iterator[tuple[Batch, Analysed]]:
        for batch in batches:
            yield batch, analyse(factory, batch.articles)


def analyse(factory: PipelineFactory, articles: Sequence[Article]) -> Analysed:
    """Analyse a batch into store records; failures come back as (article id, message)."""
    if not articles:
        return [], []
    errors: list[tuple[str, NewssiftError]] = []
    pipeline = factory()
    analyses = list(pipeline.pipe(articles, batch_size=len(articles),
                                  on_error=lambda name, err: errors.append((name, err))))
    return [record_of(a) for a in analyses], errors


class Planner:
    """Turns the article stream into batches: skips stored texts, notes exact copies, bounds memory.

    `pending` holds the hashes of articles read but not yet committed (this batch and those in flight).
    """

    def __init__(self, store: Store, report: IngestReport, batch_size: int,
                 tick: Callable[[int], None]):
        self.store, self.report, self.batch_size, self.tick = store, report, batch_size, tick
        self.pending: dict[str, str] = {}

    def batches(self, articles: Iterable[Article]) -> Iterator[Batch]:
        batch = Batch()
        chunk: list[Article] = []
        for article in articles:
            chunk.append(article)
            if len(chunk) >= self.batch_size:
                yield from self._take(chunk, batch)
                chunk = []
        yield from self._take(chunk, batch)
        if batch.articles or batch.copies:
            yield batch

    def _take(self, chunk: list[Article], batch: Batch) -> Iterator[Batch]:
        hashes = [a.content_hash for a in chunk]
        known = self.store.known([h for h in hashes if h not in self.pending]) if chunk else {}
        for article, digest in zip(chunk, hashes):
            self.report.seen += 1
            first = known.get(digest) or self.pending.get(digest)
            if first is None:
                self.pending[digest] = article.id
                batch.articles.append(article)
            else:
                self._repeat(article, digest, first, batch)
            if len(batch.articles) >= self.batch_size:
                yield Batch(batch.articles, batch.copies)
                batch.articles, batch.copies = [], []

    def _repeat(self, article: Article, digest: str, first: str, batch: Batch) -> None:
        if first == article.id:
            self.report.skipped += 1
        else:
            self.report.copies += 1
            batch.copies.append({"content_hash": digest, "id": article.id, "outlet": article.outlet,
                                 "url": article.url, "published": article.published})
        self.tick(1)

    def committed(self, batch: Batch) -> None:
        for article in batch.articles:
            self.pending.pop(article.content_hash, None)


def ingest(articles: Iterable[Article], store: Store, options: IngestOptions | None = None,
           factory: PipelineFactory | None = None, on_error: ErrorHandler | None = None,
           executor: Executor | None = None) -> IngestReport:
    """Analyse and store `articles` (see the module docstring); returns what was done.

    `executor` runs the analysis (default: in this process; see `newssift.corpus.dask`). The store is
    written only here, by this one process, in input order.
    """
    options = options or IngestOptions()
    factory = factory or PipelineFactory()
    report = IngestReport()
    started = time.perf_counter()
    with _progress(options) as bar:
        planner = Planner(store, report, options.batch_size, bar.update)
        results = (executor or LocalExecutor()).run(factory, planner.batches(articles))
        for batch, (records, errors) in results:
            report.count(store.add(records, batch.copies, options.near_duplicate))
            planner.committed(batch)
            _report_errors(report, errors, on_error)
            bar.update(len(batch.articles))
            bar.set_postfix_str(f"stored {report.stored}, skipped {report.skipped + report.copies}",
                                refresh=False)
    report.seconds = time.perf_counter() - started
    return report


def _report_errors(report: IngestReport, errors: list[tuple[str, NewssiftError]],
                   on_error: ErrorHandler | None) -> None:
    for name, err in errors:
        report.failed += 1
        report.errors.append((name, str(err)))
        if on_error is not None:
            on_error(name, err)


def _progress(options: IngestOptions) -> Any:
    from tqdm import tqdm

    return tqdm(total=options.total, disable=not options.progress, unit="art", desc="ingest",
                dynamic_ncols=True, smoothing=0.1)


def estimate_total(sources: Sequence[str | Path]) -> int | None:
    """Articles to expect from `sources`: files counted, JSONL lines counted; None with stdin."""
    total = 0
    for source in sources:
        if str(source) == "-":
            return None
        path = Path(source)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for f in files:
            total += _count(f)
    return total


def _count(path: Path) -> int:
    suffix = path.suffix.lower()
    if path.name.startswith(".") or suffix not in (
            ".txt", ".html", ".htm", ".jsonl", ".json"):
        return 0
    if suffix != ".jsonl":
        return 1
    try:
        with path.open("rb") as f:
            return sum(1 for line in f if line.strip())
    except OSError:
        return 0
