"""Scoring a saved techniques model (the numpy inference code) on SemEval-2023 dev articles.

Used by the training script (for the model card) and by `benchmarks/eval_persuasion.py`, so both
report the shipped weights through the same code path the analyzer runs.
"""

from __future__ import annotations

import copy
from dataclasses import replace

import numpy as np

from newssift.analyzers.persuasion.technique_model import TechniqueModel
from newssift.segment import tokenize
from training.persuasion_data import TECHNIQUES, Doc
from training.persuasion_metrics import multilabel_f1, per_label_f1, span_prf
from training.persuasion_techniques import Spans, gold_spans


def predict(model: TechniqueModel, doc: Doc) -> tuple[np.ndarray, Spans]:
    """Line probabilities and spans of one SemEval article (lines are its paragraphs)."""
    bounds = [(s.start, s.end) for s in doc.sentences]
    tokens = [[(t.start, t.end) for t in tokenize(doc.text, s)] for s in doc.sentences]
    probs, found = model.analyse(doc.text, doc.encoding, doc.line_groups(), doc.sentence_line, bounds, tokens)
    return probs, [(TECHNIQUES[k], a, b) for k, a, b, *_ in found]


def without_repetition(model: TechniqueModel, threshold: float) -> TechniqueModel:
    """The model without its repetition head: Repetition from the other heads at `threshold`."""
    paragraph = copy.copy(model.paragraph)
    paragraph.thresholds = paragraph.thresholds.copy()
    paragraph.thresholds[TECHNIQUES.index("Repetition")] = threshold
    return replace(model, paragraph=paragraph, repetition=None)


def evaluate(model: TechniqueModel, dev: list[Doc], replaced_threshold: float | None = None) -> dict:
    """Subtask 3 micro/macro-F1 (and per label) on dev paragraphs; span P/R/F1 for both span modes.

    With `replaced_threshold` (the Repetition threshold the repetition head replaced), the same model
    without that head is scored too, in the same run (`dev_without_repetition`)."""
    shipped = model.span_mode
    gold, pred, spans = [], [], {}
    for mode in ("tokens", "sentences"):
        model.span_mode = mode
        found = {}
        for doc in dev:
            probs, found[doc.id] = predict(model, doc)
            if mode == shipped:
                for row, (number, _) in enumerate(doc.lines):
                    if number in doc.line_labels:
                        gold.append(doc.line_labels[number])
                        pred.append({TECHNIQUES[k] for k in np.flatnonzero(
                            probs[row] >= model.paragraph.thresholds)})
        spans[mode] = span_prf(gold_spans(dev), found)
    model.span_mode = shipped
    out = {"dev_paragraphs": multilabel_f1(gold, pred, TECHNIQUES) | {"paragraphs": len(gold)},
           "dev_paragraphs_per_label": per_label_f1(gold, pred, TECHNIQUES),
           "dev_spans_tokens": spans["tokens"], "dev_spans_sentences": spans["sentences"],
           "span_mode": shipped}
    if model.repetition is not None and replaced_threshold is not None:
        plain = evaluate(without_repetition(model, replaced_threshold), dev)
        out["dev_without_repetition"] = {k: plain[k] for k in ("dev_paragraphs", "dev_spans_tokens")}
    return out
