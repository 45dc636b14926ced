"""The shared encoder: all-MiniLM-L6-v2 as ONNX (uint8), run once per article for every model head.

`OnnxEncoder.encode(texts)` returns one `EncodedText` per text: the L2-normalised mean-pooled vector, the
word-piece vectors (last layer), the same pieces' vectors from a middle layer (`mid_layer` in the model's
config; token heads such as NER read both: the middle layers keep more of the word's own form, which
frozen-feature heads need) and their character offsets into that text. Texts are sorted by length and
batched so padding stays small; a text longer than `max_tokens` is split into windows (no context crosses
windows). `EncoderAnalyzer` runs it on the sentences of each article and assigns `encoding`.

Determinism: dynamic quantisation picks one activation scale per input tensor, so a sentence's
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
    mid: np.ndarray | None = None  # (n, dim) word-piece vectors of the middle layer, if the model has it

    def piece_vectors(self, layers: Sequence[str]) -> np.ndarray:
        """Its word-piece vectors of `layers` ("mid", "last") side by side, in that order."""
        return Encoded(self.vector[None], [self.tokens], [self.offsets],
                       None if self.mid is None else [self.mid]).piece_vectors(layers)[0]


@dataclass(frozen=True, slots=True)
class Encoded:
    """An article's encoding: per sentence, its vector, word-piece vectors and absolute offsets."""

    sentence_vectors: np.ndarray  # (n_sentences, dim)
    token_vectors: list[np.ndarray]
    token_offsets: list[np.ndarray]  # absolute offsets into Article.text
    token_mid_vectors: list[np.ndarray] | None = None  # middle-layer piece vectors, if the encoder has them

    def piece_vectors(self, layers: Sequence[str], count: int | None = None) -> list[np.ndarray]:
        """Per sentence (the first `count`), its word-piece vectors of `layers` ("mid", "last") side by
        side, in that order."""
        by_layer = {"last": self.token_vectors, "mid": self.token_mid_vectors}
        if "mid" in layers and self.token_mid_vectors is None:
            raise ModelError("this model needs the encoder's middle-layer vectors, which this encoder "
                             "does not give; re-export it with `python scripts/export_encoder.py`")
        chosen = [by_layer[name][:count] for name in layers]
        return [np.concatenate(parts, 1) if len(parts) > 1 else parts[0] for parts in zip(*chosen)]

    @classmethod
    def of(cls, encoded: Sequence[EncodedText], starts: Sequence[int], dim: int) -> Encoded:
        """An article's encoding from its sentences' encodings and the sentences' start offsets."""
        vectors = np.stack([e.vector for e in encoded]) if encoded else np.zeros((0, dim), np.float32)
        offsets = [e.offsets + s for e, s in zip(encoded, starts)]
        return cls(vectors, [e.tokens for e in encoded], offsets, mid_vectors(encoded))

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
        self.has_mid = len(self.session.get_outputs()) > 1
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
        hidden, mid = self._run([w for _, w in windows])
        return [self._assemble(encodings[i], hidden[f : f + n], mid[f : f + n] if mid is not None else None)
                for i, (f, n) in enumerate(spans)]

    def _run(self, windows: list[list[int]]) -> tuple[list[np.ndarray], list[np.ndarray] | None]:
        """Last-layer states of each window (with [CLS]/[SEP]) and, if the model gives them, the
        middle layer's."""
        order = sorted(range(len(windows)), key=lambda k: len(windows[k]))
        out: list[np.ndarray] = [np.empty(0)] * len(windows)
        mids: list[np.ndarray] | None = [np.empty(0)] * len(windows) if self.has_mid else None
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
            states, *rest = self.session.run(None, feeds)
            for row, k in enumerate(idx):
                out[k] = states[row, : len(windows[k]) + 2]
                if mids is not None:
                    mids[k] = rest[0][row, : len(windows[k]) + 2]
        return out, mids

    def _assemble(self, enc, states: list[np.ndarray], mids: list[np.ndarray] | None) -> EncodedText:
        pooled = np.concatenate(states).mean(0)  # mean over all positions, [CLS]/[SEP] included
        vector = (pooled / (np.linalg.norm(pooled) or 1.0)).astype(np.float32)
        tokens = np.concatenate([s[1:-1] for s in states]).astype(np.float32)
        mid = np.concatenate([s[1:-1] for s in mids]).astype(np.float32) if mids is not None else None
        offsets = np.asarray(enc.offsets, np.int32).reshape(-1, 2)
        return EncodedText(vector, tokens, offsets, mid)


def mid_vectors(encoded: Sequence[EncodedText]) -> list[np.ndarray] | None:
    """The middle-layer piece vectors of encoded sentences, or None if the encoder gives none."""
    mids = [e.mid for e in encoded]
    return None if any(m is None for m in mids) else mids  # type: ignore[return-value]


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
            results.append(Encoded.of(mine, [s.start for s in a.sentences], self.encoder.dim))
        return results

    def set_annotations(self, batch: Sequence[Analysis], predictions: list[Encoded]) -> None:
        for analysis, encoded in zip(batch, predictions):
            analysis.encoding = encoded
