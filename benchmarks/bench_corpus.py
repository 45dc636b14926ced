"""Corpus ingest and search, measured in one run: bare analysis vs local ingest vs 2-worker Dask ingest.

    python benchmarks/bench_corpus.py --data ../shared/data --articles 10000
    python benchmarks/bench_corpus.py --data ../shared/data --quick          # 300 articles, seconds
    python benchmarks/bench_corpus.py --data ../shared/data --articles 300 --encoder onnx

Articles are streamed from `--data` (read with `newssift.ingest.read_sources`; exact repeats and
tab-separated label files dropped),
given synthetic outlets (12) and publication days (spread over 2024) so filters have something to
select; if the data runs out, it is read again with each text varied (a near-duplicate). Every phase
runs in its own subprocess, over the same stream, so its peak RSS is its own:

- bare: read + analyse + `to_dict()` (what `newssift analyze` does, without a store) — the reference;
- overhead: per batch, back to back, the analysis time vs the time the corpus layer adds (records,
  MinHash, the write) — robust to load that changes during the run;
- local: read + analyse + store (`newssift.corpus.ingest`, SQLite, batches of `--batch-size`);
- dask: the same on a `LocalCluster` of 2 worker processes (one thread each); the store must come out
  identical to the local one (same ids, hashes and near-duplicate links);
- search: `--queries` filtered full-text searches (1-2 words, an outlet, a 60-day window, language) on
  the local store, optionally grown to `--search-articles` by copying rows (new hashes), p50/p95.

`--store postgresql://…` runs the storing phases on that server instead of SQLite files.
`--encoder hash` (default) replaces the ONNX encoder by a hashing encoder of the same dimension (384),
so the run measures the corpus layer, not the model; `--encoder onnx` uses the shipped model. Writes
benchmarks/results/corpus-<encoder>.json. Limits: peak RSS of the dask phase is the client's (workers are
separate processes); a machine shared with other jobs makes rates noisy — compare phases of one run.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import numpy as np

RESULTS = Path(__file__).resolve().parent / "results"
OUTLETS = [f"Outlet {c}" for c in "ABCDEFGHIJKL"]
WORDS = ["government", "police", "election", "minister", "war", "economy", "court", "health",
         "president", "vaccine", "border", "climate", "military", "protest", "tax", "media",
         "russia", "ukraine", "trump", "migrants", "covid", "church", "energy", "prices"]
QUICK = 300


class BenchEncoder:
    """A hashing encoder shaped like the real one (384 dims): fast, deterministic, no model."""

    def __init__(self, dim: int = 384):
        self.dim = dim
        self.cache: dict[str, np.ndarray] = {}

    def _vec(self, piece: str) -> np.ndarray:
        vec = self.cache.get(piece)
        if vec is None:
            if len(self.cache) > 50_000:
                self.cache.clear()
            seed = int.from_bytes(hashlib.blake2b(piece.encode(), digest_size=8).digest(), "little")
            vec = self.cache[piece] = np.random.default_rng(seed).standard_normal(self.dim).astype(
                np.float32)
        return vec

    def encode(self, texts: Sequence[str]) -> list[Any]:
        from newssift.encoder import EncodedText

        out = []
        for text in texts:
            spans = [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]
            tokens = (np.stack([self._vec(text[a:b].lower()) for a, b in spans]) if spans
                      else np.zeros((0, self.dim), np.float32))
            pooled = tokens.mean(0) if len(tokens) else np.zeros(self.dim, np.float32)
            vector = (pooled / (np.linalg.norm(pooled) or 1.0)).astype(np.float32)
            out.append(EncodedText(vector, tokens, np.asarray(spans, np.int32).reshape(-1, 2)))
        return out


def stream(data: Sequence[str], n: int) -> Iterator[Any]:
    """`n` articles from `data` with synthetic outlet and day; varied copies if the data runs out."""
    from newssift.ingest import read_sources
    from newssift.settings import Settings

    seen: set[str] = set()
    i, round_ = 0, 0
    while i < n:
        fresh = 0
        for article in read_sources(data, Settings.load({}), on_error=lambda *_: None):
            if is_table(article.text):
                continue
            text = article.text if round_ == 0 else f"{article.text}\n\n(Edition {round_}.)\n"
            digest = hashlib.sha256(text.encode()).hexdigest()
            if digest in seen:
                continue
            seen.add(digest)
            day = date(2024, 1, 1) + timedelta(days=(i * 37) % 366)
            yield article.with_(text=text, id=f"{article.id}~{round_}", outlet=OUTLETS[i % 12],
                                published=day.isoformat())
            i, fresh = i + 1, fresh + 1
            if i >= n:
                return
        if fresh == 0:
            raise SystemExit(f"no articles found in {', '.join(data)}")
        round_ += 1


def is_table(text: str) -> bool:
    """A tab-separated label file, not an article."""
    lines = [line for line in text.splitlines() if line.strip()]
    return sum("\t" in line for line in lines) > len(lines) / 2


def factory(args: argparse.Namespace) -> Any:
    from newssift.corpus.ingest import PipelineFactory

    names = tuple(args.analyzers.split(",")) if args.analyzers else None
    return PipelineFactory(names, BenchEncoder() if args.encoder == "hash" else None)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def warm_up(made: Any, args: argparse.Namespace) -> None:
    """Build the pipeline (loading any model) and run it on one batch, before the clock starts."""
    list(made().pipe(stream(args.data, args.batch_size), args.batch_size))


def phase_bare(args: argparse.Namespace) -> dict[str, Any]:
    made = factory(args)
    warm_up(made, args)
    pipeline = made()
    start = time.perf_counter()
    done = sum(1 for a in pipeline.pipe(stream(args.data, args.articles), args.batch_size,
                                        on_error=lambda *_: None) if a.to_dict())
    seconds = time.perf_counter() - start
    return {"articles": done, "seconds": seconds, "rate": done / seconds, "peak_rss_mb": peak_mb()}


def phase_ingest(args: argparse.Namespace, dask: bool) -> dict[str, Any]:
    from newssift.corpus import open_store
    from newssift.corpus.ingest import IngestOptions, ingest

    options = IngestOptions(batch_size=args.batch_size)
    made = factory(args)
    warm_up(made, args)
    with open_store(args.db) as store:
        if dask:
            from newssift.corpus.dask import dask_executor

            with dask_executor("local", workers=2) as executor:
                report = ingest(stream(args.data, args.articles), store, options, made,
                                executor=executor)
        else:
            report = ingest(stream(args.data, args.articles), store, options, made)
        stats = store.stats()
        ids = store.check("SELECT a.id, a.content_hash, d.id AS dup FROM articles a "
                          "LEFT JOIN articles d ON d.pk = a.duplicate_of ORDER BY a.id")
    stored = stats["articles"] + stats["near_duplicates"]
    return {"articles": report.seen, "stored": stored, "near_duplicates": stats["near_duplicates"],
            "failed": report.failed, "seconds": report.seconds, "rate": report.seen / report.seconds,
            "size_bytes": stats["size_bytes"], "bytes_per_article": stats["size_bytes"] / max(stored, 1),
            "peak_rss_mb": peak_mb(),
            "checksum": hashlib.sha256(json.dumps(ids).encode()).hexdigest()[:16]}


def phase_overhead(args: argparse.Namespace) -> dict[str, Any]:
    """Per batch, back to back: analysis (+ to_dict) vs what the corpus layer adds (records + write).

    Interleaving makes the ratio robust to load that changes during a run (a shared machine)."""
    from newssift.corpus import open_store
    from newssift.corpus.rows import record_of_doc

    made = factory(args)
    warm_up(made, args)
    pipeline, analysis_s, corpus_s, batch = made(), 0.0, 0.0, []
    with open_store(args.db) as store:
        for article in [*stream(args.data, args.articles), None]:
            if article is not None:
                batch.append(article)
            if (len(batch) < args.batch_size and article is not None) or not batch:
                continue
            t0 = time.perf_counter()
            analyses = list(pipeline.pipe(batch, len(batch), on_error=lambda *_: None))
            docs = [a.to_dict() for a in analyses]
            t1 = time.perf_counter()
            store.add([record_of_doc(d, getattr(a.encoding, "sentence_vectors", None))
                       for d, a in zip(docs, analyses, strict=True)])
            corpus_s += time.perf_counter() - t1
            analysis_s += t1 - t0
            batch = []
    return {"analysis_s": analysis_s, "corpus_s": corpus_s, "overhead": corpus_s / analysis_s,
            "corpus_ms_per_article": corpus_s / args.articles * 1000}


def grow(db: str, target: int) -> int:
    """Copy article rows (new ids and hashes) until the SQLite store holds `target` articles."""
    from newssift.corpus import open_store

    with open_store(db) as store:
        have = store.check("SELECT COUNT(*) AS n FROM articles")[0]["n"]
        base = have
        k = 0
        while have < target:
            k += 1
            take = min(base, target - have)
            with store._transaction():
                store._exec(
                    "INSERT INTO articles (id, content_hash, outlet, url, published, day, week, "
                    "language, title, text, analysis, ingested_at) SELECT id || ?, "
                    "content_hash || ?, outlet, url, published, day, week, language, title, text, "
                    "analysis, ingested_at FROM articles WHERE pk <= ? AND duplicate_of IS NULL "
                    "ORDER BY pk LIMIT ?", (f"#{k}", f"#{k}", base, take))
            have = store.check("SELECT COUNT(*) AS n FROM articles")[0]["n"]
        return have


def phase_search(args: argparse.Namespace) -> dict[str, Any]:
    from newssift.corpus import Filters, open_store

    total = grow(args.db, args.search_articles) if args.search_articles else None
    rng = random.Random(7)
    times, hits = [], []
    with open_store(args.db) as store:
        total = total or store.check("SELECT COUNT(*) AS n FROM articles")[0]["n"]
        for i in range(args.queries + 10):
            start = date(2024, 1, 1) + timedelta(days=rng.randrange(300))
            filters = Filters(outlet=rng.choice(OUTLETS), since=start.isoformat(),
                              until=(start + timedelta(days=60)).isoformat(), language="en",
                              limit=20)
            query = " ".join(rng.sample(WORDS, rng.choice((1, 1, 2))))
            t = time.perf_counter()
            found = store.search(query, filters)
            if i >= 10:  # the first ten warm the cache
                times.append((time.perf_counter() - t) * 1000)
                hits.append(len(found))
    return {"store_articles": total, "queries": len(times), "p50_ms": float(np.percentile(times, 50)),
            "p95_ms": float(np.percentile(times, 95)), "max_ms": max(times),
            "mean_hits": float(np.mean(hits))}


def store_url(args: argparse.Namespace, tmp: str, name: str) -> str:
    """Where a phase stores: a SQLite file in `tmp`, or a schema of the --store PostgreSQL server."""
    if not args.store:
        return str(Path(tmp) / f"{name}.db")
    return f"{args.store}{'&' if '?' in args.store else '?'}schema=bench_{name}_{os.getpid()}"


def drop_schemas(args: argparse.Namespace, urls: list[str]) -> None:
    from newssift.corpus import open_store

    for url in urls if args.store else []:
        with open_store(url) as store:
            store.drop()


def run_phase(args: argparse.Namespace, name: str, db: str) -> dict[str, Any]:
    argv = [sys.executable, __file__, "--phase", name, "--db", str(db), "--articles",
            str(args.articles), "--batch-size", str(args.batch_size), "--encoder", args.encoder,
            "--queries", str(args.queries), "--search-articles", str(args.search_articles or 0),
            *(["--analyzers", args.analyzers] if args.analyzers else []), "--data", *args.data]
    print(f"[{time.strftime('%H:%M:%S')}] {name} …", file=sys.stderr, flush=True)
    done = subprocess.run(argv, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"phase {name} failed:\n{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"    {json.dumps(result)}", file=sys.stderr, flush=True)
    return result


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--data", nargs="+", required=True, help="files or directories of articles")
    p.add_argument("--articles", type=int, default=10_000)
    p.add_argument("--quick", action="store_true", help=f"{QUICK} articles, 100 queries")
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--encoder", choices=("hash", "onnx"), default="hash")
    p.add_argument("--analyzers", default="encoder,quotes,quantities",
                   help="comma-separated analyzer names (default: the rule-based ones + encoder)")
    p.add_argument("--queries", type=int, default=300)
    p.add_argument("--search-articles", type=int, default=0,
                   help="grow the store to this many articles before the search phase")
    p.add_argument("--skip-dask", action="store_true")
    p.add_argument("--store", metavar="URL",
                   help="postgresql://… to measure that back end (a schema per phase, dropped after)")
    p.add_argument("--phase", help=argparse.SUPPRESS)
    p.add_argument("--db", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.quick:
        args.articles, args.queries = QUICK, 100
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.phase:
        phases = {"bare": phase_bare, "overhead": phase_overhead,
                  "local": lambda a: phase_ingest(a, False),
                  "dask": lambda a: phase_ingest(a, True), "search": phase_search}
        print(json.dumps(phases[args.phase](args)))
        return 0
    with tempfile.TemporaryDirectory(prefix="bench-corpus-") as tmp:
        urls = {name: store_url(args, tmp, name) for name in ("overhead", "local", "dask")}
        results: dict[str, Any] = {"config": {k: v for k, v in vars(args).items()
                                              if k not in ("phase", "db")}}
        try:
            results["bare"] = run_phase(args, "bare", str(Path(tmp) / "none.db"))
            results["overhead"] = run_phase(args, "overhead", urls["overhead"])
            results["local"] = run_phase(args, "local", urls["local"])
            if not args.skip_dask:
                results["dask"] = run_phase(args, "dask", urls["dask"])
                results["dask"]["identical_to_local"] = (results["dask"]["checksum"]
                                                         == results["local"]["checksum"])
            results["search"] = run_phase(args, "search", urls["local"])
        finally:
            drop_schemas(args, list(urls.values()))
    results["ingest_vs_bare"] = results["local"]["rate"] / results["bare"]["rate"]
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"corpus-{args.encoder}{'-postgres' if args.store else ''}.json"
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(summary(results))
    return 0


def summary(r: dict[str, Any]) -> str:
    lines = [f"articles                {r['local']['articles']} ({r['config']['encoder']} encoder, "
             f"analyzers {r['config']['analyzers']})",
             f"bare analysis           {r['bare']['rate']:.1f} articles/s",
             f"local ingest            {r['local']['rate']:.1f} articles/s "
             f"({r['ingest_vs_bare']:.0%} of bare), peak RSS {r['local']['peak_rss_mb']:.0f} MB",
             f"corpus overhead         {r['overhead']['overhead']:.1%} of analysis time, "
             f"{r['overhead']['corpus_ms_per_article']:.1f} ms/article (interleaved per batch)",
             f"store size              {r['local']['bytes_per_article'] / 1024:.1f} KiB/article "
             f"({r['local']['size_bytes'] / 1e6:.0f} MB)"]
    if "dask" in r:
        lines.append(f"dask ingest (2 workers) {r['dask']['rate']:.1f} articles/s, client peak RSS "
                     f"{r['dask']['peak_rss_mb']:.0f} MB, identical store: "
                     f"{r['dask']['identical_to_local']}")
    s = r["search"]
    lines.append(f"filtered search         p50 {s['p50_ms']:.1f} ms, p95 {s['p95_ms']:.1f} ms over "
                 f"{s['queries']} queries on {s['store_articles']} articles")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
