"""How close the shipped uint8 encoder comes to torch fp32 on THIS machine's CPU, beside an int8 export.

    python benchmarks/encoder_numerics.py --data ../shared/data/semeval2023_task3/en/dev-articles-subtask-3

ONNX Runtime multiplies uint8 activations by int8 weights with VPMADDUBSW on AVX2 CPUs without VNNI, whose
16-bit pair sums can saturate; CPUs with AVX-512 VNNI or AVX-VNNI do not saturate. So the same int8 model
gives slightly different vectors on different CPUs, and heads trained on one CPU's vectors meet another's at
run time. uint8 weights (shipped since session 12; `--weights s8` in `scripts/export_encoder.py` gives int8)
take a path without saturation. This script exports the int8 variant into a temporary directory and
measures, on the paragraphs of `--data` (each encoded alone), for both: mean cosine to torch fp32 of
sentence vectors and of word-piece vectors, and encoding time (best of 3, same run). Writes
benchmarks/results/encoder_numerics.json. Needs the `train` extra.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
RESULTS = ROOT / "benchmarks" / "results" / "encoder_numerics.json"


def cpu_flags() -> list[str]:
    try:
        text = Path("/proc/cpuinfo").read_text()
    except OSError:
        return []
    lines = [line for line in text.splitlines() if line.startswith("flags")]
    flags = lines[0].split(":", 1)[1].split() if lines else []
    return sorted(f for f in flags if f in {"avx2", "avx512f", "avx512_vnni", "avx_vnni", "amx_int8"})


def reference(texts: list[str]) -> list[tuple[np.ndarray, np.ndarray]]:
    """Torch fp32 (sentence vector, word-piece vectors) of each text, as the shipped encoder pools them."""
    import torch
    from export_encoder import get_model_path
    from transformers import AutoModel, AutoTokenizer

    src = get_model_path()
    model, tok = AutoModel.from_pretrained(src).eval(), AutoTokenizer.from_pretrained(src)
    out = []
    for text in texts:
        batch = tok([text], return_tensors="pt", truncation=True, max_length=256)
        with torch.no_grad():
            hidden = model(**batch).last_hidden_state[0].numpy()
        vec = hidden.mean(0)
        out.append((vec / np.linalg.norm(vec), hidden[1:-1]))
    return out


def _unit(m: np.ndarray) -> np.ndarray:
    return m / np.linalg.norm(m, axis=-1, keepdims=True)


def measure(model_dir: Path, texts: list[str], ref: list[tuple[np.ndarray, np.ndarray]]) -> dict:
    from newssift.encoder import OnnxEncoder

    enc = OnnxEncoder(model_dir)
    got = [enc.encode([t])[0] for t in texts]
    sent = [float(r[0] @ g.vector) for r, g in zip(ref, got, strict=True)]
    piece = []
    for (_, pieces), g in zip(ref, got, strict=True):
        n = min(len(pieces), len(g.tokens))
        piece.append(float((_unit(pieces[:n]) * _unit(g.tokens[:n])).sum(1).mean()))
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for t in texts:
            enc.encode([t])
        best = min(best, time.perf_counter() - start)
    return {"sentence_cosine": round(float(np.mean(sent)), 4),
            "piece_cosine": round(float(np.mean(piece)), 4),
            "min_sentence_cosine": round(float(np.min(sent)), 4), "encode_seconds": round(best, 3)}


def main(argv: list[str] | None = None) -> None:
    from export_encoder import OUT, export

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", type=Path, required=True, help="a folder of article .txt files")
    p.add_argument("--paragraphs", type=int, default=200)
    args = p.parse_args(argv)
    texts = [line for f in sorted(args.data.glob("*.txt")) for line in f.read_text().splitlines()
             if len(line.split()) >= 5][: args.paragraphs]
    ref = reference(texts)
    report = {"cpu_flags": cpu_flags(), "paragraphs": len(texts), "shipped_u8": measure(OUT, texts, ref)}
    with tempfile.TemporaryDirectory() as tmp:
        export(Path(tmp), "s8")
        report["s8"] = measure(Path(tmp), texts, ref)
    RESULTS.write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
