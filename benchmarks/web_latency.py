"""How long the web app takes to answer "analyse this article", against the library call alone.

    python benchmarks/web_latency.py tests/web/fixtures/harbour_strike.txt --runs 7 \
        --out benchmarks/results/web_latency.json

Starts the app (real default pipeline, loaded and warmed up once at startup) under uvicorn on a free
local port, then times `POST /api/analyze` (JSON) and `POST /analyze` (the HTML result page) over real
HTTP, and, as the baseline, `pipeline(article)` in process. Prints median and worst wall times.
Limits: one article, sequential requests; the machine's other load shows up in the worst times.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from newssift.ingest import article_from_text
from newssift.settings import Settings
from newssift.web.app import create_app, ensure_pipeline
from newssift.web.server import ServerThread


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def report(name: str, times: list[float], results: dict[str, Any]) -> None:
    print(f"{name:<28} median {statistics.median(times) * 1000:7.0f} ms   "
          f"worst {max(times) * 1000:7.0f} ms   ({len(times)} runs)")
    results[name] = {"median_ms": round(statistics.median(times) * 1000),
                     "worst_ms": round(max(times) * 1000), "runs": len(times)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--out", type=Path, default=None, help="also write the figures as JSON")
    parser.add_argument("--analyzers", default=None,
                        help="comma-separated analyzer names (default: all available)")
    args = parser.parse_args()
    text = args.article.read_text(encoding="utf-8")
    names = args.analyzers.split(",") if args.analyzers else None
    app = create_app(Settings.load({"analyzers": names}), None)
    started = time.perf_counter()
    pipeline = ensure_pipeline(app)
    print(f"pipeline {', '.join(pipeline.names)} loaded in {time.perf_counter() - started:.1f} s; "
          f"article: {len(text.split())} words")
    article = article_from_text(text, "bench")
    results: dict[str, Any] = {"analyzers": pipeline.names, "words": len(text.split()),
                               "load_average": os.getloadavg()[0], "cpus": os.cpu_count()}
    report("library pipeline(article)", timed(lambda: pipeline(article), args.runs), results)
    with ServerThread(app) as url, httpx.Client(base_url=url, timeout=60) as http:
        def api() -> None:
            http.post("/api/analyze", json={"text": text}).raise_for_status()

        def page() -> None:
            http.post("/analyze", data={"mode": "text", "text": text}).raise_for_status()

        report("POST /api/analyze (JSON)", timed(api, args.runs), results)
        report("POST /analyze (HTML page)", timed(page, args.runs), results)
    print(f"load average {results['load_average']:.1f} on {results['cpus']} CPUs")
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
