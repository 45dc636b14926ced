"""The genre analyzer: the head's overfit → save → reload cycle on tiny hand-written articles (with the
fake `HashEncoder`), calibrated scores, and the shipped model on articles of our own."""

from __future__ import annotations

import numpy as np
import pytest

from newssift.analyzers.genre import GenreAnalyzer
from newssift.encoder import EncoderAnalyzer
from newssift.pipeline import Pipeline
from newssift.text import Article

ARTICLES = [
    ("Why the bypass is a disaster\n\nI have lived here thirty years and I have never seen a worse "
     "idea. The council should be ashamed.\n", "opinion"),
    ("Bypass opens to traffic\n\nThe new bypass opened on Monday, the council said. Officials "
     "expect 9,000 cars a day.\n", "reporting"),
    ("Council declares traffic jam a protected monument\n\nThe queue on Main Street, now in its "
     "fourth year, will get its own museum and a gift shop.\n", "satire"),
]

_TRAINED: dict[str, object] = {}


@pytest.fixture
def trained_dir(tiny_encoder, tmp_path_factory):
    """Overfit the real training code on ARTICLES and write a model directory (once per session)."""
    if "dir" not in _TRAINED:
        from newssift.analysis import Analysis
        from newssift.analyzers.persuasion.features import article_features
        from training import persuasion_fit as pf
        from training.persuasion import write_genre
        from training.persuasion_data import GENRES

        x = np.concatenate([article_features(EncoderAnalyzer(tiny_encoder)(
            Analysis.of(Article(t))).encoding.sentence_vectors) for t, _ in ARTICLES])
        y = np.asarray([GENRES.index(g) for _, g in ARTICLES])
        opts = pf.FitOptions(hidden=32, epochs=300, lr=1e-2, dropout=0.0, weight_decay=0.0,
                             multiclass=True)
        metrics = {"cv5_train": {"macro_f1": 1.0}, "baseline_cv5_train": {"macro_f1": 0.0},
                   "articles": 3, "counts": {"opinion": 1, "reporting": 1, "satire": 1}}
        path = tmp_path_factory.mktemp("genre") / "genre"
        write_genre(path, pf.fit(x, y, opts), 1.0, metrics)
        _TRAINED["dir"] = path
    return _TRAINED["dir"]


@pytest.mark.parametrize(("text", "expected"), ARTICLES)
def test_reloaded_head_gives_the_trained_genre(trained_dir, tiny_encoder, text, expected) -> None:
    pipeline = Pipeline([EncoderAnalyzer(tiny_encoder), GenreAnalyzer(trained_dir)])
    genre = pipeline(Article(text)).to_dict()["genre"]
    assert genre["label"] == expected
    assert genre["score"] == max(genre["scores"].values())
    assert sum(genre["scores"].values()) == pytest.approx(1.0, abs=1e-3)


def test_article_without_sentences_has_no_genre(trained_dir, tiny_encoder) -> None:
    pipeline = Pipeline([EncoderAnalyzer(tiny_encoder), GenreAnalyzer(trained_dir)])
    assert pipeline(Article(" ")).to_dict()["genre"] is None


@pytest.mark.parametrize(("temperature", "expected"), [(1.0, 0.7311), (2.0, 0.6225)])
def test_temperature_softens_scores(tmp_path, temperature: float, expected: float) -> None:
    from newssift.analyzers.persuasion.model import SoftmaxHead
    from newssift.heads import ModelDir
    from training.common import save_model_dir

    tensors = {"0.weight": np.array([[1.0], [0.0]]), "0.bias": np.zeros(2)}
    config = {"article": {"prefix": "", "temperature": temperature}}
    save_model_dir(tmp_path, tensors, config, ["a", "b"], "# card\n")
    probs = SoftmaxHead(ModelDir.load(tmp_path), "article").probs(np.ones((1, 1)))
    assert probs[0, 0] == pytest.approx(expected, abs=1e-4)


@pytest.mark.integration
def test_shipped_model_calls_a_rant_opinion() -> None:
    from newssift.registry import build_pipeline

    text = ("Enough is enough\n\nI am sick of hearing politicians lecture us about sacrifice while "
            "they fly first class. They think we are fools. We are not, and we will remember this "
            "at the ballot box.\n")
    genre = build_pipeline(["encoder", "genre"])(Article(text)).to_dict()["genre"]
    assert genre["label"] == "opinion"
