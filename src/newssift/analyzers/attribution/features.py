"""Token features for the attribution tagger, built from the shared segmentation and `analysis.encoding`.

One row per shared token (`analysis.tokens`): [its word-piece mean; mean of the 3 tokens before; mean of
the 3 after; its sentence's vector; with `mid`, its word-piece mean in the encoder's middle layer; lexicon
flags of the token and of its ±2 neighbours; position].
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


def feature_dim(dim: int, mid: bool = False) -> int:
    return (5 if mid else 4) * dim + N_FLAGS * (1 + len(SHIFTS)) + 2


@dataclass(frozen=True)
class TokenBlocks:
    """The feature blocks of an article's tokens; `concat()` gives the (n, feature_dim) matrix.

    The window means are left to `window_means` (a head may project first and average after: the
    mean is linear), and the sentence vector is kept once per sentence (`sentence_vectors[sentence_of]`
    per token), so a head can project it once per sentence.
    """

    tokens: np.ndarray  # (n, dim) word-piece means
    sentence_of: np.ndarray  # (n,) sentence index of each token
    lo: np.ndarray  # (n,) first token of the token's sentence
    hi: np.ndarray  # (n,) one past its last token
    sentence_vectors: np.ndarray  # (n_sentences, dim)
    rest: np.ndarray  # (n, N_FLAGS * 5 + 2) flags, neighbours' flags, position
    mid: np.ndarray | None = None  # (n, dim) middle-layer word-piece means, when asked for

    def concat(self) -> np.ndarray:
        before, after = window_means(self.tokens, self.lo, self.hi)
        sent = self.sentence_vectors[self.sentence_of]
        mid = [] if self.mid is None else [self.mid]
        return np.concatenate([self.tokens, before, after, sent, *mid, self.rest], 1).astype(np.float32)


def article_features(analysis: Analysis, lexicon: Lexicon | None = None, mid: bool = False) -> np.ndarray:
    """(n_tokens, feature_dim) float32 features for every token of the article."""
    return article_blocks(analysis, lexicon, mid).concat()


def article_blocks(analysis: Analysis, lexicon: Lexicon | None = None, mid: bool = False) -> TokenBlocks:
    """All blocks for the whole article at once (no per-sentence Python loop; windows and shifts stop
    at sentence boundaries); `mid` adds the middle-layer block (the encoding must have it)."""
    enc = analysis.encoding
    dim = enc.sentence_vectors.shape[1] if enc is not None and enc.sentence_vectors.ndim == 2 else 0
    sents = analysis.sentences
    n = len(analysis.tokens)
    sentence_of = np.repeat(np.arange(len(sents)), [s.token_end - s.token_start for s in sents])
    bounds = np.array([(s.token_start, s.token_end) for s in sents], np.int64).reshape(-1, 2)
    lo, hi = bounds[sentence_of, 0], bounds[sentence_of, 1]
    tok = piece_means(analysis, sentence_of, dim)
    mids = None
    if mid:
        mids = piece_means(analysis, sentence_of, dim, enc.piece_vectors(["mid"]) if n else [])
    flags = token_flags(analysis, lexicon or load_lexicon())
    shifted = [_shift(flags, k, sentence_of) for k in SHIFTS]
    i = np.arange(n)
    pos = np.stack([(i - lo) / np.maximum(hi - lo, 1), i == lo], 1).astype(np.float32)
    rest = np.concatenate([flags, *shifted, pos], 1).astype(np.float32)
    vectors = enc.sentence_vectors.astype(np.float32) if n else np.zeros((0, dim), np.float32)
    return TokenBlocks(tok, sentence_of, lo, hi, vectors, rest, mids)


def piece_means(analysis: Analysis, sentence_of: np.ndarray, dim: int,
                layer: list[np.ndarray] | None = None) -> np.ndarray:
    """Mean word-piece vector per token (a piece belongs to the token of its own sentence that its
    first character is in), of the last layer or of `layer` (per sentence, pieces as in the encoding)."""
    enc, toks = analysis.encoding, analysis.tokens
    pieces = enc.token_vectors if layer is None else layer
    out = np.zeros((len(toks), dim), np.float32)
    if not len(toks) or not sum(len(v) for v in pieces):
        return out
    vectors = np.concatenate(pieces).astype(np.float32)
    offsets = np.concatenate(enc.token_offsets)[:, 0]
    piece_sentence = np.repeat(np.arange(len(pieces)), [len(v) for v in pieces])
    starts = np.array([t.start for t in toks])
    ends = np.array([t.end for t in toks])
    idx = np.clip(np.searchsorted(starts, offsets, side="right") - 1, 0, None)
    ok = (offsets >= starts[idx]) & (offsets < ends[idx]) & (sentence_of[idx] == piece_sentence)
    idx, vectors = idx[ok], vectors[ok]
    if not len(idx):
        return out
    first = np.flatnonzero(np.r_[True, idx[1:] != idx[:-1]])  # pieces come in text order
    counts = np.diff(np.r_[first, len(idx)])
    single = counts == 1  # most tokens are one piece: copied; only the others are averaged
    out[idx[first[single]]] = vectors[first[single]]
    if not single.all():
        many = np.repeat(~single, counts)
        starts = np.r_[0, np.cumsum(counts[~single])[:-1]]
        sums = np.add.reduceat(vectors[many], starts, axis=0)
        out[idx[first[~single]]] = sums / counts[~single][:, None]
    return out


def window_means(vec: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Means of the rows of the WINDOW tokens before and after each token, inside its sentence
    [lo, hi) (zeros where there are none); WINDOW shifted adds, cheaper than a cumulative sum."""
    n = len(vec)
    vec = vec.astype(np.float32, copy=False)
    i = np.arange(n)
    before = np.zeros((n, vec.shape[1]), np.float32)
    after = np.zeros_like(before)
    for d in range(1, min(WINDOW, n - 1) + 1):
        before[d:] += vec[:-d] * (i[d:] - d >= lo[d:])[:, None]
        after[:-d] += vec[d:] * (i[:-d] + d < hi[:-d])[:, None]
    before /= np.clip(i - lo, 1, WINDOW)[:, None]
    after /= np.clip(hi - i - 1, 1, WINDOW)[:, None]
    return before, after


def _shift(f: np.ndarray, k: int, sentence_of: np.ndarray) -> np.ndarray:
    """Row t gets row t+k when both are in the same sentence, else zeros."""
    out = np.zeros_like(f)
    n = len(f)
    src = np.arange(n) + k
    ok = (src >= 0) & (src < n)
    ok[ok] &= sentence_of[src[ok]] == sentence_of[ok]
    out[ok] = f[src[ok]]
    return out


def token_flags(analysis: Analysis, lexicon: Lexicon) -> np.ndarray:
    """(n_tokens, N_FLAGS) lexicon and quote-state flags."""
    toks = analysis.tokens
    words = [t.text.lower() for t in toks]
    f = np.zeros((len(toks), N_FLAGS), np.float32)
    f[:, 6] = quote_state(analysis)
    quotes = OPEN_QUOTES + CLOSE_QUOTES + BOTH_QUOTES
    columns = {1: lexicon.flag_nouns, 2: lexicon.anonymous, 3: lexicon.pronouns}
    for col, vocabulary in columns.items():
        f[:, col] = [w in vocabulary for w in words]
    f[:, 4] = [t.text[:1].isupper() for t in toks]
    f[:, 7] = [w in quotes for w in words]
    f[:, 8] = [w == "that" for w in words]
    f[:, 9] = [w == "," for w in words]
    f[:, 11] = [w == "according" for w in words]
    cue_starts, outlet_starts = lexicon.cue_first_words, lexicon.outlet_first_words
    for s in analysis.sentences:
        sw = words[s.token_start : s.token_end]
        for j, w in enumerate(sw):  # looked up only where a cue or an outlet name can start
            if w in cue_starts and (found := lexicon.cue_at(sw, j)):
                f[s.token_start + j : s.token_start + j + found[0], 0] = 1.0
            if w in outlet_starts and (o := lexicon.outlets_at(sw, j)):
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
