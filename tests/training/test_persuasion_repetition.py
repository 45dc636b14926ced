"""Fitting the repetition head on tiny articles of our own (fake `HashEncoder`): it learns that a
charged word said twice is the technique and a word said once is not."""

from __future__ import annotations

import numpy as np

from newssift.analyzers.persuasion import repetition as rep
from newssift.heads import MLPHead

WORDS = ["scandal", "disgrace", "betrayal", "fiasco", "outrage", "farce"]


def _doc(i: int, word: str, tiny_encoder):
    from training.persuasion_data import Doc, encode_docs, split_lines

    text = (f"Council meets again\n\nThe plan is a {word}. A {word}, nothing less, said Ms Lund.\n\n"
            "Officials met on Monday to discuss the timetable.\n")
    doc = Doc(f"d{i}", text, "train")
    split_lines(doc)
    doc.line_labels = {1: set(), 3: {"Repetition"}, 5: set()}
    doc.spans = [("Repetition", m, m + len(word)) for m in (text.index(word), text.rindex(word))]
    encode_docs([doc], tiny_encoder)
    return doc


def test_fit_learns_repeated_words_and_chooses_thresholds_out_of_fold(tiny_encoder) -> None:
    from training import persuasion_repetition as prep
    from training import persuasion_techniques as pt

    docs = [_doc(i, w, tiny_encoder) for i, w in enumerate(WORDS)]
    probs = [[np.zeros((len(o), 23), np.float32) for o in d.encoding.token_offsets] for d in docs]
    rows = len(pt.paragraph_data(docs)[1])
    tensors, config, threshold = prep.fit(docs, probs, np.zeros((rows, 23)), np.ones(23))
    assert 0.0 < threshold < 1.0 and 0.05 <= config["span_threshold"] < 0.8
    head = rep.RepetitionHead(MLPHead([(tensors["rep.0.weight"], tensors["rep.0.bias"])]),
                              config["platt_a"], config["platt_b"], config["span_threshold"])
    new = _doc(9, "sham", tiny_encoder)
    table = prep.doc_table(new)
    x = table.features(new.text, [np.zeros((len(o), 23)) for o in new.encoding.token_offsets],
                       new.encoding.token_offsets)
    p = head.token_probs(x)
    words = [new.text[a:b] for a, b in table.bounds]
    assert min(p[j] for j, w in enumerate(words) if w == "sham") > max(
        p[j] for j, w in enumerate(words) if w in {"Officials", "timetable", "plan"})
    assert config["train_out_of_fold"]["spans"]["soft_f1"] > 0.5
