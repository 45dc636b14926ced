"""Our own labelled articles as extra genre rows: listing, weighting, and the files themselves."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from newssift.analysis import Analysis
from newssift.analyzers.persuasion.style import STYLE_NAMES
from newssift.text import Article
from training import genre_own
from training import persuasion_articles as pa
from training.persuasion_data import GENRES

OPINION, REPORTING, SATIRE = (GENRES.index(g) for g in ("opinion", "reporting", "satire"))
DIM = 4 + len(STYLE_NAMES)


def test_own_files_are_listed_by_genre_folder(tmp_path: Path) -> None:
    for genre, name in (("satire", "b.txt"), ("satire", "a.txt"), ("opinion", "c.txt")):
        (tmp_path / genre).mkdir(exist_ok=True)
        (tmp_path / genre / name).write_text("Title\n\nBody.\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not an article", encoding="utf-8")
    assert [(p.name, g) for p, g in genre_own.own_files(tmp_path)] == [
        ("c.txt", "opinion"), ("a.txt", "satire"), ("b.txt", "satire")]
    assert genre_own.own_rows(tmp_path / "missing")[0].shape == (0, 0)


def test_own_rows_join_the_training_part_with_their_weight_and_classes_stay_balanced() -> None:
    y = np.array([OPINION] * 6 + [REPORTING] * 2 + [SATIRE] * 1)
    extra = pa.GenreExtra(np.zeros((0, DIM)), np.zeros((0, DIM)), np.zeros(0, np.int64),
                          np.ones((3, DIM)), np.array([SATIRE, SATIRE, OPINION]))
    xa, ya, w = extra.stacked(np.zeros((9, DIM)), y, share=0.0)
    assert list(ya[9:]) == [SATIRE, SATIRE, OPINION] and (xa[9:] == 1).all()
    assert w[9] == pytest.approx(w[8] * genre_own.WEIGHT)  # an own satire row weighs like a SemEval one
    for k in (OPINION, REPORTING, SATIRE):
        assert w[ya == k].sum() == pytest.approx(len(y) / 3)
    assert not len(extra.without_own().own_y) and len(extra.without_languages().own_y) == 3


def test_the_training_articles_are_well_formed_and_cover_every_genre() -> None:
    files = genre_own.own_files()
    assert {g for _, g in files} == set(GENRES)
    for path, _ in files:
        text = path.read_text(encoding="utf-8")
        analysis = Analysis.of(Article(text))
        assert analysis.title is not None and len(analysis.paragraphs) >= 3, path.name
        assert len(text.split()) >= 150, path.name
