"""Train the statements role tagger on PolNeAR and ship it to `src/newssift/models/statements/`.

    python -m training.statements --data /work/shared/data/polnear

Features: `newssift.analyzers.attribution.features` on the frozen shared encoder (cached under cache/).
Model: `ContextTagger` (features → 128, two residual layers mixing each token with its sentence
neighbours, two residual attention layers over the token's sentence, → 7 BIO tags), cross-entropy,
AdamW, keeping the epoch with the best dev token F1.
After training it runs the evaluation (`benchmarks/eval_statements.py`, model beside the rule-only
baseline on PolNeAR dev) and writes the figures into the model card.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn

from newssift.analysis import Analysis
from newssift.analyzers.attribution import features as features_module
from newssift.analyzers.attribution.features import article_features
from newssift.analyzers.attribution.tagger import TAGS
from newssift.encoder import Encoded, EncodedText
from newssift.heads import models_root
from training.common import CACHE, encode_cached, save_model_dir
from training.polnear import GoldDoc, analysis_of, load_split, token_tags
from training.statements_card import model_card

HIDDEN = 128
N_CTX = 2
N_ATTN = 2  # sentence attention layers after the context layers
HEADS = 4
BAG = 1  # nets in the bag
BATCH = 2048
COMMAND = "python -m training.statements --data /work/shared/data/polnear"


def encoded_analyses(docs: list[GoldDoc], name: str) -> list[Analysis]:
    """Segment every document and attach its (cached) sentence encodings."""
    analyses = [analysis_of(d) for d in docs]
    texts = [s.text for a in analyses for s in a.sentences]
    encoded = encode_cached(texts, name, articles=[len(a.sentences) for a in analyses])
    k = 0
    for a in analyses:
        attach_encoding(a, encoded[k : k + len(a.sentences)])
        k += len(a.sentences)
    return analyses


def attach_encoding(a: Analysis, mine: list[EncodedText]) -> None:
    a.encoding = Encoded.of(mine, [s.start for s in a.sentences], 384)


def matrices(docs: list[GoldDoc], name: str, mid: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """Features (float16) and gold tags of every token, cached under cache/ (keyed by the texts, the
    chosen annotations and the feature code's size, so a change to either rebuilds them)."""
    key = hashlib.sha256("\x00".join(d.text + d.annotator for d in docs).encode())
    key.update(Path(features_module.__file__).read_bytes() + bytes([mid]))
    path = CACHE / f"{name}-features-{key.hexdigest()[:16]}.npz"
    if path.is_file():
        data = np.load(path)
        return data["x"], data["y"]
    analyses = encoded_analyses(docs, name)
    x = np.concatenate([article_features(a, mid=mid).astype(np.float16) for a in analyses])
    y = np.concatenate([token_tags(a, d) for a, d in zip(analyses, docs)])
    CACHE.mkdir(exist_ok=True)
    np.savez(path, x=x, y=y)
    return x, y


class ContextTagger(nn.Module):
    """Torch twin of `newssift.heads.ContextHead` (same tensor names, same arithmetic)."""

    def __init__(self, in_dim: int, n_out: int, hidden: int = HIDDEN, n_ctx: int = N_CTX,
                 n_attn: int = N_ATTN, heads: int = HEADS):
        super().__init__()
        self.drop_in, self.drop = nn.Dropout(0.1), nn.Dropout(0.2)
        self.inp = nn.Linear(in_dim, hidden)
        self.ctx = nn.ModuleList(nn.Linear(3 * hidden, hidden) for _ in range(n_ctx))
        self.attn = nn.ModuleList(SentenceAttention(hidden, heads) for _ in range(n_attn))
        self.out = nn.Linear(hidden, n_out)

    def forward(self, x: torch.Tensor, first: torch.Tensor) -> torch.Tensor:
        h = torch.relu(self.inp(self.drop_in(x)))
        keep_prev = (~first).float()[:, None]
        keep_next = torch.cat([(~first[1:]).float(), torch.zeros(1)])[:, None]
        for layer in self.ctx:
            zero = torch.zeros_like(h[:1])
            prev = torch.cat([zero, h[:-1]]) * keep_prev
            nxt = torch.cat([h[1:], zero]) * keep_next
            h = h + torch.relu(layer(self.drop(torch.cat([prev, h, nxt], 1))))
        sentence = torch.cumsum(first.long(), 0)
        same = sentence[:, None] == sentence[None, :]
        for layer in self.attn:
            h = h + self.drop(layer(h, same))
        return self.out(self.drop(h))


class SentenceAttention(nn.Module):
    """Multi-head attention of each token over the tokens of its sentence (`same`: (n, n) mask)."""

    def __init__(self, hidden: int, heads: int):
        super().__init__()
        self.heads = heads
        self.qkv = nn.Linear(hidden, 3 * hidden)
        self.proj = nn.Linear(hidden, hidden)

    def forward(self, h: torch.Tensor, same: torch.Tensor) -> torch.Tensor:
        n, hidden = h.shape
        d = hidden // self.heads
        q, k, v = (m.reshape(n, self.heads, d).transpose(0, 1) for m in self.qkv(h).chunk(3, dim=1))
        scores = (q @ k.transpose(1, 2)) / d**0.5
        weights = torch.softmax(scores.masked_fill(~same, float("-inf")), dim=-1)
        return self.proj((weights @ v).transpose(0, 1).reshape(n, hidden))


def build_model(in_dim: int, n_out: int, hidden: int = HIDDEN, n_ctx: int = N_CTX,
                n_attn: int = N_ATTN, heads: int = HEADS) -> ContextTagger:
    return ContextTagger(in_dim, n_out, hidden, n_ctx, n_attn, heads)


def sentence_starts(x: np.ndarray) -> np.ndarray:
    """The features' last column flags a sentence's first token."""
    return x[:, -1] > 0.5


def token_f1(model: ContextTagger, x: np.ndarray, y: np.ndarray) -> float:
    """Micro F1 over non-O tags (a quick model-selection signal, not the reported metric)."""
    pred = predict(model, x)
    tp = float(((pred == y) & (y > 0)).sum())
    return 2 * tp / max(float((pred > 0).sum() + (y > 0).sum()), 1.0)


def predict(model: ContextTagger, x: np.ndarray, chunk: int = 8192) -> np.ndarray:
    """Tag indices; chunks cut at sentence starts so no sentence loses its neighbours."""
    model.eval()
    starts = np.flatnonzero(sentence_starts(x))
    cuts = sorted({0, len(x), *(int(s) for s in starts[:: max(1, len(starts) * chunk // max(len(x), 1))])})
    out = []
    with torch.no_grad():
        for a, b in itertools.pairwise(cuts):
            xb = x[a:b].astype(np.float32)
            logits = model(torch.from_numpy(xb), torch.from_numpy(sentence_starts(xb)))
            out.append(logits.argmax(1).numpy())
    return np.concatenate(out)


def train(x: np.ndarray, y: np.ndarray, dev: tuple[np.ndarray, np.ndarray], epochs: int,
          seed: int = 13, lr: float = 2e-3, hidden: int = HIDDEN,
          n_ctx: int = N_CTX, n_attn: int = N_ATTN) -> tuple[ContextTagger, list[dict]]:
    """AdamW on contiguous runs of BATCH tokens (so neighbours stay neighbours), cosine schedule,
    keeping the epoch with the best dev token F1."""
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    model = build_model(x.shape[1], len(TAGS), hidden, n_ctx, n_attn)
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=1e-4)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=epochs)
    best, best_state, history = -1.0, None, []
    for epoch in range(epochs):
        model.train()
        t0, total = time.time(), 0.0
        offset = int(rng.integers(BATCH))
        for a in rng.permutation(np.arange(-offset, len(x), BATCH)):
            lo, hi = max(int(a), 0), min(int(a) + BATCH, len(x))
            xb = torch.from_numpy(x[lo:hi].astype(np.float32))
            first = torch.from_numpy(sentence_starts(x[lo:hi]))
            loss = nn.functional.cross_entropy(model(xb, first), torch.from_numpy(y[lo:hi]))
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += float(loss.detach()) * (hi - lo)
        sched.step()
        f1 = token_f1(model, *dev)
        history.append({"epoch": epoch + 1, "loss": round(total / len(x), 4), "dev_token_f1": round(f1, 4)})
        print(f"epoch {epoch + 1}: loss {total / len(x):.4f} dev token F1 {f1:.4f} "
              f"({time.time() - t0:.0f}s)", flush=True)
        if f1 > best:
            best, best_state = f1, {k: v.clone() for k, v in model.state_dict().items()}
    model.load_state_dict(best_state)
    return model.eval(), history


def export_tensors(model: ContextTagger, prefix: str = "tagger.") -> dict[str, np.ndarray]:
    """Tensor names `newssift.heads.ContextHead` reads."""
    out = {}
    layers = {"inp": model.inp, "out": model.out, **{f"ctx{i}": m for i, m in enumerate(model.ctx)},
              **{f"attn{i}.{part}": getattr(m, part) for i, m in enumerate(model.attn)
                 for part in ("qkv", "proj")}}
    for name, m in layers.items():
        out[f"{prefix}{name}.weight"] = m.weight.detach().numpy()
        out[f"{prefix}{name}.bias"] = m.bias.detach().numpy()
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", required=True, help="the PolNeAR folder (with train/ and dev/)")
    p.add_argument("--out", default=str(models_root() / "statements"))
    p.add_argument("--epochs", type=int, default=6)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--hidden", type=int, default=HIDDEN)
    p.add_argument("--context-layers", type=int, default=N_CTX,
                   help="residual layers mixing each token with its neighbours")
    p.add_argument("--attention-layers", type=int, default=N_ATTN,
                   help="attention layers over each token's sentence, after the context layers")
    p.add_argument("--layers", default="mid,last",
                   help="encoder layers in the token features: mid,last (default) or last")
    p.add_argument("--limit", type=int, default=None, help="use only the first N train texts")
    p.add_argument("--bag", type=int, default=BAG, help="nets trained from successive seeds, averaged")
    p.add_argument("--seed", type=int, default=13, help="seed of the weights' initialisation and batch order")
    p.add_argument("--no-eval", action="store_true", help="skip the dev evaluation and card figures")
    p.add_argument("--eval-only", action="store_true",
                   help="re-tune the decoding, re-evaluate the model in --out and rewrite its card")
    args = p.parse_args(argv)
    torch.set_num_threads(args.threads)
    out = Path(args.out)
    config = json.loads((out / "config.json").read_text()) if args.eval_only else fit(args, out)
    if not args.no_eval:
        config["o_bias"], config["o_bias_dev_scores"] = tune_o_bias(args.data, out)
        (out / "config.json").write_text(json.dumps(config, indent=2, sort_keys=True) + "\n")
    if not args.no_eval:
        evaluate_into_card(args.data, out, config)
    print(f"wrote {out}")
    return 0


def fit(args: argparse.Namespace, out: Path) -> dict:
    """Train on the train split (model selection on dev) and write the model directory."""
    train_docs = load_split(args.data, "train", args.limit)
    dev_docs = load_split(args.data, "dev")
    mid = "mid" in args.layers.split(",")
    xtr, ytr = matrices(train_docs, "polnear-train" if args.limit is None else f"polnear-train{args.limit}",
                        mid)
    xdv, ydv = matrices(dev_docs, "polnear-dev", mid)
    print(f"train {len(train_docs)} texts, {len(xtr)} tokens; dev {len(dev_docs)} texts, {len(xdv)} tokens",
          flush=True)
    tensors: dict[str, np.ndarray] = {}
    history: list[list[dict]] = []
    for i in range(args.bag):  # a bag of nets from different seeds, their probabilities averaged
        model, each = train(xtr, ytr, (xdv, ydv), args.epochs, seed=args.seed + i, hidden=args.hidden,
                            n_ctx=args.context_layers, n_attn=args.attention_layers)
        tensors.update(export_tensors(model, f"tagger.{i}." if args.bag > 1 else "tagger."))
        history.append(each)
    config = {"name": "statements", "version": 1, "tags": list(TAGS), "in_dim": int(xtr.shape[1]),
              "layers": args.layers.split(","),
              "hidden": args.hidden, "context_layers": args.context_layers,
              "attention_layers": args.attention_layers, "attention_heads": HEADS,
              "encoder": "all-MiniLM-L6-v2 (uint8 ONNX, shipped)",
              "train_texts": len(train_docs), "train_tokens": len(xtr), "bag": args.bag,
              "seeds": [args.seed + i for i in range(args.bag)], "history": history, "command": COMMAND}
    save_model_dir(out, tensors, config, list(TAGS), model_card(config, None))
    return config


O_BIASES = (0.0, 0.3, 0.6, 0.9, 1.2)


def tune_o_bias(data: str, out: Path) -> tuple[float, dict[str, float]]:
    """The O penalty (see `tagger.decode`) with the best mean exact F1 of cue, source and content on
    dev; probabilities are computed once and decoded once per candidate. Quotes and entities run
    first, as in the pipeline and the evaluation."""
    from benchmarks.eval_statements import Tally, score_doc
    from newssift.analyzers.attribution.tagger import ModelTagger, decode
    from newssift.analyzers.entities import EntitiesAnalyzer
    from newssift.analyzers.quotes import QuotesAnalyzer
    from newssift.analyzers.statements import build

    docs = load_split(data, "dev")
    analyses = encoded_analyses(docs, "polnear-dev")
    for earlier in (QuotesAnalyzer(), EntitiesAnalyzer()):
        earlier.pipe(analyses)
    tagger = ModelTagger(out)
    probs = [tagger.probabilities(a) for a in analyses]
    scores = {}
    for bias in O_BIASES:
        tally = Tally()
        for a, d, p in zip(analyses, docs, probs):
            a.layers["statements"], _ = build(a, decode(a, p, tagger.tags, bias))
            score_doc(tally, a, d)
        r = tally.result()
        scores[bias] = round(sum(r[k]["exact"]["f1"] for k in ("cue", "source", "content")) / 3, 4)
        print(f"o_bias {bias}: mean exact F1 {scores[bias]}", flush=True)
    return max(scores, key=scores.get), {str(k): v for k, v in scores.items()}


def evaluate_into_card(data: str, out: Path, config: dict) -> None:
    """Score the model beside the rule baseline on dev; write the figures to config and card."""
    from benchmarks.eval_statements import evaluate, table, write_results

    results = evaluate(data, "dev", out)
    write_results(results)
    print(table(results), flush=True)
    config["dev"] = results
    (out / "config.json").write_text(json.dumps(config, indent=2, sort_keys=True) + "\n")
    (out / "README.md").write_text(model_card(config, results))


if __name__ == "__main__":
    raise SystemExit(main())
