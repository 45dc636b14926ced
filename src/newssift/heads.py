"""Small model heads on the shared encoder, run in numpy (no torch at inference).

A model is a directory: `config.json`, `model.safetensors`, `labels.json`, `README.md` (the model card).
`MLPHead` reads the weights of a torch `nn.Sequential` of `Linear` layers (ReLU between them), saved with
safetensors; keys are `<index>.weight` / `<index>.bias` as torch names them. `MLPBag` holds several
such heads of one shape; `each(x)` gives every head's logits stacked (an `MLPHead` is a bag of one).
`ContextHead` is the token tagger head (context layers and attention inside each sentence), read by the
statements tagger and the techniques word-piece head.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from newssift.errors import ModelError

REQUIRED = ("config.json", "model.safetensors", "labels.json")


@dataclass(frozen=True)
class ModelDir:
    path: Path
    config: dict[str, Any]
    labels: list[str]
    tensors: dict[str, np.ndarray]

    @classmethod
    def load(cls, path: Path | str) -> ModelDir:
        from safetensors.numpy import load_file

        path = Path(path)
        missing = [f for f in REQUIRED if not (path / f).is_file()]
        if missing:
            raise ModelError(f"model directory {path} lacks {', '.join(missing)}; "
                             "retrain it with the command in its README.md")
        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
        labels = json.loads((path / "labels.json").read_text(encoding="utf-8"))
        return cls(path, config, list(labels), load_file(str(path / "model.safetensors")))

    def head(self, prefix: str | list[str] = "") -> MLPHead | MLPBag:
        """The head under tensor `prefix`; a list of prefixes is a bag of heads."""
        if isinstance(prefix, list):
            return MLPBag([MLPHead.from_tensors(self.tensors, p) for p in prefix])
        return MLPHead.from_tensors(self.tensors, prefix)


class MLPHead:
    """Linear layers with ReLU between them: `logits = Wn(...relu(W1 x + b1)...) + bn`."""

    def __init__(self, layers: list[tuple[np.ndarray, np.ndarray]]):
        if not layers:
            raise ModelError("an MLP head needs at least one linear layer")
        self.layers = [(w.astype(np.float32).T.copy(), b.astype(np.float32)) for w, b in layers]

    @classmethod
    def from_tensors(cls, tensors: dict[str, np.ndarray], prefix: str = "") -> MLPHead:
        pattern = re.compile(rf"^{re.escape(prefix)}(\d+)\.weight$")
        found = sorted(int(m.group(1)) for k in tensors if (m := pattern.match(k)))
        return cls([(tensors[f"{prefix}{i}.weight"], tensors[f"{prefix}{i}.bias"]) for i in found])

    @property
    def in_dim(self) -> int:
        return self.layers[0][0].shape[0]

    def __call__(self, x: np.ndarray) -> np.ndarray:
        x = np.asarray(x, np.float32)
        for i, (w, b) in enumerate(self.layers):
            x = x @ w + b
            if i < len(self.layers) - 1:
                np.maximum(x, 0, out=x)
        return x

    def each(self, x: np.ndarray) -> np.ndarray:
        """(1, n, out): the logits, shaped as a bag of one."""
        return self(x)[None]


class MLPBag:
    """Heads of one shape, such as the k nets of a cross-validation: the nets whose out-of-fold
    logits a calibration and thresholds were fitted on. Callers average what they derive from each
    net's logits (see `persuasion.model.MultiLabelHead`)."""

    def __init__(self, heads: list[MLPHead]):
        if not heads or len({h.in_dim for h in heads}) != 1:
            raise ModelError("a bag of heads needs at least one head, all of one input width")
        self.heads = heads

    @property
    def in_dim(self) -> int:
        return self.heads[0].in_dim

    def each(self, x: np.ndarray) -> np.ndarray:
        """(k, n, out): every head's logits."""
        return np.stack([h(x) for h in self.heads])


def sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -30, 30)))


def softmax(x: np.ndarray, axis: int = -1) -> np.ndarray:
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


def shift_prev(h: np.ndarray, first: np.ndarray) -> np.ndarray:
    """Row t gets row t-1, or zeros when token t opens a sentence."""
    out = np.zeros_like(h)
    out[1:] = h[:-1]
    out[first] = 0
    return out


def shift_next(h: np.ndarray, first: np.ndarray) -> np.ndarray:
    """Row t gets row t+1, or zeros when token t+1 opens a sentence (or t is the last)."""
    out = np.zeros_like(h)
    out[:-1] = h[1:]
    out[:-1][first[1:]] = 0
    return out


ATTENTION_GROUP = 32  # sentences of similar length attended to in one padded batch
LONG_SENTENCE = 256  # longer sentences are attended to alone, this many query tokens at a time


def sentence_attention(q: np.ndarray, k: np.ndarray, v: np.ndarray, first: np.ndarray,
                       heads: int) -> np.ndarray:
    """Multi-head dot-product attention of every token over the tokens of its own sentence
    (`first` flags sentence starts); q, k, v are (n, hidden) with `heads` heads side by side.

    Sentences are sorted by length and attended to in padded groups of ATTENTION_GROUP, so padding
    stays small; a sentence longer than LONG_SENTENCE tokens goes alone, in blocks of queries, so
    memory grows with its length, not with its length squared."""
    n, hidden = q.shape
    out = np.empty_like(v)
    if not n:
        return out
    starts = np.flatnonzero(first)
    lengths = np.diff(np.r_[starts, n])
    order = np.argsort(lengths, kind="stable")
    short = order[lengths[order] <= LONG_SENTENCE]
    for g in range(0, len(short), ATTENTION_GROUP):
        chosen = short[g : g + ATTENTION_GROUP]
        width = int(lengths[chosen].max())
        mask = np.arange(width)[None, :] < lengths[chosen][:, None]  # (S, L) real tokens
        rows = np.minimum(starts[chosen][:, None] + np.arange(width)[None, :], n - 1)
        qs, ks, vs = (_heads(m[rows], heads) for m in (q, k, v))
        merged = _attend(qs, ks, vs, mask[:, None, None, :]).transpose(0, 2, 1, 3)
        out[rows[mask]] = merged.reshape(len(chosen), width, hidden)[mask]
    for i in order[lengths[order] > LONG_SENTENCE]:
        a, b = starts[i], starts[i] + lengths[i]
        ks, vs = (_heads(m[None, a:b], heads) for m in (k, v))
        for lo in range(a, b, LONG_SENTENCE):
            hi = min(lo + LONG_SENTENCE, b)
            block = _attend(_heads(q[None, lo:hi], heads), ks, vs, None)
            out[lo:hi] = block.transpose(0, 2, 1, 3).reshape(hi - lo, hidden)
    return out


def _heads(x: np.ndarray, heads: int) -> np.ndarray:
    """(S, L, hidden) → (S, heads, L, hidden / heads)."""
    s, length, hidden = x.shape
    return x.reshape(s, length, heads, hidden // heads).transpose(0, 2, 1, 3)


def _attend(q: np.ndarray, k: np.ndarray, v: np.ndarray, mask: np.ndarray | None) -> np.ndarray:
    scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(q.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -1e30)
    return softmax(scores, axis=-1) @ v


class ContextHead:
    """The tagger head in numpy: `h = relu(W_in x)`, then `ctx` layers `h = h + relu(W [h_prev; h; h_next])`
    (neighbours inside the sentence only), then `attn` layers `h = h + W_proj attention(W_qkv h)` (each
    token attends over its own sentence), then `logits = W_out h`. Tensors: `tagger.inp.*`,
    `tagger.ctx<i>.*`, `tagger.attn<i>.qkv.*`, `tagger.attn<i>.proj.*`, `tagger.out.*` (torch `Linear`
    layout: weight is (out, in))."""

    def __init__(self, tensors: dict[str, np.ndarray], prefix: str = "tagger.", heads: int = 4):
        def linear(name: str) -> tuple[np.ndarray, np.ndarray]:
            key = f"{prefix}{name}"
            if f"{key}.weight" not in tensors:
                raise ModelError(f"the model lacks the tensor {key}.weight; retrain it")
            return tensors[f"{key}.weight"].astype(np.float32).T.copy(), tensors[f"{key}.bias"]

        self.inp = linear("inp")
        n_ctx = sum(1 for k in tensors if k.startswith(f"{prefix}ctx") and k.endswith(".weight"))
        self.ctx = [linear(f"ctx{i}") for i in range(n_ctx)]
        n_attn = sum(1 for k in tensors if k.startswith(f"{prefix}attn") and k.endswith(".qkv.weight"))
        self.attn = [(linear(f"attn{i}.qkv"), linear(f"attn{i}.proj")) for i in range(n_attn)]
        self.heads = heads
        self.out = linear("out")

    @property
    def in_dim(self) -> int:
        return self.inp[0].shape[0]

    def logits(self, x: np.ndarray, first: np.ndarray) -> np.ndarray:
        """Logits (n, out) of features `x` (n, in_dim) with sentence-start flags `first` (n,)."""
        w, b = self.inp
        return self(np.asarray(x, np.float32) @ w + b, first)

    def __call__(self, first_layer: np.ndarray, first: np.ndarray) -> np.ndarray:
        """Logits from the first layer's pre-activation (n, hidden) and sentence-start flags (n,)."""
        h = np.maximum(first_layer, 0)
        for w, b in self.ctx:
            n = h.shape[1]  # [h_prev; h; h_next] @ w == shift(h @ w_prev) + h @ w_self + shift(h @ w_next)
            p = h @ w.reshape(3, n, -1).transpose(1, 0, 2).reshape(n, -1)
            k = p.shape[1] // 3
            z = shift_prev(p[:, :k], first) + p[:, k : 2 * k] + shift_next(p[:, 2 * k :], first)
            h = h + np.maximum(z + b, 0)
        for (wq, bq), (wp, bp) in self.attn:
            q, k, v = np.split(h @ wq + bq, 3, axis=1)
            h = h + sentence_attention(q, k, v, first, self.heads) @ wp + bp
        return h @ self.out[0] + self.out[1]


def models_root() -> Path:
    """Where the shipped model directories live inside the package."""
    from importlib import resources

    return Path(str(resources.files("newssift").joinpath("models")))
