"""Training the `techniques` model: a paragraph head (subtask 3) and span heads (word piece, sentence).

Paragraph head: calibration and thresholds (maximising micro-F1, SemEval's headline measure) from
5-fold out-of-fold logits over the training articles; it predicts with those 5 fold nets (a bag: the
mean of their calibrated probabilities), the nets its calibration was fitted on: a net refitted on
all the articles is scaled differently and under-predicted on dev. The token head is bagged the same
way (`TOKEN_BAG`).
The word-piece head's out-of-fold machinery is in `persuasion_tokens`; the sentence span head is
fitted on 80% of the training articles and thresholded on the other 20%. Dev articles are only ever
predicted, never fitted on.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from newssift.analyzers.persuasion.features import paragraph_features, sentence_token_features
from newssift.analyzers.persuasion.spans import decode, snap
from newssift.segment import tokenize
from training import persuasion_fit as pf
from training.persuasion_data import TECHNIQUES, Doc
from training.persuasion_metrics import span_prf

PARA_OPTS = pf.FitOptions(hidden=256, epochs=25, lr=1e-3, weight_decay=1e-3, dropout=0.3)
TOKEN_OPTS = pf.FitOptions(hidden=128, epochs=3, lr=1e-3, weight_decay=1e-4, dropout=0.2,
                           batch=512, pos_weight_cap=5.0)
SENT_OPTS = pf.FitOptions(hidden=256, epochs=20, lr=1e-3, weight_decay=1e-3, dropout=0.3)
TOKEN_WINDOW = 1  # word pieces on each side in the token head's input
TOKEN_MID = True  # the token head also reads the middle-layer piece vectors
TOKEN_BAG = True  # the token head predicts with its 5 fold nets (else one net fitted on all articles)
TOKEN_HEAD = "mlp"  # "mlp": one piece and its window; "context": `persuasion_context` nets (--token-head)
PARAGRAPH_MID = True  # the paragraph head also reads pooled middle-layer piece vectors
SPAN_EXTEND = 0.4  # a span runs on over pieces keeping 0.4 x its threshold (dev soft span F1, thresholds
# fixed: 1.0 → 0.2604, 0.8 → 0.2657, 0.6 → 0.2705, 0.5 → 0.2712, 0.4 → 0.2721, 0.3 → 0.2704, 0.2 → 0.2637)
EVIDENCE_FLOOR = 0.08  # an evidence span needs this score (dev soft span F1 0 → 0.2594, 0.08 → 0.2604)
L = len(TECHNIQUES)
INDEX = {t: i for i, t in enumerate(TECHNIQUES)}


# ---- paragraphs -------------------------------------------------------------------------------

def paragraph_data(docs: list[Doc]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Features, multi-hot gold and article ids of every labelled line of `docs`."""
    xs, ys, gs = [], [], []
    for doc in docs:
        enc = doc.encoding
        mid = enc.piece_vectors(["mid"]) if PARAGRAPH_MID else None
        feats = paragraph_features(enc.sentence_vectors, doc.line_groups(), mid)
        for row, (number, _) in enumerate(doc.lines):
            if number in doc.line_labels:
                xs.append(feats[row])
                ys.append([t in doc.line_labels[number] for t in TECHNIQUES])
                gs.append(doc.id)
    return np.stack(xs), np.asarray(ys, np.float32), np.asarray(gs)


@dataclass
class Calibrated:
    net: object  # a torch net, or a list of them (a bag: mean logits)
    a: np.ndarray
    b: np.ndarray
    thresholds: np.ndarray
    oof: np.ndarray | None = None  # calibrated out-of-fold probabilities of the training rows
    gated: np.ndarray | None = None  # token head: thresholds inside paragraphs predicted to have k

    def probs(self, x: np.ndarray) -> np.ndarray:
        return pf.bag_probs(self.net, x, self.a, self.b)

    def config(self, prefix: str) -> dict:
        out = {"prefix": pf.bag_prefixes(self.net, prefix), "platt_a": self.a.tolist(),
               "platt_b": self.b.tolist(), "thresholds": self.thresholds.tolist()}
        return out | ({"gated_thresholds": self.gated.tolist()} if self.gated is not None else {})


def fit_calibrated(x: np.ndarray, y: np.ndarray, groups: np.ndarray, opts: pf.FitOptions,
                   bag: bool = False) -> Calibrated:
    """Platt scaling and micro-F1 thresholds from grouped 5-fold OOF logits; the model is the bag of
    fold nets (`bag`) or a net fitted on all rows."""
    raw, nets = pf.oof_fit(x, y, groups, opts)
    a, b = pf.platt(raw, y)
    oof = pf.sigmoid(raw * a + b)
    thr = pf.micro_thresholds(oof, y)
    return Calibrated(nets if bag else pf.fit(x, y, opts), a, b, thr, oof)


def fit_paragraphs(train: list[Doc]) -> Calibrated:
    x, y, g = paragraph_data(train)
    print(f"  paragraph head: {len(x)} training paragraphs", flush=True)
    return fit_calibrated(x, y, g, PARA_OPTS, bag=True)


Gate = dict[str, np.ndarray]  # doc id -> (n_sentences, L): its paragraph is predicted to have label k


def paragraph_gate(docs: list[Doc], line_probs: np.ndarray, thr: np.ndarray) -> Gate:
    """Per sentence, the labels predicted for its line; `line_probs` rows follow `paragraph_data`."""
    gate, row = {}, 0
    for doc in docs:
        lines = np.zeros((len(doc.lines), L), bool)
        for j, (number, _) in enumerate(doc.lines):
            if number in doc.line_labels:
                lines[j] = line_probs[row] >= thr
                row += 1
        gate[doc.id] = lines[doc.sentence_line] if doc.sentence_line else np.zeros((0, L), bool)
    return gate


# ---- spans ------------------------------------------------------------------------------------

def _piece_labels(offsets: np.ndarray, spans: list[tuple[str, int, int]]) -> np.ndarray:
    y = np.zeros((len(offsets), L), np.float32)
    mid = (offsets[:, 0] + offsets[:, 1]) / 2
    for label, a, b in spans:
        y[(mid >= a) & (mid < b), INDEX[label]] = 1
    return y


def token_data(docs: list[Doc]) -> tuple[np.ndarray, np.ndarray]:
    xs, ys = [], []
    for doc in docs:
        enc = doc.encoding
        for i in range(len(doc.sentences)):
            if len(enc.token_vectors[i]):
                xs.append(sentence_token_features(enc, i, TOKEN_WINDOW, TOKEN_MID))
                ys.append(_piece_labels(enc.token_offsets[i], doc.spans))
    return np.concatenate(xs), np.concatenate(ys)


def token_labels(docs: list[Doc]) -> np.ndarray:
    """Multi-hot gold of every word piece, in `token_data` order (sentences with pieces only)."""
    return np.concatenate([_piece_labels(d.encoding.token_offsets[i], d.spans) for d in docs
                           for i in range(len(d.sentences)) if len(d.encoding.token_vectors[i])])


def sentence_data(docs: list[Doc]) -> tuple[np.ndarray, np.ndarray]:
    xs, ys = [], []
    for doc in docs:
        n = len(doc.sentences)
        xs.append(paragraph_features(doc.encoding.sentence_vectors, [[i] for i in range(n)]))
        y = np.zeros((n, L), np.float32)
        for i, s in enumerate(doc.sentences):
            for label, a, b in doc.spans:
                if min(b, s.end) - max(a, s.start) > 0:
                    y[i, INDEX[label]] = 1
        ys.append(y)
    return np.concatenate(xs), np.concatenate(ys)


_TOKENS: dict[tuple[str, int], list[tuple[int, int]]] = {}


def _doc_tokens(doc: Doc, i: int) -> list[tuple[int, int]]:
    key = (doc.id, i)
    if key not in _TOKENS:
        _TOKENS[key] = [(t.start, t.end) for t in tokenize(doc.text, doc.sentences[i])]
    return _TOKENS[key]


Spans = dict[str, list[tuple[str, int, int]]]


def decode_tokens(docs: list[Doc], probs: list[list[np.ndarray]], thr: np.ndarray,
                  labels: list[int] | None = None, max_gap: int = 1, gate: Gate | None = None,
                  gated: np.ndarray | None = None) -> Spans:
    """Snapped spans of every label in `labels` (default all) over its threshold; inside a sentence
    whose paragraph is predicted to have label k (`gate`), label k uses `gated[k]` when lower."""
    labels = list(range(L)) if labels is None else labels
    pred: Spans = {}
    for doc, per_sentence in zip(docs, probs, strict=True):
        spans = []
        for i, p in enumerate(per_sentence):
            t = thr if gate is None else np.where(gate[doc.id][i], np.minimum(gated, thr), thr)
            if not len(p) or not (p[:, labels] >= t[labels]).any():
                continue
            toks = _doc_tokens(doc, i)
            for j, a, b, _ in decode(p[:, labels], doc.encoding.token_offsets[i], t[labels],
                                     max_gap):
                s, e = snap(a, b, toks)
                spans.append((TECHNIQUES[labels[j]], s, e))
        pred[doc.id] = spans
    return pred


def decode_sentences(docs: list[Doc], probs: list[np.ndarray], thr: np.ndarray,
                     labels: list[int] | None = None) -> Spans:
    labels = list(range(L)) if labels is None else labels
    pred = {}
    for doc, p in zip(docs, probs, strict=True):
        pred[doc.id] = [(TECHNIQUES[k], s.start, s.end) for i, s in enumerate(doc.sentences)
                        for k in labels if p[i, k] >= thr[k]]
    return pred


def gold_spans(docs: list[Doc]) -> Spans:
    return {d.id: list(d.spans) for d in docs}


def label_thresholds(docs: list[Doc], decoder, floor: float = 0.2,
                     ceiling: np.ndarray | None = None) -> np.ndarray:
    """Per label, the threshold maximising that label's soft span F1 on `docs`.

    `decoder(thresholds, [k])` returns the spans of label k alone."""
    gold = gold_spans(docs)
    thr = np.full(L, 0.9, np.float32)
    for k, label in enumerate(TECHNIQUES):
        g = {d: [s for s in v if s[0] == label] for d, v in gold.items()}
        if sum(len(v) for v in g.values()) < 3:
            continue  # too rare to choose: keep 0.9
        best, best_t = -1.0, 0.5
        top = 0.96 if ceiling is None else float(ceiling[k]) + 1e-6
        for t in np.arange(floor, top, 0.05):
            trial = np.full(L, 2.0, np.float32)
            trial[k] = t
            f = span_prf(g, decoder(trial, [k]))["soft_f1"]
            if f > best:
                best, best_t = f, float(t)
        thr[k] = best_t
    return thr


@dataclass
class SpanHeads:
    token: Calibrated
    sentence: Calibrated
    mode: str
    held_out: dict


def split_held_out(train: list[Doc], share: float = 0.2,
                   seed: int = 0) -> tuple[list[Doc], list[Doc]]:
    """A seeded split of the training articles: (fit on these, hold out these)."""
    order = np.random.default_rng(seed).permutation(len(train))
    cut = int(len(train) * share)
    return [train[i] for i in order[cut:]], [train[i] for i in order[:cut]]


def sentence_head(fit_docs: list[Doc], held: list[Doc]) -> tuple[Calibrated, dict]:
    """The sentence span head: fitted on `fit_docs`, calibrated and thresholded on `held`."""
    x, y = sentence_data(fit_docs)
    net = pf.fit(x, y, SENT_OPTS)
    hx, hy = sentence_data(held)
    raw = pf.logits(net, hx)
    a, b = pf.platt(raw, hy)
    flat = pf.sigmoid(raw * a + b)
    probs = np.split(flat, np.cumsum([len(d.sentences) for d in held])[:-1])
    thr = label_thresholds(held, lambda t, ks: decode_sentences(held, probs, t, ks))
    score = span_prf(gold_spans(held), decode_sentences(held, probs, thr))
    return Calibrated(net, a, b, thr), score
