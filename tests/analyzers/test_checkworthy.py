"""The check-worthiness analyzer: text features, calibration, and the head's overfit → save → reload
cycle on a tiny hand-written fixture (with the fake `HashEncoder`)."""

from __future__ import annotations

import numpy as np
import pytest

from newssift.analyzers.checkworthy import CheckworthyAnalyzer, calibrate, text_features
from newssift.encoder import EncoderAnalyzer
from newssift.pipeline import Pipeline
from newssift.text import Article

# Our own sentences: 1 = a checkable factual claim, 0 = not.
SENTENCES = [
    ("Unemployment fell to 4 percent last year.", 1),
    ("The city spent 12 million dollars on the new bridge.", 1),
    ("Crime in the capital doubled between 2019 and 2023.", 1),
    ("Forty thousand workers lost their jobs in March.", 1),
    ("Thank you all for coming tonight.", 0),
    ("I think we can do better together.", 0),
    ("Let me finish my answer, please.", 0),
    ("What a wonderful evening this is.", 0),
]


@pytest.mark.parametrize(("text", "index", "expected"), [
    ("Prices rose 5% in May.", 0, 1.0),  # has a digit
    ("Prices rose five percent in May.", 1, 1.0),  # number word
    ("In 2019 the plan failed.", 2, 1.0),  # a year
    ("Is that what you want?", 5, 1.0),  # a question
    ("Exports were higher than ever.", 6, 1.0),  # a comparison
    ("I believe in this country.", 7, 1.0),  # first person opening
    ("Thank you.", 0, 0.0),
])
def test_text_features(text: str, index: int, expected: float) -> None:
    assert text_features(text)[index] == expected


@pytest.mark.parametrize(("p", "threshold", "expected"), [
    (0.3, 0.3, 0.5), (0.0, 0.3, 0.0), (1.0, 0.3, 1.0), (0.15, 0.3, 0.25), (0.65, 0.3, 0.75)])
def test_calibration_maps_the_threshold_to_one_half(p: float, threshold: float, expected: float) -> None:
    assert calibrate(np.array([p]), threshold)[0] == pytest.approx(expected)


_TRAINED: dict[str, object] = {}


@pytest.fixture
def trained_dir(tiny_encoder, tmp_path_factory):
    """Overfit the real training code on SENTENCES and save a model directory (once per session)."""
    if "dir" not in _TRAINED:
        from newssift.analyzers.checkworthy import sentence_inputs
        from training.checkworthy import fit, parser, predict, scores
        from training.checkworthy_card import card
        from training.common import save_model_dir

        texts = [t for t, _ in SENTENCES]
        x = np.stack([sentence_inputs(e.vector, e.tokens, t)
                      for e, t in zip(tiny_encoder.encode(texts), texts)])
        y = np.array([label for _, label in SENTENCES], np.float32)
        args = parser().parse_args(["--data", "-", "--epochs", "60", "--hidden", "32",
                                    "--ensemble", "2", "--dropout", "0", "--batch", "4",
                                    "--threads", "1"])
        tensors, threshold, per_epoch, epoch = fit(x, y, x, y, args)
        m = scores(predict(tensors, x), y, threshold)
        metrics = {"dev": m, "dev-test": m, "dev_f1_per_epoch": per_epoch, "epoch": epoch + 1,
                   "train_sentences": len(y), "train_positive": int(y.sum())}
        config = {"threshold": threshold, "inputs": "test", "hidden": 32, "ensemble": 2,
                  "extra": [], "metrics": metrics}
        out = tmp_path_factory.mktemp("checkworthy")
        save_model_dir(out, tensors, config, ["checkworthy"], card(config))
        _TRAINED["dir"] = out
    return _TRAINED["dir"]


def test_saved_head_reloads_and_separates_the_fixture(trained_dir, tiny_encoder) -> None:
    text = " ".join(t for t, _ in SENTENCES)
    pipeline = Pipeline([EncoderAnalyzer(tiny_encoder), CheckworthyAnalyzer(trained_dir)])
    doc = pipeline(Article(text=text)).to_dict()
    got = [(s["text"], s["checkworthy"] >= 0.5) for s in doc["sentences"]]
    assert got == [(t, bool(label)) for t, label in SENTENCES]
    assert all(0 <= s["checkworthy"] <= 1 for s in doc["sentences"])


def test_saved_model_directory_has_a_card(trained_dir) -> None:
    card = (trained_dir / "README.md").read_text()
    assert "research use" in card and "python -m training.checkworthy" in card


@pytest.mark.integration
@pytest.mark.parametrize(("text", "worthy"), [
    ("Unemployment among young people rose to 23 percent in 2023, the highest in a decade.", True),
    ("Thank you very much, and good evening to everyone here.", False),
])
def test_shipped_model_scores_claims_above_pleasantries(text: str, worthy: bool) -> None:
    from newssift.registry import build_pipeline

    doc = build_pipeline(["encoder", "checkworthy"])(Article(text=text)).to_dict()
    assert (doc["sentences"][0]["checkworthy"] >= 0.5) is worthy
