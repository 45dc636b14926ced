"""The role tagger: a small head over token features → BIO tags for source / cue / content, decoded into
role spans aligned to the shared tokens. The head is an input layer, residual context layers that mix
each token's hidden state with its neighbours' inside the sentence, and an output layer (`ContextHead`).

Decoding is a Viterbi pass per sentence under the BIO constraint (I-x only after B-x or I-x) on the
head's log-probabilities; a span's score is the mean probability of its tags. Limits: tags are chosen
per sentence, so a content span never crosses a sentence boundary here (the linker merges them).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from newssift.analysis import Analysis
from newssift.analyzers.attribution.features import TokenBlocks, article_blocks, feature_dim, window_means
from newssift.errors import ModelError
from newssift.heads import ContextHead, ModelDir, softmax

TAGS = ("O", "B-source", "I-source", "B-cue", "I-cue", "B-content", "I-content")
ROLES = ("source", "cue", "content")


@dataclass(frozen=True, slots=True)
class RoleSpan:
    """A tagged span: role, character offsets, score, sentence index and token range."""

    role: str
    start: int
    end: int
    score: float
    sentence: int
    token_start: int
    token_end: int


def allowed_transitions(tags: Sequence[str] = TAGS) -> np.ndarray:
    """(n, n) boolean: may tag j follow tag i?"""
    n = len(tags)
    ok = np.ones((n, n), bool)
    for j, t in enumerate(tags):
        if t.startswith("I-"):
            for i, p in enumerate(tags):
                ok[i, j] = p[2:] == t[2:] and p != "O"
    return ok


def viterbi(logp: np.ndarray, allowed: np.ndarray, tags: Sequence[str] = TAGS) -> np.ndarray:
    """Best tag sequence for (n, n_tags) log-probabilities under the BIO constraint."""
    n, k = logp.shape
    if n == 0:
        return np.zeros(0, np.int64)
    trans = np.where(allowed, 0.0, -1e9)
    start = np.array([0.0 if not t.startswith("I-") else -1e9 for t in tags])
    score = logp[0] + start
    back = np.zeros((n, k), np.int64)
    for i in range(1, n):
        cand = score[:, None] + trans
        back[i] = cand.argmax(0)
        score = cand.max(0) + logp[i]
    path = np.zeros(n, np.int64)
    path[-1] = int(score.argmax())
    for i in range(n - 1, 0, -1):
        path[i - 1] = back[i, path[i]]
    return path


def decode(analysis: Analysis, probs: np.ndarray, tags: Sequence[str] = TAGS,
           o_bias: float = 0.0) -> list[RoleSpan]:
    """Role spans from per-token tag probabilities (rows aligned with `analysis.tokens`).

    `o_bias` is subtracted from the log-probability of O before the Viterbi pass (a recall knob tuned
    on dev by the training script); span scores use the unchanged probabilities."""
    logp = np.log(np.clip(probs, 1e-9, 1.0))
    if o_bias and "O" in tags:
        logp[:, list(tags).index("O")] -= o_bias
    bounds = [(s.token_start, s.token_end) for s in analysis.sentences]
    paths = viterbi_batch(logp, bounds, allowed_transitions(tags), tags)
    spans: list[RoleSpan] = []
    for si, ((a, b), path) in enumerate(zip(bounds, paths)):
        spans.extend(_spans_of(analysis, si, path, probs[a:b], tags))
    return spans


def viterbi_batch(logp: np.ndarray, bounds: list[tuple[int, int]], allowed: np.ndarray,
                  tags: Sequence[str] = TAGS) -> list[np.ndarray]:
    """`viterbi` on every sentence [a, b) of `logp` at once (padded to the longest sentence)."""
    lens = np.array([b - a for a, b in bounds], np.int64)
    if not len(lens) or lens.max(initial=0) == 0:
        return [np.zeros(n, np.int64) for n in lens]
    n_s, width, k = len(lens), int(lens.max()), logp.shape[1]
    pad = np.zeros((n_s, width, k))
    for i, (a, b) in enumerate(bounds):
        pad[i, : b - a] = logp[a:b]
    trans = np.where(allowed, 0.0, -1e9)
    score = pad[:, 0] + np.array([-1e9 if t.startswith("I-") else 0.0 for t in tags])
    back = np.zeros((n_s, width, k), np.int64)
    for i in range(1, width):
        cand = score[:, :, None] + trans[None]
        back[:, i] = cand.argmax(1)
        active = (i < lens)[:, None]
        score = np.where(active, cand.max(1) + pad[:, i], score)
    path = np.zeros((n_s, width), np.int64)
    rows = np.arange(n_s)
    path[rows, np.maximum(lens - 1, 0)] = score.argmax(1)
    for i in range(width - 1, 0, -1):
        live = rows[lens - 1 >= i]
        path[live, i - 1] = back[live, i, path[live, i]]
    return [path[i, :n] for i, n in enumerate(lens)]


def _spans_of(analysis: Analysis, si: int, path: np.ndarray, probs: np.ndarray,
              tags: Sequence[str]) -> list[RoleSpan]:
    base = analysis.sentences[si].token_start
    out: list[RoleSpan] = []
    j = 0
    while j < len(path):
        tag = tags[path[j]]
        if tag == "O":
            j += 1
            continue
        role, k = tag[2:], j + 1
        while k < len(path) and tags[path[k]] == f"I-{role}":
            k += 1
        score = float(probs[np.arange(j, k), path[j:k]].mean())
        toks = analysis.tokens
        out.append(RoleSpan(role, toks[base + j].start, toks[base + k - 1].end, score, si,
                            base + j, base + k))
        j = k
    return out


def net_prefixes(tensors: dict[str, np.ndarray]) -> list[str]:
    """The tensor-name prefixes of the tagger's nets: `tagger.0.`, `tagger.1.`, … for a bag of nets
    whose probabilities are averaged, else the single net's `tagger.`."""
    bag = sorted({int(k.split(".")[1]) for k in tensors
                  if k.startswith("tagger.") and k.split(".")[1].isdigit()})
    return [f"tagger.{i}." for i in bag] or ["tagger."]


class ModelTagger:
    """Loads `models/statements/` and tags the roles of every token of an encoded article."""

    def __init__(self, path: Path | str):
        self.model = ModelDir.load(path)
        heads = int(self.model.config.get("attention_heads", 4))
        self.nets = [ContextHead(self.model.tensors, prefix=p, heads=heads)
                     for p in net_prefixes(self.model.tensors)]
        self.head = self.nets[0]
        self.tags = tuple(self.model.labels)
        self.o_bias = float(self.model.config.get("o_bias", 0.0))
        self.mid = "mid" in self.model.config.get("layers", ["last"])
        self._token_weights: list[np.ndarray | None] = [None] * len(self.nets)
        if set(self.tags) != set(TAGS):
            raise ModelError(f"{path}: labels.json must list the tags {', '.join(TAGS)}")

    def probabilities(self, analysis: Analysis) -> np.ndarray:
        """(n_tokens, n_tags) tag probabilities: the mean of the nets' (one, or a bag of several)."""
        if analysis.encoding is None:
            raise ModelError("the statements tagger needs `encoding`: run the encoder analyzer first")
        blocks = article_blocks(analysis, mid=self.mid)
        dim = blocks.tokens.shape[1]
        if feature_dim(dim, self.mid) != self.head.in_dim:
            raise ModelError(
                f"the statements model expects {self.head.in_dim} features but the encoder gives "
                f"{feature_dim(dim, self.mid)}; retrain it for this encoder with "
                "`python -m training.statements --data PATH`")
        if not len(blocks.tokens):
            return np.zeros((0, len(self.tags)), np.float32)
        first = np.r_[True, blocks.sentence_of[1:] != blocks.sentence_of[:-1]]
        probs = [softmax(net(self._first_layer(k, blocks, dim), first)) for k, net in enumerate(self.nets)]
        return probs[0] if len(probs) == 1 else np.mean(probs, axis=0)

    def _first_layer(self, k: int, blocks: TokenBlocks, dim: int) -> np.ndarray:
        """Net k's input layer on the feature blocks, the same sum as on the concatenated features but
        cheaper: one projection of the token vectors whose window means are then taken in the hidden
        space (the mean is linear), and each sentence vector projected once per sentence."""
        w, b = self.nets[k].inp
        h = w.shape[1]
        if self._token_weights[k] is None:
            self._token_weights[k] = np.ascontiguousarray(w[: 3 * dim].reshape(3, dim, h).transpose(1, 0, 2)
                                                          .reshape(dim, 3 * h))
        p = blocks.tokens @ self._token_weights[k]  # [own | for the window before | after]
        before, after = window_means(p[:, h:], blocks.lo, blocks.hi)
        out = (p[:, :h] + before[:, :h] + after[:, h:]
               + (blocks.sentence_vectors @ w[3 * dim : 4 * dim])[blocks.sentence_of] + b)
        if blocks.mid is not None:
            out += blocks.mid @ w[4 * dim : 5 * dim]
        return out + blocks.rest @ w[(5 if blocks.mid is not None else 4) * dim :]

    def __call__(self, analysis: Analysis) -> list[RoleSpan]:
        return decode(analysis, self.probabilities(analysis), self.tags, self.o_bias)
