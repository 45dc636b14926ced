"""The techniques word-piece head as a context tagger: the statements tagger's network
(`training.statements.ContextTagger`, numpy twin `newssift.heads.ContextHead`) with 23 sigmoid outputs.

Input per word piece: [its vector, its middle-layer vector, its sentence's vector]
(`persuasion.features.context_token_features`); two residual context layers mix each piece with its
neighbours and two attention layers let it read its whole sentence, where the MLP head it replaced saw
one piece on each side. Loss: binary cross-entropy with positive weights sqrt(neg/pos) capped at
`pos_weight_cap`, AdamW on contiguous runs of `batch` pieces, cosine schedule, a fixed number of epochs
(the out-of-fold machinery in `persuasion_tokens` fits one net per fold; dev is never seen).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

from newssift.analyzers.persuasion.features import context_token_features
from training.statements import ContextTagger, build_model, export_tensors


@dataclass
class ContextOptions:
    hidden: int = 128
    context_layers: int = 2
    attention_layers: int = 2
    attention_heads: int = 4
    epochs: int = 5
    lr: float = 2e-3
    weight_decay: float = 1e-4
    batch: int = 512
    pos_weight_cap: float = 5.0
    seed: int = 0


OPTS = ContextOptions()


def doc_features(doc) -> tuple[np.ndarray, np.ndarray, list[int]]:
    """(pieces, features), sentence-start flags and the number of pieces of each sentence."""
    return context_token_features(doc.encoding)


def fit(x: np.ndarray, y: np.ndarray, first: np.ndarray, opts: ContextOptions = OPTS) -> ContextTagger:
    torch.manual_seed(opts.seed)
    rng = np.random.default_rng(opts.seed)
    net = build_model(x.shape[1], y.shape[1], opts.hidden, opts.context_layers, opts.attention_layers,
                      opts.attention_heads)
    pos = y.sum(0)
    weight = np.clip(np.sqrt((len(y) - pos) / np.maximum(pos, 1)), 1.0, opts.pos_weight_cap)
    loss_fn = nn.BCEWithLogitsLoss(pos_weight=torch.from_numpy(weight.astype(np.float32)))
    optim = torch.optim.AdamW(net.parameters(), lr=opts.lr, weight_decay=opts.weight_decay)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(optim, T_max=opts.epochs)
    for _ in range(opts.epochs):
        net.train()
        offset = int(rng.integers(opts.batch))
        for a in rng.permutation(np.arange(-offset, len(x), opts.batch)):
            lo, hi = max(int(a), 0), min(int(a) + opts.batch, len(x))
            flags = first[lo:hi].copy()
            flags[0] = True  # a run cut inside a sentence starts one
            out = net(torch.from_numpy(x[lo:hi].astype(np.float32)), torch.from_numpy(flags))
            optim.zero_grad()
            loss_fn(out, torch.from_numpy(y[lo:hi].astype(np.float32))).backward()
            optim.step()
        sched.step()
    net.epochs = opts.epochs
    return net.eval()


def logits(net: ContextTagger, x: np.ndarray, first: np.ndarray, chunk: int = 8192) -> np.ndarray:
    """Logits of every piece; chunks cut at sentence starts so no sentence loses its context."""
    starts = np.flatnonzero(first)
    step = max(1, len(starts) * chunk // max(len(x), 1))
    cuts = sorted({0, len(x), *(int(s) for s in starts[::step])})
    parts = []
    with torch.no_grad():
        for a, b in itertools.pairwise(cuts):
            parts.append(net(torch.from_numpy(x[a:b].astype(np.float32)),
                             torch.from_numpy(first[a:b])).numpy())
    return np.concatenate(parts) if parts else np.zeros((0, net.out.out_features), np.float32)


def doc_logits(net: ContextTagger, doc) -> list[np.ndarray]:
    """Per sentence of `doc`, its pieces' logits."""
    x, first, sizes = doc_features(doc)
    return np.split(logits(net, x, first), np.cumsum(sizes)[:-1])


def tensors(nets: list[ContextTagger], prefix: str) -> dict[str, np.ndarray]:
    """Each net's tensors under `<prefix><i>.` as `ContextHead` names them."""
    return {k: v for i, n in enumerate(nets) for k, v in export_tensors(n, f"{prefix}{i}.").items()}


def head_config(nets: list[ContextTagger]) -> dict:
    """What `persuasion.model.ContextLabelHead` reads beside the tensors and calibration, read off the
    nets themselves (so a config never describes other nets than its tensors)."""
    net = nets[0]
    return {"kind": "context", "attention_heads": net.attn[0].heads if len(net.attn) else 1,
            "hidden": net.inp.out_features, "context_layers": len(net.ctx),
            "attention_layers": len(net.attn), "epochs": getattr(net, "epochs", None)}
