"""The techniques analyzer: span decoding, voice, paragraph labels, and the heads' overfit → save →
reload cycle on a tiny hand-written fixture (with the fake `HashEncoder`)."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import numpy as np
import pytest

from newssift.analysis import Analysis
from newssift.analyzers.persuasion.features import paragraph_features
from newssift.analyzers.persuasion.spans import best_run, decode, evidence_spans, runs, snap, trim
from newssift.analyzers.persuasion.voice import VoiceIndex
from newssift.analyzers.techniques import TechniquesAnalyzer, _merge, definitions
from newssift.encoder import EncoderAnalyzer
from newssift.pipeline import Pipeline
from newssift.text import Article

# Our own sentences. Lines: title, then paragraphs; spans are (label, phrase) found in the text.
ARTICLE = (
    "Council approves new budget\n"
    "\n"
    "The council approved the budget on Tuesday after a short debate.\n"
    "\n"
    "Critics called the plan a disgraceful betrayal of ordinary families.\n"
    "\n"
    "The mayor, a notorious crook, signed it anyway.\n"
)
GOLD = [("Loaded_Language", "disgraceful betrayal"), ("Name_Calling-Labeling", "notorious crook")]
PARAGRAPH_LABELS = {3: set(), 5: {"Loaded_Language"}, 7: {"Name_Calling-Labeling"}}


@pytest.mark.parametrize(("mask", "gap", "expected"), [
    ([0, 1, 1, 0, 0, 1], 1, [(1, 3), (5, 6)]),
    ([1, 0, 1], 1, [(0, 3)]),
    ([1, 0, 1], 0, [(0, 1), (2, 3)]),
    ([0, 0], 1, []),
])
def test_runs_join_small_gaps(mask: list[int], gap: int, expected: list[tuple[int, int]]) -> None:
    assert runs(np.array(mask, bool), gap) == expected


@pytest.mark.parametrize(("start", "end", "expected"), [
    (2, 5, (0, 5)),  # inside the first word: widened to it
    (6, 11, (6, 11)),  # already on token boundaries
    (6, 13, (6, 16)),  # ends inside the third word
    (7, 8, (6, 11)),  # one character of the second word
    (12, 16, (12, 16)),
])
def test_snap_widens_to_whole_tokens(start: int, end: int, expected: tuple[int, int]) -> None:
    tokens = [(0, 5), (6, 11), (12, 16)]  # "words split into"
    assert snap(start, end, tokens) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("the regime has become a mere puppet of the", "the regime has become a mere puppet"),
    (") are citizens of countries in the", "are citizens of countries"),
    ("craven lackeys, ", "craven lackeys"),
    ("(to fight)", "(to fight)"),  # a bracket it opens may close it
    ('"traitors" and', '"traitors"'),
    ("we will never give it up", "we will never give it up"),  # pronouns and particles may end a span
    ("of", "of"),  # never emptied: the content-word check drops it
    ("of brutal street", "brutal street"),
    ("the bloodiest battles", "the bloodiest battles"),  # "the" often opens an annotated span
    ("glossy advertisements promising “", "glossy advertisements promising"),
    ("” cried the crowd", "cried the crowd"),
])
def test_trim_drops_edge_punctuation_and_dangling_words_at_the_end(text: str, expected: str) -> None:
    start, end = trim("  " + text + "  ", 2, len(text) + 2)
    assert ("  " + text + "  ")[start:end] == expected


@pytest.mark.parametrize(("text", "span", "expected"), [
    ('the ruling "Baath" party said', 'Baath" party', '"Baath" party'),
    ('so-called "experts" agree', 'so-called "experts', 'so-called "experts"'),
    ('the "Baath" party', '"Baath"', '"Baath"'),
])
def test_trim_takes_in_the_quotation_mark_a_span_leaves_open(text: str, span: str, expected: str) -> None:
    at = text.index(span)
    start, end = trim(text, at, at + len(span))
    assert text[start:end] == expected


def test_decode_gives_label_runs_with_mean_scores() -> None:
    probs = np.array([[0.9, 0.1], [0.7, 0.8], [0.1, 0.9]], np.float32)
    offsets = np.array([[0, 3], [4, 8], [9, 12]])
    got = decode(probs, offsets, np.array([0.5, 0.5]))
    assert [(k, a, b) for k, a, b, _ in got] == [(0, 0, 8), (1, 4, 12)]
    assert got[0][3] == pytest.approx(0.8)


def test_a_span_goes_on_over_neighbours_above_the_lower_bar_and_runs_that_meet_merge() -> None:
    probs = np.zeros((7, 1), np.float32)
    probs[:, 0] = [0.05, 0.25, 0.6, 0.3, 0.25, 0.7, 0.1]
    offsets = np.array([[i * 4, i * 4 + 3] for i in range(7)])
    plain = decode(probs, offsets, np.array([0.5]))
    assert [(a, b) for _, a, b, _ in plain] == [(8, 11), (20, 23)]
    wide = decode(probs, offsets, np.array([0.5]), extend=0.4)
    assert [(a, b) for _, a, b, _ in wide] == [(4, 23)]  # 0.25, 0.3 and 0.25 keep 0.4 x 0.5
    assert wide[0][3] == pytest.approx(float(probs[1:6, 0].mean()))


def test_best_run_grows_around_the_top_piece_while_neighbours_keep_half_of_it() -> None:
    probs = np.zeros((6, 2), np.float32)
    probs[:, 1] = [0.1, 0.3, 0.8, 0.5, 0.2, 0.7]
    assert best_run(probs, 1) == (2, 4, pytest.approx(0.65))


EVIDENCE_TEXT = "Critics called the plan a disgraceful betrayal. The vote was held on Monday."


def _evidence(gate_label: int | None, found: list, the: float = 0.01) -> list:
    words = [(m.start(), m.end()) for m in re.finditer(r"\w+", EVIDENCE_TEXT)]
    first = [w for w in words if w[1] <= EVIDENCE_TEXT.index(".")]
    second = [w for w in words if w[0] > EVIDENCE_TEXT.index(".")]
    probs = [np.full((1, len(first), 23), 0.01, np.float32), np.full((1, len(second), 23), 0.01, np.float32)]
    probs[0][0, 5:7, 14] = [0.15, 0.12]  # "disgraceful betrayal", below any threshold
    probs[0][0, 2, 14] = the  # "the"
    gate = np.zeros((2, 23), bool)
    if gate_label is not None:
        gate[:, gate_label] = True
    offsets = [np.asarray(first), np.asarray(second)]
    return evidence_spans(EVIDENCE_TEXT, offsets, [[0, 1]], gate, [first, second], probs, found)


@pytest.mark.parametrize("the", [0.01, 0.4])  # a function word scoring higher is passed over
def test_a_labelled_paragraph_without_its_span_gets_the_best_run_as_evidence(the: float) -> None:
    spans = _evidence(14, [], the)
    assert [(k, EVIDENCE_TEXT[a:b]) for k, a, b, _ in spans] == [(14, "disgraceful betrayal")]


def test_no_evidence_span_where_the_paragraph_has_one_or_no_label() -> None:
    assert _evidence(None, []) == []
    assert _evidence(14, [(14, 0, 7, 0.9)]) == []


@pytest.mark.parametrize(("spans", "expected"), [
    ([(0, 5, 9, 0.4, "span"), (0, 8, 12, 0.7, "span")], [(0, 5, 12, 0.7, "span")]),  # same label: joined
    ([(0, 5, 9, 0.4, "span"), (1, 8, 12, 0.7, "span")],
     [(0, 5, 9, 0.4, "span"), (1, 8, 12, 0.7, "span")]),  # other label: kept
    ([(2, 20, 25, 0.5, "span"), (2, 1, 4, 0.6, "span")],
     [(2, 1, 4, 0.6, "span"), (2, 20, 25, 0.5, "span")]),  # sorted by start
    ([(0, 5, 9, 0.1, "paragraph"), (0, 8, 12, 0.3, "span")], [(0, 5, 12, 0.3, "span")]),  # stronger basis
    ([(0, 5, 9, 0.2, "repetition"), (0, 9, 12, 0.1, "paragraph")], [(0, 5, 12, 0.2, "repetition")]),
])
def test_merge_joins_overlapping_spans_of_a_label(spans, expected) -> None:
    assert _merge(spans) == expected


LAYERS = {
    "statements": [{"id": "s1", "content": [{"start": 40, "end": 80, "text": "x" * 40}]}],
    "quotes": [{"inner": {"start": 100, "end": 120, "text": "y" * 20}}],
}


@pytest.mark.parametrize(("start", "end", "expected"), [
    (45, 55, ("quoted", "s1")),  # inside a statement's content
    (102, 110, ("quoted", None)),  # inside a quotation only
    (10, 20, ("author", None)),
    (75, 95, ("author", None)),  # middle outside the content
])
def test_voice_prefers_statement_content_then_quotes(start, end, expected) -> None:
    assert VoiceIndex(LAYERS).voice(start, end) == expected


def test_voice_without_layers_is_author() -> None:
    assert VoiceIndex({}).voice(0, 10) == ("author", None)


def test_paragraph_features_see_neighbours_and_article() -> None:
    vectors = np.eye(3, 4, dtype=np.float32)
    feats = paragraph_features(vectors, [[0, 1], [2], []])
    assert feats.shape == (3, 20)
    assert np.allclose(feats[1, 12:16], feats[0, :4])  # previous paragraph's mean
    assert not feats[2, :8].any()  # an empty paragraph pools to zeros


def test_paragraph_features_pool_the_middle_layer_pieces() -> None:
    vectors = np.eye(3, 4, dtype=np.float32)
    mid = [np.array([[1, 0, 0, 0], [3, 0, 0, 0]], np.float32), np.zeros((0, 4), np.float32),
           np.array([[0, 5, 0, 0]], np.float32)]
    feats = paragraph_features(vectors, [[0, 1], [2], []], mid)
    assert feats.shape == (3, 28)
    assert np.allclose(feats[0, 20:28], [2, 0, 0, 0, 3, 0, 0, 0])  # mean, max of pieces 0 and 1
    assert np.allclose(feats[1, 20:28], [0, 5, 0, 0, 0, 5, 0, 0])
    assert not feats[2, 20:].any()
    assert np.allclose(feats[:, :20], paragraph_features(vectors, [[0, 1], [2], []]))


def test_definitions_cover_the_23_labels() -> None:
    from training.persuasion_data import TECHNIQUES

    defs = definitions()
    assert sorted(defs) == sorted(TECHNIQUES)
    assert all(d["name"] and len(d["definition"]) > 30 for d in defs.values())


# --- the trainable heads: overfit → save → reload ------------------------------------------------

_TRAINED: dict[str, object] = {}


def _doc(tiny_encoder):
    from training.persuasion_data import Doc, encode_docs, split_lines

    doc = Doc("t1", ARTICLE, "train")
    split_lines(doc)
    doc.line_labels = {n: PARAGRAPH_LABELS.get(n, set()) for n, _ in doc.lines}
    doc.spans = [(label, ARTICLE.index(p), ARTICLE.index(p) + len(p)) for label, p in GOLD]
    encode_docs([doc], tiny_encoder)
    return doc


@pytest.fixture
def trained_dir(tiny_encoder, tmp_path_factory):
    """Overfit the real training code on ARTICLE and write a model directory (once per session)."""
    return _trained(tiny_encoder, tmp_path_factory, "mlp")


def _trained(tiny_encoder, tmp_path_factory, token_head: str):
    if token_head not in _TRAINED:
        from training import persuasion_context as pc
        from training import persuasion_fit as pf
        from training import persuasion_techniques as pt
        from training.persuasion import write_techniques

        doc = _doc(tiny_encoder)
        ones, zeros, half = np.ones(23), np.zeros(23), np.full(23, 0.5)
        opts = pf.FitOptions(hidden=32, epochs=120, lr=1e-2, dropout=0.0, weight_decay=0.0,
                             batch=64)
        x, y, _ = pt.paragraph_data([doc])
        bag = [pf.fit(x, y, opts), pf.fit(x, y, replace(opts, seed=1))]  # as the fold nets are
        para = pt.Calibrated(bag, ones, zeros, half)
        if token_head == "context":
            x, first, _ = pc.doc_features(doc)
            y = pt.token_labels([doc])
            tiny = pc.ContextOptions(hidden=32, attention_heads=2, epochs=150, lr=1e-2, batch=4096)
            nets = [pc.fit(x, y, first, tiny), pc.fit(x, y, first, replace(tiny, seed=1))]
        else:
            x, y = pt.token_data([doc])
            nets = [pf.fit(x, y, opts), pf.fit(x, y, replace(opts, seed=1))]
        token = pt.Calibrated(nets, ones, zeros, half)
        x, y = pt.sentence_data([doc])
        sentence = pt.Calibrated(pf.fit(x, y, opts), ones, zeros, half)
        spans = pt.SpanHeads(token, sentence, "tokens", {})
        path = tmp_path_factory.mktemp("techniques") / "techniques"
        metrics = json.loads(_fixture_metrics())
        write_techniques(path, para, np.full(23, 0.0), spans, metrics)
        _TRAINED[token_head] = path
    return _TRAINED[token_head]


def _fixture_metrics() -> str:
    prf = {"soft_p": 1.0, "soft_r": 1.0, "soft_f1": 1.0, "overlap_f1": 1.0, "predicted": 2}
    return json.dumps({
        "dev_paragraphs": {"micro_f1": 1.0, "macro_f1": 1.0},
        "baseline_dev_paragraphs": {"micro_f1": 0.0, "macro_f1": 0.0},
        "dev_paragraphs_per_label": {"Doubt": {"f1": 1.0, "support": 1}},
        "dev_spans_tokens": prf, "dev_spans_sentences": prf, "baseline_dev_spans": prf,
        "train_out_of_fold": {"mixed": {"micro_f1": 1.0, "macro_f1": 1.0}}})


def _analyse(model_dir, tiny_encoder, text: str = ARTICLE, layers: dict | None = None):
    analysis = EncoderAnalyzer(tiny_encoder)(Analysis.of(Article(text, title=text.split("\n")[0])))
    analysis.layers.update(layers or {})  # what earlier analyzers would have assigned
    return TechniquesAnalyzer(model_dir)(analysis)


def test_model_directory_is_complete(trained_dir) -> None:
    names = {p.name for p in trained_dir.iterdir()}
    assert {"config.json", "model.safetensors", "labels.json", "README.md"} <= names
    assert "python -m training.persuasion" in (trained_dir / "README.md").read_text()


def test_reloaded_heads_find_the_trained_spans(trained_dir, tiny_encoder) -> None:
    doc = _analyse(trained_dir, tiny_encoder).to_dict()
    found = {(t["label"], t["text"]) for t in doc["techniques"]}
    assert set(GOLD) <= found
    for t in doc["techniques"]:
        assert doc["article"]["text"][t["start"] : t["end"]] == t["text"]
        assert 0.0 <= t["score"] <= 1.0 and t["voice"] == "author"
    assert {t["basis"] for t in doc["techniques"] if (t["label"], t["text"]) in GOLD} == {"span"}


def test_evidence_for_a_paragraph_label_has_the_paragraph_basis(trained_dir, tiny_encoder,
                                                               monkeypatch) -> None:
    from newssift.analyzers.persuasion import technique_model

    start = ARTICLE.index("The mayor")
    k = json.loads((trained_dir / "labels.json").read_text()).index("Doubt")
    monkeypatch.setattr(technique_model, "evidence_spans",
                        lambda *args: [(k, start, start + 9, 0.3)])
    doc = _analyse(trained_dir, tiny_encoder).to_dict()
    evidence = [t for t in doc["techniques"] if t["label"] == "Doubt"]
    assert [(t["text"], t["basis"]) for t in evidence] == [("The mayor", "paragraph")]


def test_context_token_head_round_trip_finds_the_trained_spans(tiny_encoder, tmp_path_factory) -> None:
    path = _trained(tiny_encoder, tmp_path_factory, "context")
    assert json.loads((path / "config.json").read_text())["tokens"]["kind"] == "context"
    doc = _analyse(path, tiny_encoder).to_dict()
    assert set(GOLD) <= {(t["label"], t["text"]) for t in doc["techniques"]}


def test_reloaded_heads_label_the_trained_paragraphs(trained_dir, tiny_encoder) -> None:
    doc = _analyse(trained_dir, tiny_encoder).to_dict()
    labels = [set(p["labels"]) for p in doc["paragraph_techniques"]]
    assert labels == [set(), {"Loaded_Language"}, {"Name_Calling-Labeling"}]
    assert [p["paragraph"] for p in doc["paragraph_techniques"]] == [0, 1, 2]


def test_span_inside_a_statement_is_quoted(trained_dir, tiny_encoder) -> None:
    start = ARTICLE.index("The mayor")
    statements = [{"id": "s7", "content": [{"start": start, "end": len(ARTICLE) - 1}]}]
    doc = _analyse(trained_dir, tiny_encoder, layers={"statements": statements}).to_dict()
    crook = next(t for t in doc["techniques"] if t["text"] == "notorious crook")
    assert (crook["voice"], crook["statement"]) == ("quoted", "s7")


def test_article_without_sentences_has_no_findings(trained_dir, tiny_encoder) -> None:
    pipeline = Pipeline([EncoderAnalyzer(tiny_encoder), TechniquesAnalyzer(trained_dir)])
    doc = pipeline(Article("   ")).to_dict()
    assert doc["techniques"] == [] and doc["paragraph_techniques"] == []


def test_output_matches_the_layer_schemas(trained_dir, tiny_encoder) -> None:
    from newssift.schema import load_schema

    jsonschema = pytest.importorskip("jsonschema")
    doc = _analyse(trained_dir, tiny_encoder).to_dict()
    jsonschema.validate(doc, load_schema())


# --- the shipped model ---------------------------------------------------------------------------

LOADED = (
    "Minister defends pension cuts\n"
    "\n"
    "The minister's shameful, cowardly betrayal of pensioners is a disgrace. These corrupt puppets "
    "of the banks will destroy everything our grandparents built.\n"
    "\n"
    "Ministry figures show the fund lost 2 percent of its value last year.\n"
)


@pytest.mark.integration
def test_shipped_model_flags_loaded_words_in_an_angry_paragraph() -> None:
    from newssift.registry import build_pipeline

    doc = build_pipeline(["encoder", "techniques"])(Article(LOADED)).to_dict()
    labels = {t["label"] for t in doc["techniques"] if t["start"] < LOADED.index("Ministry")}
    assert labels & {"Loaded_Language", "Name_Calling-Labeling", "Appeal_to_Fear-Prejudice"}
    first, second = doc["paragraph_techniques"]
    assert max(first["scores"].values(), default=0) > max(second["scores"].values(), default=0)


@pytest.mark.integration
def test_shipped_model_output_matches_the_schema() -> None:
    from newssift.registry import build_pipeline
    from newssift.schema import load_schema

    jsonschema = pytest.importorskip("jsonschema")
    doc = build_pipeline(["encoder", "techniques"])(Article(LOADED)).to_dict()
    jsonschema.validate(doc, load_schema())


def test_gate_marks_the_labels_of_each_sentences_paragraph(trained_dir) -> None:
    from newssift.analyzers.persuasion.technique_model import TechniqueModel

    model = TechniqueModel.load(trained_dir)
    probs = np.zeros((2, 23), np.float32)
    probs[1, 14] = 0.9  # paragraph 1: Loaded_Language
    gate = model.gate(probs, [None, 0, 1, 1])  # a title sentence, then paragraphs 0, 1, 1
    assert gate.sum() == 2 and gate[2, 14] and gate[3, 14]


@pytest.mark.parametrize(("gated", "expected"), [(None, 0.5), (0.2, 0.2), (0.8, 0.5)])
def test_gated_thresholds_only_lower_the_bar(trained_dir, gated, expected) -> None:
    from newssift.analyzers.persuasion.technique_model import TechniqueModel

    model = TechniqueModel.load(trained_dir)
    if gated is not None:
        model.tokens.options = {**model.tokens.options, "gated_thresholds": [gated] * 23}
    gate = np.zeros((1, 23), bool)
    gate[0, 3] = True
    thresholds = model._thresholds(gate, 0)
    assert thresholds[3] == pytest.approx(expected) and thresholds[4] == pytest.approx(0.5)


@pytest.mark.parametrize(("text", "expected"), [
    ("blatant attempt", True),
    ("the people", True),  # "people" is a content word
    ("to", False),
    ("and of the", False),
    ("(300) -", False),
    ("US", False),  # too short to judge
])
def test_spans_need_a_content_word(text: str, expected: bool) -> None:
    from newssift.analyzers.persuasion.spans import has_content

    assert has_content(text) is expected


def test_evidence_spans_under_the_floor_are_dropped(trained_dir, tiny_encoder) -> None:
    """With every word-piece threshold out of reach, a labelled paragraph's only span is its evidence
    run, which the model keeps only when it scores at least `evidence_floor`."""
    import copy

    analyzer = TechniquesAnalyzer(trained_dir)
    tokens = copy.copy(analyzer.model.tokens)  # the loaded model is shared (cached): change a copy
    tokens.thresholds = np.full(len(tokens.thresholds), 2.0, np.float32)
    found = {}
    for floor in (0.0, 1.01):
        analyzer.model = replace(analyzer.model, tokens=tokens, evidence_floor=floor)
        analysis = EncoderAnalyzer(tiny_encoder)(Analysis.of(Article(ARTICLE, title=ARTICLE.split("\n")[0])))
        found[floor] = analyzer(analysis).to_dict()["techniques"]
    assert found[0.0] and found[1.01] == []
    assert all(t["score"] < 1.01 for t in found[0.0])


def test_a_repetition_head_answers_for_repetition(trained_dir, tiny_encoder, tmp_path) -> None:
    """With a repetition head in the model directory (here a hand-made one: a content word said again
    scores 0.87), Repetition spans and paragraph labels come from it alone, not from the token head."""
    import shutil

    from safetensors.numpy import load_file, save_file

    from newssift.analyzers.persuasion import repetition as rep

    path = tmp_path / "techniques"
    shutil.copytree(trained_dir, path)
    config = json.loads((path / "config.json").read_text())
    k = json.loads((path / "labels.json").read_text()).index("Repetition")
    w = np.zeros((1, len(rep.WORD_FEATURES) + 23), np.float32)
    w[0, rep.WORD_FEATURES.index("other_occurrences_log")] = 10.0
    save_file(load_file(str(path / "model.safetensors"))
              | {"rep.0.weight": w, "rep.0.bias": np.asarray([-5.0], np.float32)},
              str(path / "model.safetensors"))
    config["repetition"] = {"prefix": "rep.", "platt_a": 1.0, "platt_b": 0.0, "span_threshold": 0.5}
    config["tokens"]["thresholds"][k] = 0.0  # the token head alone would flag every word
    config["paragraph"]["thresholds"][k] = 0.5
    (path / "config.json").write_text(json.dumps(config))
    doc = _analyse(path, tiny_encoder).to_dict()
    found = {t["text"].lower() for t in doc["techniques"] if t["label"] == "Repetition"}
    # each in the title and the first paragraph ("approves" and "approved" share their stem)
    assert found == {"council approves", "council approved", "budget"}
    assert ["Repetition" in p["labels"] for p in doc["paragraph_techniques"]] == [True, False, False]
