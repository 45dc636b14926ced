"""Turning per-word-piece technique probabilities into character spans snapped to the shared tokens.

A span is a maximal run of word pieces whose probability for a label reaches that label's threshold;
runs separated by at most `max_gap` pieces below it are joined, and a run then takes in its neighbours
while they keep `extend` x the threshold (a lower bar to continue than to start). Its score is the mean
probability over the run. The run is then widened to whole shared tokens, so a span never cuts a
word, trimmed of edge punctuation that cannot open or close it and of articles, prepositions and
conjunctions left dangling at its end ("a mere vassal of the" → "a mere vassal": annotated spans almost
never end so) and of a few prepositions at its start ("of brutal street" → "brutal street"), and
dropped when it holds no content word (only function words from `lexicons/en/function_words.txt`,
short words, digits or punctuation).
A paragraph labelled with a technique but holding no span of it gets its evidence span: the run
around the content-word piece most likely to carry that label (`best_run`), so every paragraph label points
at words in the text.
Limits: runs never cross a sentence (word pieces are decoded sentence by sentence), so a technique
that spans two sentences comes out as two findings.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

import numpy as np

from newssift import lexicons

WORD_RE = re.compile(r"[^\W\d_]{3,}")
EVIDENCE_RATIO = 0.5  # `best_run`: a neighbour joins while it keeps this share of the top probability
NO_START = ").,;:!?]}”»"  # a span does not open with these
NO_END = "([{,;:“«"  # nor close with these
DANGLING = frozenset({"the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "by", "from", "into",
                      "and", "or", "as"})  # words a span does not end on
OPENING_DANGLING = frozenset({"of", "on", "at", "by", "from", "into", "or"})  # nor open with (< 0.2% of gold)
_FIRST_WORD = re.compile(r"(\w+)\W+")
_LAST_WORD = re.compile(r"\s*\b(\w+)\W*$")


def runs(active: np.ndarray, max_gap: int = 1) -> list[tuple[int, int]]:
    """Half-open index ranges of True runs in a 1-d mask, joining gaps of at most `max_gap`."""
    found: list[tuple[int, int]] = []
    for i in np.flatnonzero(active):
        i = int(i)
        if found and i - found[-1][1] <= max_gap:
            found[-1] = (found[-1][0], i + 1)
        else:
            found.append((i, i + 1))
    return found


def decode(probs: np.ndarray, offsets: np.ndarray, thresholds: np.ndarray,
           max_gap: int = 1, extend: float = 1.0) -> list[tuple[int, int, int, float]]:
    """(label index, start, end, score) for every run of `probs` (n_pieces, n_labels) over threshold,
    widened while a neighbouring piece keeps `extend` x the label's threshold (hysteresis: a run starts
    at the threshold and ends below the lower bar); runs that then touch are merged."""
    out = []
    active = probs >= thresholds
    for k in np.flatnonzero(active.any(0)):
        k = int(k)
        column, low = probs[:, k], thresholds[k] * extend
        spans: list[tuple[int, int]] = []
        for a, b in runs(active[:, k], max_gap):
            while a > 0 and column[a - 1] >= low:
                a -= 1
            while b < len(column) and column[b] >= low:
                b += 1
            if spans and a <= spans[-1][1]:
                a = spans.pop()[0]
            spans.append((a, b))
        out += [(k, int(offsets[a, 0]), int(offsets[b - 1, 1]), float(column[a:b].mean())) for a, b in spans]
    return out


def best_run(probs: np.ndarray, k: int, ratio: float = EVIDENCE_RATIO,
             allowed: np.ndarray | None = None) -> tuple[int, int, float]:
    """(first, end, mean probability) of the run of pieces around the piece most likely to carry
    label `k` (among the `allowed` pieces, if given), widened while a neighbour keeps at least `ratio`
    of that highest probability."""
    column = probs[:, k]
    top = int(np.where(allowed, column, -1.0).argmax() if allowed is not None else column.argmax())
    floor = float(column[top]) * ratio
    a, b = top, top + 1
    while a > 0 and column[a - 1] >= floor:
        a -= 1
    while b < len(column) and column[b] >= floor:
        b += 1
    return a, b, float(column[a:b].mean())


def evidence_spans(text: str, offsets: Sequence[np.ndarray], groups: Sequence[Sequence[int]],
                   gate: np.ndarray, tokens: Sequence[Sequence[tuple[int, int]]],
                   piece_probs: Sequence[np.ndarray],
                   found: Sequence[tuple[int, int, int, float]]) -> list[tuple[int, int, int, float]]:
    """For each label a paragraph (a group of sentence indices) is labelled with (`gate`, per sentence)
    but holds no span of in `found`, its `best_run` in the paragraph, snapped to `tokens`, when it
    has a content word. `piece_probs`: per sentence, (nets, pieces, labels) probabilities."""
    out = []
    for group in groups:
        sentences = [i for i in group if piece_probs[i].shape[1]]
        if not sentences:
            continue
        first, last = offsets[sentences[0]][0, 0], offsets[sentences[-1]][-1, 1]
        missing = [k for k in map(int, np.flatnonzero(gate[sentences[0]]))
                   if not any(s[0] == k and s[1] < last and s[2] > first for s in found)]
        if missing:
            masks = {j: content_pieces(text, offsets[j], tokens[j]) for j in sentences}
            probs = {j: piece_probs[j].mean(0) for j in sentences}
            for k in missing:
                span = _evidence(text, k, probs, masks, offsets, tokens)
                if span:
                    out.append(span)
    return out


def _evidence(text: str, k: int, probs: dict[int, np.ndarray], masks: dict[int, np.ndarray],
              offsets: Sequence[np.ndarray], tokens: Sequence[Sequence[tuple[int, int]]]
              ) -> tuple[int, int, int, float] | None:
    """The best run for label `k` over the sentences in `probs` (sentence -> (pieces, labels))."""
    i = max(probs, key=lambda j: np.where(masks[j], probs[j][:, k], -1.0).max())
    a, b, score = best_run(probs[i], k, allowed=masks[i])
    start, end = trim(text, *snap(int(offsets[i][a, 0]), int(offsets[i][b - 1, 1]), tokens[i]))
    return (k, start, end, score) if has_content(text[start:end]) else None


def content_pieces(text: str, offsets: np.ndarray, tokens: Sequence[tuple[int, int]]) -> np.ndarray:
    """Per word piece, whether the whole token it lies in is a content word (`has_content`)."""
    return np.asarray([has_content(text[slice(*snap(int(a), int(b), tokens))]) for a, b in offsets], bool)


def snap(start: int, end: int, tokens: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """Widen [start, end) to the boundaries of the (sorted) tokens it touches."""
    if not tokens:
        return start, end
    starts = [t[0] for t in tokens]
    i = max(bisect_right(starts, start) - 1, 0)
    if tokens[i][1] <= start and i + 1 < len(tokens):
        i += 1
    j = max(bisect_right(starts, max(end - 1, start)) - 1, i)
    return min(start, tokens[i][0]), max(end, tokens[j][1])


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) without edge punctuation it cannot open or close with (`NO_START`, `NO_END`),
    without `DANGLING` words at its end or `OPENING_DANGLING` ones at its start, taking in a quotation
    mark it leaves open; never empty unless it was."""
    while True:
        before = (start, end)
        while start < end and (text[start].isspace() or text[start] in NO_START):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in NO_END):
            end -= 1
        last = _LAST_WORD.search(text, start, end)
        if last and last.group(1).lower() in DANGLING and last.start(1) > start:
            end = last.start(1)
        first = _FIRST_WORD.match(text, start, end)
        if first and first.group(1).lower() in OPENING_DANGLING and first.end() < end:
            start = first.end()
        if (start, end) == before:
            return _balance_quotes(text, start, end)


def _balance_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    """Take in the quotation mark next to a span holding an odd number of them ('Baath" party')."""
    if text.count('"', start, end) % 2:
        if start > 0 and text[start - 1] == '"':
            return start - 1, end
        if end < len(text) and text[end] == '"':
            return start, end + 1
    return start, end


def has_content(text: str) -> bool:
    """True when `text` has a word of 3+ letters that is not a function word."""
    stop = lexicons.load("function_words")
    return any(m.group().lower() not in stop for m in WORD_RE.finditer(text))
