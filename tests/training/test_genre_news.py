"""Hard-news rows as weakly labelled reporting for the genre head: weighting and their effect on the fit."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from newssift.analyzers.persuasion.style import STYLE_NAMES
from training import genre_news
from training import persuasion_articles as pa
from training.persuasion_data import GENRES

OPINION, REPORTING, SATIRE = (GENRES.index(g) for g in ("opinion", "reporting", "satire"))


def _extra(news: int, y_lang: list[int]) -> pa.GenreExtra:
    dim = 4 + len(STYLE_NAMES)
    return pa.GenreExtra(np.zeros((news, dim)), np.zeros((len(y_lang), dim)), np.array(y_lang))


def test_news_rows_weigh_share_times_the_labelled_reporting_rows_and_classes_stay_balanced() -> None:
    y = np.array([OPINION] * 6 + [REPORTING] * 2 + [SATIRE] * 1)
    x = np.zeros((9, 4 + len(STYLE_NAMES)))
    xa, ya, w = _extra(8, []).stacked(x, y, share=0.0)
    assert xa.shape[0] == ya.shape[0] == w.shape[0] == 17
    assert (ya[9:] == REPORTING).all()
    assert w[9:].sum() == pytest.approx(genre_news.SHARE * w[6:8].sum())
    for total in (w[:6].sum(), w[6:8].sum() + w[9:].sum(), w[8:9].sum()):
        assert total == pytest.approx(len(y) / 3)


def test_without_extra_rows_the_weights_are_plain_class_balance() -> None:
    y = np.array([OPINION] * 4 + [REPORTING] * 2 + [SATIRE] * 2)
    _, _, w = _extra(0, []).stacked(np.zeros((8, 4 + len(STYLE_NAMES))), y, share=1.0)
    assert np.allclose(w, [8 / 3 / 4] * 4 + [8 / 3 / 2] * 4)


def _data(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Labelled rows where reporting is rare and sits next to opinion, and extra reporting rows
    that show where reporting really lies (the first feature well below zero)."""
    dim = 4 + len(STYLE_NAMES)
    x = rng.normal(size=(40, dim))
    y = np.array([OPINION] * 24 + [REPORTING] * 8 + [SATIRE] * 8)
    x[y == OPINION, 0] += 2.0
    x[y == SATIRE, 1] += 3.0
    x[y == REPORTING, 0] += 1.0
    extra = rng.normal(size=(60, dim))
    extra[:, 0] -= 3.0
    return x, y, extra


def test_extra_reporting_rows_move_the_fit_towards_reporting_where_they_lie() -> None:
    x, y, extra = _data(np.random.default_rng(0))
    probe = np.zeros((1, x.shape[1]))
    probe[0, 0] = -3.0
    plain = pa.fit_lr(x, y, c=1.0, style_weight=1.0)
    helped = pa.fit_lr(x, y, c=1.0, style_weight=1.0, extra=pa.GenreExtra.of_news(extra))
    softmax = [np.exp(m.logits(probe)) / np.exp(m.logits(probe)).sum() for m in (plain, helped)]
    assert softmax[1][0, REPORTING] > softmax[0][0, REPORTING]
    assert helped.logits(probe).argmax() == REPORTING
    assert helped.mean.shape == (x.shape[1],)


def test_cross_validation_keeps_the_extra_rows_out_of_every_held_out_part() -> None:
    x, y, extra = _data(np.random.default_rng(1))
    pred = pa.genre_cv(x, y, pa.GenreExtra.of_news(extra))
    assert pred.shape == (40,)
    assert set(pred.tolist()) <= {OPINION, REPORTING, SATIRE}


def test_hard_news_rows_are_empty_without_the_polnear_folder(tmp_path: Path) -> None:
    assert genre_news.hard_news_rows(tmp_path, "train").shape == (0, 0)
