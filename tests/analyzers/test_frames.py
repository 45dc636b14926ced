"""The frames analyzer: the head's overfit → save → reload cycle on tiny hand-written articles (with
the fake `HashEncoder`), output shape, and the shipped model on one article of our own."""

from __future__ import annotations

import numpy as np
import pytest

from newssift.analyzers.frames import FramesAnalyzer, definitions
from newssift.encoder import EncoderAnalyzer
from newssift.pipeline import Pipeline
from newssift.text import Article

# Our own short articles and the frames a reader would give them.
ARTICLES = [
    ("Tax rise hits savers\n\nThe new tax will cost households 400 euros a year. Banks expect "
     "savings to fall.\n", {"Economic"}),
    ("Court blocks the ban\n\nJudges ruled the ban unconstitutional on Monday. The government will "
     "appeal to the supreme court.\n", {"Legality_Constitutionality_and_jurisprudence"}),
    ("Hospitals run short of nurses\n\nWards are closing because there are not enough nurses. "
     "Patients wait hours for beds.\n", {"Capacity_and_resources", "Health_and_safety"}),
    ("Party leader resigns\n\nThe opposition leader quit after losing the election. Rivals are "
     "already campaigning for the post.\n", {"Political"}),
]

_TRAINED: dict[str, object] = {}


def _pipeline(model_dir, encoder) -> Pipeline:
    return Pipeline([EncoderAnalyzer(encoder), FramesAnalyzer(model_dir)])


@pytest.fixture
def trained_dir(tiny_encoder, tmp_path_factory):
    """Overfit the real training code on ARTICLES and write a model directory (once per session)."""
    if "dir" not in _TRAINED:
        from newssift.analysis import Analysis
        from newssift.analyzers.persuasion.features import article_features
        from training import persuasion_fit as pf
        from training.persuasion import write_frames
        from training.persuasion_data import FRAMES
        from training.persuasion_techniques import Calibrated

        rows = []
        for text, _ in ARTICLES:
            analysis = EncoderAnalyzer(tiny_encoder)(Analysis.of(Article(text)))
            rows.append(article_features(analysis.encoding.sentence_vectors))
        y = np.asarray([[f in labels for f in FRAMES] for _, labels in ARTICLES], np.float32)
        opts = pf.FitOptions(hidden=32, epochs=400, lr=1e-2, dropout=0.0, weight_decay=0.0)
        n = len(FRAMES)
        model = Calibrated(pf.fit(np.concatenate(rows), y, opts), np.ones(n), np.zeros(n),
                           np.full(n, 0.5))
        metrics = {"cv5_train": {"micro_f1": 1.0, "macro_f1": 1.0}, "articles": len(ARTICLES),
                   "baseline_cv5_train": {"micro_f1": 0.0, "macro_f1": 0.0}}
        path = tmp_path_factory.mktemp("frames") / "frames"
        write_frames(path, model, metrics)
        _TRAINED["dir"] = path
    return _TRAINED["dir"]


@pytest.mark.parametrize(("text", "expected"), ARTICLES)
def test_reloaded_head_gives_the_trained_frames(trained_dir, tiny_encoder, text, expected) -> None:
    frames = _pipeline(trained_dir, tiny_encoder)(Article(text)).to_dict()["frames"]
    assert {f["label"] for f in frames} == expected
    scores = [f["score"] for f in frames]
    assert scores == sorted(scores, reverse=True) and all(0.5 <= s <= 1 for s in scores)


def test_model_directory_has_a_card(trained_dir) -> None:
    card = (trained_dir / "README.md").read_text()
    assert "research-only" in card and "python -m training.persuasion" in card


def test_article_without_sentences_has_no_frames(trained_dir, tiny_encoder) -> None:
    assert _pipeline(trained_dir, tiny_encoder)(Article(" ")).to_dict()["frames"] == []


def test_definitions_cover_the_14_frames() -> None:
    from training.persuasion_data import FRAMES

    assert sorted(definitions()) == sorted(FRAMES)


@pytest.mark.integration
def test_shipped_model_sees_politics_in_an_election_story() -> None:
    from newssift.registry import build_pipeline

    text = ("Governing party loses its majority\n\nThe prime minister's party lost twelve seats in "
            "Sunday's election. Opposition leaders demanded a vote of no confidence in parliament, "
            "and coalition talks are expected to last weeks.\n")
    frames = build_pipeline(["encoder", "frames"])(Article(text)).to_dict()["frames"]
    assert "Political" in {f["label"] for f in frames}
