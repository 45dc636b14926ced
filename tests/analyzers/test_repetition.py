"""The repetition head: token features, runs, evidence and paragraph scores on passages of our own."""

from __future__ import annotations

import re

import numpy as np
import pytest

from newssift.analyzers.persuasion import repetition as rep
from newssift.heads import MLPHead

PASSAGE = ("Too bad that the traitors won. Too bad that nobody listened. "
           "The traitors smiled.")


def _words(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    found = list(re.finditer(r"\w+|[^\w\s]", text))
    return [m.group() for m in found], [m.span() for m in found]


def _sentences(words: list[str]) -> list[int]:
    out, i = [], 0
    for w in words:
        out.append(i)
        i += w == "."
    return out


@pytest.mark.parametrize(("word", "form"), [
    ("Traitors", "traitor"), ("Blair's", "blair"), ("Blair\u2019s", "blair"), ("the", "the"),
    ("shrieking", "shriek"), ("lies", "lies"),  # short words keep their ending
])
def test_normal_form_lowers_and_strips_endings(word: str, form: str) -> None:
    assert rep.normal_form(word) == form


def test_token_features_count_repeats_paragraphs_and_repeated_sequences() -> None:
    words, _ = _words(PASSAGE)
    sentence = _sentences(words)
    paragraph = [0 if s < 2 else 1 for s in sentence]
    x = rep.token_features(words, sentence, paragraph, np.zeros((len(words), 2), np.float32))
    col = {name: i for i, name in enumerate(rep.WORD_FEATURES)}
    assert x.shape == (len(words), len(rep.WORD_FEATURES) + 2)
    first, second = (i for i, w in enumerate(words) if w == "traitors")
    assert x[first, col["other_occurrences_log"]] == pytest.approx(np.log(2))
    assert x[first, col["other_paragraphs_log"]] == pytest.approx(np.log(2))
    assert (x[first, col["first_occurrence"]], x[second, col["first_occurrence"]]) == (1, 0)
    bad = words.index("bad")
    assert x[bad, col["repeated_ngram"]] == 3 and x[bad, col["repeated_ngram_3plus"]] == 1
    assert x[bad, col["other_occurrences_log"]] == pytest.approx(np.log(2))
    nobody = words.index("nobody")
    assert x[nobody, col["repeated_ngram"]] == 0 and x[nobody, col["other_occurrences_log"]] == 0
    period = words.index(".")
    assert x[period, col["content_word"]] == 0 and x[period, col["other_occurrences_log"]] == 0
    assert x[words.index("The"), col["capitalised_mid_sentence"]] == 0  # starts its sentence


def test_token_runs_stay_inside_a_sentence() -> None:
    probs = np.asarray([0.9, 0.8, 0.1, 0.7, 0.6], np.float32)
    assert rep.token_runs(probs, [0, 0, 0, 0, 1], 0.5) == [(0, 2), (3, 4), (4, 5)]


def test_evidence_run_grows_around_the_best_token_while_neighbours_keep_half() -> None:
    probs = np.asarray([0.05, 0.2, 0.3, 0.1, 0.25], np.float32)
    assert rep.evidence_run(probs, [0, 0, 0, 0, 1], [0, 1, 2, 3]) == (1, 3)


def _head(threshold: float = 0.5) -> rep.RepetitionHead:
    """A hand-made head: a content word said again scores sigmoid(10 log 2 - 5) = 0.87, else <= 0.01."""
    n = len(rep.WORD_FEATURES) + 2
    w = np.zeros((1, n), np.float32)
    w[0, rep.WORD_FEATURES.index("other_occurrences_log")] = 10.0
    return rep.RepetitionHead(MLPHead([(w, np.asarray([-5.0], np.float32))]), 1.0, 0.0, threshold)


def test_find_flags_the_repeated_words_and_scores_their_paragraphs() -> None:
    text = PASSAGE
    words, bounds = _words(text)
    sentence = _sentences(words)
    tokens = [[b for b, s in zip(bounds, sentence, strict=True) if s == i] for i in range(3)]
    table = rep.TokenTable.of(tokens, [[0, 1], [2]])
    x = rep.token_features(words, table.sentence, table.paragraph, np.zeros((len(words), 2)))
    scores, spans = rep.find(_head(), text, table, x, 2, 0.5)
    assert [text[a:b] for a, b, _ in spans] == ["bad", "traitors", "bad", "traitors"]
    assert all(s > 0.8 for _, _, s in spans) and (scores > 0.8).all()


def test_a_labelled_paragraph_without_a_span_gets_its_best_token() -> None:
    words, bounds = _words(PASSAGE)
    sentence = _sentences(words)
    tokens = [[b for b, s in zip(bounds, sentence, strict=True) if s == i] for i in range(3)]
    table = rep.TokenTable.of(tokens, [[0, 1], [2]])
    x = rep.token_features(words, table.sentence, table.paragraph, np.zeros((len(words), 2)))
    _, spans = rep.find(_head(threshold=0.99), PASSAGE, table, x, 2, 0.5)
    assert [PASSAGE[a:b] for a, b, _ in spans] == ["bad", "traitors"]  # the first best in each
    _, none = rep.find(_head(threshold=0.99), PASSAGE, table, x, 2, 0.95)
    assert none == []


def test_a_title_is_a_paragraph_of_its_own_and_gets_no_score() -> None:
    table = rep.TokenTable.of([[(0, 5)], [(6, 11)]], [[1]])
    assert table.paragraph == [1, 0]
    scores = rep.paragraph_scores(np.asarray([0.9, 0.2], np.float32), table.paragraph, 1, 1.0, 0.0)
    assert scores.tolist() == pytest.approx([0.2])


def test_piece_probabilities_map_to_the_tokens_holding_them() -> None:
    probs = np.asarray([[0.1, 0.9], [0.7, 0.2], [0.3, 0.3]], np.float32)
    offsets = np.asarray([[0, 4], [4, 7], [8, 11]])
    out = rep.piece_to_token_max(probs, offsets, [(0, 7), (8, 11), (12, 15)])
    np.testing.assert_allclose(out, [[0.7, 0.9], [0.3, 0.3], [0.0, 0.0]], rtol=1e-6)
