"""The word-piece head from out-of-fold predictions: calibration, span thresholds, paragraph mix.

Every training article gets word-piece probabilities from a token head that never saw it (5-fold by
article). From those: Platt scaling per label, span thresholds (soft span F1 per label over all
training articles), and the paragraph mix: per label, a paragraph's score is
`w * (max word-piece probability in the paragraph) + (1 - w) * (paragraph head probability)`, with
`w` in {0, 0.5, 1} chosen by out-of-fold F1, then thresholds maximising out-of-fold micro-F1.
"""

from __future__ import annotations

import numpy as np

from newssift.analyzers.persuasion.features import sentence_token_features
from training import persuasion_context as pc
from training import persuasion_fit as pf
from training import persuasion_techniques as pt
from training.persuasion_data import Doc

MIX = (0.0, 0.5, 1.0)
PerDoc = list[list[np.ndarray]]  # per doc, per sentence: (n_pieces, L)


def fit_net(docs: list[Doc]):
    """One word-piece net on `docs`: a context tagger or an MLP (`persuasion_techniques.TOKEN_HEAD`)."""
    if pt.TOKEN_HEAD == "context":
        parts = [pc.doc_features(d) for d in docs]
        x = np.concatenate([p[0] for p in parts]).astype(np.float16)
        first = np.concatenate([p[1] for p in parts])
        return pc.fit(x, pt.token_labels(docs), first)
    return pf.fit(*pt.token_data(docs), pt.TOKEN_OPTS)


def raw_logits(net, doc: Doc) -> list[np.ndarray]:
    if pt.TOKEN_HEAD == "context":
        return pc.doc_logits(net, doc)
    enc = doc.encoding
    feats = [sentence_token_features(enc, i, pt.TOKEN_WINDOW, pt.TOKEN_MID)
             for i in range(len(doc.sentences))]
    flat = pf.logits(net, np.concatenate(feats))
    return np.split(flat, np.cumsum([len(f) for f in feats])[:-1])


def oof_logits(train: list[Doc], folds: int = 5) -> tuple[PerDoc, list]:
    """Out-of-fold word-piece logits of every training article, and the fold nets."""
    from sklearn.model_selection import GroupKFold

    ids = np.arange(len(train))
    out: PerDoc = [[] for _ in train]
    nets = []
    for k, (tr, te) in enumerate(GroupKFold(n_splits=folds).split(ids, groups=ids)):
        nets.append(fit_net([train[i] for i in tr]))
        for i in te:
            out[i] = raw_logits(nets[-1], train[i])
        print(f"  token head fold {k + 1}/{folds} done", flush=True)
    return out, nets


def calibrate(raw: PerDoc, docs: list[Doc]) -> tuple[np.ndarray, np.ndarray]:
    y = pt.token_labels(docs)
    return pf.platt(np.concatenate([np.concatenate(r) for r in raw]), y)


def apply(raw: PerDoc, a: np.ndarray, b: np.ndarray) -> PerDoc:
    return [[pf.sigmoid(s * a + b) for s in r] for r in raw]


def paragraph_token_max(docs: list[Doc], probs: PerDoc) -> np.ndarray:
    """Per labelled line (rows in `paragraph_data` order): max word-piece probability per label."""
    rows = []
    for doc, per_sentence in zip(docs, probs, strict=True):
        for j, group in enumerate(doc.line_groups()):
            if doc.lines[j][0] in doc.line_labels:
                pieces = [per_sentence[i] for i in group if len(per_sentence[i])]
                rows.append(np.concatenate(pieces).max(0) if pieces else np.zeros(pt.L))
    return np.asarray(rows, np.float32)


def choose_mix(para: np.ndarray, tokmax: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Per label, the weight of the token maximum whose best-threshold F1 is highest."""
    weights = np.zeros(y.shape[1], np.float32)
    for k in range(y.shape[1]):
        pos = y[:, k].astype(bool)

        def best(score: np.ndarray, pos: np.ndarray = pos) -> float:
            return max(pf.f1(float((score[pos] >= t).sum()), float((score[~pos] >= t).sum()),
                             float((score[pos] < t).sum())) for t in pf.GRID)

        weights[k] = max(MIX, key=lambda w: best(w * tokmax[:, k] + (1 - w) * para[:, k]))
    return weights


def mixed(para: np.ndarray, tokmax: np.ndarray, weights: np.ndarray) -> np.ndarray:
    return weights * tokmax + (1 - weights) * para
