"""Token features for the attribution tagger, built from the shared segmentation and `analysis.encoding`.

One row per shared token (`analysis.tokens`): [its word-piece mean; mean of the 3 tokens before; mean of
the 3 after; its sentence's vector; lexicon flags of the token and of its ±2 neighbours; position].
Lexicon flags: cue word, source noun, anonymous marker, pronoun, capitalised, inside quotation marks,
quote mark, "that", comma, outlet word, "according", sentence has a cue, sentence has a quote mark.
Limits: word pieces see only their own sentence (the encoder's window), so nothing here knows about the
previous sentence except the quote state, which runs over the paragraph (reset at each paragraph).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from newssift.analysis import Analysis
from newssift.analyzers.attribution.lexicon import Lexicon
from newssift.analyzers.attribution.lexicon import load as load_lexicon

N_FLAGS = 13
WINDOW = 3
SHIFTS = (-2, -1, 1, 2)
OPEN_QUOTES, CLOSE_QUOTES, BOTH_QUOTES = "“«„", "”»", '"'


def feature_dim(dim: int) -> int:
    return 4 * dim + N_FLAGS * (1 + len(SHIFTS)) + 2


@dataclass(frozen=True)
class TokenBlocks:
    """The feature blocks of an article's tokens; `concat()` gives the (n, feature_dim) matrix.

    The sentence vector is kept once per sentence (`sentence_vectors[sentence_of]` per token), so a
    head can project it once per sentence instead of once per token.
    """

    tokens: np.ndarray  # (n, dim) word-piece means
    before: np.ndarray  # (n, dim)
    after: np.ndarray  # (n, dim)
    sentence_vectors: np.ndarray  # (n_sentences, dim)
    sentence_of: np.ndarray  # (n,) sentence index of each token
    rest: np.ndarray  # (n, N_FLAGS * 5 + 2) flags, neighbours' flags, position

    def concat(self) -> np.ndarray:
        sent = self.sentence_vectors[self.sentence_of]
        return np.concatenate([self.tokens, self.before, self.after, sent, self.rest], 1).astype(np.float32)


def article_features(analysis: Analysis, lexicon: Lexicon | None = None) -> np.ndarray:
    """(n_tokens, feature_dim) float32 features for every token of the article."""
    return article_blocks(analysis, lexicon).concat()


def article_blocks(analysis: Analysis, lexicon: Lexicon | None = None) -> TokenBlocks:
    enc = analysis.encoding
    dim = enc.sentence_vectors.shape[1] if enc is not None and enc.sentence_vectors.ndim == 2 else 0
    n = len(analysis.tokens)
    flags = token_flags(analysis, lexicon or load_lexicon())
    tok = np.zeros((n, dim), np.float32)
    before, after = np.zeros_like(tok), np.zeros_like(tok)
    sentence_of = np.zeros(n, np.int64)
    rest = np.zeros((n, flags.shape[1] * (1 + len(SHIFTS)) + 2), np.float32)
    for i, s in enumerate(analysis.sentences):
        sl = slice(s.token_start, s.token_end)
        tok[sl] = piece_means(analysis.tokens[sl], enc.token_vectors[i], enc.token_offsets[i], dim)
        before[sl], after[sl] = _window_means(tok[sl])
        sentence_of[sl] = i
        rest[sl] = _rest(flags[sl])
    vectors = enc.sentence_vectors.astype(np.float32) if n else np.zeros((0, dim), np.float32)
    return TokenBlocks(tok, before, after, vectors, sentence_of, rest)


def _rest(f: np.ndarray) -> np.ndarray:
    n = len(f)
    pos = np.stack([np.arange(n) / max(n, 1), (np.arange(n) == 0)], 1).astype(np.float32)
    return np.concatenate([f, *(_shift(f, k) for k in SHIFTS), pos], 1)


def piece_means(toks: list, vectors: np.ndarray, offsets: np.ndarray, dim: int) -> np.ndarray:
    """Mean word-piece vector per token (a piece belongs to the token its first character is in)."""
    out = np.zeros((len(toks), dim), np.float32)
    if not len(toks) or not len(vectors):
        return out
    starts = np.array([t.start for t in toks])
    ends = np.array([t.end for t in toks])
    idx = np.searchsorted(starts, offsets[:, 0], side="right") - 1
    ok = (idx >= 0) & (offsets[:, 0] < ends[np.clip(idx, 0, None)])
    idx, vecs = idx[ok], vectors[ok]
    if not len(idx):
        return out
    first = np.flatnonzero(np.r_[True, idx[1:] != idx[:-1]])  # pieces come in text order
    sums = np.add.reduceat(vecs, first, axis=0)
    counts = np.diff(np.r_[first, len(idx)])
    out[idx[first]] = sums / counts[:, None]
    return out


def _window_means(vec: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    n = len(vec)
    csum = np.concatenate([np.zeros((1, vec.shape[1]), np.float32), np.cumsum(vec, 0)])
    i = np.arange(n)
    lo = np.maximum(i - WINDOW, 0)
    hi = np.minimum(i + 1 + WINDOW, n)
    before = (csum[i] - csum[lo]) / np.maximum(i - lo, 1)[:, None]
    after = (csum[hi] - csum[i + 1]) / np.maximum(hi - i - 1, 1)[:, None]
    return before, after


def _shift(f: np.ndarray, k: int) -> np.ndarray:
    out = np.zeros_like(f)
    if k < 0:
        out[-k:] = f[:k]
    else:
        out[:-k] = f[k:]
    return out


def token_flags(analysis: Analysis, lexicon: Lexicon) -> np.ndarray:
    """(n_tokens, N_FLAGS) lexicon and quote-state flags."""
    toks = analysis.tokens
    words = [t.text.lower() for t in toks]
    f = np.zeros((len(toks), N_FLAGS), np.float32)
    f[:, 6] = quote_state(analysis)
    for j, w in enumerate(words):
        f[j, 1] = w in lexicon.nouns
        f[j, 2] = w in lexicon.anonymous
        f[j, 3] = w in lexicon.pronouns
        f[j, 4] = toks[j].text[:1].isupper()
        f[j, 7] = w in OPEN_QUOTES + CLOSE_QUOTES + BOTH_QUOTES
        f[j, 8] = w == "that"
        f[j, 9] = w == ","
        f[j, 11] = w == "according"
    for s in analysis.sentences:
        sw = words[s.token_start : s.token_end]
        for j in range(len(sw)):
            found = lexicon.cue_at(sw, j)
            if found:
                f[s.token_start + j : s.token_start + j + found[0], 0] = 1.0
        for j in range(len(sw)):
            o = lexicon.outlets_at(sw, j)
            f[s.token_start + j : s.token_start + j + o, 10] = 1.0
        f[s.token_start : s.token_end, 12] = f[s.token_start : s.token_end, 7].max(initial=0)
    for s in analysis.sentences:
        f[s.token_start : s.token_end, 5] = f[s.token_start : s.token_end, 0].max(initial=0)
    return f


def quote_state(analysis: Analysis) -> np.ndarray:
    """1.0 for tokens inside quotation marks (marks excluded); the state resets at each paragraph."""
    toks = analysis.tokens
    out = np.zeros(len(toks), np.float32)
    para_of = _paragraph_of_tokens(analysis)
    inside, para = False, None
    for j, t in enumerate(toks):
        if para_of[j] != para:
            inside, para = False, para_of[j]
        if t.text in OPEN_QUOTES or (t.text == BOTH_QUOTES and not inside):
            inside = True
            continue
        if t.text in CLOSE_QUOTES or t.text == BOTH_QUOTES:
            inside = False
            continue
        out[j] = inside
    return out


def _paragraph_of_tokens(analysis: Analysis) -> list[int]:
    out = [-1] * len(analysis.tokens)
    for s in analysis.sentences:
        p = -1 if s.paragraph is None else s.paragraph
        out[s.token_start : s.token_end] = [p] * (s.token_end - s.token_start)
    return out
