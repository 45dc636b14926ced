"""The entities analyzer: word-piece features, BIO decoding, span snapping, fine labels, and the NER
head's overfit → save → reload cycle on a tiny hand-written fixture (with the fake `HashEncoder`)."""

from __future__ import annotations

import numpy as np
import pytest

from newssift.analyzers.entities import EntitiesAnalyzer, fine_label, snap, trim
from newssift.analyzers.ner_features import (
    LABELS,
    N_FEATURES,
    bio_chunks,
    piece_features,
    viterbi_bio,
    window,
)
from newssift.encoder import EncoderAnalyzer
from newssift.pipeline import Pipeline
from newssift.segment import tokenize
from newssift.text import Article, Span

# Hand-written training sentences (tokens, tags): our own words, CoNLL conventions.
TRAIN = [
    ("Anna Kovac visited Berlin on Monday .", "B-PER I-PER O B-LOC O O O"),
    ("The Red Cross said Oleg Marin was safe .", "O B-ORG I-ORG O B-PER I-PER O O O"),
    ("Syrian officials met in Damascus on Tuesday .", "B-MISC O O O B-LOC O O O"),
    ("Reuters reported that the talks in Geneva stalled .", "B-ORG O O O O O B-LOC O O"),
    ("Oleg Marin told the Red Cross he was leaving Damascus .",
     "B-PER I-PER O O B-ORG I-ORG O O O B-LOC O"),
]


@pytest.mark.parametrize(("tags", "expected"), [
    ("B-PER I-PER O B-LOC", [(0, 2, "PER"), (3, 4, "LOC")]),
    ("O I-ORG I-ORG O", [(1, 3, "ORG")]),  # conlleval: I after O starts a chunk
    ("B-PER B-PER", [(0, 1, "PER"), (1, 2, "PER")]),
    ("B-LOC I-ORG", [(0, 1, "LOC"), (1, 2, "ORG")]),
    ("O O", []),
])
def test_bio_chunks_follow_conlleval(tags: str, expected: list) -> None:
    assert bio_chunks(tags.split()) == expected


def test_viterbi_never_starts_or_switches_type_with_i() -> None:
    rng = np.random.default_rng(0)
    probs = rng.dirichlet(np.ones(len(LABELS)), size=40)
    tags = [LABELS[i] for i in viterbi_bio(probs)]
    for prev, tag in zip(["O", *tags], tags):
        if tag.startswith("I-"):
            assert prev[2:] == tag[2:]


@pytest.mark.parametrize(("text", "piece", "flags"), [
    ("Officials met Anna Kovac", (14, 18), {0: 1, 1: 1, 2: 0, 9: 0}),
    ("NATO troops arrived", (0, 4), {0: 1, 2: 1, 6: 1}),
    ("a rise of 16,000 jobs", (10, 12), {3: 1, 9: 0}),
    ("Vladimir V. Putin spoke", (9, 10), {10: 1}),
])
def test_piece_features_flag_capitals_digits_and_initials(text: str, piece: tuple, flags: dict) -> None:
    offsets = np.array([[0, 1], list(piece)]) if piece[0] else np.array([list(piece)])
    row = piece_features(text, offsets)[-1]
    assert row.shape == (N_FEATURES,)
    for index, value in flags.items():
        assert row[index] == value, index


def test_window_concatenates_neighbours_with_zero_padding() -> None:
    x = np.arange(6, dtype=np.float32).reshape(3, 2)
    w = window(x, 1)
    assert w.shape == (3, 6)
    assert w[0].tolist() == [0, 0, 0, 1, 2, 3]
    assert w[2].tolist() == [2, 3, 4, 5, 0, 0]


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("Lavrin's aides said", (0, 4), "Lavrin"),  # cut inside a word → widen to the token...
    ("Russia's war", (0, 6), "Russia"),  # ...but never across the possessive
    ("pro-Russian forces", (4, 11), "Russian"),  # nor across a hyphen
    ("McDonald reported", (2, 8), "McDonald"),
])
def test_snap_widens_to_whole_words(text: str, span: tuple, expected: str) -> None:
    tokens = tokenize(text, Span(0, len(text)))
    start, end = snap(text, tokens, *span)
    assert text[start:end] == expected


@pytest.mark.parametrize(("text", "name", "label", "expected"), [
    ("Reuters reported it", "Reuters", "ORG", ("Reuters", "MEDIA_OUTLET")),
    ("in Damascus today", "Damascus", "LOC", ("Damascus", "GPE")),
    ("Syrian militias", "Syrian", "MISC", ("Syrian", "NORP")),
    ("at the Hmeimim air base, where", "Hmeimim", "LOC", ("Hmeimim air base", "FAC")),
    ("Oleg Marin left", "Oleg Marin", "PER", ("Oleg Marin", None)),
])
def test_fine_labels_come_from_lexicons(text: str, name: str, label: str, expected: tuple) -> None:
    start = text.index(name)
    end, fine = fine_label(text, start, start + len(name), label)
    assert (text[start:end], fine) == expected


_TRAINED: dict[str, tuple] = {}


@pytest.mark.parametrize(("text", "raw", "expected"), [
    ("The Meridian Post reported it.", [(0, 3, "ORG", 0.7), (4, 17, "ORG", 0.6)],
     [("Meridian Post", "ORG")]),  # a determiner alone is not a name
    ("Kovac's aides left.", [(0, 3, "PER", 0.9)], [("Kovac", "PER")]),  # snapped to the word
    ("Anna Kovac met Anna Kovac.", [(0, 10, "PER", 0.9), (5, 10, "PER", 0.8)],
     [("Anna Kovac", "PER")]),  # overlaps keep the first
])
def test_finish_snaps_filters_and_dedupes(text: str, raw: list, expected: list) -> None:
    from newssift.analysis import Analysis
    from newssift.analyzers.entities import finish

    found = finish(Analysis.of(Article(text=text)), raw)
    assert [(e.text, e.label) for e in found] == expected


@pytest.fixture
def trained_dir(tiny_encoder, tmp_path_factory):
    """Overfit the real training code on TRAIN with the fake encoder and save a model directory
    (once per test session)."""
    if "ner" not in _TRAINED:
        _TRAINED["ner"] = _train(tiny_encoder, tmp_path_factory)
    return _TRAINED["ner"]


def _train(encoder, tmp_path_factory) -> tuple:
    from training.ner import Data, evaluate, fit, parser, predict, save
    from training.ner_data import Sentences, rows_from

    sents = Sentences([t.split() for t, _ in TRAIN], [g.split() for _, g in TRAIN])
    rows = rows_from(sents, encoder.encode(sents.texts))
    args = parser().parse_args(["--data", "-", "--epochs", "40", "--hidden", "64", "--lr", "5e-3",
                                "--dropout", "0", "--batch", "16", "--threads", "1"])
    model, norm, history = fit([rows], rows, args)
    data = Data([rows])
    scores = evaluate(predict(model, data, norm), data, rows)
    out = tmp_path_factory.mktemp("ner")
    save(model, norm, args, {"conll2003_val": scores, "uner_en_ewt_dev": scores,
                             "val_f1_per_epoch": history}, out)
    return out, scores


def test_head_overfits_tiny_fixture(trained_dir) -> None:
    assert trained_dir[1]["f1"] == 100.0


@pytest.mark.parametrize(("text", "expected"), [
    ("Anna Kovac visited Berlin on Monday.", [("Anna Kovac", "PER"), ("Berlin", "LOC")]),
    ("The Red Cross said Oleg Marin was safe.", [("Red Cross", "ORG"), ("Oleg Marin", "PER")]),
])
def test_saved_head_reloads_and_finds_entities(trained_dir, tiny_encoder, text, expected) -> None:
    pipeline = Pipeline([EncoderAnalyzer(tiny_encoder), EntitiesAnalyzer(trained_dir[0])])
    doc = pipeline(Article(text=text)).to_dict()
    assert [(e["text"], e["label"]) for e in doc["entities"]] == expected
    for e in doc["entities"]:
        assert text[e["start"] : e["end"]] == e["text"] and 0 <= e["score"] <= 1
        assert e["entity_id"] in {g["entity_id"] for g in doc["entity_groups"]}


def test_saved_model_directory_has_a_card(trained_dir) -> None:
    card = (trained_dir[0] / "README.md").read_text()
    assert "research use only" in card and "python -m training.ner" in card


@pytest.mark.integration
@pytest.mark.parametrize(("text", "expected"), [
    ("Russian Defence Minister Sergei Shoigu visited the Hmeimim air base in Syria on Tuesday.",
     {("Sergei Shoigu", "PER"), ("Syria", "LOC")}),
    ("The United Nations said on Monday that talks in Geneva would resume.",
     {("United Nations", "ORG"), ("Geneva", "LOC")}),
])
def test_shipped_model_finds_names_in_news(text: str, expected: set) -> None:
    from newssift.registry import build_pipeline

    doc = build_pipeline(["encoder", "entities"])(Article(text=text)).to_dict()
    assert expected <= {(e["text"], e["label"]) for e in doc["entities"]}


@pytest.mark.parametrize(("span", "expected"), [
    ('Russian "', "Russian"), ('"Zvezda"', "Zvezda"), ("“Baath”", "Baath"), ("Fifth Corps,", "Fifth Corps"),
    ("(UN)", "UN"), ('the "Zvezda" channel', 'the "Zvezda" channel'),
    ("Islamic State (IS)", "Islamic State (IS)"), ("U.S.", "U.S.")])
def test_entity_ends_lose_marks_that_close_nothing_inside(span: str, expected: str) -> None:
    start, end = trim(span, 0, len(span))
    assert span[start:end] == expected
