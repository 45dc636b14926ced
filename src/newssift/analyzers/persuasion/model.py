"""Calibrated numpy heads read from a model directory's `config.json` and `model.safetensors`.

A multi-label head is an `MLPHead` under a tensor prefix (or a bag of them under a list of prefixes)
plus, per label, a Platt scaling (`platt_a`, `platt_b`: probability = sigmoid(a * logit + b), fitted on
cross-validated logits) and a decision threshold on that probability. A bag's probability is the mean
of its nets' calibrated probabilities: each net is one of the fold nets the calibration was fitted on,
so each one's probabilities are on the scale the thresholds expect (a mean of logits is not: it is
smoother, and its maxima over word pieces are lower). A single-label head uses a softmax with a temperature.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from newssift.errors import ModelError
from newssift.heads import ContextHead, ModelDir, sigmoid, softmax


def head_config(model: ModelDir, key: str) -> dict[str, Any]:
    """`config[key]` of a model directory, which must name its head's tensor `prefix`."""
    cfg: dict[str, Any] = model.config.get(key) or {}
    if "prefix" not in cfg:
        raise ModelError(f"{model.path}/config.json has no {key!r} head; retrain the model "
                         "with the command in its README.md")
    return cfg


class MultiLabelHead:
    """Calibrated probabilities and thresholds for one multi-label head (`config[key]`)."""

    def __init__(self, model: ModelDir, key: str):
        cfg = head_config(model, key)
        self.head = model.head(cfg["prefix"])
        self._calibration(cfg, len(model.labels))

    def _calibration(self, cfg: dict[str, Any], n: int) -> None:
        self.a = np.asarray(cfg.get("platt_a", [1.0] * n), np.float32)
        self.b = np.asarray(cfg.get("platt_b", [0.0] * n), np.float32)
        self.thresholds = np.asarray(cfg.get("thresholds", [0.5] * n), np.float32)
        self.options = cfg

    @property
    def in_dim(self) -> int:
        return self.head.in_dim

    def probs(self, x: np.ndarray) -> np.ndarray:
        """(n, n_labels): calibrated probabilities (a bag's: the mean over its nets)."""
        return self.probs_each(x).mean(0)

    def probs_each(self, x: np.ndarray) -> np.ndarray:
        """(k, n, n_labels): calibrated probabilities of each of the head's k nets (k = 1 unless bagged)."""
        return sigmoid(self.head.each(x) * self.a + self.b).astype(np.float32)


class ContextLabelHead(MultiLabelHead):
    """A multi-label head whose nets are `ContextHead`s: each row is a token read in its sentence, so
    `probs_each` also takes the sentence-start flags (`config[key]["kind"] == "context"`)."""

    def __init__(self, model: ModelDir, key: str):
        cfg = head_config(model, key)
        prefixes = cfg["prefix"] if isinstance(cfg["prefix"], list) else [cfg["prefix"]]
        heads = int(cfg.get("attention_heads", 4))
        self.nets = [ContextHead(model.tensors, p, heads=heads) for p in prefixes]
        self._calibration(cfg, len(model.labels))

    @property
    def in_dim(self) -> int:
        return self.nets[0].in_dim

    def probs_each(self, x: np.ndarray, first: np.ndarray | None = None) -> np.ndarray:
        """(k, n, n_labels); `first` flags sentence starts (None: `x` is one sentence)."""
        if first is None:
            first = np.arange(len(x)) == 0
        if not len(x):
            return np.zeros((len(self.nets), 0, len(self.a)), np.float32)
        logits = np.stack([net.logits(x, first) for net in self.nets])
        return sigmoid(logits * self.a + self.b).astype(np.float32)


def label_head(model: ModelDir, key: str) -> MultiLabelHead:
    """The calibrated head under `config[key]`: context nets when its `kind` says so, else MLPs."""
    if (model.config.get(key) or {}).get("kind") == "context":
        return ContextLabelHead(model, key)
    return MultiLabelHead(model, key)


class SoftmaxHead:
    """Temperature-scaled softmax over `model.labels` (`config[key]`)."""

    def __init__(self, model: ModelDir, key: str):
        cfg = head_config(model, key)
        self.head = model.head(cfg["prefix"])
        self.temperature = float(cfg.get("temperature", 1.0))

    @property
    def in_dim(self) -> int:
        return self.head.in_dim

    def probs(self, x: np.ndarray, offsets: np.ndarray | None = None) -> np.ndarray:
        """softmax((logits + offsets) / temperature); `offsets` shift the class priors."""
        z = self.head(x) if offsets is None else self.head(x) + offsets
        return softmax(z / self.temperature).astype(np.float32)


def check_dim(head: MultiLabelHead | SoftmaxHead, parts: int, dim: int, where: str,
              extra: int = 0) -> None:
    """Refuse an encoder whose width does not match what the head was trained on (`extra`: the
    head's inputs that do not come from the encoder)."""
    if head.in_dim != parts * dim + extra:
        raise ModelError(f"{where} expects {(head.in_dim - extra) // parts}-dim encoder vectors but the "
                         f"encoding has {dim}; use the encoder it was trained with or retrain it")
