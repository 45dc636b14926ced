"""TF-IDF + logistic-regression baselines for the persuasion tasks, fitted like the real heads.

Word 1-2-gram TF-IDF (sublinear tf, min_df 2) and one L2 logistic regression per label (balanced class
weights). Multi-label thresholds are chosen per label on out-of-fold probabilities of the training part
(the same `persuasion_fit.thresholds` rule as the heads); genre takes the most probable class.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from training import persuasion_fit as pf
from training.persuasion_articles import cross_validate
from training.persuasion_data import TECHNIQUES, Doc
from training.persuasion_techniques import Spans, decode_sentences, label_thresholds


def _vectorizer():
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, max_features=50000)


def _lr(multiclass: bool = False):
    from sklearn.linear_model import LogisticRegression

    solver = "lbfgs" if multiclass else "liblinear"
    return LogisticRegression(C=4.0, class_weight="balanced", max_iter=2000, solver=solver)


def _ovr_fit(xtr, ytr: np.ndarray) -> list:
    return [_lr().fit(xtr, ytr[:, k]) if 0 < ytr[:, k].sum() < len(ytr) else None
            for k in range(ytr.shape[1])]


def _ovr_apply(models: list, xte) -> np.ndarray:
    out = np.zeros((xte.shape[0], len(models)), np.float32)
    for k, model in enumerate(models):
        if model is not None:
            out[:, k] = model.predict_proba(xte)[:, 1]
    return out


def _ovr_probs(xtr, ytr: np.ndarray, xte) -> np.ndarray:
    return _ovr_apply(_ovr_fit(xtr, ytr), xte)


def _oof_probs(x, y: np.ndarray, groups: np.ndarray) -> np.ndarray:
    from sklearn.model_selection import GroupKFold

    out = np.zeros(y.shape, np.float32)
    for tr, te in GroupKFold(n_splits=5).split(np.zeros(len(y)), groups=groups):
        out[te] = _ovr_probs(x[tr], y[tr], x[te])
    return out


def multilabel(train_texts: list[str], y: np.ndarray, groups: np.ndarray,
               test_texts: list[str]) -> np.ndarray:
    """Boolean decisions for `test_texts`, thresholds from grouped 5-fold OOF on the training part."""
    vec = _vectorizer().fit(train_texts)
    xtr, xte = vec.transform(train_texts), vec.transform(test_texts)
    thr = pf.thresholds(_oof_probs(xtr, y, groups), y)
    return _ovr_probs(xtr, y, xte) >= thr


def multilabel_cv(texts: list[str], y: np.ndarray) -> np.ndarray:
    def run(tr: np.ndarray, te: np.ndarray) -> np.ndarray:
        return multilabel([texts[i] for i in tr], y[tr], tr, [texts[i] for i in te])

    return cross_validate(len(texts), run)


def multiclass_fit(texts: list[str], y: np.ndarray) -> tuple[Any, Any]:
    """(vectorizer, logistic regression) fitted on `texts` and class ids `y`."""
    vec = _vectorizer().fit(texts)
    return vec, _lr(multiclass=True).fit(vec.transform(texts), y)


def multiclass_cv(texts: list[str], y: np.ndarray) -> np.ndarray:
    def run(tr: np.ndarray, te: np.ndarray) -> np.ndarray:
        vec, model = multiclass_fit([texts[i] for i in tr], y[tr])
        return model.predict(vec.transform([texts[i] for i in te]))

    return cross_validate(len(texts), run, y)


def _sentence_rows(docs: list[Doc]) -> tuple[list[str], np.ndarray]:
    texts, ys = [], []
    for doc in docs:
        for s in doc.sentences:
            texts.append(doc.text[s.start : s.end])
            ys.append([any(lab == t and min(b, s.end) > max(a, s.start) for lab, a, b in doc.spans)
                       for t in TECHNIQUES])
    return texts, np.asarray(ys, np.float32)


def sentence_spans(fit_docs: list[Doc], held: list[Doc], test: list[Doc]) -> Spans:
    """Sentences as spans: fit on `fit_docs`, thresholds on `held` (span soft F1), predict `test`."""
    texts, y = _sentence_rows(fit_docs)
    vec = _vectorizer().fit(texts)
    models = _ovr_fit(vec.transform(texts), y)

    def probs(docs: list[Doc]) -> list[np.ndarray]:
        flat = _ovr_apply(models, vec.transform(_sentence_rows(docs)[0]))
        return np.split(flat, np.cumsum([len(d.sentences) for d in docs])[:-1])

    held_probs = probs(held)
    thr = label_thresholds(held, lambda t, ks: decode_sentences(held, held_probs, t, ks))
    return decode_sentences(test, probs(test), thr)
