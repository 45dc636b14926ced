"""Shared training helpers: cached encoder features and writing a model directory."""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import pickle
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from newssift.encoder import EncodedText, shared_encoder

CACHE = Path(__file__).resolve().parents[1] / "cache"


def encode_cached(texts: Sequence[str], name: str, chunk: int = 2048,
                  articles: Sequence[int] | None = None) -> list[EncodedText]:
    """Encode `texts` with the shipped ONNX encoder, caching the result under `cache/<name>-<hash>.pkl`
    (the hash covers the texts and the encoder's config, so a re-exported encoder re-encodes).

    `articles` (how many of the texts, in order, belong to each article) encodes each article on its
    own, exactly as `EncoderAnalyzer` does at inference: a sentence's vector shifts slightly with the
    other sentences of its mini-batch, so features batched across articles are not the ones the
    analyzers see."""
    from newssift.encoder import default_model_dir

    config = (default_model_dir() / "config.json").read_bytes()
    grouping = b"" if articles is None else ("per-article:" + ",".join(map(str, articles))).encode()
    digest = hashlib.sha256("\x00".join(texts).encode() + config + grouping).hexdigest()[:16]
    path = CACHE / f"{name}-{digest}.pkl"
    if path.is_file():
        with path.open("rb") as f:
            return pickle.load(f)
    encoder = shared_encoder()
    out: list[EncodedText] = []
    for i, batch in enumerate(_batches(texts, chunk, articles)):
        out.extend(encoder.encode(batch))
        if i % 200 == 0 or len(out) == len(texts):
            print(f"  encoded {len(out)}/{len(texts)} texts for {name}", flush=True)
    CACHE.mkdir(exist_ok=True)
    with path.open("wb") as f:
        pickle.dump(out, f)
    return out


def _batches(texts: Sequence[str], chunk: int, articles: Sequence[int] | None) -> list[list[str]]:
    """The encoder calls: each article's texts (`articles`), else chunks of `chunk` texts."""
    if articles is None:
        return [list(texts[i : i + chunk]) for i in range(0, len(texts), chunk)]
    if sum(articles) != len(texts):
        raise ValueError(f"articles hold {sum(articles)} texts, not {len(texts)}")
    bounds = np.cumsum([0, *articles])
    return [list(texts[a:b]) for a, b in itertools.pairwise(bounds) if b > a]


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
