"""Named entities (PER / ORG / LOC / MISC) from the shared encoder's word pieces, linked within the article.

The `ner` model (see its README.md) tags every word piece with a BIO label; a Viterbi pass keeps the
sequence valid, and each chunk becomes an entity whose span is snapped outward to whole shared tokens
over letters and digits only (never across an apostrophe or hyphen: "Russia's" stays "Russia",
"pro-Russian" stays "Russian").
On top of the four CoNLL types, lexicons add an optional `fine_label`:
- `MEDIA_OUTLET`: an ORG named in `media_outlets.txt` (the statements layer treats it as media);
- `GPE`: a LOC that is a country, state or big city (`entity_gpe.txt`);
- `NORP`: a MISC that is a nationality, religious or political group (`entity_norp.txt`);
- `FAC`: a LOC/ORG followed by a facility noun, which joins the span ("Hmeimim air base").
Fine labels are lexicon look-ups, so they are only as complete as the lists.
`newssift.analyzers.linking` then groups mentions of one referent under one `entity_id`.
Limits: the head is far below fine-tuned NER (see the model card); English only.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from newssift import lexicons
from newssift.analysis import Analysis
from newssift.analyzers import linking
from newssift.analyzers.ner_features import (
    LABELS,
    TYPES,
    chunks_flat,
    piece_features,
    sentence_piece_features,
    viterbi_flat,
)
from newssift.encoder import EncodedText
from newssift.heads import ModelDir, models_root, softmax
from newssift.pipeline import Analyzer
from newssift.text import Token, span_dict


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    text: str
    label: str  # PER | ORG | LOC | MISC
    score: float
    entity_id: str | None = None
    fine_label: str | None = None  # GPE | NORP | FAC | MEDIA_OUTLET

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "label": self.label,
                "score": round(float(self.score), 4), "entity_id": self.entity_id,
                "fine_label": self.fine_label}


RawEntity = tuple[int, int, str, float]  # start, end, type, score


class NerModel:
    """The shipped word-piece NER head: `tag(sentences)` gives labels and probabilities per piece."""

    def __init__(self, path: Path | str | None = None):
        self.model = ModelDir.load(path or models_root() / "ner")
        self.head = self.model.head()
        self.window = int(self.model.config.get("window", 2))
        self.layers = tuple(self.model.config.get("layers", ["last"]))
        w = self.head.layers[0][0]
        span, dim = 2 * self.window + 1, w.shape[0] // (2 * self.window + 1)
        # W_k of every window offset k side by side: one product gives each row's share in every window
        self.side_by_side = w.reshape(span, dim, -1).transpose(1, 0, 2).reshape(dim, -1).copy()

    def features(self, text: str, encoded: EncodedText) -> np.ndarray:
        """Unwindowed input rows for one encoded sentence `text`."""
        vectors = np.asarray(encoded.piece_vectors(self.layers), np.float32)
        return np.concatenate([vectors, piece_features(text, encoded.offsets)], 1)

    def logits(self, rows: list[np.ndarray]) -> np.ndarray:
        """The head over each piece's window of ±`window` rows (one array of rows per sentence)."""
        return self.logits_flat(np.concatenate(rows).astype(np.float32), np.array([len(r) for r in rows]))

    def logits_flat(self, x: np.ndarray, sizes: np.ndarray) -> np.ndarray:
        """The head over the rows `x` of sentences of `sizes` pieces given end to end, without building
        the windows: the first layer is linear, so W·[x(i-w); …; x(i+w)] = Σ_k W_k·x(i+k) — one product
        with every W_k side by side, then shifted sums within each sentence (zero past its edges)."""
        n, size = len(x), self.window
        (_, b), rest = self.head.layers[0], self.head.layers[1:]
        width = len(b)
        projected = x @ self.side_by_side
        sentence = np.repeat(np.arange(len(sizes)), sizes)
        acc = np.zeros((n, width), np.float32)
        for k in range(2 * size + 1):
            d = k - size
            dst, src = (slice(-d, n), slice(0, max(n + d, 0))) if d <= 0 else (slice(0, n - d), slice(d, n))
            same = (sentence[dst] == sentence[src])[:, None]
            np.add(acc[dst], projected[src, k * width : (k + 1) * width], out=acc[dst], where=same)
        x = b + acc
        for w_next, b_next in rest:
            np.maximum(x, 0, out=x)
            x = x @ w_next + b_next
        return x

    def tag(self, rows: list[np.ndarray]) -> list[tuple[np.ndarray, np.ndarray]]:
        """Per sentence (its `features` rows): the Viterbi label path and the per-piece probabilities."""
        sizes = np.array([len(r) for r in rows], np.int64)
        if not sizes.sum():
            return [(np.zeros(0, np.int64), np.zeros((0, len(LABELS)))) for _ in rows]
        path, probs = self.tag_flat(np.concatenate(rows).astype(np.float32), sizes)
        cuts = np.cumsum(sizes)[:-1]
        return list(zip(np.split(path, cuts), np.split(probs, cuts), strict=True))

    def tag_flat(self, x: np.ndarray, sizes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """`tag` of sentences given end to end: the label paths and probabilities, end to end."""
        probs = softmax(self.logits_flat(x, sizes))
        return viterbi_flat(probs, sizes), probs


def decode(path: np.ndarray, probs: np.ndarray, offsets: np.ndarray,
           sizes: np.ndarray) -> list[RawEntity]:
    """Entity chunks of piece label paths (sentences of `sizes` pieces end to end, pieces at the
    absolute `offsets`), as (start, end, type, mean label probability)."""
    starts, ends, types = chunks_flat(path, sizes)
    chosen = probs[np.arange(len(path)), path]
    return [(int(offsets[a, 0]), int(offsets[e - 1, 1]), TYPES[t], float(chosen[a:e].mean()))
            for a, e, t in zip(starts.tolist(), ends.tolist(), types.tolist(), strict=True)]


def snap(text: str, tokens: Sequence[Token], start: int, end: int,
         token_starts: Sequence[int] | None = None) -> tuple[int, int]:
    """Widen `[start, end)` inside the shared tokens it cuts, over letters and digits only
    (`token_starts`: the tokens' start offsets, if the caller has them)."""
    if token_starts is None:
        token_starts = [t.start for t in tokens]
    first = bisect.bisect_right(token_starts, start) - 1
    for tok in tokens[max(first, 0) :]:
        if tok.start >= end:
            break
        while tok.start < start < tok.end and text[start - 1].isalnum() and text[start].isalnum():
            start -= 1
        while tok.start < end < tok.end and text[end - 1].isalnum() and text[end].isalnum():
            end += 1
    return start, end


class EntitiesAnalyzer(Analyzer):
    """Assigns `entities` and `entity_groups` (see the module docstring)."""

    name = "entities"
    requires = ("encoding",)
    assigns = ("entities", "entity_groups")

    def __init__(self, model_dir: Path | str | None = None):
        self.model = NerModel(model_dir)

    def predict(self, batch: Sequence[Analysis]) -> list[list[RawEntity]]:
        vectors, flags, offsets, sizes = [], [], [], []
        for a in batch:
            enc = a.encoding
            pieces = [np.asarray(o, np.int64).reshape(-1, 2) for o in enc.token_offsets[: len(a.sentences)]]
            flags.append(sentence_piece_features(a.text, pieces, [(s.start, s.end) for s in a.sentences]))
            vectors.extend(np.asarray(v, np.float32)
                           for v in enc.piece_vectors(self.model.layers, len(a.sentences)))
            offsets.append(np.concatenate(pieces) if pieces else np.zeros((0, 2), np.int64))
            sizes.append(np.array([len(p) for p in pieces], np.int64))
        all_sizes = np.concatenate(sizes) if sizes else np.zeros(0, np.int64)
        if not all_sizes.sum():
            return [[] for _ in batch]
        x = np.concatenate([np.concatenate(vectors), np.concatenate(flags)], 1)
        path, probs = self.model.tag_flat(x, all_sizes)
        found, at = [], 0
        for off, size in zip(offsets, sizes, strict=True):
            n = int(size.sum())
            found.append(decode(path[at : at + n], probs[at : at + n], off, size))
            at += n
        return found

    def set_annotations(self, batch: Sequence[Analysis], predictions: list[list[RawEntity]]) -> None:
        for analysis, raw in zip(batch, predictions):
            entities = finish(analysis, raw)
            ids, groups = linking.link(analysis.text, entities, analysis.sentences, analysis.tokens)
            analysis.layers["entities"] = [
                Entity(e.start, e.end, e.text, e.label, e.score, i, e.fine_label)
                for e, i in zip(entities, ids)]
            analysis.layers["entity_groups"] = groups


def finish(analysis: Analysis, raw: list[RawEntity]) -> list[Entity]:
    """Snap raw chunks to tokens, add fine labels and facility nouns, drop overlaps."""
    text, tokens = analysis.text, analysis.tokens
    out: list[Entity] = []
    token_starts = [t.start for t in tokens]
    for start, end, typ, score in sorted(raw):
        start, end = trim(text, *snap(text, tokens, start, end, token_starts))
        if (out and start < out[-1].end) or not _has_name(text[start:end]):
            continue
        end, fine = fine_label(text, start, end, typ)
        out.append(Entity(**span_dict(text, start, end), label=typ, score=score, fine_label=fine))
    return out


_EDGE = " \t\n\"'“”‘’«»()[]{},;:–—-"
_PAIRS = {'"': '"', "”": "“", "’": "‘", "»": "«", ")": "(", "]": "[", "}": "{"}


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip quotation marks, brackets and separators from the ends of an entity span
    ('Russian "' → 'Russian'); a closing mark whose opening mark is inside the span stays."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE and not _closes(text, start, end - 1):
        end -= 1
    return start, end


def _closes(text: str, start: int, at: int) -> bool:
    """Does the mark at `at` close one opened in `text[start:at]`?"""
    mark = text[at]
    if mark not in _PAIRS:
        return False
    opening = _PAIRS[mark]
    if opening == mark:
        return text.count(mark, start, at) % 2 == 1
    return text.count(opening, start, at) > text.count(mark, start, at)


def _has_name(name: str) -> bool:
    """A name has a letter or digit and is more than a function word ("The" alone is not)."""
    return any(c.isalnum() for c in name) and name.lower() not in linking.FUNCTION_WORDS


def fine_label(text: str, start: int, end: int, typ: str) -> tuple[int, str | None]:
    """The (possibly extended) end and the lexicon fine label of an entity."""
    name = text[start:end].lower().removeprefix("the ")
    if typ in ("LOC", "ORG"):
        facility = _facility_after(text, end)
        if facility:
            return facility, "FAC"
    if typ == "ORG" and name in lexicons.load("media_outlets"):
        return end, "MEDIA_OUTLET"
    if typ == "LOC" and name in lexicons.load("entity_gpe"):
        return end, "GPE"
    if typ == "MISC" and name in lexicons.load("entity_norp"):
        return end, "NORP"
    return end, None


def _facility_after(text: str, end: int) -> int | None:
    rest = text[end : end + 24].lower()
    for noun in sorted(lexicons.load("entity_facilities"), key=len, reverse=True):
        if rest.startswith(" " + noun) and not rest[len(noun) + 1 : len(noun) + 2].isalnum():
            return end + 1 + len(noun)
    return None
