"""Features and decoding for the word-piece NER head (shared by `entities` and `training.ner`).

The shared encoder is uncased, so capitalisation, the strongest cue for names in news text, is lost in
its vectors. `piece_features` puts it back: a few orthographic flags per word piece computed from the
original text, in numpy over all the pieces of an article at once (`sentence_piece_features`; the
per-character predicates are Python's own `str` methods, so the flags equal a per-piece Python loop's).
`window` concatenates each row with its neighbours (zero-padded at the sentence edges),
so a plain MLP sees a little context. `viterbi_bio` decodes per-piece label probabilities into the
best *valid* BIO sequence (no `I-X` after `O` or after another type), batched over sentences.
Limits: features know nothing beyond the sentence; the window is fixed (`WINDOW` pieces each side).
"""

from __future__ import annotations

import numpy as np

LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
TYPES = ["PER", "ORG", "LOC", "MISC"]
WINDOW = 1  # the shipped head's window (±2 scored lower on CoNLL-2003 val and costs more)
LAYERS = ("mid", "last")  # encoder layers side by side in each row (the middle layer added 2.2 val F1)
N_FEATURES = 12


# Per-character flag bits (see `char_flags`).
ALNUM, UPPER, LOWER, TITLE, DIGIT, ALPHA, SPACE, CHANGES = (1 << i for i in range(8))


def _flags_of(c: str) -> int:
    """Flag bits of one character, from Python's own str predicates (so `str.isupper` etc. agree)."""
    return (ALNUM * c.isalnum() | UPPER * c.isupper() | LOWER * c.islower()
            | TITLE * (c.istitle() and not c.isupper()) | DIGIT * c.isdigit() | ALPHA * c.isalpha()
            | SPACE * c.isspace() | CHANGES * (c.lower() != c))


_ASCII_FLAGS = np.array([_flags_of(chr(i)) for i in range(128)], np.uint8)


def char_flags(text: str) -> tuple[np.ndarray, np.ndarray]:
    """Code points and flag bits of every character of `text`, each with a trailing 0 sentinel."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32)
    flags = _ASCII_FLAGS[np.minimum(codes, 127)]
    wide = codes > 127
    if wide.any():
        uniq, inverse = np.unique(codes[wide], return_inverse=True)
        flags[wide] = np.array([_flags_of(chr(c)) for c in uniq], np.uint8)[inverse]
    return np.append(codes, 0), np.append(flags, 0).astype(np.uint8)


class _Counts:
    """Counts of characters having any of some flag bits over `[p, q)` (empty if q <= p), by cumulative
    sums; `has(bits, at)` tells whether the characters at `at` have any of them."""

    def __init__(self, flags: np.ndarray):
        self.flags = flags
        self._sums: dict[int, np.ndarray] = {}

    def __call__(self, bits: int, p: np.ndarray, q: np.ndarray) -> np.ndarray:
        if bits not in self._sums:
            self._sums[bits] = np.concatenate([[0], np.cumsum((self.flags & bits) > 0)])
        cs = self._sums[bits]
        return cs[np.maximum(q, p)] - cs[p]

    def has(self, bits: int, at: np.ndarray) -> np.ndarray:
        return (self.flags[at] & bits) > 0


def _run_bounds(flags: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each position in a run of letters/digits: the run's start and (exclusive) end."""
    alnum = (flags & ALNUM) > 0
    idx = np.arange(len(flags))
    prev = np.concatenate([[False], alnum[:-1]])
    nxt = np.concatenate([alnum[1:], [False]])
    starts = np.maximum.accumulate(np.where(alnum & ~prev, idx, 0))
    ends = np.minimum.accumulate(np.where(alnum & ~nxt, idx + 1, len(flags))[::-1])[::-1]
    return starts, ends


def _sentence_flags(flags: np.ndarray, count: _Counts, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """(sentences, 2): mostly upper-case letters; most whitespace-split words title-cased (> 2 words)."""
    space, alpha = (flags & SPACE) > 0, (flags & ALPHA) > 0
    word_start = ~space & np.concatenate([[True], space[:-1]])
    cut = (lo < hi) & (lo > 0) & ~space[lo] & ~space[np.maximum(lo - 1, 0)]  # a word cut by `lo`
    head = cut & alpha[lo]
    starts = _Counts(np.where(word_start & alpha, flags, 0).astype(np.uint8))
    words = starts(ALPHA, lo, hi) + head
    titled = starts(UPPER, lo, hi) + (head & ((flags[lo] & UPPER) > 0))
    letters = count(ALPHA, lo, hi)
    caps = _Counts(np.where(alpha, flags, 0).astype(np.uint8))(UPPER, lo, hi)
    caps_share = np.where(letters > 0, caps / np.maximum(letters, 1), 0.0)
    title_share = np.where(words > 0, titled / np.maximum(words, 1), 0.0)
    return np.stack([caps_share > 0.5, (title_share > 0.7) & (words > 2)], 1)


def sentence_piece_features(text: str, offsets: list[np.ndarray],
                            bounds: list[tuple[int, int]]) -> np.ndarray:
    """`piece_features` of many sentences of one `text` at once: `offsets[i]` are the pieces of the
    sentence `text[bounds[i][0]:bounds[i][1]]` (absolute). Returns the rows of all sentences in order."""
    pieces = [np.asarray(o, np.int64).reshape(-1, 2) for o in offsets]
    sizes = np.array([len(p) for p in pieces], np.int64)
    if not sizes.sum():
        return np.zeros((0, N_FEATURES), np.float32)
    codes, flags = char_flags(text)
    count = _Counts(flags)
    lo_s, hi_s = (np.array([b[k] for b in bounds], np.int64) for k in (0, 1))
    sent = np.repeat(np.arange(len(pieces)), sizes)
    lo, hi = lo_s[sent], hi_s[sent]
    a, b = np.concatenate(pieces).T
    first = np.zeros(len(a), bool)
    first[np.cumsum(sizes)[sizes > 0] - sizes[sizes > 0]] = True
    return _piece_rows(codes, flags, count, a, b, lo, hi, first,
                       _sentence_flags(flags, count, lo_s, hi_s)[sent])


def _piece_rows(codes: np.ndarray, flags: np.ndarray, count: _Counts, a: np.ndarray, b: np.ndarray,
                lo: np.ndarray, hi: np.ndarray, first: np.ndarray, sentence: np.ndarray) -> np.ndarray:
    """The N_FEATURES flags of pieces `[a, b)` in sentences `[lo, hi)` (see `piece_features`)."""
    run_start, run_end = _run_bounds(flags)
    has = count.has
    nonempty = b > a
    lead_alnum = nonempty & has(ALNUM, a)
    prev = (a > lo) & has(ALNUM, a - 1)
    nxt = (b < hi) & has(ALNUM, b)
    ws = np.where(prev, np.maximum(run_start[a - 1], lo), a)
    we = np.where(nxt, np.minimum(run_end[np.minimum(b, len(flags) - 1)], hi), b)
    size = we - ws
    word_upper = (count(UPPER, ws, we) > 0) & (count(LOWER | TITLE, ws, we) == 0)
    word_lower = (count(LOWER, ws, we) > 0) & (count(UPPER | TITLE, ws, we) == 0)
    return np.stack([
        nonempty & has(UPPER, a),
        (size > 0) & has(UPPER, ws),
        word_upper & (size > 1),
        count(DIGIT, a, b) > 0,
        ~lead_alnum,
        prev & lead_alnum,
        first,
        sentence[:, 0],
        sentence[:, 1],
        word_lower,
        (size == 1) & has(UPPER, ws) & (b < hi) & (codes[b] == ord(".")),
        (size > 0) & (count(CHANGES, ws + 1, we) > 0) & ~word_upper,
    ], 1).astype(np.float32)


def piece_features(text: str, offsets: np.ndarray, base: int = 0) -> np.ndarray:
    """(n, N_FEATURES) orthographic flags for word pieces at `offsets` (minus `base`) in `text`.

    A piece's "word" is the piece widened over the letters and digits touching it (inside `text`)."""
    pieces = np.asarray(offsets, np.int64).reshape(-1, 2) - base
    return sentence_piece_features(text, [pieces], [(0, len(text))])


def window(x: np.ndarray, size: int = WINDOW) -> np.ndarray:
    """Each row concatenated with its `size` neighbours on each side (zeros past the edges)."""
    n, d = x.shape
    padded = np.zeros((n + 2 * size, d), x.dtype)
    padded[size : size + n] = x
    return np.concatenate([padded[k : k + n] for k in range(2 * size + 1)], axis=1)


def _allowed() -> tuple[np.ndarray, np.ndarray]:
    """Log-masks: `trans[i, j]` (label i then j) and `start[j]` (j first), 0 or -inf."""
    n = len(LABELS)
    trans = np.zeros((n, n), np.float32)
    start = np.zeros(n, np.float32)
    for j, lab in enumerate(LABELS):
        if lab.startswith("I-"):
            start[j] = -np.inf
            for i, prev in enumerate(LABELS):
                if prev[2:] != lab[2:]:
                    trans[i, j] = -np.inf
    return trans, start


TRANS, START = _allowed()


def viterbi_bio(probs: np.ndarray) -> np.ndarray:
    """Best valid BIO label index sequence for (n, len(LABELS)) probabilities."""
    return viterbi_batch([probs])[0]


def viterbi_batch(seqs: list[np.ndarray]) -> list[np.ndarray]:
    """`viterbi_bio` of many sequences at once (padded; steps past a sequence's end are free)."""
    lengths = np.array([len(p) for p in seqs], np.int64)
    if not len(seqs):
        return []
    flat = viterbi_flat(np.concatenate(seqs) if lengths.sum() else np.zeros((0, len(LABELS))), lengths)
    return np.split(flat, np.cumsum(lengths)[:-1])


def viterbi_flat(probs: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """`viterbi_batch` of sequences given end to end: `probs` (sum of `lengths`, len(LABELS))."""
    total = int(lengths.sum())
    if total == 0:
        return np.zeros(0, np.int64)
    steps, k, n_seq = int(lengths.max()), len(LABELS), len(lengths)
    inside = np.arange(steps) < lengths[:, None]
    logp = np.zeros((n_seq, steps, k), np.float32)
    logp[inside] = np.log(np.clip(probs, 1e-9, 1.0))
    score = logp[:, 0] + START
    back = np.zeros((n_seq, steps, k), np.int64)
    last = np.where(lengths[:, None] == 1, score, 0)
    for t in range(1, steps):
        cand = score[:, :, None] + TRANS
        back[:, t] = cand.argmax(1)
        score = cand.max(1) + logp[:, t]
        last = np.where(lengths[:, None] == t + 1, score, last)
    return _backtrack_all(back, last.argmax(1), lengths)[inside]


def _backtrack_all(back: np.ndarray, ends: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """(sequences, steps) label paths, from each sequence's last label back (past its end: 0)."""
    n_seq, steps, _ = back.shape
    rows = np.arange(n_seq)
    paths = np.zeros((n_seq, steps), np.int64)
    cur = np.zeros(n_seq, np.int64)
    for t in range(steps - 1, -1, -1):
        follow = back[rows, t + 1, cur] if t + 1 < steps else cur
        cur = np.where(lengths - 1 == t, ends, np.where(lengths - 1 > t, follow, 0))
        paths[:, t] = cur
    return paths


def bio_chunks(tags: list[str]) -> list[tuple[int, int, str]]:
    """Chunks `(first, last_exclusive, type)` of a BIO tag sequence, conlleval style
    (an `I-X` after `O` or another type starts a chunk)."""
    chunks: list[tuple[int, int, str]] = []
    start, kind = None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, typ = tag.partition("-")
        continues = prefix == "I" and typ == kind
        if start is not None and not continues:
            chunks.append((start, i, kind))
            start, kind = None, None
        if prefix == "B" or (prefix == "I" and not continues):
            start, kind = i, typ
    return chunks


def chunks_flat(path: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """`bio_chunks` of label-index sequences given end to end: (first, last_exclusive, type index
    into TYPES) arrays, positions in the concatenation (a chunk never crosses a sequence's end)."""
    typ = (path + 1) // 2 - 1  # -1 for O, else the index into TYPES
    inside = (path % 2 == 0) & (path > 0)  # I- labels
    first = np.zeros(len(path), bool)
    first[(np.cumsum(lengths) - lengths)[lengths > 0]] = True
    prev = np.concatenate([[-1], typ[:-1]])
    begin = (typ >= 0) & (~inside | first | (prev != typ))
    stops = np.flatnonzero(begin | (typ < 0) | first)
    starts = np.flatnonzero(begin)
    ends = np.append(stops, len(path))[np.searchsorted(stops, starts, side="right")]
    return starts, ends, typ[starts]
