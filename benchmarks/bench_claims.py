"""What entities, checkworthy and claims add to the pipeline's time per article.

    python benchmarks/bench_claims.py --data /work/shared/data/semeval2023_task3/en/dev-articles-subtask-3 \
        --articles 60

Runs the full default pipeline (every analyzer that can be built) over the same articles in batches,
after one warm-up batch, timing every analyzer separately in the same run. "Without" is the total minus
the analyzers under test, so both figures share one run (no noise between runs). Writes
benchmarks/results/claims_speed.json and prints the shares.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results" / "claims_speed.json"
UNDER_TEST = ("entities", "claims")


def load_articles(data: Path, limit: int) -> list:
    from newssift.text import Article

    files = sorted(data.glob("*.txt"))[:limit]
    return [Article(text=f.read_text(encoding="utf-8"), id=f.stem) for f in files]


def build() -> list:
    from newssift.errors import NewssiftError
    from newssift.registry import ANALYZERS, available, create

    built, assigned = [], set()
    for name in available():
        try:
            analyzer = create(name)
        except (NewssiftError, ImportError) as err:
            print(f"skipping {name}: {err}", file=sys.stderr)
            continue
        if set(analyzer.requires) <= assigned | {"title", "paragraphs", "sentences", "tokens"}:
            built.append(analyzer)
            assigned.update(analyzer.assigns)
    assert all(a.name in ANALYZERS for a in built)
    return built


def run(analyzers: list, articles: list, batch: int) -> dict[str, float]:
    from newssift.analysis import Analysis

    seconds: dict[str, float] = defaultdict(float)
    for b in range(0, len(articles), batch):
        t0 = time.perf_counter()
        analyses = [Analysis.of(a) for a in articles[b : b + batch]]
        seconds["segment"] += time.perf_counter() - t0
        for analyzer in analyzers:
            t0 = time.perf_counter()
            analyzer.pipe(analyses)
            seconds[analyzer.name] += time.perf_counter() - t0
    return dict(seconds)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", required=True, help="a folder of .txt articles")
    p.add_argument("--articles", type=int, default=60)
    p.add_argument("--batch", type=int, default=8)
    args = p.parse_args(argv)
    articles = load_articles(Path(args.data), args.articles + args.batch)
    analyzers = build()
    run(analyzers, articles[: args.batch], args.batch)  # warm-up
    seconds = run(analyzers, articles[args.batch :], args.batch)
    total = sum(seconds.values())
    tested = sum(seconds.get(n, 0.0) for n in UNDER_TEST)
    with_cw = tested + seconds.get("checkworthy", 0.0)
    n = len(articles) - args.batch
    result = {
        "articles": n, "analyzers": [a.name for a in analyzers],
        "ms_per_article": {k: round(1000 * v / n, 1) for k, v in seconds.items()},
        "ms_per_article_total": round(1000 * total / n, 1),
        "added_by_entities_claims": round(tested / (total - tested), 4),
        "added_by_entities_checkworthy_claims": round(with_cw / (total - with_cw), 4),
    }
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    for name, ms in result["ms_per_article"].items():
        print(f"{name:<12} {ms:8.1f} ms/article")
    print(f"total        {result['ms_per_article_total']:8.1f} ms/article over {n} articles")
    print(f"entities + claims add {100 * result['added_by_entities_claims']:.1f}% "
          f"(with checkworthy: {100 * result['added_by_entities_checkworthy_claims']:.1f}%)")
    print(f"wrote {RESULTS}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
