"""Ingestion on a real multilingual corpus: exactness, failures, language flags and speed.

    python benchmarks/bench_ingest.py --data ../shared/data/semeval2023_task3

Reads every `<lang>/train-articles-subtask-3/` folder (en, fr, ge, it, po, ru) with
`newssift.ingest.read_sources` and reports, per folder: articles read and failed, how many texts are
byte-for-byte the file's UTF-8 content (offsets index the file), language accuracy against the
folder's language (None counts as wrong), abstentions, and articles/s. Baselines in the same run:
always answering "en" (the models' language), and a bare `read_bytes().decode()` loop for speed.
Writes benchmarks/results/ingest.json.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from newssift.ingest import read_sources
from newssift.settings import Settings

RESULTS = Path(__file__).resolve().parent / "results"
FOLDERS = {"en": "en", "fr": "fr", "ge": "de", "it": "it", "po": "pl", "ru": "ru"}


def measure(folder: Path, language: str) -> dict:
    files = sorted(folder.glob("*.txt"))
    started = time.perf_counter()
    raw = {p.stem: p.read_bytes().decode("utf-8-sig") for p in files}
    baseline_seconds = time.perf_counter() - started
    errors: Counter[str] = Counter()
    started = time.perf_counter()
    articles = list(read_sources([folder], Settings(), lambda n, e: errors.update([e.code])))
    seconds = time.perf_counter() - started
    guessed = Counter(a.language for a in articles)
    return {
        "files": len(files),
        "read": len(articles),
        "failed": dict(errors),
        "exact_text": sum(a.text == raw[a.id] for a in articles),
        "language_accuracy": round(guessed[language] / max(len(articles), 1), 4),
        "baseline_always_en_accuracy": round((language == "en") * 1.0, 4),
        "abstained": guessed[None],
        "wrong": {str(k): v for k, v in guessed.items() if k not in (language, None)},
        "articles_per_s": round(len(articles) / seconds, 1),
        "baseline_decode_articles_per_s": round(len(files) / max(baseline_seconds, 1e-9), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="the semeval2023_task3 folder")
    args = parser.parse_args()
    report = {}
    for folder, language in FOLDERS.items():
        path = args.data / folder / "train-articles-subtask-3"
        if path.is_dir():
            report[folder] = measure(path, language)
            print(folder, json.dumps(report[folder]))
    total = sum(r["read"] for r in report.values())
    right = sum(r["language_accuracy"] * r["read"] for r in report.values())
    en = report.get("en", {}).get("read", 0)
    print(f"all: language accuracy {right / total:.4f} vs always-en {en / total:.4f} "
          f"over {total} articles")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "ingest.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
