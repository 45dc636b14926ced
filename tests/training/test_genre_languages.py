"""Other languages' labelled articles as extra genre rows: imputing English-word features, weights."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from newssift.analyzers.persuasion.style import STYLE_NAMES
from training import genre_languages as gl
from training import persuasion_articles as pa
from training.persuasion_data import GENRES

OPINION, REPORTING, SATIRE = (GENRES.index(g) for g in ("opinion", "reporting", "satire"))
DIM = 4 + len(STYLE_NAMES)


def _column(name: str) -> int:
    return DIM - len(STYLE_NAMES) + STYLE_NAMES.index(name)


def test_english_word_features_of_other_languages_take_the_english_mean_and_the_rest_stay() -> None:
    english = np.zeros((4, DIM))
    english[:, _column("attribution_sentences")] = [0.2, 0.4, 0.6, 0.8]
    rows = np.full((2, DIM), 7.0)
    out = gl.impute_lexical(rows, english)
    assert out[:, _column("attribution_sentences")].tolist() == [0.5, 0.5]
    assert out[:, _column("first_singular")].tolist() == [0.0, 0.0]
    assert out[:, _column("quoted_char_share")].tolist() == [7.0, 7.0]  # language-neutral: kept
    assert out[:, 0].tolist() == [7.0, 7.0]  # encoder features kept
    assert rows[0, _column("attribution_sentences")] == 7.0  # the input is not changed


def test_language_rows_weigh_share_each_before_the_classes_are_balanced() -> None:
    y = np.array([OPINION] * 4 + [REPORTING] * 2 + [SATIRE] * 2)
    extra = pa.GenreExtra(np.zeros((0, 0)), np.ones((4, DIM)), np.array([SATIRE] * 3 + [OPINION]))
    xa, ya, w = extra.stacked(np.zeros((8, DIM)), y, share=0.5)
    assert ya.tolist() == [*y.tolist(), SATIRE, SATIRE, SATIRE, OPINION]
    assert xa[8:, _column("hedge_words")].tolist() == [0.0] * 4  # imputed from the English rows
    satire = w[ya == SATIRE]
    assert satire.sum() == pytest.approx(8 / 3)
    assert satire[2:].tolist() == pytest.approx([satire[2]] * 3)
    assert satire[0] == pytest.approx(satire[2] / 0.5)  # an English row weighs 1, a language row 0.5
    _, _, unused = extra.stacked(np.zeros((8, DIM)), y, share=0.0)
    assert len(unused) == 8  # share 0 leaves them out


def test_satire_in_other_languages_teaches_the_fit_where_satire_lies() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(30, DIM))
    y = np.array([OPINION] * 20 + [REPORTING] * 9 + [SATIRE] * 1)
    lang_x = rng.normal(size=(30, DIM))
    lang_x[:, 1] += 4.0
    extra = pa.GenreExtra(np.zeros((0, 0)), lang_x, np.array([SATIRE] * 30))
    probe = np.zeros((1, DIM))
    probe[0, 1] = 4.0
    plain = pa.fit_lr(x, y, c=1.0, style_weight=1.0)
    helped = pa.fit_lr(x, y, c=1.0, style_weight=1.0, extra=extra, share=1.0)
    assert helped.logits(probe).argmax() == SATIRE
    assert helped.logits(probe)[0, SATIRE] > plain.logits(probe)[0, SATIRE]
    assert helped.language_share == 1.0


def test_the_language_share_is_chosen_only_when_there_are_language_rows() -> None:
    assert pa.GenreExtra.of_news(np.zeros((3, DIM))).shares() == (0.0,)
    extra = pa.GenreExtra(np.zeros((0, 0)), np.zeros((2, DIM)), np.array([OPINION, SATIRE]))
    assert extra.shares() == pa.LANGUAGE_SHARES
    assert extra.without_languages().shares() == (0.0,)


def test_language_rows_are_empty_without_the_data(tmp_path: Path) -> None:
    x, y = gl.language_rows(tmp_path)
    assert x.shape == (0, 0) and y.shape == (0,)
