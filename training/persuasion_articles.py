"""Training and cross-validating the article-level heads: `frames` (subtask 2) and `genre` (subtask 1).

There is no dev gold for subtasks 1 and 2, so scores come from 5-fold cross-validation over the 347
labelled English training articles; inside each outer fold, calibration and thresholds are fitted on
inner out-of-fold predictions of the training part only (nested), so no fold is tuned on itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from newssift.analyzers.persuasion.features import article_features
from newssift.analyzers.persuasion.style import STYLE_NAMES, style_features
from newssift.text import Span
from training import genre_languages, genre_news, genre_own
from training import persuasion_fit as pf
from training.persuasion_data import FRAMES, GENRES, Doc
from training.persuasion_techniques import Calibrated, fit_calibrated

FRAME_OPTS = pf.FitOptions(hidden=128, epochs=60, lr=1e-3, weight_decay=1e-2, dropout=0.3, batch=32)
# Genre: class-weighted multinomial logistic regression on standardised [article features, style
# features]; the inverse regularisation C, the weight of the style block (a multiplier after
# standardisation) and the weight of each other-language row (`genre_languages`) are chosen per fit
# on inner 5-fold out-of-fold macro-F1 of the training part.
GENRE_GRID = [(c, w) for c in (0.003, 0.01, 0.03) for w in (1.0, 2.0)]
LANGUAGE_SHARES = (0.3, 1.0)
FOLDS = 5


def frame_data(docs: list[Doc]) -> tuple[np.ndarray, np.ndarray]:
    labelled = [d for d in docs if d.frames is not None]
    x = np.concatenate([article_features(d.encoding.sentence_vectors) for d in labelled])
    y = np.asarray([[f in d.frames for f in FRAMES] for d in labelled], np.float32)
    return x, y


def genre_row(doc: Doc) -> np.ndarray:
    """[article features, style features] of one doc; line 1 is the title, as at inference."""
    body = [Span(s.start, s.end) for s, line in zip(doc.sentences, doc.sentence_line, strict=True)
            if line != 0]
    title = doc.lines[0][1] if doc.lines else None
    return np.concatenate([article_features(doc.encoding.sentence_vectors),
                           style_features(doc.text, title, body)], axis=1)


def genre_data(docs: list[Doc]) -> tuple[np.ndarray, np.ndarray]:
    labelled = [d for d in docs if d.genre is not None]
    x = np.concatenate([genre_row(d) for d in labelled])
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


@dataclass
class GenreExtra:
    """Rows that join every genre fit's training part, never a held-out part: PolNeAR hard news as
    weakly labelled reporting (`genre_news`), other languages' labelled articles (`x`, `y`;
    `genre_languages`) and our own labelled articles (`own_x`, `own_y`; `genre_own`). Any may be empty."""

    news: np.ndarray
    x: np.ndarray
    y: np.ndarray
    own_x: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), np.float32))
    own_y: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))

    @classmethod
    def load(cls, data: Path) -> GenreExtra:
        return cls(genre_news.hard_news_rows(data, "train"), *genre_languages.language_rows(data),
                   *genre_own.own_rows())

    @classmethod
    def of_news(cls, news: np.ndarray) -> GenreExtra:
        return cls(news, np.zeros((0, 0), np.float32), np.zeros(0, np.int64))

    def without_languages(self) -> GenreExtra:
        return GenreExtra(self.news, np.zeros((0, 0), np.float32), np.zeros(0, np.int64), self.own_x,
                          self.own_y)

    def without_own(self) -> GenreExtra:
        return GenreExtra(self.news, self.x, self.y)

    def shares(self) -> tuple[float, ...]:
        return LANGUAGE_SHARES if len(self.y) else (0.0,)

    def stacked(self, x: np.ndarray, y: np.ndarray,
                share: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(rows, class ids, sample weights) of `x, y` followed by the extra rows: the news rows
        weigh together `genre_news.SHARE` x the labelled reporting rows, each language row
        `share`, each own row `genre_own.WEIGHT`, then every class sums to len(y) / classes."""
        reporting = GENRES.index("reporting")
        parts, labels = [x], [y]
        weights = [np.ones(len(y))]
        if len(self.news):
            parts.append(self.news)
            labels.append(np.full(len(self.news), reporting))
            weights.append(np.full(len(self.news), genre_news.SHARE
                                   * max(int((y == reporting).sum()), 1) / len(self.news)))
        if len(self.y) and share > 0:
            parts.append(genre_languages.impute_lexical(self.x, x))
            labels.append(self.y)
            weights.append(np.full(len(self.y), share))
        if len(self.own_y):
            parts.append(self.own_x)
            labels.append(self.own_y)
            weights.append(np.full(len(self.own_y), genre_own.WEIGHT))
        ya, wa = np.concatenate(labels), np.concatenate(weights)
        return np.concatenate(parts), ya, genre_news.balance(ya, wa, len(y), len(GENRES))


@dataclass
class GenreFit:
    """A linear softmax on standardised inputs: logits = ((x - mean) / std) @ weight.T + bias."""

    weight: np.ndarray
    bias: np.ndarray
    mean: np.ndarray
    std: np.ndarray
    c: float
    style_weight: float
    language_share: float = 0.0
    temperature: float = 1.0

    def logits(self, x: np.ndarray) -> np.ndarray:
        return ((x - self.mean) / self.std) @ self.weight.T + self.bias

    def tensors(self) -> dict[str, np.ndarray]:
        return {"0.weight": self.weight, "0.bias": self.bias, "input.mean": self.mean,
                "input.std": self.std}


def fit_lr(x: np.ndarray, y: np.ndarray, c: float, style_weight: float,
           extra: GenreExtra | None = None, share: float = 0.0) -> GenreFit:
    """Class-balanced multinomial LR; the style block is scaled by `style_weight` after standardising.
    `extra`: rows joining the training part, weighted as `GenreExtra.stacked` says."""
    from sklearn.linear_model import LogisticRegression

    if extra is None:
        extra = GenreExtra.of_news(np.zeros((0, 0), np.float32))
    xa, ya, weights = extra.stacked(x, y, share)
    mean = xa.mean(0)
    std = xa.std(0) + 1e-6
    std[-len(STYLE_NAMES):] /= style_weight
    lr = LogisticRegression(C=c, max_iter=3000)
    lr.fit((xa - mean) / std, ya, sample_weight=weights)
    return GenreFit(lr.coef_.astype(np.float32), lr.intercept_.astype(np.float32),
                    mean.astype(np.float32), std.astype(np.float32), c, style_weight, share)


def _inner_oof(x: np.ndarray, y: np.ndarray, c: float, w: float, extra: GenreExtra | None,
               share: float) -> np.ndarray:
    from sklearn.model_selection import StratifiedKFold

    raw = np.zeros((len(x), len(GENRES)), np.float32)
    for tr, te in StratifiedKFold(FOLDS, shuffle=True, random_state=1).split(x, y):
        raw[te] = fit_lr(x[tr], y[tr], c, w, extra, share).logits(x[te])
    return raw


def _macro(y: np.ndarray, pred: np.ndarray) -> float:
    from training.persuasion_metrics import genre_macro_f1

    return genre_macro_f1([GENRES[i] for i in y], [GENRES[i] for i in pred], GENRES)


def fit_genre(x: np.ndarray, y: np.ndarray, extra: GenreExtra | None = None) -> GenreFit:
    """(C, style weight, language share) by inner 5-fold macro-F1 on (x, y), then the fit on all of
    it, with the softmax temperature fitted on the chosen setting's inner out-of-fold logits. `extra`
    rows join every fit's training part, never a held-out part."""
    best: tuple[float, float, float, float, np.ndarray] | None = None
    shares = extra.shares() if extra is not None else (0.0,)
    for c, w in GENRE_GRID:
        for share in shares:
            raw = _inner_oof(x, y, c, w, extra, share)
            score = _macro(y, raw.argmax(1))
            if best is None or score > best[0]:
                best = (score, c, w, share, raw)
    _, c, w, share, raw = best
    model = fit_lr(x, y, c, w, extra, share)
    model.temperature = temperature(raw, y)
    return model


def genre_cv(x: np.ndarray, y: np.ndarray, extra: GenreExtra | None = None) -> np.ndarray:
    """Out-of-fold class ids; every outer fold re-runs `fit_genre` (its own inner selection)."""
    def run(tr: np.ndarray, te: np.ndarray) -> np.ndarray:
        return fit_genre(x[tr], y[tr], extra).logits(x[te]).argmax(1)

    return cross_validate(len(x), run, y)
