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
        from newssift.analyzers.genre import raw_features
        from training.persuasion import write_genre
        from training.persuasion_articles import fit_lr
        from training.persuasion_data import GENRES

        analyses = [EncoderAnalyzer(tiny_encoder)(Analysis.of(Article(t))) for t, _ in ARTICLES]
        x = np.concatenate([raw_features(a) for a in analyses])
        y = np.asarray([GENRES.index(g) for _, g in ARTICLES])
        metrics = {"cv5_train": {"macro_f1": 1.0}, "baseline_cv5_train": {"macro_f1": 0.0},
                   "articles": 3, "counts": {"opinion": 1, "reporting": 1, "satire": 1}}
        path = tmp_path_factory.mktemp("genre") / "genre"
        write_genre(path, fit_lr(x, y, 100.0, 1.0), metrics)
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


def shipped_genre(text: str) -> str:
    from newssift.registry import build_pipeline

    return build_pipeline(["encoder", "genre"])(Article(text)).to_dict()["genre"]["label"]


@pytest.mark.integration
def test_shipped_model_calls_a_rant_opinion() -> None:
    """An article-length rant (a three-sentence one sits near the boundary: see the model card)."""
    text = ("Enough is enough: stop lecturing us about sacrifice\n\n"
            "I am sick of hearing politicians lecture the rest of us about sacrifice while they fly first "
            "class to their summits. They think we are fools. We are not.\n\n"
            "Every winter the same faces appear on our screens to tell pensioners to turn the heating "
            "down. Every spring the same faces vote themselves another rise. I have stopped believing a "
            "word of it, and I suspect I am not alone.\n\n"
            "The minister says the new levy is \"fair and temporary\". Nothing this government calls "
            "temporary has ever gone away. The toll on the bridge was temporary in 1998. My grandchildren "
            "will still be paying it.\n\n"
            "Defenders of the plan say the money will go to schools and hospitals. Then show us the "
            "accounts. Until they do, we are entitled to assume the worst.\n\n"
            "We will remember all of this at the ballot box. The politicians who thought we would not "
            "notice are about to find out how wrong they were.\n")
    assert shipped_genre(text) == "opinion"


@pytest.mark.integration
def test_shipped_model_calls_a_sourced_wire_report_reporting() -> None:
    """SemEval's genre labels are nine tenths opinion; trained on them alone the head called straight
    news "opinion" (this report too, and 58 of 60 PolNeAR dev hard-news articles)."""
    text = ("Port operator to cut 800 jobs as cargo volumes fall\n\n"
            "HARBOURTON, May 6 (Wire) - Ellmark Ports will cut about 800 jobs, or 6% of its workforce, "
            "by the end of the year, the company said in a statement on Tuesday.\n\n"
            "Container volumes fell 11% in the first quarter, according to figures published by the "
            "port authority last month.\n\n"
            "\u201cWe have to adapt to lower volumes,\u201d chief executive Mara Stenholt told "
            "reporters. The union said it would ask members to vote on strike action.\n\n"
            "Shares in Ellmark fell 3.2% in early trading.\n")
    assert shipped_genre(text) == "reporting"


STYLE_CASES = [
    ("Plant closes\n\nThe plant will close in May, the company said. About 300 jobs will go, "
     "according to the union.\n", {"attribution_sentences": 1.0, "according_to_sentences": 0.5}),
    ("Enough\n\nI told you so! Why do we keep paying for this? You know the answer.\n",
     {"question_sentences": 1 / 3, "exclaim_sentences": 1 / 3, "first_singular": 1 / 15,
      "first_plural": 1 / 15, "second_person": 2 / 15}),
    ("Budget: what now?\n\nThe city spent 4.2 million on 12 new buses in 2023.\n",
     {"number_words": 3 / 11, "title_question": 1.0, "title_colon": 1.0, "title_exclaim": 0.0}),
    ("Strike ends\n\nLONDON - Drivers voted \u201cyes\u201d on Friday.\n",
     {"dateline": 1.0, "quote_sentences": 1.0}),
    ("Strike ends\n\nDrivers voted on Friday to return to work.\n",
     {"dateline": 0.0, "quote_sentences": 0.0, "quoted_char_share": 0.0}),
]


@pytest.mark.parametrize(("text", "expected"), STYLE_CASES)
def test_style_features_count_the_cues(text: str, expected: dict[str, float]) -> None:
    from newssift.analysis import Analysis
    from newssift.analyzers.persuasion.style import STYLE_NAMES, style_features
    from newssift.text import Span

    analysis = Analysis.of(Article(text))
    body = [Span(s.start, s.end) for s in analysis.sentences if s.paragraph is not None]
    row = style_features(analysis.text, analysis.title, body)[0]
    got = {name: float(row[STYLE_NAMES.index(name)]) for name in expected}
    assert got == pytest.approx(expected, abs=1e-4)


def test_style_features_of_an_empty_body_are_zero() -> None:
    from newssift.analyzers.persuasion.style import STYLE_NAMES, style_features

    row = style_features("", None, [])
    assert row.shape == (1, len(STYLE_NAMES))
    assert not row.any()


def test_standardisation_and_offsets_are_read_from_the_model(trained_dir) -> None:
    from newssift.analyzers.genre import _load
    from newssift.analyzers.persuasion.style import STYLE_NAMES

    model = _load(str(trained_dir))
    assert model.style and model.extra == len(STYLE_NAMES)
    assert model.mean is not None and model.std is not None
    assert model.mean.shape == model.std.shape == (model.head.in_dim,)
    assert model.offsets.tolist() == [0.0, 0.0, 0.0]
