"""BIO decoding of the tagger's probabilities into role spans aligned to the shared tokens."""

from __future__ import annotations

import numpy as np
import pytest

from newssift.analysis import Analysis
from newssift.analyzers.attribution.tagger import (
    TAGS,
    allowed_transitions,
    decode,
    viterbi,
    viterbi_batch,
)
from newssift.text import Article


def probs_for(tags: list[str], p: float = 0.9) -> np.ndarray:
    out = np.full((len(tags), len(TAGS)), (1 - p) / (len(TAGS) - 1))
    for i, t in enumerate(tags):
        out[i, TAGS.index(t)] = p
    return out


def test_viterbi_never_starts_a_span_with_an_inside_tag() -> None:
    logp = np.log(probs_for(["I-cue", "I-cue", "O"], p=0.6))
    path = [TAGS[i] for i in viterbi(logp, allowed_transitions())]
    assert path[0] != "I-cue" and not (path[0] == "O" and path[1] == "I-cue")


@pytest.mark.parametrize(("tags", "expected"), [
    (["B-source", "I-source", "B-cue", "B-content", "I-content", "O"],
     [("source", "Ana Ruiz"), ("cue", "said"), ("content", "prices rose")]),
    (["O", "O", "B-cue", "O", "O", "O"], [("cue", "said")]),
])
def test_decode_turns_tags_into_token_aligned_spans(tags: list[str], expected: list) -> None:
    analysis = Analysis.of(Article("Ana Ruiz said prices rose ."))
    spans = decode(analysis, probs_for(tags))
    assert [(s.role, analysis.text[s.start : s.end]) for s in spans] == expected
    assert all(0 < s.score <= 1 for s in spans)


def test_batched_viterbi_matches_one_sentence_at_a_time() -> None:
    rng = np.random.default_rng(3)
    logp = np.log(rng.dirichlet(np.ones(len(TAGS)), size=23))
    bounds = [(0, 5), (5, 6), (6, 6), (6, 23)]
    batch = viterbi_batch(logp, bounds, allowed_transitions())
    for (a, b), path in zip(bounds, batch):
        assert np.array_equal(path, viterbi(logp[a:b], allowed_transitions()))
