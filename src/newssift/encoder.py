"""The shared encoder: all-MiniLM-L6-v2 as ONNX int8, run once per article for every model head.

`OnnxEncoder.encode(texts)` returns one `EncodedText` per text: the L2-normalised mean-pooled vector, the
word-piece vectors and their character offsets into that text. Texts are sorted by length and batched so
padding stays small; a text longer than `max_tokens` is split into windows (no context crosses windows).
`EncoderAnalyzer` runs it on the sentences of each article and assigns `encoding`.

Determinism: dynamic int8 quantisation picks one activation scale per input tensor, so a sentence's
vectors shift slightly with the other sentences in its mini-batch (cosine ≈ 0.99 against the sentence
alone). Articles are therefore encoded one by one, in length-sorted mini-batches of 8 of their own
sentences: an article's findings never depend on which other articles share its batch, its worker or its
run (measured as fast as cross-article batches of 64, which pad more).
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Protocol

import numpy as np

from newssift.analysis import Analysis
from newssift.errors import ModelError
from newssift.pipeline import Analyzer

CLS, SEP = 101, 102


@dataclass(frozen=True, slots=True)
class EncodedText:
    vector: np.ndarray  # (dim,) float32, unit length
    tokens: np.ndarray  # (n, dim) float32 word-piece vectors (no [CLS]/[SEP])
    offsets: np.ndarray  # (n, 2) int32 character offsets into the encoded text


@dataclass(frozen=True, slots=True)
class Encoded:
    """An article's encoding: per sentence, its vector, word-piece vectors and absolute offsets."""

    sentence_vectors: np.ndarray  # (n_sentences, dim)
    token_vectors: list[np.ndarray]
    token_offsets: list[np.ndarray]  # absolute offsets into Article.text

    @property
    def article_vector(self) -> np.ndarray:
        v = self.sentence_vectors.mean(0) if len(self.sentence_vectors) else np.zeros(0, np.float32)
        n = np.linalg.norm(v)
        return v / n if n else v


class Encoder(Protocol):
    dim: int

    def encode(self, texts: Sequence[str]) -> list[EncodedText]: ...


def default_model_dir() -> Path:
    return Path(str(resources.files("newssift").joinpath("models", "encoder")))


class OnnxEncoder:
    """all-MiniLM-L6-v2 exported to ONNX; needs only onnxruntime and tokenizers."""

    def __init__(self, model_dir: Path | str | None = None, batch_size: int = 8,
                 threads: int | None = None):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        path = Path(model_dir) if model_dir else default_model_dir()
        if not (path / "model.onnx").is_file() or not (path / "tokenizer.json").is_file():
            raise ModelError(f"encoder model not found in {path}; run `python scripts/export_encoder.py`")
        config = json.loads((path / "config.json").read_text()) if (path / "config.json").is_file() else {}
        self.dim = int(config.get("dim", 384))
        self.max_tokens = int(config.get("max_tokens", 256))
        self.batch_size = batch_size
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or os.cpu_count() or 1
        options.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(path / "model.onnx"), options,
                                            providers=["CPUExecutionProvider"])
        self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self.tokenizer.no_truncation()
        self.tokenizer.no_padding()

    def encode(self, texts: Sequence[str]) -> list[EncodedText]:
        encodings = self.tokenizer.encode_batch(list(texts), add_special_tokens=False)
        windows: list[tuple[int, list[int]]] = []  # (text index, ids)
        spans: list[tuple[int, int]] = []  # per text: first window, window count
        step = self.max_tokens - 2
        for i, enc in enumerate(encodings):
            ids = enc.ids
            first = len(windows)
            for s in range(0, max(len(ids), 1), step):
                windows.append((i, ids[s : s + step]))
            spans.append((first, len(windows) - first))
        hidden = self._run([w for _, w in windows])
        return [self._assemble(encodings[i], hidden[f : f + n]) for i, (f, n) in enumerate(spans)]

    def _run(self, windows: list[list[int]]) -> list[np.ndarray]:
        order = sorted(range(len(windows)), key=lambda k: len(windows[k]))
        out: list[np.ndarray] = [np.empty(0)] * len(windows)
        for b in range(0, len(order), self.batch_size):
            idx = order[b : b + self.batch_size]
            width = max(len(windows[k]) for k in idx) + 2
            ids = np.zeros((len(idx), width), np.int64)
            mask = np.zeros((len(idx), width), np.int64)
            for row, k in enumerate(idx):
                seq = [CLS, *windows[k], SEP]
                ids[row, : len(seq)] = seq
                mask[row, : len(seq)] = 1
            feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            states = self.session.run(None, feeds)[0]
            for row, k in enumerate(idx):
                out[k] = states[row, : len(windows[k]) + 2]
        return out

    def _assemble(self, enc, states: list[np.ndarray]) -> EncodedText:
        pooled = np.concatenate(states).mean(0)  # mean over all positions, [CLS]/[SEP] included
        vector = (pooled / (np.linalg.norm(pooled) or 1.0)).astype(np.float32)
        tokens = np.concatenate([s[1:-1] for s in states]).astype(np.float32)
        offsets = np.asarray(enc.offsets, np.int32).reshape(-1, 2)
        return EncodedText(vector, tokens, offsets)


@cache
def shared_encoder(model_dir: str | None = None) -> OnnxEncoder:
    """One encoder per process (loading it is the expensive part)."""
    return OnnxEncoder(model_dir)


class EncoderAnalyzer(Analyzer):
    """Encodes the sentences of each article (see the module docstring on determinism)."""

    name = "encoder"
    assigns = ("encoding",)

    def __init__(self, encoder: Encoder | None = None):
        self.encoder = encoder if encoder is not None else shared_encoder()

    def predict(self, batch: Sequence[Analysis]) -> list[Encoded]:
        results = []
        for a in batch:
            mine = self.encoder.encode([s.text for s in a.sentences]) if a.sentences else []
            vectors = (np.stack([e.vector for e in mine]) if mine
                       else np.zeros((0, self.encoder.dim), np.float32))
            offsets = [e.offsets + s.start for e, s in zip(mine, a.sentences)]
            results.append(Encoded(vectors, [e.tokens for e in mine], offsets))
        return results

    def set_annotations(self, batch: Sequence[Analysis], predictions: list[Encoded]) -> None:
        for analysis, encoded in zip(batch, predictions):
            analysis.encoding = encoded
