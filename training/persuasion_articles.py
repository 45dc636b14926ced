"""Training and cross-validating the article-level heads: `frames` (subtask 2) and `genre` (subtask 1).

There is no dev gold for subtasks 1 and 2, so scores come from 5-fold cross-validation over the 347
labelled English training articles; inside each outer fold, calibration and thresholds are fitted on
inner out-of-fold predictions of the training part only (nested), so no fold is tuned on itself.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from newssift.analyzers.persuasion.features import article_features
from training import persuasion_fit as pf
from training.persuasion_data import FRAMES, GENRES, Doc
from training.persuasion_techniques import Calibrated, fit_calibrated

FRAME_OPTS = pf.FitOptions(hidden=128, epochs=60, lr=1e-3, weight_decay=1e-2, dropout=0.3, batch=32)
# A linear softmax: on 5-fold CV it beat MLPs with 64 and 128 hidden units (macro-F1 0.42 vs 0.41, 0.37).
GENRE_OPTS = pf.FitOptions(hidden=0, epochs=100, lr=1e-2, weight_decay=1e-3, batch=32,
                           multiclass=True)
FOLDS = 5


def frame_data(docs: list[Doc]) -> tuple[np.ndarray, np.ndarray]:
    labelled = [d for d in docs if d.frames is not None]
    x = np.concatenate([article_features(d.encoding.sentence_vectors) for d in labelled])
    y = np.asarray([[f in d.frames for f in FRAMES] for d in labelled], np.float32)
    return x, y


def genre_data(docs: list[Doc]) -> tuple[np.ndarray, np.ndarray]:
    labelled = [d for d in docs if d.genre is not None]
    x = np.concatenate([article_features(d.encoding.sentence_vectors) for d in labelled])
    return x, np.asarray([GENRES.index(d.genre) for d in labelled])


def outer_folds(n: int, y: np.ndarray | None = None) -> list[tuple[np.ndarray, np.ndarray]]:
    """Shuffled (stratified when `y` is given) 5-fold split, seed 0: the same folds for every model."""
    from sklearn.model_selection import KFold, StratifiedKFold

    if y is not None:
        return list(StratifiedKFold(FOLDS, shuffle=True, random_state=0).split(np.zeros(n), y))
    return list(KFold(FOLDS, shuffle=True, random_state=0).split(np.zeros(n)))


def cross_validate(n: int, fit_predict: Callable[[np.ndarray, np.ndarray], np.ndarray],
                   y: np.ndarray | None = None) -> np.ndarray:
    """Out-of-fold predictions: `fit_predict(train_idx, test_idx)` per outer fold."""
    out: np.ndarray | None = None
    for tr, te in outer_folds(n, y):
        part = fit_predict(tr, te)
        if out is None:
            out = np.zeros((n, *part.shape[1:]), part.dtype)
        out[te] = part
    return out


def fit_frames(x: np.ndarray, y: np.ndarray) -> Calibrated:
    return fit_calibrated(x, y, np.arange(len(x)), FRAME_OPTS)


def frames_cv(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    def run(tr: np.ndarray, te: np.ndarray) -> np.ndarray:
        model = fit_frames(x[tr], y[tr])
        return model.probs(x[te]) >= model.thresholds

    return cross_validate(len(x), run)


def temperature(raw: np.ndarray, y: np.ndarray) -> float:
    """The softmax temperature minimising log loss of (raw logits, class ids)."""
    best, best_t = np.inf, 1.0
    for t in np.exp(np.linspace(np.log(0.25), np.log(8.0), 41)):
        z = raw / t
        z = z - z.max(1, keepdims=True)
        nll = float(-(z[np.arange(len(y)), y] - np.log(np.exp(z).sum(1))).mean())
        if nll < best:
            best, best_t = nll, float(t)
    return best_t


def fit_genre(x: np.ndarray, y: np.ndarray) -> tuple[object, float]:
    """The genre net and its temperature (fitted on stratified 5-fold out-of-fold logits)."""
    from sklearn.model_selection import StratifiedKFold

    raw = np.zeros((len(x), len(GENRES)), np.float32)
    for tr, te in StratifiedKFold(FOLDS, shuffle=True, random_state=1).split(x, y):
        raw[te] = pf.logits(pf.fit(x[tr], y[tr], GENRE_OPTS), x[te])
    return pf.fit(x, y, GENRE_OPTS), temperature(raw, y)


def genre_cv(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    def run(tr: np.ndarray, te: np.ndarray) -> np.ndarray:
        return pf.logits(pf.fit(x[tr], y[tr], GENRE_OPTS), x[te]).argmax(1)

    return cross_validate(len(x), run, y)
