"""Shared training helpers: cached encoder features and writing a model directory."""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from newssift.encoder import EncodedText, shared_encoder

CACHE = Path(__file__).resolve().parents[1] / "cache"


def encode_cached(texts: Sequence[str], name: str, chunk: int = 2048) -> list[EncodedText]:
    """Encode `texts` with the shipped ONNX encoder, caching the result under `cache/<name>-<hash>.pkl`
    (the hash covers the texts and the encoder's config, so a re-exported encoder re-encodes)."""
    from newssift.encoder import default_model_dir

    config = (default_model_dir() / "config.json").read_bytes()
    digest = hashlib.sha256("\x00".join(texts).encode() + config).hexdigest()[:16]
    path = CACHE / f"{name}-{digest}.pkl"
    if path.is_file():
        with path.open("rb") as f:
            return pickle.load(f)
    encoder = shared_encoder()
    out: list[EncodedText] = []
    for i in range(0, len(texts), chunk):
        out.extend(encoder.encode(list(texts[i : i + chunk])))
        print(f"  encoded {min(i + chunk, len(texts))}/{len(texts)} texts for {name}", flush=True)
    CACHE.mkdir(exist_ok=True)
    with path.open("wb") as f:
        pickle.dump(out, f)
    return out


def save_model_dir(out: Path, tensors: dict[str, Any], config: dict[str, Any], labels: list[str],
                   card: str) -> None:
    """Write `config.json`, `model.safetensors`, `labels.json` and the model card `README.md`."""
    from safetensors.numpy import save_file

    out.mkdir(parents=True, exist_ok=True)
    arrays = {k: np.ascontiguousarray(_numpy(v), dtype=np.float32) for k, v in tensors.items()}
    save_file(arrays, str(out / "model.safetensors"))
    (out / "config.json").write_text(json.dumps(config, indent=2, sort_keys=True) + "\n")
    (out / "labels.json").write_text(json.dumps(labels, indent=2) + "\n")
    (out / "README.md").write_text(card)


def _numpy(value: Any) -> np.ndarray:
    return value.detach().cpu().numpy() if hasattr(value, "detach") else np.asarray(value)


def train_or_card(parser: argparse.ArgumentParser, train: Callable[[argparse.Namespace], None],
                  card: Callable[[dict[str, Any]], str], argv: list[str] | None = None) -> None:
    """A training script's `main`: train, or with `--card-only` rewrite `--out`/README.md from the
    model's own config.json (the card and the weights come from the same metadata)."""
    args = parser.parse_args(argv)
    if args.card_only:
        out = Path(args.out)
        (out / "README.md").write_text(card(json.loads((out / "config.json").read_text())))
        return
    train(args)
