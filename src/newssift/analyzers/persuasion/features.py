"""Features for the persuasion heads, built from `analysis.encoding` only.

- paragraph: [mean, max] of its sentence vectors, the article vector, and the mean vectors of the
  previous and next paragraphs (zeros at the edges): 5 x dim; with `mid`, also [mean, max] of the
  paragraph's middle-layer word-piece vectors (which keep more of the words themselves): 7 x dim.
- article: [article vector, max over sentence vectors]: 2 x dim.
- token: [word-piece vector, its sentence's vector, the `window` pieces on each side, and with `mid` the
  piece's middle-layer vector]: (2 + 2 x window + mid) x dim per word piece.
- context token (the context head, which sees its sentence itself): [word-piece vector, middle-layer
  vector, sentence vector]: 3 x dim per word piece, with sentence-start flags.
Limits: sentence vectors are mean-pooled MiniLM embeddings of one sentence each, so a paragraph feature
sees no word order across sentences; word pieces see only their own sentence (the encoder's window).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from newssift.encoder import Encoded

PARAGRAPH_PARTS = 5
PARAGRAPH_MID_PARTS = 2
ARTICLE_PARTS = 2
TOKEN_PARTS = 2


def _unit(v: np.ndarray) -> np.ndarray:
    n = float(np.linalg.norm(v))
    return v / n if n else v


def article_vector(sentence_vectors: np.ndarray) -> np.ndarray:
    if not len(sentence_vectors):
        return np.zeros(sentence_vectors.shape[1], np.float32)
    return _unit(sentence_vectors.mean(0)).astype(np.float32)


def paragraph_features(sentence_vectors: np.ndarray, groups: Sequence[Sequence[int]],
                       mid: Sequence[np.ndarray] | None = None) -> np.ndarray:
    """One row per group of sentence indices (a paragraph); an empty group gets zero pooled parts.

    `mid`: per sentence, its middle-layer word-piece vectors, pooled per paragraph when given."""
    dim = sentence_vectors.shape[1]
    means, maxes = _pooled([[sentence_vectors[i] for i in g] for g in groups], dim)
    doc = np.broadcast_to(article_vector(sentence_vectors), (len(groups), dim))
    zero = np.zeros((1, dim), np.float32)
    prev = np.concatenate([zero, means[:-1]]) if len(groups) else means
    nxt = np.concatenate([means[1:], zero]) if len(groups) else means
    parts = [means, maxes, doc, prev, nxt]
    if mid is not None:
        parts.extend(_pooled([[mid[i] for i in g if len(mid[i])] for g in groups], dim))
    return np.concatenate(parts, axis=1).astype(np.float32)


def _pooled(groups: Sequence[Sequence[np.ndarray]], dim: int) -> tuple[np.ndarray, np.ndarray]:
    """Per group of row blocks, the mean and max over all their rows (zeros for an empty group)."""
    means = np.zeros((len(groups), dim), np.float32)
    maxes = np.zeros((len(groups), dim), np.float32)
    for i, blocks in enumerate(groups):
        if len(blocks):
            rows = np.vstack(blocks)
            means[i], maxes[i] = rows.mean(0), rows.max(0)
    return means, maxes


def article_features(sentence_vectors: np.ndarray) -> np.ndarray:
    """One row (1, 2 x dim) for the whole article; zeros for an article without sentences."""
    dim = sentence_vectors.shape[1]
    if not len(sentence_vectors):
        return np.zeros((1, ARTICLE_PARTS * dim), np.float32)
    parts = [article_vector(sentence_vectors), sentence_vectors.max(0)]
    return np.concatenate(parts)[None, :].astype(np.float32)


def sentence_token_features(encoding: Encoded, i: int, window: int = 0, mid: bool = False) -> np.ndarray:
    """`token_features` of sentence `i` of an encoding (with its middle-layer vectors if `mid`)."""
    mids = encoding.piece_vectors(["mid"])[i] if mid else None
    return token_features(encoding.token_vectors[i], encoding.sentence_vectors[i], window, mids)


def token_features(token_vectors: np.ndarray, sentence_vector: np.ndarray,
                   window: int = 0, mid: np.ndarray | None = None) -> np.ndarray:
    """Rows (n_pieces, (2 + 2 x window [+ 1]) x dim): each word piece, its sentence's vector, the
    `window` pieces before and after it (zeros past the sentence's edges), then its `mid` row if given."""
    n, dim = token_vectors.shape
    tiled = np.broadcast_to(sentence_vector, (n, len(sentence_vector)))
    parts = [token_vectors, tiled]
    padded = np.concatenate([np.zeros((window, dim), np.float32), token_vectors,
                             np.zeros((window, dim), np.float32)])
    for shift in [*range(-window, 0), *range(1, window + 1)]:
        parts.append(padded[window + shift : window + shift + n])
    if mid is not None:
        parts.append(mid)
    return np.concatenate(parts, axis=1).astype(np.float32)


def context_token_features(encoding: Encoded) -> tuple[np.ndarray, np.ndarray, list[int]]:
    """The context token head's input for a whole article: rows (n_pieces, 3 x dim) of [word-piece
    vector, its middle-layer vector, its sentence's vector], sentence-start flags (n_pieces,), and the
    number of pieces of each sentence (0 for a sentence without pieces)."""
    mids = encoding.piece_vectors(["mid"])
    dim = encoding.sentence_vectors.shape[1]
    rows, sizes = [], []
    for i, pieces in enumerate(encoding.token_vectors):
        sizes.append(len(pieces))
        if len(pieces):
            tiled = np.broadcast_to(encoding.sentence_vectors[i], (len(pieces), dim))
            rows.append(np.concatenate([pieces, mids[i], tiled], axis=1))
    if not rows:
        return np.zeros((0, 3 * dim), np.float32), np.zeros(0, bool), sizes
    first = np.zeros(sum(sizes), bool)
    first[np.cumsum([0, *[s for s in sizes if s]])[:-1]] = True
    return np.concatenate(rows).astype(np.float32), first, sizes
