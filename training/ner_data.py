"""Reading the NER data sets (CoNLL-2003, WikiANN, UNER) and turning them into word-piece rows.

Each sentence's tokens are joined with single spaces; that text goes through the shipped encoder and
every word piece gets the BIO tag of its token (`I-X` for a piece that continues a `B-X` token).
WikiANN has no MISC type: its `O` pieces are "partial" (O, B-MISC or I-MISC are all acceptable), which
`Rows.allowed` records as a mask over labels.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from newssift.analyzers.ner_features import LABELS, LAYERS, piece_features
from newssift.encoder import EncodedText
from training.common import encode_cached

SPLITS = {
    "conll_train": ("conll2003_en/train.conllu", "conll"),
    "conll_val": ("conll2003_en/val.conllu", "conll"),
    "wikiann_train": ("wikiann_en/train.conllu", "wikiann"),
    "wikiann_val": ("wikiann_en/val.conllu", "wikiann"),
    "uner_dev": ("uner_en_ewt/en_ewt-ud-dev.iob2", "uner"),
}


@dataclass
class Sentences:
    tokens: list[list[str]]
    tags: list[list[str]]

    @property
    def texts(self) -> list[str]:
        return [" ".join(t) for t in self.tokens]


def read_split(root: Path, split: str) -> Sentences:
    rel = SPLITS[split][0]
    tokens: list[list[str]] = [[]]
    tags: list[list[str]] = [[]]
    for line in (root / rel).read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 3:
            if tokens[-1]:
                tokens.append([])
                tags.append([])
            continue
        if cols[1] == "-DOCSTART-":
            continue
        tag = cols[2].strip()
        tokens[-1].append(cols[1])
        tags[-1].append(tag if tag in LABELS else "O")
    if not tokens[-1]:
        tokens.pop()
        tags.pop()
    return Sentences(tokens, tags)


@dataclass
class Rows:
    """Word-piece rows of a split: vectors+features, gold label, allowed-label mask, sentence bounds."""

    x: np.ndarray  # (n_pieces, dim + N_FEATURES) float16
    y: np.ndarray  # (n_pieces,) int64
    allowed: np.ndarray  # (n_pieces, n_labels) bool
    bounds: np.ndarray  # (n_sentences + 1,) start row of each sentence
    first_piece: list[np.ndarray]  # per sentence: row (relative) of each token's first piece
    tags: list[list[str]]  # per sentence: the gold token tags


def token_spans(tokens: list[str]) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for tok in tokens:
        spans.append((pos, pos + len(tok)))
        pos += len(tok) + 1
    return spans


def piece_labels(tokens: list[str], tags: list[str], offsets: np.ndarray) -> tuple[list[int], np.ndarray]:
    """Label index per piece and each token's first piece (-1 if the encoder dropped the token)."""
    spans = token_spans(tokens)
    first = np.full(len(tokens), -1, np.int64)
    labels, t = [], 0
    for j, (a, _b) in enumerate(offsets):
        while t + 1 < len(spans) and a >= spans[t + 1][0]:
            t += 1
        tag = tags[t]
        if first[t] < 0:
            first[t] = j
        elif tag.startswith("B-"):
            tag = "I-" + tag[2:]
        labels.append(LABELS.index(tag))
    return labels, first


def build_rows(root: Path, split: str, layers: tuple[str, ...] = LAYERS) -> Rows:
    sents = read_split(root, split)
    encoded = encode_cached(sents.texts, f"ner-{split}")
    return rows_from(sents, encoded, partial=SPLITS[split][1] == "wikiann", layers=layers)


def rows_from(sents: Sentences, encoded: list[EncodedText], partial: bool = False,
              layers: tuple[str, ...] = LAYERS) -> Rows:
    """Rows of encoded sentences (piece vectors of `layers` side by side, then the flags);
    `partial`: `O` may also be MISC (a data set without MISC)."""
    xs, ys, firsts, bounds = [], [], [], [0]
    for text, toks, tags, enc in zip(sents.texts, sents.tokens, sents.tags, encoded, strict=True):
        labels, first = piece_labels(toks, tags, enc.offsets)
        feats = piece_features(text, enc.offsets)
        xs.append(np.concatenate([enc.piece_vectors(layers), feats], 1).astype(np.float16))
        ys.extend(labels)
        firsts.append(first)
        bounds.append(bounds[-1] + len(labels))
    y = np.asarray(ys, np.int64)
    allowed = np.eye(len(LABELS), dtype=bool)[y]
    if partial:
        misc = [LABELS.index("O"), LABELS.index("B-MISC"), LABELS.index("I-MISC")]
        allowed[np.ix_(y == 0, misc)] = True
    return Rows(np.concatenate(xs), y, allowed, np.asarray(bounds), firsts, sents.tags)
