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


def _naive_attention(q, k, v, bounds, heads):
    out = np.zeros_like(v)
    d = q.shape[1] // heads
    for a, b in bounds:
        for h in range(heads):
            cols = slice(h * d, (h + 1) * d)
            scores = q[a:b, cols] @ k[a:b, cols].T / np.sqrt(d)
            w = np.exp(scores - scores.max(1, keepdims=True))
            out[a:b, cols] = (w / w.sum(1, keepdims=True)) @ v[a:b, cols]
    return out


def test_sentence_attention_keeps_to_each_sentence_short_or_long() -> None:
    from newssift.analyzers.attribution import tagger

    rng = np.random.default_rng(0)
    lengths = [3, 1, tagger.LONG_SENTENCE + 40, 7] + [5] * (tagger.ATTENTION_GROUP + 2)
    n = sum(lengths)
    q, k, v = (rng.standard_normal((n, 8)).astype(np.float32) for _ in range(3))
    first = np.zeros(n, bool)
    first[np.cumsum([0, *lengths[:-1]])] = True
    bounds = list(zip(np.cumsum([0, *lengths[:-1]]), np.cumsum(lengths), strict=True))
    got = tagger.sentence_attention(q, k, v, first, heads=2)
    assert np.allclose(got, _naive_attention(q, k, v, bounds, 2), atol=1e-5)
