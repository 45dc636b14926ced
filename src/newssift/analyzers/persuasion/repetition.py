"""Repetition: words and phrases an article drives home by saying them again (SemEval-2023 "Repetition").

The techniques heads read one sentence at a time, so they cannot see that a word recurs: before this
head they never found Repetition. This head reads every shared token with what the whole article says
about it: how often its word (lower-cased, a crude stem) comes back, in how many paragraphs, the
longest word sequence around it that occurs twice, and the token heads' probability of each technique
on it (a charged word said again is what annotators mark). A logistic layer over those features gives a
calibrated probability per token; spans are runs of tokens over `span_threshold`; a paragraph's score
is the Platt-scaled highest token probability inside it, and a paragraph labelled Repetition without a
span gets the run around its most likely token, so every label points at words.
Limits: repetition in other words (a paraphrase of an earlier sentence) is seldom found; names and
topic words recur in every news story, so only their repeated charged use reads as the technique.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from newssift import lexicons
from newssift.heads import MLPHead, ModelDir, sigmoid

LABEL = "Repetition"
MAX_NGRAM = 8  # the longest repeated word sequence looked for
EVIDENCE_RATIO = 0.5  # an evidence run takes in neighbours keeping this share of its best token
WORD_FEATURES = ("content_word", "other_occurrences_log", "other_paragraphs_log", "share_per_100",
                 "repeated_ngram", "repeated_ngram_3plus", "capitalised_mid_sentence",
                 "first_occurrence", "length_10", "content_tokens_log")
_LETTER = re.compile(r"[^\W\d_]")


def normal_form(word: str) -> str:
    """Lower case, no possessive 's, a crude stem (`-ing`, `-ed`, `-es`, `-s` off words over 5 letters)."""
    word = word.lower().replace("\u2019", "'").removesuffix("'s")
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > 5 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _is_content(word: str, function_words: frozenset[str]) -> bool:
    return len(word) >= 3 and bool(_LETTER.search(word)) and word.lower() not in function_words


def _longest_repeats(forms: list[str], content: list[bool], sentence: list[int]) -> np.ndarray:
    """Per token, the length of the longest word sequence covering it (inside its sentence, holding a
    content word) that occurs at least twice in the article; 0 when none does.

    A sequence can only recur if its first n-1 words do, so each length extends the last one's
    repeated sequences only."""
    n_tokens = len(forms)
    ends = np.zeros(n_tokens, int)  # the end (exclusive) of each token's sentence
    for j in range(n_tokens - 1, -1, -1):
        ends[j] = ends[j + 1] if j + 1 < n_tokens and sentence[j + 1] == sentence[j] else j + 1
    longest = np.zeros(n_tokens, np.float32)
    starts = list(range(n_tokens))
    for n in range(2, MAX_NGRAM + 1):
        keys = {j: tuple(forms[j : j + n]) for j in starts if j + n <= ends[j]}
        counts = Counter(keys.values())
        starts = [j for j, key in keys.items() if counts[key] >= 2]
        for j in starts:
            if any(content[j : j + n]):
                longest[j : j + n] = n
        if not starts:
            break
    return longest


def token_features(words: Sequence[str], sentence: Sequence[int], paragraph: Sequence[int],
                   technique_probs: np.ndarray) -> np.ndarray:
    """(n_tokens, len(WORD_FEATURES) + n_labels): each token's repetition features, then the token
    heads' probability of every technique on it (`technique_probs`, one row per token).

    `sentence` and `paragraph` give each token's sentence and paragraph index (a title is a paragraph
    of its own)."""
    function_words = lexicons.load("function_words")
    forms = [normal_form(w) for w in words]
    content = [_is_content(w, function_words) for w in words]
    counts = Counter(f for f, c in zip(forms, content, strict=True) if c)
    paragraphs: dict[str, set[int]] = defaultdict(set)
    for f, c, p in zip(forms, content, paragraph, strict=True):
        if c:
            paragraphs[f].add(p)
    longest = _longest_repeats(forms, content, list(sentence))
    n_content = max(1, sum(content))
    seen: Counter[str] = Counter()
    rows = np.zeros((len(words), len(WORD_FEATURES)), np.float32)
    for j, (word, form, c) in enumerate(zip(words, forms, content, strict=True)):
        seen[form] += 1
        other = counts[form] - 1 if c else 0
        starts_sentence = j == 0 or sentence[j - 1] != sentence[j]
        rows[j] = (c, np.log1p(other), np.log1p(len(paragraphs[form]) - 1) if c else 0.0,
                   100.0 * other / n_content, longest[j], longest[j] >= 3,
                   word[:1].isupper() and not starts_sentence, seen[form] == 1, len(word) / 10,
                   np.log(n_content))
    return np.hstack([rows, np.asarray(technique_probs, np.float32).reshape(len(words), -1)])


def piece_to_token_max(piece_probs: np.ndarray, piece_offsets: np.ndarray,
                       tokens: Sequence[tuple[int, int]]) -> np.ndarray:
    """(n_tokens, n_labels): per token, the highest probability of its word pieces (0 without any).
    A piece belongs to the token its middle lies in; `tokens` are sorted and do not overlap."""
    out = np.zeros((len(tokens), piece_probs.shape[-1]), np.float32)
    if not len(piece_offsets) or not len(tokens):
        return out
    bounds = np.asarray(tokens)
    mid = (piece_offsets[:, 0] + piece_offsets[:, 1]) / 2
    owner = np.searchsorted(bounds[:, 0], mid, side="right") - 1
    inside = (owner >= 0) & (mid < bounds[np.maximum(owner, 0), 1])
    np.maximum.at(out, owner[inside], piece_probs[inside])
    return out


@dataclass
class RepetitionHead:
    """The logistic token layer, paragraph Platt scaling and span threshold (`config["repetition"]`)."""

    layer: MLPHead
    platt_a: float
    platt_b: float
    span_threshold: float

    @classmethod
    def load(cls, model: ModelDir) -> RepetitionHead | None:
        cfg = model.config.get("repetition")
        if not cfg:
            return None
        return cls(model.head(cfg["prefix"]), float(cfg["platt_a"]), float(cfg["platt_b"]),
                   float(cfg["span_threshold"]))

    def token_probs(self, features: np.ndarray) -> np.ndarray:
        if not len(features):
            return np.zeros(0, np.float32)
        return sigmoid(self.layer(features)[:, 0]).astype(np.float32)

    def paragraph_probs(self, probs: np.ndarray, paragraph: Sequence[int], n: int) -> np.ndarray:
        """Per paragraph 0..n-1, the Platt-scaled highest token probability inside it."""
        return paragraph_scores(probs, paragraph, n, self.platt_a, self.platt_b)


def paragraph_scores(probs: np.ndarray, paragraph: Sequence[int], n: int, a: float,
                     b: float) -> np.ndarray:
    top = np.zeros(n, np.float32)
    for p, value in zip(paragraph, probs, strict=True):
        if 0 <= p < n:
            top[p] = max(top[p], value)
    logit = np.log(np.clip(top, 1e-6, 1 - 1e-6) / np.clip(1 - top, 1e-6, 1))
    return sigmoid(a * logit + b).astype(np.float32)


def token_runs(probs: np.ndarray, sentence: Sequence[int], threshold: float) -> list[tuple[int, int]]:
    """Half-open token index ranges of consecutive tokens of one sentence at or over `threshold`."""
    found: list[tuple[int, int]] = []
    for j in np.flatnonzero(probs >= threshold):
        j = int(j)
        if found and found[-1][1] == j and sentence[j - 1] == sentence[j]:
            found[-1] = (found[-1][0], j + 1)
        else:
            found.append((j, j + 1))
    return found


def evidence_run(probs: np.ndarray, sentence: Sequence[int], members: Sequence[int]) -> tuple[int, int]:
    """The run around the most likely token among `members` (token indices of one paragraph):
    neighbours in its sentence join while they keep EVIDENCE_RATIO of its probability."""
    best = max(members, key=lambda j: probs[j])
    low = probs[best] * EVIDENCE_RATIO
    a, b = best, best + 1
    while a > 0 and sentence[a - 1] == sentence[best] and probs[a - 1] >= low:
        a -= 1
    while b < len(probs) and sentence[b] == sentence[best] and probs[b] >= low:
        b += 1
    return a, b


@dataclass
class TokenTable:
    """An article's shared tokens in reading order with their sentence and paragraph indices."""

    bounds: list[tuple[int, int]]
    sentence: list[int]
    paragraph: list[int]

    @classmethod
    def of(cls, tokens: Sequence[Sequence[tuple[int, int]]],
           groups: Sequence[Sequence[int]]) -> TokenTable:
        """`tokens` per sentence; `groups` the sentence indices of each paragraph (a sentence in no
        group, such as a title, gets a paragraph index of its own past the last)."""
        owner = {i: g for g, group in enumerate(groups) for i in group}
        table = cls([], [], [])
        for i, sentence_tokens in enumerate(tokens):
            for bounds in sentence_tokens:
                table.bounds.append(bounds)
                table.sentence.append(i)
                table.paragraph.append(owner.get(i, len(groups)))
        return table

    def features(self, text: str, piece_probs: Sequence[np.ndarray],
                 piece_offsets: Sequence[np.ndarray]) -> np.ndarray:
        """`token_features` from the token heads' per-sentence piece probabilities (pieces, labels)."""
        per_sentence: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for bounds, i in zip(self.bounds, self.sentence, strict=True):
            per_sentence[i].append(bounds)
        n_labels = piece_probs[0].shape[-1] if len(piece_probs) else 0
        probs = [piece_to_token_max(piece_probs[i], piece_offsets[i], per_sentence[i])
                 for i in sorted(per_sentence)]
        technique = np.concatenate(probs) if probs else np.zeros((0, n_labels), np.float32)
        words = [text[a:b] for a, b in self.bounds]
        return token_features(words, self.sentence, self.paragraph, technique)


def find(head: RepetitionHead, text: str, table: TokenTable, features: np.ndarray, n_paragraphs: int,
         paragraph_threshold: float) -> tuple[np.ndarray, list[tuple[int, int, float]]]:
    """Paragraph scores (n_paragraphs,) and spans (start, end, score): runs over the span threshold,
    plus an evidence run in each paragraph scoring `paragraph_threshold` without a span."""
    probs = head.token_probs(features)
    scores = head.paragraph_probs(probs, table.paragraph, n_paragraphs)
    runs = token_runs(probs, table.sentence, head.span_threshold)
    covered = {table.paragraph[a] for a, _ in runs}
    for p in np.flatnonzero(scores >= paragraph_threshold):
        if int(p) not in covered:
            members = [j for j, q in enumerate(table.paragraph) if q == p]
            runs.append(evidence_run(probs, table.sentence, members))
    spans = [(table.bounds[a][0], table.bounds[b - 1][1], float(probs[a:b].max())) for a, b in runs]
    return scores, sorted(spans)
