"""Features and decoding for the word-piece NER head (shared by `entities` and `training.ner`).

The shared encoder is uncased, so capitalisation, the strongest cue for names in news text, is lost in
its vectors. `piece_features` puts it back: a few orthographic flags per word piece computed from the
original text. `window` concatenates each row with its neighbours (zero-padded at the sentence edges),
so a plain MLP sees a little context. `viterbi_bio` decodes per-piece label probabilities into the
best *valid* BIO sequence (no `I-X` after `O` or after another type).
Limits: features know nothing beyond the sentence; the window is fixed (`WINDOW` pieces each side).
"""

from __future__ import annotations

import numpy as np

LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
TYPES = ["PER", "ORG", "LOC", "MISC"]
WINDOW = 2
N_FEATURES = 12


def _runs(text: str) -> tuple[list[int], list[int]]:
    """For each position: start and end of the run of letters/digits it is in (itself if not)."""
    n = len(text)
    starts, ends = list(range(n + 1)), list(range(n + 1))
    i = 0
    while i < n:
        if text[i].isalnum():
            j = i
            while j < n and text[j].isalnum():
                j += 1
            starts[i:j] = [i] * (j - i)
            ends[i:j] = [j] * (j - i)
            i = j
        else:
            i += 1
    return starts, ends


def _sentence_flags(text: str) -> tuple[float, float]:
    letters = [c for c in text if c.isalpha()]
    words = [w for w in text.split() if w[:1].isalpha()]
    caps = sum(c.isupper() for c in letters) / len(letters) if letters else 0.0
    titled = sum(w[0].isupper() for w in words) / len(words) if words else 0.0
    return float(caps > 0.5), float(titled > 0.7 and len(words) > 2)


def piece_features(text: str, offsets: np.ndarray, base: int = 0) -> np.ndarray:
    """(n, N_FEATURES) orthographic flags for word pieces at `offsets` (minus `base`) in `text`.

    A piece's "word" is the piece widened over the letters and digits touching it."""
    pieces = (np.asarray(offsets).reshape(-1, 2) - base).tolist()
    if not pieces:
        return np.zeros((0, N_FEATURES), np.float32)
    all_caps, title_case = _sentence_flags(text)
    starts, ends = _runs(text)
    n = len(text)
    out = []
    for j, (a, b) in enumerate(pieces):
        piece = text[a:b] or " "
        ws = starts[a - 1] if a > 0 and text[a - 1].isalnum() else a
        we = ends[b] if b < n and text[b].isalnum() else b
        word = text[ws:we] or piece
        out.append((
            piece[0].isupper(),
            word[0].isupper(),
            word.isupper() and len(word) > 1,
            any(c.isdigit() for c in piece),
            not piece[0].isalnum(),
            a > 0 and text[a - 1].isalnum() and piece[0].isalnum(),
            j == 0,
            all_caps,
            title_case,
            word.islower(),
            len(word) == 1 and word.isupper() and text[b : b + 1] == ".",
            word[1:] != word[1:].lower() and not word.isupper(),
        ))
    return np.array(out, np.float32)


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
    lengths = np.array([len(p) for p in seqs])
    if not len(seqs) or lengths.max() == 0:
        return [np.zeros(n, np.int64) for n in lengths]
    steps, k = int(lengths.max()), len(LABELS)
    logp = np.zeros((len(seqs), steps, k), np.float32)
    for i, p in enumerate(seqs):
        logp[i, : len(p)] = np.log(np.clip(p, 1e-9, 1.0))
    score = logp[:, 0] + START
    back = np.zeros((len(seqs), steps, k), np.int64)
    last = np.where(lengths[:, None] == 1, score, 0)
    for t in range(1, steps):
        cand = score[:, :, None] + TRANS
        back[:, t] = cand.argmax(1)
        score = cand.max(1) + logp[:, t]
        last = np.where(lengths[:, None] == t + 1, score, last)
    return [_backtrack(back[i], int(last[i].argmax()), n) for i, n in enumerate(lengths)]


def _backtrack(back: np.ndarray, end: int, n: int) -> np.ndarray:
    path = np.zeros(n, np.int64)
    if n:
        path[-1] = end
        for t in range(n - 1, 0, -1):
            path[t - 1] = back[t, path[t]]
    return path


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
