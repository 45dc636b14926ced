"""Training the techniques model's repetition head (`newssift.analyzers.persuasion.repetition`).

Rows: every shared token of the training articles, its repetition features and the token heads'
out-of-fold probabilities (each article read by a word-piece net that never saw it); gold: the token's
middle lies in a Repetition span. A logistic regression (sklearn, standardised inputs, the scaling
folded into the shipped weights) gives token probabilities; 5-fold out-of-fold probabilities by article
choose everything else:
- `span_threshold`: the best Repetition soft span F1 over the training articles;
- the paragraph Platt scaling of the highest token probability in each labelled line;
- the paragraph threshold: the best out-of-fold micro-F1 of all 23 labels together, the other labels
  being the paragraph predictions' own out-of-fold decisions.
`python -m training.persuasion --data ... --only repetition` fits it onto the saved techniques model,
reading the out-of-fold predictions back from the saved fold nets (the folds are rebuilt exactly as
training made them); a full `--only techniques` run fits it from the fresh out-of-fold predictions.
"""

from __future__ import annotations

import numpy as np

from newssift.analyzers.persuasion import repetition as rep
from training import persuasion_fit as pf
from training import persuasion_techniques as pt
from training.persuasion_data import TECHNIQUES, Doc
from training.persuasion_metrics import span_prf

C = 0.3  # inverse L2 strength (out-of-fold Repetition paragraph F1 0.27-0.28 for C in 0.1-1)
K = TECHNIQUES.index(rep.LABEL)
PerDoc = list[list[np.ndarray]]  # per doc, per sentence: (n_pieces, L) out-of-fold probabilities


def doc_table(doc: Doc) -> rep.TokenTable:
    return rep.TokenTable.of([pt._doc_tokens(doc, i) for i in range(len(doc.sentences))],
                             doc.line_groups())


def doc_rows(doc: Doc, probs: list[np.ndarray]) -> tuple[rep.TokenTable, np.ndarray, np.ndarray]:
    """The doc's token table, features (from `probs`, per sentence (pieces, labels)) and gold."""
    table = doc_table(doc)
    x = table.features(doc.text, probs, doc.encoding.token_offsets)
    gold = [(a, b) for label, a, b in doc.spans if label == rep.LABEL]
    y = np.asarray([any(a <= (s + e) / 2 < b for a, b in gold) for s, e in table.bounds], np.float32)
    return table, x, y


def _logistic(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """(weights, bias) of a logistic regression on standardised `x`, in the units of raw `x`."""
    from sklearn.linear_model import LogisticRegression

    mean, std = x.mean(0), x.std(0) + 1e-6
    lr = LogisticRegression(C=C, max_iter=3000).fit((x - mean) / std, y)
    w = lr.coef_[0] / std
    return w.astype(np.float32), float(lr.intercept_[0] - (w * mean).sum())


def _probs(w: np.ndarray, b: float, x: np.ndarray) -> np.ndarray:
    return pf.sigmoid(x @ w + b).astype(np.float32)


def _spans(tables: list[rep.TokenTable], probs: list[np.ndarray], thr: float,
           docs: list[Doc]) -> pt.Spans:
    return {d.id: [(rep.LABEL, t.bounds[a][0], t.bounds[b - 1][1])
                   for a, b in rep.token_runs(p, t.sentence, thr)]
            for d, t, p in zip(docs, tables, probs, strict=True)}


def _line_max(docs: list[Doc], tables: list[rep.TokenTable], probs: list[np.ndarray]) -> np.ndarray:
    """Per labelled line (`paragraph_data` order), the highest token probability inside it."""
    rows = []
    for doc, table, p in zip(docs, tables, probs, strict=True):
        top = rep.paragraph_scores(p, table.paragraph, len(doc.lines), 1.0, 0.0)
        rows += [top[j] for j, (number, _) in enumerate(doc.lines) if number in doc.line_labels]
    return np.asarray(rows, np.float32)


def _micro_threshold(scores: np.ndarray, y: np.ndarray, others: np.ndarray) -> tuple[float, float]:
    """(threshold, micro-F1): the Repetition threshold maximising micro-F1 over all labels, where
    `others` (rows, L) are the other labels' decisions."""
    rest = np.delete(np.arange(y.shape[1]), K)
    tp0 = float((others[:, rest] & (y[:, rest] > 0)).sum())
    fp0 = float((others[:, rest] & (y[:, rest] == 0)).sum())
    fn0 = float((~others[:, rest] & (y[:, rest] > 0)).sum())
    pos = y[:, K] > 0
    best = (0.99, -1.0)
    for t in np.arange(0.02, 0.95, 0.01):
        hit = scores >= t
        f = pf.f1(tp0 + (hit & pos).sum(), fp0 + (hit & ~pos).sum(), fn0 + (~hit & pos).sum())
        if f > best[1]:
            best = (float(t), f)
    return best


def fit(train: list[Doc], token_probs: PerDoc, mixed: np.ndarray,
        para_thr: np.ndarray) -> tuple[dict[str, np.ndarray], dict, float]:
    """(tensors, config, paragraph threshold) of the repetition head. `token_probs`: out-of-fold
    word-piece probabilities per doc; `mixed`: out-of-fold paragraph probabilities (`paragraph_data`
    rows) whose decisions at `para_thr` stand for the other labels."""
    from sklearn.model_selection import GroupKFold

    parts = [doc_rows(d, p) for d, p in zip(train, token_probs, strict=True)]
    tables = [t for t, _, _ in parts]
    x = np.concatenate([r[1] for r in parts])
    y = np.concatenate([r[2] for r in parts])
    groups = np.concatenate([[i] * len(r[1]) for i, r in enumerate(parts)])
    oof = np.zeros(len(x), np.float32)
    for tr, te in GroupKFold(n_splits=5).split(x, groups=groups):
        oof[te] = _probs(*_logistic(x[tr], y[tr]), x[te])
    per_doc = np.split(oof, np.cumsum([len(r[1]) for r in parts])[:-1])
    gold = {d.id: [s for s in d.spans if s[0] == rep.LABEL] for d in train}
    span_thr = max(np.arange(0.05, 0.8, 0.01),
                   key=lambda t: span_prf(gold, _spans(tables, per_doc, t, train))["soft_f1"])
    spans = span_prf(gold, _spans(tables, per_doc, float(span_thr), train))
    _, ypar, _ = pt.paragraph_data(train)
    top = _line_max(train, tables, per_doc)
    logit = np.log(np.clip(top, 1e-6, 1 - 1e-6) / np.clip(1 - top, 1e-6, 1))
    a, b = pf.platt(logit[:, None], ypar[:, K : K + 1])
    scores = pf.sigmoid(logit * a[0] + b[0])
    para_t, micro = _micro_threshold(scores, ypar, mixed >= para_thr)
    w, bias = _logistic(x, y)
    print(f"  repetition head: {len(x)} tokens, out-of-fold span soft F1 {spans['soft_f1']:.3f} at "
          f"{span_thr:.2f}, paragraph threshold {para_t:.2f}, micro-F1 {micro:.4f}", flush=True)
    tensors = {"rep.0.weight": w[None, :], "rep.0.bias": np.asarray([bias], np.float32)}
    config = {"prefix": "rep.", "features": [*rep.WORD_FEATURES, "technique probabilities"],
              "platt_a": float(a[0]), "platt_b": float(b[0]), "span_threshold": round(float(span_thr), 2),
              "c": C, "replaced_threshold": float(para_thr[K]),
              "train_out_of_fold": {"spans": spans, "micro_f1": micro}}
    return tensors, config, para_t


def saved_oof(train: list[Doc], model) -> tuple[PerDoc, np.ndarray]:
    """Out-of-fold word-piece probabilities and mixed paragraph probabilities of the training
    articles, read from a saved techniques model's fold nets (`TechniqueModel` with bagged heads):
    each article through the net of the fold that held it out, the folds rebuilt as training made them."""
    from sklearn.model_selection import GroupKFold

    from training import persuasion_tokens as ptok

    ids = np.arange(len(train))
    fold = np.zeros(len(train), int)
    for k, (_, te) in enumerate(GroupKFold(n_splits=5).split(ids, groups=ids)):
        fold[te] = k
    probs = [[p[fold[i]] for p in model.token_probs(d.encoding)] for i, d in enumerate(train)]
    x, _, g = pt.paragraph_data(train)
    each = model.paragraph.probs_each(x)
    para = np.zeros(each.shape[1:], np.float32)
    for k, (_, te) in enumerate(GroupKFold(n_splits=5).split(x, groups=g)):
        para[te] = each[k, te]
    mix = np.asarray(model.paragraph.options.get("mix", [0.0] * len(TECHNIQUES)), np.float32)
    return probs, ptok.mixed(para, ptok.paragraph_token_max(train, probs), mix)
