"""Small model heads on the shared encoder, run in numpy (no torch at inference).

A model is a directory: `config.json`, `model.safetensors`, `labels.json`, `README.md` (the model card).
`MLPHead` reads the weights of a torch `nn.Sequential` of `Linear` layers (ReLU between them), saved with
safetensors; keys are `<index>.weight` / `<index>.bias` as torch names them. `MLPBag` holds several
such heads of one shape; `each(x)` gives every head's logits stacked (an `MLPHead` is a bag of one).
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


def models_root() -> Path:
    """Where the shipped model directories live inside the package."""
    from importlib import resources

    return Path(str(resources.files("newssift").joinpath("models")))
